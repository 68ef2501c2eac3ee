#pragma once

#include "storage/RegistryFilter.h"

#include <QAbstractTableModel>

#include <functional>
#include <memory>

namespace metodist {

class Database;

// One page of a registry, as plain cells, with the cursor of its last row.
struct RegistryChunk
{
    QList<QVariantList> rows;
    QList<qint64> ids;
    QList<QStringList> warnings; // per row; shown as a tooltip and a mark
    PageCursor last;
};

// Where a registry model gets its rows: teachers, methodists...
class RegistrySource
{
public:
    virtual ~RegistrySource() = default;
    virtual QStringList headers() const = 0;
    // The sort order a column header click means, if the column can sort.
    virtual std::optional<SortKey> sortKey(int column) const = 0;
    virtual QString count(const Database &db, const RegistryFilter &filter, qint64 *total) const = 0;
    virtual QString page(const Database &db, const RegistryFilter &filter, const PageCursor &after, int limit,
                         RegistryChunk *page) const = 0;
};

// A lazy table over a registry: loads pages of rows as the view scrolls
// (keyset paging, never the whole table), knows the total count.
class RegistryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    static constexpr int pageSize = 200;

    RegistryModel(std::unique_ptr<RegistrySource> source, QObject *parent = nullptr);
    ~RegistryModel() override;

    void setDatabase(Database *db, const RegistryFilter &filter = {});
    void setFilter(const RegistryFilter &filter);
    RegistryFilter filter() const { return m_filter; }
    void reload();
    // Reads the rows again with the same filter and order, at least as many
    // as were loaded, so that a view keeps its place after a change elsewhere.
    void refresh();
    qint64 total() const { return m_total; }
    // The count stopped at countCap + 1 (a one- or two-letter name fragment):
    // the real number is larger and unknown.
    bool totalCapped() const;
    qint64 idAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    // Sorting is done by the database. Columns without an index behind them
    // sort only while the filter leaves few enough rows (unindexedSortLimit).
    void sort(int column, Qt::SortOrder order) override;
    bool canSortBy(int column) const { return m_source->sortKey(column).has_value(); }
    // Why the column cannot sort the rows shown now; empty when it can.
    QString sortRefusal(int column) const;
    // unindexedSortLimit unless changed (tests use a small registry).
    void setSortLimit(qint64 rows) { m_sortLimit = rows; }
    void fetchMore(const QModelIndex &parent) override;

signals:
    void totalChanged(qint64 total);
    void errorOccurred(const QString &message);
    // A sort the user asked for was refused (sortRefusal()).
    void sortRefused(const QString &message);
    // The filter now leaves too many rows for the order without an index:
    // the rows are sorted by name again.
    void sortReset();

private:
    bool tooManyFor(SortKey key) const;

    std::unique_ptr<RegistrySource> m_source;
    Database *m_db = nullptr;
    RegistryFilter m_filter;
    RegistryChunk m_loaded;
    qint64 m_total = 0;
    bool m_exhausted = true;
    bool m_inserting = false;
    qint64 m_sortLimit = unindexedSortLimit;
};

} // namespace metodist
