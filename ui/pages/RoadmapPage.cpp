#include "pages/RoadmapPage.h"

#include "dialogs/CalendarStart.h"
#include "dialogs/ActivityDialog.h"
#include "domain/AcademicYear.h"
#include "models/AssignmentModels.h"
#include "models/RoadmapModels.h"
#include "pages/GanttChart.h"
#include "pages/PageTables.h"
#include "pages/RoadmapSummaryPanel.h"
#include "services/RoadmapService.h"
#include "storage/AssignmentRepository.h"
#include "storage/MethodistRepository.h"

#include <QCalendarWidget>
#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QScrollArea>
#include <QScreen>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace metodist {

namespace {

// The title column of a table takes the width the others leave, as a
// stretched column does, but never less than a readable minimum: when the
// pane is narrow the table scrolls sideways instead of squeezing the title
// to a few letters.
class ReadableColumn : public QObject
{
public:
    ReadableColumn(QTableView *view, int column, int characters)
        : QObject(view), m_view(view), m_column(column)
        , m_minimum(characters * view->fontMetrics().averageCharWidth() + 12)
    {
        view->horizontalHeader()->setSectionResizeMode(column, QHeaderView::Interactive);
        view->viewport()->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Resize) {
            const QHeaderView *header = m_view->horizontalHeader();
            int others = 0;
            for (int column = 0; column < header->count(); ++column)
                if (column != m_column && !header->isSectionHidden(column))
                    others += header->sectionSize(column);
            m_view->setColumnWidth(m_column, std::max(m_minimum, m_view->viewport()->width() - others));
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QTableView *m_view;
    int m_column;
    int m_minimum;
};

void keepReadable(QTableView *view, int column, int characters)
{
    new ReadableColumn(view, column, characters);
}

QPushButton *button(const QString &text, const QString &name, QWidget *parent)
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(name);
    return b;
}

} // namespace

RoadmapPage::RoadmapPage(QWidget *parent)
    : ReloadingPage(parent)
    , m_today(QDate::currentDate())
    , m_year(new QComboBox(this))
    , m_overview(new RoadmapOverviewModel(this))
    , m_overviewTable(singleRowView(m_overview, QStringLiteral("roadmaps"), this))
    , m_roadmapTitle(new QLabel(this))
    , m_stages(new RoadmapStageModel(this))
    , m_stageTable(singleRowView(m_stages, QStringLiteral("stages"), this))
    , m_error(new QLabel(this))
    , m_activitiesTitle(new QLabel(this))
    , m_activities(new RoadmapActivityModel(this))
    , m_activityTable(singleRowView(m_activities, QStringLiteral("activities"), this))
    , m_tabs(new QTabWidget(this))
    , m_summary(new RoadmapSummaryPanel(this))
    , m_create(button(tr("&Create roadmap…"), QStringLiteral("createRoadmap"), this))
    , m_export(button(tr("Save as &PDF…"), QStringLiteral("exportPdf"), this))
    , m_timeline(button(tr("&Timeline…"), QStringLiteral("timeline"), this))
    , m_plan(button(tr("Pla&n dates…"), QStringLiteral("planStage"), this))
    , m_start(button(tr("&Start"), QStringLiteral("startStage"), this))
    , m_close(button(tr("C&lose…"), QStringLiteral("closeStage"), this))
    , m_reopen(button(tr("&Reopen"), QStringLiteral("reopenStage"), this))
    , m_add(button(tr("&Add…"), QStringLiteral("addActivity"), this))
    , m_edit(button(tr("&Edit…"), QStringLiteral("editActivity"), this))
    , m_toggle(button(tr("Toggle &done"), QStringLiteral("toggleDone"), this))
    , m_delete(button(tr("De&lete"), QStringLiteral("deleteActivity"), this))
{
    Page::requireCapability(m_create, Capability::EditOwnSupport);
    Page::requireCapability(m_plan, Capability::EditOwnSupport);
    Page::requireCapability(m_start, Capability::EditOwnSupport);
    Page::requireCapability(m_close, Capability::EditOwnSupport);
    Page::requireCapability(m_reopen, Capability::EditOwnSupport);
    Page::requireCapability(m_add, Capability::EditOwnSupport);
    Page::requireCapability(m_edit, Capability::EditOwnSupport);
    Page::requireCapability(m_toggle, Capability::EditOwnSupport);
    Page::requireCapability(m_delete, Capability::EditOwnSupport);
    setObjectName(QStringLiteral("roadmapPage"));
    m_yearText = AcademicYear::containing(m_today).text();
    m_activities->setToday(m_today);
    m_year->setObjectName(QStringLiteral("year"));
    m_year->setEditable(true);
    m_year->addItems(academicYearChoices());
    m_year->setCurrentText(m_yearText);

    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Academic year"), this));
    top->addWidget(m_year);
    top->addStretch();
    top->addWidget(m_create);
    top->addWidget(m_timeline);
    top->addWidget(m_export);
    sizeColumns(m_overviewTable, {20, 10, 11, 6}, 0);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_overviewTable);
    splitter->addWidget(createRoadmapPane());
    splitter->setChildrenCollapsible(false);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({420, 820});
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);

    connect(m_year, &QComboBox::currentTextChanged, this, [this](const QString &text) {
        if (const auto parsed = AcademicYear::parse(text); parsed && parsed->text() != m_yearText)
            setYear(parsed->text());
    });
    connect(m_overviewTable->selectionModel(), &QItemSelectionModel::selectionChanged, this, &RoadmapPage::loadRoadmap);
    connect(m_stageTable->selectionModel(), &QItemSelectionModel::selectionChanged, this, &RoadmapPage::showActivities);
    connect(m_activityTable->selectionModel(), &QItemSelectionModel::selectionChanged, this, &RoadmapPage::updateButtons);
    connect(m_activityTable, &QTableView::doubleClicked, this, [this] { editActivity(false); });
    connect(m_create, &QPushButton::clicked, this, &RoadmapPage::chooseMethodist);
    connect(m_export, &QPushButton::clicked, this, &RoadmapPage::exportPdf);
    connect(m_timeline, &QPushButton::clicked, this, &RoadmapPage::showTimeline);
    connect(m_plan, &QPushButton::clicked, this, &RoadmapPage::planStage);
    connect(m_stageTable, &QTableView::doubleClicked, this, &RoadmapPage::planStage);
    connect(m_start, &QPushButton::clicked, this, &RoadmapPage::startStage);
    connect(m_close, &QPushButton::clicked, this, &RoadmapPage::closeStage);
    connect(m_reopen, &QPushButton::clicked, this, &RoadmapPage::reopenStage);
    connect(m_add, &QPushButton::clicked, this, [this] { editActivity(true); });
    connect(m_edit, &QPushButton::clicked, this, [this] { editActivity(false); });
    connect(m_toggle, &QPushButton::clicked, this, &RoadmapPage::toggleDone);
    connect(m_delete, &QPushButton::clicked, this, &RoadmapPage::deleteActivity);
    connect(m_summary, &RoadmapSummaryPanel::statusMessage, this, &Page::statusMessage);
    updateButtons();
}

QWidget *RoadmapPage::createRoadmapPane()
{
    auto *pane = new QWidget(this);
    m_roadmapTitle->setObjectName(QStringLiteral("roadmapTitle"));
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020"));
    m_activitiesTitle->setObjectName(QStringLiteral("activitiesTitle"));
    m_activitiesTitle->setWordWrap(true); // long in Russian; the buttons beside it must not be pushed off
    // №, stage, planned, actual, status.
    // «01.09.2026 – 15.09.2026» and «выполняется» fit; the stage's name takes the rest.
    sizeColumns(m_stageTable, {3, 40, 25, 25, 15}, 1);
    // All seven stages are always in sight, however tall the tabs below want to be.
    m_stageTable->setFixedHeight(m_stageTable->verticalHeader()->defaultSectionSize() * RoadmapRules::stageCount
                                 + m_stageTable->horizontalHeader()->sizeHint().height()
                                 + 2 * m_stageTable->frameWidth() + 2);
    m_stageTable->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // №, activity, dates, responsible, document, expected result, teachers, done.
    // Fits the pane at 1366×768: the long texts show whole in their tooltips.
    sizeColumns(m_activityTable, {3, 22, 17, 11, 9, 12, 10, 9}, 1);
    keepReadable(m_activityTable, 1, 22);

    m_plan->setToolTip(tr("The dates the selected stage is planned for"));
    auto *stageBar = new QHBoxLayout;
    stageBar->addWidget(m_plan);
    stageBar->addWidget(m_start);
    stageBar->addWidget(m_close);
    stageBar->addWidget(m_reopen);
    stageBar->addWidget(m_error, 1); // beside the buttons whose refusals it shows

    auto *activityBar = new QHBoxLayout;
    activityBar->addWidget(m_activitiesTitle, 1);
    activityBar->addWidget(m_add);
    activityBar->addWidget(m_edit);
    activityBar->addWidget(m_toggle);
    activityBar->addWidget(m_delete);
    // The activities of the chosen stage and the summing up of the whole
    // year side by side as tabs: the figures are there at any stage.
    auto *activitiesTab = new QWidget(m_tabs);
    auto *activitiesLayout = new QVBoxLayout(activitiesTab);
    activitiesLayout->addLayout(activityBar);
    activitiesLayout->addWidget(m_activityTable, 1);
    m_tabs->setObjectName(QStringLiteral("roadmapTabs"));
    m_tabs->addTab(activitiesTab, tr("Activities of the stage"));
    m_tabs->addTab(m_summary, tr("Summing up"));
    auto *layout = new QVBoxLayout(pane);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_roadmapTitle);
    layout->addWidget(m_stageTable);
    layout->addLayout(stageBar);
    layout->addWidget(m_tabs, 1);
    return pane;
}

QString RoadmapPage::title() const
{
    return tr("Roadmap");
}

void RoadmapPage::databaseChanged()
{
    m_summary->setDatabase(m_db);
}

void RoadmapPage::setYear(const QString &academicYear)
{
    m_yearText = academicYear;
    if (m_year->currentText() != academicYear)
        m_year->setCurrentText(academicYear);
    refresh();
}

void RoadmapPage::setToday(const QDate &today)
{
    m_today = today;
    m_activities->setToday(today);
    showActivities();
}

void RoadmapPage::refresh()
{
    m_stale = false;
    const qint64 roadmapId = currentRoadmapId();
    Result<QList<RoadmapOverviewRow>> rows = QList<RoadmapOverviewRow>();
    if (m_db)
        rows = RoadmapService(*m_db).overview(m_yearText);
    m_overview->setRows(rows ? rows.value() : QList<RoadmapOverviewRow>());
    m_error->setText(rows.message());
    if (roadmapId == 0 || !selectRoadmap(roadmapId))
        loadRoadmap();
}

bool RoadmapPage::selectRoadmap(qint64 roadmapId)
{
    const int row = m_overview->rowOf(roadmapId);
    if (row < 0)
        return false;
    QItemSelectionModel *selection = m_overviewTable->selectionModel();
    const bool unchanged = selection->isRowSelected(row);
    selection->select(m_overview->index(row, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_overviewTable->scrollTo(m_overview->index(row, 0));
    if (unchanged)
        loadRoadmap();
    return true;
}

qint64 RoadmapPage::currentRoadmapId() const
{
    const int row = selectedRow(m_overviewTable);
    return row < 0 ? 0 : m_overview->rowAt(row).roadmapId;
}

bool RoadmapPage::selectStage(int number)
{
    for (int row = 0; row < m_stages->rowCount(); ++row)
        if (m_stages->rowAt(row).number == number) {
            m_stageTable->selectRow(row);
            return true;
        }
    return false;
}

int RoadmapPage::currentStageNumber() const
{
    const int row = selectedRow(m_stageTable);
    return row < 0 ? 0 : m_stages->rowAt(row).number;
}

QString RoadmapPage::errorText() const
{
    return m_error->text();
}

void RoadmapPage::loadRoadmap()
{
    const qint64 id = currentRoadmapId();
    // The stage worked on stays chosen; another roadmap opens at its current stage.
    const int stage = m_roadmap && m_roadmap->id == id ? currentStageNumber() : 0;
    m_roadmap.reset();
    if (m_db && id > 0) {
        auto loaded = RoadmapService(*m_db).load(id);
        if (loaded)
            m_roadmap = loaded.value();
        else
            m_error->setText(loaded.message());
    }
    m_stages->setRows(m_roadmap ? m_roadmap->stages : QList<RoadmapStage>());
    if (!m_roadmap)
        m_roadmapTitle->setText(m_overview->rowCount() == 0 ? tr("No roadmaps in %1 yet.").arg(m_yearText)
                                                            : tr("Choose a roadmap to see its stages."));
    else
        m_roadmapTitle->setText(tr("Roadmap of %1, %2").arg(m_roadmap->methodistName, m_roadmap->academicYear));
    if (m_roadmap && !selectStage(stage > 0 ? stage : std::max(1, RoadmapRules::currentStage(*m_roadmap))))
        showActivities();
    if (!m_roadmap)
        showActivities();
    m_summary->setRoadmap(m_roadmap ? m_roadmap->id : 0);
}

void RoadmapPage::showActivities()
{
    const int number = currentStageNumber();
    const qint64 activity = currentActivity() ? currentActivity()->id : 0;
    QList<RoadmapActivity> rows;
    if (m_roadmap && number > 0)
        rows = m_roadmap->stages.at(number - 1).activities;
    m_activities->setRows(rows);
    for (int row = 0; row < rows.size(); ++row)
        if (rows[row].id == activity)
            m_activityTable->selectRow(row);
    if (number == 0)
        m_activitiesTitle->setText(tr("Choose a stage to see its activities."));
    else {
        const auto overdue = std::count_if(rows.cbegin(), rows.cend(),
                                           [this](const RoadmapActivity &a) { return RoadmapRules::isOverdue(a, m_today); });
        QString text = tr("Activities of stage %1: %2").arg(number).arg(rows.size());
        if (overdue > 0)
            text += QLatin1Char(' ') + tr("(overdue: %1)").arg(overdue);
        if (number == RoadmapRules::stageCount)
            text += QLatin1Char(' ') + tr("(the figures of the year are on the «Summing up» tab)");
        m_activitiesTitle->setText(text);
    }
    updateButtons();
}

void RoadmapPage::updateButtons()
{
    const int number = currentStageNumber();
    const RoadmapStage *stage = m_roadmap && number > 0 ? &m_roadmap->stages.at(number - 1) : nullptr;
    m_create->setEnabled(m_db);
    m_export->setEnabled(m_roadmap.has_value());
    m_timeline->setEnabled(m_roadmap.has_value());
    m_plan->setEnabled(stage);
    m_start->setEnabled(stage && stage->status == StageStatus::Planned);
    m_close->setEnabled(stage && stage->status != StageStatus::Closed);
    m_reopen->setEnabled(stage && stage->status == StageStatus::Closed);
    m_add->setEnabled(stage);
    const bool chosen = currentActivity();
    m_edit->setEnabled(chosen);
    m_toggle->setEnabled(chosen);
    m_delete->setEnabled(chosen);
}

const RoadmapActivity *RoadmapPage::currentActivity() const
{
    const int row = selectedRow(m_activityTable);
    return row < 0 || row >= m_activities->rowCount() ? nullptr : &m_activities->rowAt(row);
}

bool RoadmapPage::report(const QString &error)
{
    if (!error.isEmpty()) {
        m_error->setText(error);
        return false;
    }
    refresh(); // the overview counts activities and stages too
    m_error->clear();
    return true;
}

bool RoadmapPage::createRoadmap(qint64 methodistId)
{
    if (!m_db)
        return false;
    auto created = RoadmapService(*m_db).create(methodistId, m_yearText);
    if (!report(created.message()))
        return false;
    selectRoadmap(created.value());
    emit statusMessage(tr("Roadmap created for %1.").arg(m_roadmap ? m_roadmap->methodistName : QString()));
    return true;
}

void RoadmapPage::chooseMethodist()
{
    if (!m_db)
        return;
    auto methodists = MethodistRepository(*m_db).withLoad(m_yearText);
    if (!methodists) {
        m_error->setText(methodists.message());
        return;
    }
    QSet<qint64> taken;
    for (const RoadmapOverviewRow &row : m_overview->rows())
        taken.insert(row.methodistId);
    QStringList names;
    QList<qint64> ids;
    for (const MethodistLoadRow &row : methodists.value())
        if (!taken.contains(row.id) && row.active) {
            names << tr("%1 (%n teacher(s))", nullptr, row.load).arg(row.name);
            ids << row.id;
        }
    if (ids.isEmpty()) {
        m_error->setText(tr("Every active methodist already has a roadmap for %1.").arg(m_yearText));
        return;
    }
    bool ok = false;
    const QString chosen = QInputDialog::getItem(this, tr("Create roadmap"),
                                                 tr("Methodist without a roadmap for %1:").arg(m_yearText), names, 0,
                                                 false, &ok);
    if (ok && names.contains(chosen))
        createRoadmap(ids.at(names.indexOf(chosen)));
}

void RoadmapPage::planStage()
{
    if (!allowed(Capability::EditOwnSupport))
        return;
    const int number = currentStageNumber();
    if (!m_db || !m_roadmap || number == 0)
        return;
    const RoadmapStage &stage = m_roadmap->stages.at(number - 1);
    // The earliest date stands for «not set»: either end of the plan may be unknown.
    const QDate noDate(2000, 1, 1);
    // An unset date's calendar opens at today's month when it falls in the
    // roadmap's year, else at the year's start.
    QDate near = m_today;
    if (const auto year = AcademicYear::parse(m_roadmap->academicYear);
        year && (m_today < year->firstDay() || m_today > year->lastDay()))
        near = year->firstDay();
    if (stage.planned.start.isValid())
        near = stage.planned.start;
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("planStageDialog"));
    dialog.setWindowTitle(tr("Planned dates of stage %1").arg(number));
    const auto dateEdit = [&](const QString &name, const QDate &date) {
        auto *edit = new QDateEdit(&dialog);
        edit->setObjectName(name);
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("dd.MM.yyyy"));
        edit->setMinimumDate(noDate);
        edit->setSpecialValueText(tr("not set"));
        edit->setDate(date.isValid() ? date : noDate);
        new CalendarStart(edit, noDate, near);
        return edit;
    };
    auto *start = dateEdit(QStringLiteral("plannedStart"), stage.planned.start);
    auto *end = dateEdit(QStringLiteral("plannedEnd"), stage.planned.end);
    const auto dateOf = [noDate](const QDateEdit *edit) { return edit->date() == noDate ? QDate() : edit->date(); };
    const auto clearButton = [&](QDateEdit *edit) {
        auto *clear = new QPushButton(tr("Not set"), &dialog);
        clear->setObjectName(edit->objectName() + QStringLiteral("Clear"));
        clear->setAutoDefault(false);
        connect(clear, &QPushButton::clicked, edit, [edit, noDate] { edit->setDate(noDate); });
        auto *row = new QHBoxLayout;
        row->addWidget(edit);
        row->addWidget(clear);
        row->addStretch();
        return row;
    };
    auto *stageName = new QLabel(QStringLiteral("%1. %2").arg(number).arg(stage.name), &dialog);
    stageName->setWordWrap(true);
    auto *error = new QLabel(&dialog);
    error->setObjectName(QStringLiteral("error"));
    error->setWordWrap(true);
    error->setStyleSheet(QStringLiteral("color: #b00020"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
    auto *form = new QFormLayout(&dialog);
    form->addRow(stageName);
    form->addRow(tr("Starts"), clearButton(start));
    form->addRow(tr("Ends"), clearButton(end));
    form->addRow(error);
    form->addRow(buttons);
    const auto check = [&] {
        const QDate from = dateOf(start), to = dateOf(end);
        const bool wrong = from.isValid() && to.isValid() && to < from;
        error->setText(wrong ? tr("The stage cannot end before it starts.") : QString());
        ok->setEnabled(!wrong);
    };
    connect(start, &QDateEdit::dateChanged, &dialog, check);
    connect(end, &QDateEdit::dateChanged, &dialog, check);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    check();
    if (dialog.exec() != QDialog::Accepted)
        return;
    const DateRange planned{dateOf(start), dateOf(end)};
    if (report(RoadmapService(*m_db).planStage(m_roadmap->id, number, planned).message()))
        emit statusMessage(planned.isNull()
                               ? tr("The planned dates of stage %1 are cleared.").arg(number)
                               : tr("Stage %1 planned: %2.").arg(number).arg(RoadmapRules::periodText(planned)));
}

void RoadmapPage::startStage()
{
    if (const int number = currentStageNumber(); m_db && m_roadmap && number > 0)
        report(RoadmapService(*m_db).startStage(m_roadmap->id, number, m_today).message());
}

void RoadmapPage::closeStage()
{
    const int number = currentStageNumber();
    if (!m_db || !m_roadmap || number == 0)
        return;
    const RoadmapStage &stage = m_roadmap->stages.at(number - 1);
    const auto open = std::count_if(stage.activities.cbegin(), stage.activities.cend(),
                                    [](const RoadmapActivity &a) { return !a.done; });
    QString reason;
    if (open > 0) {
        // A stage with open activities closes only with a reason, kept with it.
        QInputDialog dialog(this);
        dialog.setObjectName(QStringLiteral("closeReasonDialog"));
        dialog.setWindowTitle(tr("Close stage %1").arg(number));
        dialog.setLabelText(tr("Activities not done: %1. Why is the stage closed anyway?").arg(open));
        dialog.setInputMode(QInputDialog::TextInput);
        if (dialog.exec() != QDialog::Accepted)
            return;
        reason = dialog.textValue(); // a blank one is refused by the rules, said below
    }
    if (report(RoadmapService(*m_db).closeStage(m_roadmap->id, number, m_today, reason).message()))
        emit statusMessage(tr("Stage %1 closed.").arg(number));
}

void RoadmapPage::reopenStage()
{
    if (const int number = currentStageNumber(); m_db && m_roadmap && number > 0)
        report(RoadmapService(*m_db).reopenStage(m_roadmap->id, number).message());
}

void RoadmapPage::editActivity(bool add)
{
    if (!allowed(Capability::EditOwnSupport))
        return;
    const int number = currentStageNumber();
    const RoadmapActivity *current = currentActivity();
    if (!m_db || !m_roadmap || number == 0 || (!add && !current))
        return;
    AssignmentFilter filter;
    filter.academicYear = m_roadmap->academicYear;
    filter.methodistId = m_roadmap->methodistId;
    auto assigned = AssignmentRepository(*m_db).list(filter);
    QList<ActivityDialog::TeacherChoice> teachers;
    for (const AssignmentRow &row : assigned ? assigned.value() : QList<AssignmentRow>())
        teachers.append({row.teacherId, row.teacherName});
    ActivityDialog dialog(teachers, this);
    dialog.setWindowTitle(add ? tr("New activity of stage %1").arg(number) : tr("Activity of stage %1").arg(number));
    RoadmapActivity loaded;
    if (!add) {
        loaded = *current;
        dialog.setActivity(loaded);
        // Saved by OK, unless someone else changed the activity meanwhile.
        dialog.commitChecked<RoadmapActivity>(
            loaded, [&loaded] { return loaded.title; }, [&dialog] { return dialog.activity(); },
            [this, roadmapId = m_roadmap->id](const RoadmapActivity &before, const RoadmapActivity &edited,
                                              SaveMode mode) {
                return RoadmapService(*m_db).updateActivity(roadmapId, before, edited, mode);
            },
            [&dialog](const RoadmapActivity &stored) { dialog.setActivity(stored); });
    }
    if (dialog.exec() != QDialog::Accepted)
        return;
    report(add ? RoadmapService(*m_db).addActivity(m_roadmap->id, number, dialog.activity()).message() : QString());
}

void RoadmapPage::toggleDone()
{
    if (const RoadmapActivity *current = currentActivity(); m_db && m_roadmap && current)
        report(RoadmapService(*m_db).setActivityDone(m_roadmap->id, current->id, !current->done, m_today).message());
}

void RoadmapPage::deleteActivity()
{
    const RoadmapActivity *current = currentActivity();
    if (!m_db || !current)
        return;
    if (QMessageBox::question(this, tr("Delete activity"), tr("Delete «%1»?").arg(current->title))
        != QMessageBox::Yes)
        return;
    report(RoadmapService(*m_db).removeActivity(current->id).message());
}

// The Gantt-like picture of the selected roadmap, in a window of its own so
// it can be as wide as the screen.
GanttChart *RoadmapPage::showTimeline()
{
    if (!m_roadmap)
        return nullptr;
    auto *dialog = new QDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Timeline of the roadmap: %1, %2").arg(m_roadmap->methodistName, m_roadmap->academicYear));
    auto *chart = new GanttChart(dialog);
    chart->setBars(RoadmapRules::gantt(*m_roadmap, m_today), m_today);
    auto *scroll = new QScrollArea(dialog);
    scroll->setWidget(chart);
    scroll->setWidgetResizable(true);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(scroll);
    // Within the screen with its title bar and panel (760 high did not fit 1366×768); the rest scrolls.
    const QSize screen = this->screen()->availableGeometry().size();
    dialog->resize(std::min(1100, screen.width() - 40),
                   std::min({760, chart->sizeHint().height() + 40, screen.height() - 80}));
    dialog->open();
    return chart;
}

void RoadmapPage::exportPdf()
{
    if (!m_db || !m_roadmap)
        return;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save roadmap as PDF"),
        tr("Roadmap %1 %2.pdf").arg(m_roadmap->methodistName, QString(m_roadmap->academicYear).replace(u'/', u'-')),
        tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    if (const Status status = RoadmapService(*m_db).exportPdf(m_roadmap->id, path, m_today); !status)
        m_error->setText(status.message());
    else
        emit statusMessage(tr("Roadmap saved to %1.").arg(path));
}

} // namespace metodist
