#include "pages/AssignmentPage.h"

#include "dialogs/HistoryDialog.h"
#include "dialogs/OrderDialog.h"
#include "dialogs/PlanDialog.h"
#include "domain/AcademicYear.h"
#include "models/AssignmentModels.h"
#include "pages/OrdersPanel.h"
#include "services/AssignmentService.h"
#include "storage/AssignmentRepository.h"
#include "storage/DictionaryRepository.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace metodist {

namespace {

QTableView *listView(QAbstractItemModel *model, const QString &name, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setObjectName(name);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->verticalHeader()->setVisible(false);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    view->horizontalHeader()->setStretchLastSection(true);
    return view;
}

} // namespace

AssignmentPage::AssignmentPage(QWidget *parent)
    : ReloadingPage(parent)
    , m_year(new QComboBox(this))
    , m_tabs(new QTabWidget(this))
    , m_search(new QLineEdit(this))
    , m_subject(new QComboBox(this))
    , m_municipality(new QComboBox(this))
    , m_summary(new QLabel(this))
    , m_methodists(new MethodistLoadModel(this))
    , m_methodistProxy(new MethodistFilterProxy(this))
    , m_methodistTable(listView(m_methodistProxy, QStringLiteral("methodists"), this))
    , m_teachersTitle(new QLabel(this))
    , m_teachers(new AssignmentListModel(AssignmentListModel::teachersOfMethodist(), this))
    , m_teacherTable(listView(m_teachers, QStringLiteral("teachers"), this))
    , m_end(new QPushButton(tr("&End assignment…"), this))
    , m_orders(new OrdersPanel(this))
{
    setObjectName(QStringLiteral("assignmentPage"));
    m_yearText = AcademicYear::containing(QDate::currentDate()).text();
    m_year->setObjectName(QStringLiteral("year"));
    m_year->setEditable(true);
    m_year->addItems(academicYearChoices());
    m_year->setCurrentText(m_yearText);
    m_tabs->setObjectName(QStringLiteral("tabs"));
    auto *plan = new QPushButton(tr("&Automatic assignment…"), this);
    plan->setObjectName(QStringLiteral("plan"));
    Page::requireCapability(plan, Capability::PlanAssignments);
    Page::requireCapability(m_end, Capability::PlanAssignments);

    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Academic year"), this));
    top->addWidget(m_year);
    top->addStretch();
    top->addWidget(plan);
    m_tabs->addTab(createMethodistsTab(), tr("Methodists"));
    m_tabs->addTab(m_orders, tr("Orders"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_tabs, 1);

    connect(m_year, &QComboBox::currentTextChanged, this, [this](const QString &text) {
        // Half-typed years are ignored; a complete one reloads the loads.
        if (const auto parsed = AcademicYear::parse(text); parsed && parsed->text() != m_yearText)
            setYear(parsed->text());
    });
    connect(plan, &QPushButton::clicked, this, &AssignmentPage::planAutomatically);
    connect(m_orders, &OrdersPanel::newOrderRequested, this, [this] { newOrder(); });
    connect(m_orders, &OrdersPanel::ordersChanged, this, &AssignmentPage::loadTeachers); // their order №
    connect(m_orders, &OrdersPanel::statusMessage, this, &Page::statusMessage);
}

QWidget *AssignmentPage::createMethodistsTab()
{
    auto *tab = new QWidget(this);
    m_search->setObjectName(QStringLiteral("search"));
    m_search->setPlaceholderText(tr("Search a methodist by name"));
    m_search->setClearButtonEnabled(true);
    m_methodistProxy->setSourceModel(m_methodists);
    m_methodistTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_methodistTable->setSortingEnabled(true);
    m_methodistTable->sortByColumn(MethodistLoadModel::NameColumn, Qt::AscendingOrder);
    sizeColumns(m_methodistTable, {36, 30, 34, 22}, MethodistLoadModel::MunicipalityColumn);
    // Teacher, organisation, municipality, support category, since, order.
    sizeColumns(m_teacherTable, {30, 26, 20, 25, 11, 16}, 1);
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setWordWrap(true);
    m_end->setObjectName(QStringLiteral("endAssignment"));
    m_end->setEnabled(false);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_search, 3);
    for (QComboBox *combo : {m_subject, m_municipality}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(16);
        filters->addWidget(combo, 1);
        connect(combo, &QComboBox::currentIndexChanged, this, &AssignmentPage::applyFilter);
    }
    auto *upper = new QWidget(tab);
    auto *upperLayout = new QVBoxLayout(upper);
    upperLayout->setContentsMargins(0, 0, 0, 0);
    upperLayout->addLayout(filters);
    upperLayout->addWidget(m_methodistTable);
    upperLayout->addWidget(m_summary);
    auto *lower = new QWidget(tab);
    auto *lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    auto *lowerBar = new QHBoxLayout;
    lowerBar->addWidget(m_teachersTitle, 1);
    lowerBar->addWidget(m_end);
    lowerLayout->addLayout(lowerBar);
    lowerLayout->addWidget(m_teacherTable);
    auto *splitter = new QSplitter(Qt::Vertical, tab);
    splitter->addWidget(upper);
    splitter->addWidget(lower);
    splitter->setChildrenCollapsible(false);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(tab);
    layout->addWidget(splitter);

    connect(m_search, &QLineEdit::textChanged, this, &AssignmentPage::applyFilter);
    connect(m_methodistTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &AssignmentPage::loadTeachers);
    connect(m_teacherTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { m_end->setEnabled(m_teacherTable->selectionModel()->hasSelection()); });
    connect(m_end, &QPushButton::clicked, this, &AssignmentPage::endAssignments);
    // The assigned teacher's history of changes, her assignments among them.
    m_teacherTable->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_teacherTable, &QWidget::customContextMenuRequested, this, [this](const QPoint &at) {
        const QModelIndex index = m_teacherTable->indexAt(at);
        if (!m_db || !index.isValid())
            return;
        const AssignmentRow row = m_teachers->rowAt(index.row());
        QMenu menu(this);
        menu.addAction(tr("Teacher's history of changes…"), this, [this, row] {
            HistoryDialog dialog(*m_db, HistorySubject::Teacher, row.teacherId, row.teacherName, this);
            dialog.exec();
        });
        menu.exec(m_teacherTable->viewport()->mapToGlobal(at));
    });
    return tab;
}

OrderListModel *AssignmentPage::orderModel() const
{
    return m_orders->model();
}

QString AssignmentPage::title() const
{
    return tr("Assignment");
}

void AssignmentPage::databaseChanged()
{
    m_orders->setDatabase(m_db);
    fillFilters();
}

void AssignmentPage::setYear(const QString &academicYear)
{
    m_yearText = academicYear;
    if (m_year->currentText() != academicYear)
        m_year->setCurrentText(academicYear);
    refresh();
}

void AssignmentPage::fillFilters()
{
    const std::pair<QComboBox *, QString> combos[] = {{m_subject, QStringLiteral("subjects")},
                                                      {m_municipality, QStringLiteral("municipalities")}};
    for (const auto &[combo, dictionary] : combos) {
        const QSignalBlocker blocker(combo);
        combo->clear();
        combo->addItem(combo == m_subject ? tr("All subjects") : tr("All municipalities"), qint64(0));
        if (!m_db)
            continue;
        auto entries = DictionaryRepository(*m_db).entries(dictionary);
        for (const DictionaryEntry &entry : entries ? entries.value() : QList<DictionaryEntry>())
            combo->addItem(entry.name, entry.id);
    }
    applyFilter();
}

void AssignmentPage::refresh()
{
    m_stale = false;
    const qint64 methodist = selectedMethodist();
    Result<QList<MethodistLoadRow>> methodists = QList<MethodistLoadRow>();
    if (m_db)
        methodists = MethodistRepository(*m_db).withLoad(m_yearText);
    m_methodists->setRows(methodists ? methodists.value() : QList<MethodistLoadRow>());
    QString error = methodists.message();
    if (const QString ordersError = m_orders->refresh(); error.isEmpty())
        error = ordersError;
    if (!error.isEmpty())
        warn(title(), error);
    if (methodist == 0 || !selectMethodist(methodist))
        loadTeachers();
    updateSummary();
}

void AssignmentPage::applyFilter()
{
    m_methodistProxy->setFilter(m_subject->currentData().toLongLong(), m_municipality->currentData().toLongLong(),
                                m_search->text());
    updateSummary();
}

void AssignmentPage::updateSummary()
{
    qint64 teachers = 0;
    int over = 0;
    int marked = 0;
    for (const MethodistLoadRow &row : m_methodists->rows()) {
        teachers += row.load;
        over += row.load > row.capacity ? 1 : 0;
        marked += !row.active || !row.shortfalls.isEmpty() ? 1 : 0;
    }
    QString text = tr("Methodists shown: %1 of %2. Teachers assigned in %3: %4.")
                       .arg(m_methodistProxy->rowCount())
                       .arg(m_methodists->rowCount())
                       .arg(m_yearText)
                       .arg(QLocale().toString(teachers));
    if (over > 0)
        text += QLatin1Char(' ') + tr("Over capacity (red rows): %1.").arg(over);
    // The legend of the coloured rows, in their colour.
    if (marked > 0)
        text = text.toHtmlEscaped() + QStringLiteral(" <span style=\"color:#a04800\">")
               + tr("In orange: %n methodist(s) not in the РМА or not meeting its requirements (the row's tooltip "
                    "says why).", "", marked).toHtmlEscaped()
               + QStringLiteral("</span>");
    m_summary->setTextFormat(marked > 0 ? Qt::RichText : Qt::PlainText);
    m_summary->setText(text);
}

bool AssignmentPage::selectMethodist(qint64 methodistId)
{
    const int row = m_methodists->rowOf(methodistId);
    const QModelIndex index = row < 0 ? QModelIndex() : m_methodistProxy->mapFromSource(m_methodists->index(row, 0));
    if (!index.isValid())
        return false;
    QItemSelectionModel *selection = m_methodistTable->selectionModel();
    const bool unchanged = selection->selectedRows().size() == 1 && selection->isRowSelected(index.row());
    // A new selection loads the teachers through selectionChanged; the same
    // one needs it here (after a change of year, say).
    selection->select(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_methodistTable->scrollTo(index);
    if (unchanged)
        loadTeachers();
    return true;
}

qint64 AssignmentPage::selectedMethodist() const
{
    const QModelIndexList rows = m_methodistTable->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : m_methodists->idAt(m_methodistProxy->mapToSource(rows.first()).row());
}

void AssignmentPage::loadTeachers()
{
    const qint64 methodist = selectedMethodist();
    QList<AssignmentRow> rows;
    if (m_db && methodist > 0) {
        AssignmentFilter filter;
        filter.academicYear = m_yearText;
        filter.methodistId = methodist;
        auto listed = AssignmentRepository(*m_db).list(filter);
        if (!listed)
            warn(title(), listed.message());
        rows = listed ? listed.value() : QList<AssignmentRow>();
    }
    m_teachers->setRows(rows);
    m_end->setEnabled(false);
    if (methodist == 0)
        m_teachersTitle->setText(tr("Choose a methodist to see their teachers."));
    else
        m_teachersTitle->setText(tr("Teachers of %1 in %2: %3")
                                     .arg(m_methodists->rowAt(m_methodists->rowOf(methodist)).name, m_yearText)
                                     .arg(rows.size()));
}

void AssignmentPage::endAssignments()
{
    QList<qint64> ids;
    for (const QModelIndex &index : m_teacherTable->selectionModel()->selectedRows())
        ids << m_teachers->rowAt(index.row()).id;
    if (!m_db || ids.isEmpty())
        return;
    QDialog dialog(this);
    dialog.setWindowTitle(tr("End assignment"));
    auto *date = new QDateEdit(QDate::currentDate(), &dialog);
    date->setCalendarPopup(true);
    date->setDisplayFormat(QStringLiteral("dd.MM.yyyy"));
    auto *reason = new QLineEdit(&dialog);
    reason->setPlaceholderText(tr("e.g. the teacher moved to another school"));
    reason->setMinimumWidth(360);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    auto *form = new QFormLayout(&dialog);
    form->addRow(new QLabel(tr("Teachers: %1. Their assignments end and stay in the history.").arg(ids.size())));
    form->addRow(tr("Ended on"), date);
    form->addRow(tr("Reason*"), reason);
    form->addRow(buttons);
    connect(reason, &QLineEdit::textChanged, &dialog, [&] {
        buttons->button(QDialogButtonBox::Ok)->setEnabled(!reason->text().trimmed().isEmpty());
    });
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted)
        return;
    AssignmentService service(*m_db);
    int ended = 0;
    for (qint64 id : ids) {
        if (Status status = service.end(id, date->date(), reason->text()); !status) {
            warn(dialog.windowTitle(), status.message());
            break;
        }
        ++ended;
    }
    refresh();
    emit statusMessage(tr("Assignments ended: %1.").arg(ended));
}

void AssignmentPage::planAutomatically()
{
    if (!m_db)
        return;
    PlanDialog dialog(*m_db, m_yearText, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    refresh();
    emit statusMessage(tr("Automatic assignment done: %1 teachers assigned.")
                           .arg(dialog.report() ? dialog.report()->assigned : 0));
    if (dialog.createOrderRequested())
        newOrder(dialog.runId());
}

void AssignmentPage::newOrder(qint64 planningRunId)
{
    if (!m_db)
        return;
    OrderDialog dialog(*m_db, m_yearText, this);
    if (const qint64 methodist = selectedMethodist(); methodist > 0)
        dialog.setMethodist(methodist, m_methodists->rowAt(m_methodists->rowOf(methodist)).name);
    if (planningRunId > 0)
        dialog.setPlanningRun(planningRunId);
    if (dialog.exec() != QDialog::Accepted)
        return;
    refresh();
    m_orders->refresh(dialog.orderId());
    m_tabs->setCurrentWidget(m_orders);
    emit statusMessage(tr("Order created for %1 assignments.").arg(dialog.selectedCount()));
}

void AssignmentPage::warn(const QString &title, const QString &message)
{
    QMessageBox::warning(this, title, message);
}

} // namespace metodist
