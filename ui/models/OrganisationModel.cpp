#include "models/OrganisationModel.h"

#include "services/DictionaryService.h"

namespace metodist {

OrganisationModel::OrganisationModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void OrganisationModel::setDatabase(Database *db)
{
    m_db = db;
    reload();
}

void OrganisationModel::reload()
{
    beginResetModel();
    m_rows.clear();
    if (m_db) {
        auto rows = OrganisationRepository(*m_db).list();
        if (rows)
            m_rows = rows.value();
        else
            emit errorOccurred(rows.message());
    }
    endResetModel();
}

qint64 OrganisationModel::idAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows[row].id : 0;
}

int OrganisationModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int OrganisationModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool *OrganisationModel::flag(Organisation &o, int column) const
{
    switch (column) {
    case LowResultsColumn:
        return &o.lowResults;
    case GrowthPointColumn:
        return &o.growthPoint;
    case InternshipColumn:
        return &o.internshipSite;
    case QuantoriumColumn:
        return &o.quantorium;
    case ItCubeColumn:
        return &o.itCube;
    case MentoringColumn:
        return &o.mentoringModel;
    default:
        return nullptr;
    }
}

QVariant OrganisationModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    Organisation o = m_rows[index.row()];
    if (bool *value = flag(o, index.column()))
        return role == Qt::CheckStateRole ? QVariant(*value ? Qt::Checked : Qt::Unchecked) : QVariant();
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    return index.column() == NameColumn ? o.name : o.municipality;
}

QVariant OrganisationModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Organisation");
    case MunicipalityColumn:
        return tr("Municipality");
    case LowResultsColumn:
        return tr("Low results («500+»)");
    case GrowthPointColumn:
        return tr("«Точка роста»");
    case InternshipColumn:
        return tr("Internship site");
    case QuantoriumColumn:
        return tr("«Кванториум»");
    case ItCubeColumn:
        return tr("«IT-куб»");
    case MentoringColumn:
        return tr("Mentoring model");
    default:
        return {};
    }
}

Qt::ItemFlags OrganisationModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags result = QAbstractTableModel::flags(index);
    if (index.column() == NameColumn)
        result |= Qt::ItemIsEditable;
    if (index.column() >= LowResultsColumn)
        result |= Qt::ItemIsUserCheckable;
    return result;
}

bool OrganisationModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!m_db || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    Organisation changed = m_rows[index.row()];
    if (bool *target = flag(changed, index.column()); target && role == Qt::CheckStateRole)
        *target = value.toInt() == Qt::Checked;
    else if (index.column() == NameColumn && role == Qt::EditRole && !value.toString().trimmed().isEmpty())
        changed.name = value.toString().simplified();
    else
        return false;
    if (Status status = DictionaryService(*m_db).updateOrganisation(changed); !status) {
        emit errorOccurred(status.message());
        return false;
    }
    m_rows[index.row()] = changed;
    emit dataChanged(index, index);
    return true;
}

} // namespace metodist
