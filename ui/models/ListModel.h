#pragma once

#include <QAbstractTableModel>
#include <QList>

#include <functional>
#include <utility>

namespace metodist {

// What a view sorts by: the column's value as a number or a date rather than
// its text («9 / 60» would sort after «10 / 60»).
constexpr int SortRole = Qt::UserRole + 1;

// A read-only table over rows loaded whole from core. Assignment lists are
// small (the methodists of a region, one methodist's teachers, one person's
// history), so each is a plain list; a column is a header and a function
// from a row and a role to what the view shows.
template<typename Row>
class ListModel : public QAbstractTableModel
{
public:
    using Cell = std::function<QVariant(const Row &, int role)>;
    struct Column
    {
        QString header;
        Cell cell;
    };

    explicit ListModel(QObject *parent = nullptr) : QAbstractTableModel(parent) {}

    void setRows(QList<Row> rows)
    {
        beginResetModel();
        m_rows = std::move(rows);
        endResetModel();
    }
    const QList<Row> &rows() const { return m_rows; }
    const Row &rowAt(int row) const { return m_rows.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : int(m_rows.size()); }
    int columnCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_columns.size());
    }
    QVariant data(const QModelIndex &index, int role) const override
    {
        if (!checkIndex(index, CheckIndexOption::IndexIsValid))
            return {};
        const Cell &cell = m_columns.at(index.column()).cell;
        const Row &row = m_rows.at(index.row());
        // Unless a column says otherwise it sorts by what it shows.
        if (role == SortRole) {
            const QVariant key = cell(row, SortRole);
            return key.isValid() ? key : cell(row, Qt::DisplayRole);
        }
        return cell(row, role);
    }
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override
    {
        if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section >= 0 && section < m_columns.size())
            return m_columns.at(section).header;
        return QAbstractTableModel::headerData(section, orientation, role);
    }

protected:
    void addColumn(const QString &header, Cell cell) { m_columns.append({header, std::move(cell)}); }

private:
    QList<Column> m_columns;
    QList<Row> m_rows;
};

} // namespace metodist
