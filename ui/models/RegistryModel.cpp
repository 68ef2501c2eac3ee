#include "models/RegistryModel.h"

#include "domain/SearchKey.h"
#include "storage/Database.h"

#include <QColor>
#include <QLocale>

namespace metodist {

RegistryModel::RegistryModel(std::unique_ptr<RegistrySource> source, QObject *parent)
    : QAbstractTableModel(parent)
    , m_source(std::move(source))
{
}

RegistryModel::~RegistryModel() = default;

void RegistryModel::setDatabase(Database *db, const RegistryFilter &filter)
{
    m_db = db;
    m_filter = filter;
    reload();
}

void RegistryModel::setFilter(const RegistryFilter &filter)
{
    m_filter = filter;
    reload();
}

void RegistryModel::reload()
{
    bool counted = false;
    beginResetModel();
    m_loaded = {};
    m_total = 0;
    // No fetching while the reset is in flight (views and testers ask).
    m_exhausted = true;
    QString error;
    if (m_db) {
        error = m_source->count(*m_db, m_filter, &m_total);
        counted = error.isEmpty();
    }
    const bool reset = counted && tooManyFor(m_filter.sort);
    if (reset) {
        m_filter.sort = SortKey::Name;
        m_filter.descending = false;
    }
    endResetModel();
    if (reset)
        emit sortReset();
    if (!error.isEmpty())
        emit errorOccurred(error);
    emit totalChanged(m_total);
    m_exhausted = !counted || m_total == 0;
    if (canFetchMore({}))
        fetchMore({});
}

void RegistryModel::refresh()
{
    const int loaded = rowCount();
    reload();
    while (rowCount() < loaded && canFetchMore({}))
        fetchMore({});
}

qint64 RegistryModel::idAt(int row) const
{
    return m_loaded.ids.value(row, 0);
}

int RegistryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_loaded.rows.size());
}

int RegistryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_source->headers().size());
}

QVariant RegistryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const QStringList &warnings = m_loaded.warnings.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return m_loaded.rows.at(index.row()).value(index.column());
    case Qt::ToolTipRole:
        return warnings.isEmpty() ? QVariant() : QVariant(warnings.join(u'\n'));
    case Qt::ForegroundRole:
        return warnings.isEmpty() ? QVariant() : QVariant(QColor(0xb0, 0x50, 0x00));
    default:
        return {};
    }
}

QVariant RegistryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole)
        return m_source->headers().value(section);
    return QAbstractTableModel::headerData(section, orientation, role);
}

bool RegistryModel::totalCapped() const
{
    const QString fragment = searchKey(m_filter.search);
    return !fragment.isEmpty() && fragment.size() < 3 && m_total > countCap;
}

bool RegistryModel::tooManyFor(SortKey key) const
{
    return !isIndexedSort(key) && (totalCapped() || m_total > m_sortLimit);
}

QString RegistryModel::sortRefusal(int column) const
{
    const auto key = m_source->sortKey(column);
    if (!key || !tooManyFor(*key))
        return {};
    return tr("Sorting by «%1» is available when the filters leave at most %2 rows; now they leave %3. Choose a "
              "municipality, an organisation or a subject, or sort by name, СНИЛС or experience.")
        .arg(m_source->headers().value(column))
        .arg(QLocale().toString(m_sortLimit))
        .arg(totalCapped() ? tr("more than %1").arg(QLocale().toString(countCap)) : QLocale().toString(m_total));
}

void RegistryModel::sort(int column, Qt::SortOrder order)
{
    const auto key = m_source->sortKey(column);
    if (!key)
        return;
    if (const QString refusal = sortRefusal(column); !refusal.isEmpty()) {
        emit sortRefused(refusal);
        return;
    }
    m_filter.sort = *key;
    m_filter.descending = order == Qt::DescendingOrder;
    reload();
}

bool RegistryModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_exhausted && !m_inserting;
}

void RegistryModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    RegistryChunk page;
    if (const QString error = m_source->page(*m_db, m_filter, m_loaded.last, pageSize, &page); !error.isEmpty()) {
        m_exhausted = true;
        emit errorOccurred(error);
        return;
    }
    m_exhausted = page.rows.size() < pageSize;
    if (page.rows.isEmpty())
        return;
    const int first = int(m_loaded.rows.size());
    // Listeners of rowsInserted may ask for more; they get it after this page.
    m_inserting = true;
    beginInsertRows({}, first, first + int(page.rows.size()) - 1);
    m_loaded.rows.append(page.rows);
    m_loaded.ids.append(page.ids);
    m_loaded.warnings.append(page.warnings);
    m_loaded.last = page.last;
    endInsertRows();
    m_inserting = false;
}

} // namespace metodist
