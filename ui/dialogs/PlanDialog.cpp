#include "dialogs/PlanDialog.h"

#include "BackgroundTask.h"
#include "dialogs/PriorityDialog.h"
#include "domain/AcademicYear.h"
#include "models/AssignmentModels.h"
#include "storage/DictionaryRepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace metodist {

namespace {

QTableView *previewTable(QAbstractItemModel *model, QWidget *parent)
{
    auto *proxy = new QSortFilterProxyModel(parent);
    proxy->setSourceModel(model);
    proxy->setSortRole(SortRole);
    auto *view = new QTableView(parent);
    view->setModel(proxy);
    // Unsorted until the user clicks a header: core's order (by subject and
    // municipality, methodists by name) is the one to read first.
    view->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    view->setSortingEnabled(true);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->verticalHeader()->setVisible(false);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    view->horizontalHeader()->setStretchLastSection(true);
    return view;
}

QWidget *titled(const QString &title, QWidget *content, QWidget *parent)
{
    auto *box = new QWidget(parent);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addWidget(new QLabel(title, box));
    layout->addWidget(content);
    return box;
}

void fill(QComboBox *combo, const Database &db, const QString &dictionary, const QString &any)
{
    combo->addItem(any, qint64(0));
    auto entries = DictionaryRepository(db).entries(dictionary);
    for (const DictionaryEntry &entry : entries ? entries.value() : QList<DictionaryEntry>())
        combo->addItem(entry.name, entry.id);
}

} // namespace

PlanDialog::PlanDialog(Database &db, const QString &academicYear, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_year(academicYear)
    , m_category(new QComboBox(this))
    , m_municipality(new QComboBox(this))
    , m_includeIneligible(new QCheckBox(tr("Also methodists who do not meet the requirements of the regional "
                                           "methodical active"),
                                        this))
    , m_priorityOrder(new QPushButton(tr("Order of assignment…"), this))
    , m_start(new QDateEdit(this))
    , m_compute(new QPushButton(tr("&Compute"), this))
    , m_summary(new QLabel(this))
    , m_error(new QLabel(this))
    , m_gaps(new PlanGapModel(this))
    , m_loads(new PlanLoadModel(this))
    , m_priorities(new PlanPriorityModel(this))
    , m_leftOut(new PlanLeftOutModel(this))
    , m_gapView(previewTable(m_gaps, this))
    , m_loadView(previewTable(m_loads, this))
    , m_priorityView(previewTable(m_priorities, this))
    , m_leftOutView(previewTable(m_leftOut, this))
    , m_tabs(new QTabWidget(this))
    , m_createOrder(new QCheckBox(tr("Then draw up an order for the assignments made"), this))
    , m_apply(new QPushButton(tr("&Apply"), this))
    , m_task(new BackgroundTask(this))
{
    setWindowTitle(tr("Automatic assignment for %1").arg(academicYear));
    m_category->setObjectName(QStringLiteral("supportCategory"));
    m_municipality->setObjectName(QStringLiteral("municipality"));
    fill(m_category, db, QStringLiteral("support_categories"), tr("Any support category"));
    fill(m_municipality, db, QStringLiteral("municipalities"), tr("All municipalities"));
    for (QComboBox *combo : {m_category, m_municipality}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(24);
    }
    // Assignments of a year start within it: today, or the year's edge.
    const auto year = AcademicYear::parse(academicYear);
    const QDate today = QDate::currentDate();
    m_start->setDisplayFormat(QStringLiteral("dd.MM.yyyy"));
    m_start->setCalendarPopup(true);
    m_start->setDate(year ? std::clamp(today, year->firstDay(), year->lastDay()) : today);
    m_compute->setObjectName(QStringLiteral("compute"));
    m_compute->setDefault(true);
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setWordWrap(true);
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setStyleSheet(QStringLiteral("color: #b00020"));
    m_error->setWordWrap(true);
    m_error->hide();
    m_gapView->setObjectName(QStringLiteral("gaps"));
    m_loadView->setObjectName(QStringLiteral("loads"));
    m_priorityView->setObjectName(QStringLiteral("priorities"));
    m_leftOutView->setObjectName(QStringLiteral("leftOut"));
    sizeColumns(m_gapView, {28, 40, 10, 40}, 3);
    sizeColumns(m_loadView, {34, 30, 34, 9, 9, 18}, 2);
    sizeColumns(m_priorityView, {6, 60, 10, 10}, 1);
    sizeColumns(m_leftOutView, {34, 24, 34, 40}, 3);
    m_includeIneligible->setObjectName(QStringLiteral("includeIneligible"));
    m_priorityOrder->setObjectName(QStringLiteral("priorityOrder"));
    m_createOrder->setObjectName(QStringLiteral("createOrder"));
    m_createOrder->setChecked(true);
    m_apply->setObjectName(QStringLiteral("apply"));

    auto *filters = new QFormLayout;
    filters->addRow(tr("Support category"), m_category);
    filters->addRow(tr("Municipality"), m_municipality);
    auto *methodistsRow = new QHBoxLayout;
    methodistsRow->addWidget(m_includeIneligible);
    methodistsRow->addStretch();
    methodistsRow->addWidget(m_priorityOrder);
    filters->addRow(tr("Methodists"), methodistsRow);
    auto *startRow = new QHBoxLayout;
    startRow->addWidget(m_start);
    startRow->addStretch();
    startRow->addWidget(m_compute);
    filters->addRow(tr("Assigned from"), startRow);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_apply, QDialogButtonBox::AcceptRole);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_summary);
    layout->addWidget(m_error);
    layout->addWidget(preview(), 1);
    layout->addWidget(m_createOrder);
    layout->addWidget(buttons);
    resize(1060, 700);

    // The plan is only valid for the filters it was computed with.
    connect(m_category, &QComboBox::currentIndexChanged, this, &PlanDialog::discardPlan);
    connect(m_municipality, &QComboBox::currentIndexChanged, this, &PlanDialog::discardPlan);
    connect(m_includeIneligible, &QCheckBox::toggled, this, &PlanDialog::discardPlan);
    connect(m_priorityOrder, &QPushButton::clicked, this, &PlanDialog::editPriorityOrder);
    connect(m_compute, &QPushButton::clicked, this, &PlanDialog::compute);
    connect(m_apply, &QPushButton::clicked, this, &PlanDialog::apply);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_task->useProgressDialog();
    connect(m_task, &BackgroundTask::finished, this, [this](const QString &error) {
        const Step step = std::exchange(m_step, Step::Idle);
        setWorking(false);
        if (step == Step::Computing)
            computed(error);
        else if (step == Step::Applying)
            applied(error);
    });
    discardPlan();
}

// Above, what the plan leaves undone and whom it puts first; below, the
// methodists' loads.
QWidget *PlanDialog::preview()
{
    auto *priorities = new QWidget(m_tabs);
    auto *order = new QLabel(PlanReport::orderText(), priorities);
    order->setWordWrap(true);
    auto *priorityLayout = new QVBoxLayout(priorities);
    priorityLayout->setContentsMargins(0, 4, 0, 0);
    priorityLayout->addWidget(m_priorityView, 1);
    priorityLayout->addWidget(order);
    m_tabs->addTab(m_gapView, tr("Teachers left without a methodist"));
    m_tabs->addTab(priorities, tr("Priority categories"));
    m_tabs->addTab(m_leftOutView, QString());

    auto *preview = new QSplitter(Qt::Vertical, this);
    preview->addWidget(m_tabs);
    preview->addWidget(titled(tr("Load of the methodists"), m_loadView, preview));
    preview->setStretchFactor(1, 2);
    preview->setChildrenCollapsible(false);
    return preview;
}

void PlanDialog::editPriorityOrder()
{
    PriorityDialog dialog(m_db, this);
    if (dialog.exec() == QDialog::Accepted)
        discardPlan(); // computed in another order
}

bool PlanDialog::createOrderRequested() const
{
    return m_createOrder->isChecked();
}

bool PlanDialog::isWorking() const
{
    return m_task->isRunning();
}

QString PlanDialog::errorText() const
{
    return m_error->isVisibleTo(this) ? m_error->text() : QString();
}

void PlanDialog::discardPlan()
{
    m_plan.reset();
    m_report.reset();
    m_gaps->setRows({});
    m_loads->setRows({});
    m_priorities->setRows({});
    m_leftOut->setRows({});
    m_tabs->setTabText(2, tr("Methodists left out"));
    m_summary->setText(tr("Choose whom to plan for and press Compute. Nothing is written until you press Apply."));
    m_apply->setEnabled(false);
}

void PlanDialog::compute()
{
    if (m_step == Step::Applying)
        return; // the plan being written stays the one shown
    discardPlan();
    m_error->hide();
    PlanRequest request;
    request.academicYear = m_year;
    request.supportCategoryId = m_category->currentData().toLongLong();
    request.municipalityId = m_municipality->currentData().toLongLong();
    request.includeIneligible = m_includeIneligible->isChecked();
    // Read on a worker thread; the preview is built there too, so the
    // window only shows what comes back in computed().
    auto result = std::make_shared<Computed>();
    m_computed = result;
    m_step = Step::Computing;
    setWorking(true);
    m_task->start(m_db, tr("Computing the plan…"), [request, result](const Database &db, Progress &progress) {
        auto plan = AssignmentService::plan(db, request, &progress);
        if (!plan)
            return plan.status();
        auto report = AssignmentService::report(db, plan.value());
        if (!report)
            return report.status();
        result->plan = std::move(plan.value());
        result->report = std::move(report.value());
        return Status::success();
    });
}

void PlanDialog::computed(const QString &error)
{
    const auto result = std::exchange(m_computed, {});
    if (m_task->wasStopped()) {
        // Whatever the work managed before it stopped is not what was asked for.
        m_summary->setText(tr("Computing was cancelled; press Compute to start again."));
        return;
    }
    if (!error.isEmpty() || !result || !result->plan || !result->report) {
        showError(error.isEmpty() ? tr("The plan could not be computed.") : error, false);
        return;
    }
    m_plan = std::move(result->plan);
    m_report = std::move(result->report);
    showReport();
}

void PlanDialog::showReport()
{
    const PlanReport &r = *m_report;
    const QLocale locale;
    m_summary->setText(tr("Teachers without a methodist: <b>%1</b>. Will be assigned: <b>%2</b>, of them in their "
                          "own municipality: <b>%3</b>. Left without a methodist: <b>%4</b>.")
                           .arg(locale.toString(r.candidates), locale.toString(r.assigned),
                                locale.toString(r.sameMunicipality), locale.toString(r.unassigned))
                       + QStringLiteral("<br>") + r.coverageText(locale).toHtmlEscaped());
    m_gaps->setRows(r.gaps);
    m_loads->setRows(r.loads);
    m_priorities->setRows(r.priorities);
    m_leftOut->setRows(r.leftOut);
    m_tabs->setTabText(2, tr("Methodists left out: %1").arg(locale.toString(qsizetype(r.leftOut.size()))));
    m_apply->setEnabled(r.assigned > 0);
}

void PlanDialog::apply()
{
    if (!m_plan || m_task->isRunning())
        return;
    m_error->hide();
    // Written on a worker thread in one transaction: all of the plan, or
    // nothing when it fails or is cancelled.
    auto runId = std::make_shared<qint64>(0);
    m_applied = runId;
    m_step = Step::Applying;
    setWorking(true);
    m_task->startWriting(m_db, tr("Writing the assignments…"),
                         [plan = *m_plan, startedOn = m_start->date(), runId](Database &db, Progress &progress) {
                             auto run = AssignmentService(db).apply(plan, startedOn, &progress);
                             if (run)
                                 *runId = run.value();
                             return run.status();
                         });
}

void PlanDialog::applied(const QString &error)
{
    const auto runId = std::exchange(m_applied, {});
    // A cancel that came while the assignments were being committed is too
    // late: they are written, and the dialog says so by closing as usual.
    if (error.isEmpty() && runId && *runId > 0) {
        m_runId = *runId;
        accept();
        return;
    }
    if (m_task->wasStopped()) {
        // Nothing was written and the loads are as they were: the plan still holds.
        showError(error.isEmpty() ? tr("Writing was cancelled; nothing was written.") : error, false);
        return;
    }
    // Stale loads or a failed write: the plan cannot be applied as it is.
    discardPlan();
    showError(error.isEmpty() ? tr("The assignments could not be written.") : error, true);
}

void PlanDialog::setWorking(bool working)
{
    for (QWidget *control : std::initializer_list<QWidget *>{m_category, m_municipality, m_includeIneligible,
                                                            m_priorityOrder, m_start, m_compute})
        control->setEnabled(!working);
    m_apply->setEnabled(!working && m_report && m_report->assigned > 0);
}

void PlanDialog::done(int result)
{
    // Closed while the work runs: it is abandoned (a write rolls back).
    if (m_task->isRunning()) {
        m_task->cancel();
        m_step = Step::Idle;
        m_computed.reset();
        m_applied.reset();
        setWorking(false);
    }
    QDialog::done(result);
}

void PlanDialog::showError(const QString &message, bool alsoInBox)
{
    m_error->setText(message);
    m_error->show();
    if (!alsoInBox)
        return;
    // open(), not exec(): the dialog stays responsive and nothing waits on the box.
    auto *box = new QMessageBox(QMessageBox::Warning, windowTitle(), message, QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace metodist
