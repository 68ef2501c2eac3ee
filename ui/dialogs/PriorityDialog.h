#pragma once

#include "services/PriorityService.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;

namespace metodist {

class Database;

// The order of assignment: which teachers the automatic plan covers first
// when capacity is short, rank by rank. One row is one rank; a rank may hold
// several categories (the shipped order ranks the teachers of schools with
// low results with those whose pupils show low results). OK saves it through
// PriorityService.
class PriorityDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PriorityDialog(Database &db, QWidget *parent = nullptr);

    // The order as edited so far.
    PriorityOrder order() const;
    void setOrder(const PriorityOrder &order);
    void accept() override;

private:
    void move(int delta);
    void joinWithAbove();
    void split();
    void removeRank();
    void addCategory();
    void insertRank(int row, const QStringList &codes);
    void refresh();

    Database &m_db;
    QList<PriorityChoice> m_choices;
    QListWidget *m_ranks;
    QComboBox *m_available;
    QPushButton *m_up;
    QPushButton *m_down;
    QPushButton *m_join;
    QPushButton *m_split;
    QPushButton *m_remove;
    QPushButton *m_add;
    QLabel *m_problem;
};

} // namespace metodist
