#include "models/AssignmentModels.h"

#include "domain/AcademicYear.h"
#include "domain/SearchKey.h"

#include <QBrush>
#include <QColor>
#include <QHeaderView>
#include <QLocale>
#include <QTableView>

namespace metodist {

namespace {

const QColor overCapacityBackground(0xfd, 0xde, 0xdc);
const QColor problemText(0xa0, 0x48, 0x00);

// A column that shows one text field and needs nothing else.
template<typename Row>
auto text(QString Row::*field)
{
    return [field](const Row &row, int role) -> QVariant {
        return role == Qt::DisplayRole ? QVariant(row.*field) : QVariant();
    };
}

// Names of schools and municipalities run long; the tooltip has them whole.
template<typename Row>
auto longText(QString Row::*field)
{
    return [field](const Row &row, int role) -> QVariant {
        return role == Qt::DisplayRole || role == Qt::ToolTipRole ? QVariant(row.*field) : QVariant();
    };
}

template<typename Row>
auto date(QDate Row::*field)
{
    return [field](const Row &row, int role) -> QVariant {
        if (role == Qt::DisplayRole)
            return dateText(row.*field);
        if (role == SortRole)
            return row.*field;
        return {};
    };
}

QVariant alignedNumber(qint64 value, int role)
{
    if (role == Qt::DisplayRole || role == SortRole)
        return value;
    if (role == Qt::TextAlignmentRole)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

} // namespace

QString dateText(const QDate &date)
{
    return date.isValid() ? date.toString(QStringLiteral("dd.MM.yyyy")) : QString();
}

void sizeColumns(QTableView *view, const QList<int> &characters, int stretchColumn)
{
    QHeaderView *header = view->horizontalHeader();
    header->setStretchLastSection(false);
    const int unit = view->fontMetrics().averageCharWidth();
    // Never narrower than the column's heading: «Добавлено» was cut to «Добавлен».
    for (int column = 0; column < characters.size(); ++column)
        view->setColumnWidth(column, std::max(characters[column] * unit + 12, header->sectionSizeHint(column)));
    header->setSectionResizeMode(stretchColumn, QHeaderView::Stretch);
}

QStringList academicYearChoices()
{
    const int current = AcademicYear::containing(QDate::currentDate()).firstYear();
    QStringList years;
    for (int first = current - 3; first <= current + 1; ++first)
        years << AcademicYear::parse(QStringLiteral("%1/%2").arg(first).arg(first + 1))->text();
    return years;
}

MethodistLoadModel::MethodistLoadModel(QObject *parent) : ListModel(parent)
{
    // Every column of a methodist with a problem shows it, so the row stands out.
    const auto marked = [](auto show) {
        return [show](const MethodistLoadRow &row, int role) -> QVariant {
            if (role == Qt::ToolTipRole) {
                const QStringList why = problems(row);
                return why.isEmpty() ? QVariant() : QVariant(why.join(u'\n'));
            }
            if (role == Qt::BackgroundRole && row.load > row.capacity)
                return QBrush(overCapacityBackground);
            if (role == Qt::ForegroundRole && (!row.active || !row.shortfalls.isEmpty()))
                return QBrush(problemText);
            return show(row, role);
        };
    };
    addColumn(tr("Methodist"), marked(text(&MethodistLoadRow::name)));
    addColumn(tr("Subject"), marked(text(&MethodistLoadRow::subject)));
    addColumn(tr("Municipality"), marked(text(&MethodistLoadRow::municipality)));
    addColumn(tr("Teachers / capacity"), marked([](const MethodistLoadRow &row, int role) -> QVariant {
                  if (role == Qt::DisplayRole)
                      return QStringLiteral("%1 / %2").arg(row.load).arg(row.capacity);
                  if (role == SortRole)
                      return row.load;
                  if (role == Qt::TextAlignmentRole)
                      return int(Qt::AlignRight | Qt::AlignVCenter);
                  return {};
              }));
}

int MethodistLoadModel::rowOf(qint64 methodistId) const
{
    for (int row = 0; row < rowCount(); ++row)
        if (idAt(row) == methodistId)
            return row;
    return -1;
}

QStringList MethodistLoadModel::problems(const MethodistLoadRow &row)
{
    QStringList why;
    if (row.load > row.capacity)
        why << tr("Over capacity: %1 teachers with a capacity of %2.").arg(row.load).arg(row.capacity);
    if (!row.active)
        why << tr("Inactive member of the regional methodical active.");
    if (!row.shortfalls.isEmpty())
        why << tr("Does not meet the requirements of the regional methodical active: %1.")
                   .arg(row.shortfalls.join(QStringLiteral("; ")));
    return why;
}

MethodistFilterProxy::MethodistFilterProxy(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(SortRole);
    setSortLocaleAware(true);
}

void MethodistFilterProxy::setFilter(qint64 subjectId, qint64 municipalityId, const QString &text)
{
    m_subjectId = subjectId;
    m_municipalityId = municipalityId;
    m_key = searchKey(text);
    invalidateFilter();
}

bool MethodistFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &) const
{
    const auto *model = static_cast<const MethodistLoadModel *>(sourceModel());
    const MethodistLoadRow &row = model->rowAt(sourceRow);
    if (m_subjectId > 0 && row.subjectId != m_subjectId)
        return false;
    if (m_municipalityId > 0 && row.municipalityId != m_municipalityId)
        return false;
    // The same folding as the registry's search: case and ё do not matter.
    return m_key.isEmpty() || searchKey(row.name).contains(m_key);
}

AssignmentListModel::AssignmentListModel(const QList<Field> &fields, QObject *parent) : ListModel(parent)
{
    using R = AssignmentRow;
    for (Field field : fields) {
        switch (field) {
        case Year:
            addColumn(tr("Year"), text(&R::academicYear));
            break;
        case Teacher:
            addColumn(tr("Teacher"), text(&R::teacherName));
            break;
        case Organisation:
            addColumn(tr("Organisation"), longText(&R::teacherOrganisation));
            break;
        case Municipality:
            addColumn(tr("Municipality"), longText(&R::teacherMunicipality));
            break;
        case SupportCategory:
            addColumn(tr("Support category"), longText(&R::supportCategory));
            break;
        case Methodist:
            addColumn(tr("Methodist"), text(&R::methodistName));
            break;
        case Since:
            addColumn(tr("Since"), date(&R::startedOn));
            break;
        case Until:
            addColumn(tr("Until"), date(&R::endedOn));
            break;
        case EndReason:
            addColumn(tr("End reason"), [](const R &row, int role) -> QVariant {
                if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
                    return row.endReason;
                return {};
            });
            break;
        case OrderNumber:
            addColumn(tr("Order"), [](const R &row, int role) -> QVariant {
                if (role == Qt::DisplayRole && row.orderId > 0)
                    return tr("№ %1 of %2").arg(row.orderNumber, dateText(row.orderDate));
                if (role == Qt::ToolTipRole && !row.overrideReason.isEmpty())
                    return tr("Assigned despite warnings: %1").arg(row.overrideReason);
                return {};
            });
            break;
        }
    }
}

QList<AssignmentListModel::Field> AssignmentListModel::teachersOfMethodist()
{
    return {Teacher, Organisation, Municipality, SupportCategory, Since, OrderNumber};
}

QList<AssignmentListModel::Field> AssignmentListModel::historyOfTeacher()
{
    return {Year, Methodist, Since, Until, EndReason, OrderNumber};
}

OrderListModel::OrderListModel(QObject *parent) : ListModel(parent)
{
    addColumn(tr("№"), text(&Order::number));
    addColumn(tr("Date"), date(&Order::issuedOn));
    addColumn(tr("Year"), text(&Order::academicYear));
    addColumn(tr("Teachers"), [](const Order &order, int role) { return alignedNumber(order.assignmentCount, role); });
    addColumn(tr("Title"), [](const Order &order, int role) -> QVariant {
        return role == Qt::DisplayRole || role == Qt::ToolTipRole ? QVariant(order.title) : QVariant();
    });
}

PlanGapModel::PlanGapModel(QObject *parent) : ListModel(parent)
{
    using G = PlanReport::Gap;
    addColumn(tr("Subject"), [](const G &gap, int role) -> QVariant {
        if (role != Qt::DisplayRole)
            return {};
        return gap.subject.isEmpty() ? tr("(not filled in)") : gap.subject;
    });
    addColumn(tr("Municipality"), longText(&G::municipality));
    addColumn(tr("Teachers"), [](const G &gap, int role) { return alignedNumber(gap.count, role); });
    addColumn(tr("Reason"), [](const G &gap, int role) -> QVariant {
        return role == Qt::DisplayRole || role == Qt::ToolTipRole ? QVariant(PlanReport::reasonText(gap.reason))
                                                                  : QVariant();
    });
}

PlanLoadModel::PlanLoadModel(QObject *parent) : ListModel(parent)
{
    using L = PlanReport::Load;
    addColumn(tr("Methodist"), text(&L::name));
    addColumn(tr("Subject"), text(&L::subject));
    addColumn(tr("Municipality"), longText(&L::municipality));
    addColumn(tr("Before"), [](const L &load, int role) { return alignedNumber(load.before, role); });
    addColumn(tr("Added"), [](const L &load, int role) { return alignedNumber(load.added, role); });
    addColumn(tr("After / capacity"), [](const L &load, int role) -> QVariant {
        const int after = load.before + load.added;
        if (role == Qt::DisplayRole)
            return QStringLiteral("%1 / %2").arg(after).arg(load.capacity);
        if (role == SortRole)
            return after;
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        if (role == Qt::BackgroundRole && after > load.capacity)
            return QBrush(overCapacityBackground);
        return {};
    });
}

PlanPriorityModel::PlanPriorityModel(QObject *parent) : ListModel(parent)
{
    using P = PlanReport::Priority;
    addColumn(tr("Rank"), [](const P &p, int role) { return alignedNumber(p.rank, role); });
    addColumn(tr("Categories"), [](const P &p, int role) -> QVariant {
        if (role == Qt::DisplayRole)
            return p.categories.join(QStringLiteral("; "));
        if (role == Qt::ToolTipRole)
            return p.categories.join(u'\n');
        return {};
    });
    addColumn(tr("Waiting"), [](const P &p, int role) { return alignedNumber(p.candidates, role); });
    addColumn(tr("Covered"), [](const P &p, int role) { return alignedNumber(p.covered, role); });
}

PlanLeftOutModel::PlanLeftOutModel(QObject *parent) : ListModel(parent)
{
    using L = PlanReport::LeftOut;
    addColumn(tr("Methodist"), text(&L::name));
    addColumn(tr("Subject"), text(&L::subject));
    addColumn(tr("Municipality"), longText(&L::municipality));
    addColumn(tr("Requirements not met"), [](const L &m, int role) -> QVariant {
        if (role == Qt::DisplayRole)
            return m.shortfalls.join(QStringLiteral("; "));
        if (role == Qt::ToolTipRole)
            return m.shortfalls.join(u'\n');
        return {};
    });
}

} // namespace metodist
