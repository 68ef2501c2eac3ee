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
    m_aliases.clear();
    if (m_db && !m_dictionary.isEmpty()) {
        const DictionaryRepository repository(*m_db);
        auto entries = repository.entries(m_dictionary);
        auto aliases = repository.aliases(m_dictionary);
        if (entries && aliases) {
            m_entries = entries.value();
            for (const DictionaryAlias &alias : aliases.value())
                m_aliases[alias.entryId] << alias.alias;
        } else {
            emit errorOccurred(entries ? aliases.message() : entries.message());
        }
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
    if (role == Qt::DisplayRole || role == Qt::EditRole) {
        switch (index.column()) {
        case NameColumn:
            return entry.name;
        case AliasesColumn:
            return m_aliases.value(entry.id).join(QStringLiteral("; "));
        default:
            return entry.code;
        }
    }
    if (role == Qt::ToolTipRole) {
        if (index.column() == AliasesColumn)
            return tr("How files may write this entry, «;» between the forms; an import takes each of them for "
                      "the entry.");
        const QString code = tr("Code in files and the command line: %1").arg(entry.code);
        return entry.description.isEmpty() ? code : entry.description + u'\n' + code;
    }
    return {};
}

QVariant DictionaryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case AliasesColumn:
        return tr("Also written as");
    default:
        return tr("Code");
    }
}

Qt::ItemFlags DictionaryModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags result = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() != CodeColumn)
        result |= Qt::ItemIsEditable;
    return result;
}

bool DictionaryModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!m_db || role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid)
        || index.column() == CodeColumn)
        return false;
    DictionaryEntry &entry = m_entries[index.row()];
    if (index.column() == AliasesColumn) {
        QStringList aliases;
        for (const QString &alias : value.toString().split(u';', Qt::SkipEmptyParts))
            if (!alias.simplified().isEmpty())
                aliases << alias.simplified();
        if (aliases == m_aliases.value(entry.id))
            return false;
        if (Status status = DictionaryService(*m_db).setAliases(m_dictionary, entry.id, aliases); !status) {
            emit errorOccurred(status.message());
            return false;
        }
        // An alias may have moved here from another entry.
        QMetaObject::invokeMethod(this, &DictionaryModel::reload, Qt::QueuedConnection);
        return true;
    }
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
