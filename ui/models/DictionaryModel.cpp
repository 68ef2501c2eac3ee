#include "models/DictionaryModel.h"

#include "services/DictionaryService.h"

namespace metodist {

DictionaryModel::DictionaryModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void DictionaryModel::setSource(Database *db, const QString &dictionary)
{
    m_db = db;
    m_dictionary = dictionary;
    reload();
}

void DictionaryModel::reload()
{
    beginResetModel();
    m_entries.clear();
    if (m_db && !m_dictionary.isEmpty()) {
        auto entries = DictionaryRepository(*m_db).entries(m_dictionary);
        if (entries)
            m_entries = entries.value();
        else
            emit errorOccurred(entries.message());
    }
    endResetModel();
}

qint64 DictionaryModel::idAt(int row) const
{
    return row >= 0 && row < m_entries.size() ? m_entries[row].id : 0;
}

int DictionaryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int DictionaryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DictionaryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const DictionaryEntry &entry = m_entries[index.row()];
    if (role == Qt::DisplayRole || role == Qt::EditRole)
        return index.column() == NameColumn ? entry.name : entry.code;
    if (role == Qt::ToolTipRole && !entry.description.isEmpty())
        return entry.description;
    return {};
}

QVariant DictionaryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    return section == NameColumn ? tr("Name") : tr("Code");
}

Qt::ItemFlags DictionaryModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags result = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == NameColumn)
        result |= Qt::ItemIsEditable;
    return result;
}

bool DictionaryModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!m_db || role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid)
        || index.column() != NameColumn)
        return false;
    DictionaryEntry &entry = m_entries[index.row()];
    if (value.toString().simplified() == entry.name)
        return false;
    if (Status status = DictionaryService(*m_db).renameEntry(m_dictionary, entry.id, value.toString()); !status) {
        emit errorOccurred(status.message());
        return false;
    }
    entry.name = value.toString().simplified();
    emit dataChanged(index, index, {Qt::DisplayRole, Qt::EditRole});
    return true;
}

} // namespace metodist
