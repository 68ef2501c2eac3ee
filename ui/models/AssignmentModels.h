#pragma once

#include "domain/Assignment.h"
#include "domain/Order.h"
#include "services/AssignmentService.h"
#include "storage/MethodistRepository.h"
#include "models/ListModel.h"

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>

class QTableView;

namespace metodist {

// Methodists with their load in a year. Over capacity: a red background;
// not meeting the РМА requirements or inactive: brown text; the tooltip
// says why.
class MethodistLoadModel : public ListModel<MethodistLoadRow>
{
    Q_DECLARE_TR_FUNCTIONS(MethodistLoadModel)

public:
    enum Column { NameColumn, SubjectColumn, MunicipalityColumn, LoadColumn, ColumnCount };
    explicit MethodistLoadModel(QObject *parent = nullptr);
    qint64 idAt(int row) const { return rowAt(row).id; }
    int rowOf(qint64 methodistId) const;
    static QStringList problems(const MethodistLoadRow &row);
};

// Methodists narrowed by subject, municipality and a part of the name.
class MethodistFilterProxy : public QSortFilterProxyModel
{
public:
    explicit MethodistFilterProxy(QObject *parent = nullptr);
    void setFilter(qint64 subjectId, qint64 municipalityId, const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    qint64 m_subjectId = 0;
    qint64 m_municipalityId = 0;
    QString m_key;
};

// Assignments as lists show them; which columns depends on whose list it is.
class AssignmentListModel : public ListModel<AssignmentRow>
{
    Q_DECLARE_TR_FUNCTIONS(AssignmentListModel)

public:
    enum Field { Year, Teacher, Organisation, Municipality, SupportCategory, Methodist, Since, Until, EndReason, OrderNumber };
    explicit AssignmentListModel(const QList<Field> &fields, QObject *parent = nullptr);
    // A methodist's teachers in a year.
    static QList<Field> teachersOfMethodist();
    // A teacher's history across years.
    static QList<Field> historyOfTeacher();
};

// The register of orders.
class OrderListModel : public ListModel<Order>
{
    Q_DECLARE_TR_FUNCTIONS(OrderListModel)

public:
    explicit OrderListModel(QObject *parent = nullptr);
};

// The plan preview: where teachers stay without a methodist, and how each
// methodist's load grows.
class PlanGapModel : public ListModel<PlanReport::Gap>
{
    Q_DECLARE_TR_FUNCTIONS(PlanGapModel)

public:
    explicit PlanGapModel(QObject *parent = nullptr);
};

class PlanLoadModel : public ListModel<PlanReport::Load>
{
    Q_DECLARE_TR_FUNCTIONS(PlanLoadModel)

public:
    explicit PlanLoadModel(QObject *parent = nullptr);
};

// The plan preview by rank of the order of assignment.
class PlanPriorityModel : public ListModel<PlanReport::Priority>
{
    Q_DECLARE_TR_FUNCTIONS(PlanPriorityModel)

public:
    enum Column { RankColumn, CategoriesColumn, WaitingColumn, CoveredColumn };
    explicit PlanPriorityModel(QObject *parent = nullptr);
};

// The methodists a plan left out for the РМА requirements.
class PlanLeftOutModel : public ListModel<PlanReport::LeftOut>
{
    Q_DECLARE_TR_FUNCTIONS(PlanLeftOutModel)

public:
    explicit PlanLeftOutModel(QObject *parent = nullptr);
};

// Column widths in characters of the view's font; one column takes the rest
// of the width, so that a table fits its view without a horizontal scroll
// bar and the long names (municipalities, schools) get what is left.
void sizeColumns(QTableView *view, const QList<int> &characters, int stretchColumn);

// «01.09.2025» in Russian, as the rest of the program shows dates.
QString dateText(const QDate &date);
// The academic years a year picker offers: three back, the current one and
// the next (orders for a coming year are drafted in summer).
QStringList academicYearChoices();

} // namespace metodist
