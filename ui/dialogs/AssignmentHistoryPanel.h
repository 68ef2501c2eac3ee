#pragma once

#include "services/ImportColumns.h"

#include <QWidget>

class QLabel;
class QTableView;

namespace metodist {

class AssignmentListModel;
class Database;

// The card's assignments: for a teacher, every methodist they had, year by
// year, with how each assignment ended; for a methodist, their teachers in
// the current academic year. Read only: assignments change on the
// Assignment page and the Teachers page.
class AssignmentHistoryPanel : public QWidget
{
    Q_OBJECT

public:
    AssignmentHistoryPanel(Database &db, ImportKind kind, qint64 personId, QWidget *parent = nullptr);
    int rowCount() const;

private:
    AssignmentListModel *m_model;
    QTableView *m_table;
};

} // namespace metodist
