#include "pages/Page.h"
#include "pages/RoadmapSummaryPanel.h"

#include "models/AssignmentModels.h"

#include <QBrush>
#include <QButtonGroup>
#include <QColor>
#include <QDialog>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSet>
#include <QTableWidget>
#include <QVBoxLayout>

namespace metodist {

namespace {

// Rows that still need work (a teacher not covered, an activity not done, a
// route not completed) stand out in the lists behind the figures.
const QColor openBackground(0xfd, 0xf1, 0xd8);

constexpr int figureCount = 3;

QString shareText(qsizetype part, qsizetype whole)
{
    const auto share = RoadmapSummary::share(part, whole);
    return share ? RoadmapSummaryPanel::tr("%1 of %2 (%3 %)").arg(part).arg(whole).arg(qRound(*share * 100))
                 : RoadmapSummaryPanel::tr("%1 of %2").arg(part).arg(whole);
}

QTableWidgetItem *cell(const QString &text, qint64 id = 0)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    item->setToolTip(text);
    if (id > 0)
        item->setData(Qt::UserRole, id);
    return item;
}

void addRow(QTableWidget *table, const QList<QTableWidgetItem *> &cells, bool open)
{
    const int row = table->rowCount();
    table->insertRow(row);
    for (int column = 0; column < cells.size(); ++column) {
        if (open)
            cells[column]->setBackground(QBrush(openBackground));
        table->setItem(row, column, cells[column]);
    }
}

} // namespace

RoadmapSummaryPanel::RoadmapSummaryPanel(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_conclusion(new QButtonGroup(this))
    , m_plans(new QPlainTextEdit(this))
    , m_save(new QPushButton(tr("Sa&ve conclusion"), this))
    , m_error(new QLabel(this))
{
    Page::requireCapability(m_save, Capability::EditOwnSupport);
    setObjectName(QStringLiteral("roadmapSummary"));
    m_title->setObjectName(QStringLiteral("summaryTitle"));
    m_title->setWordWrap(true);
    m_error->setObjectName(QStringLiteral("summaryError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020"));

    const QString names[figureCount] = {QStringLiteral("coverage"), QStringLiteral("activities"),
                                        QStringLiteral("routes")};
    const QString captions[figureCount] = {tr("Coverage of the assigned teachers by done activities"),
                                           tr("Activities done of those planned"),
                                           tr("Individual routes completed")};
    auto *figures = new QGridLayout;
    figures->setColumnStretch(0, 1);
    for (int i = 0; i < figureCount; ++i) {
        auto *caption = new QLabel(captions[i], this);
        caption->setWordWrap(true);
        m_values[i] = new QLabel(this);
        m_values[i]->setObjectName(names[i] + QStringLiteral("Figure"));
        m_values[i]->setTextInteractionFlags(Qt::TextSelectableByMouse);
        QFont bold = m_values[i]->font();
        bold.setBold(true);
        m_values[i]->setFont(bold);
        m_values[i]->setMinimumWidth(m_values[i]->fontMetrics().horizontalAdvance(QStringLiteral("000 of 000 (100 %)")));
        m_show[i] = new QPushButton(tr("Show…"), this);
        m_show[i]->setObjectName(QStringLiteral("show") + names[i].at(0).toUpper() + names[i].mid(1));
        caption->setBuddy(m_show[i]);
        figures->addWidget(caption, i, 0);
        figures->addWidget(m_values[i], i, 1);
        figures->addWidget(m_show[i], i, 2);
        connect(m_show[i], &QPushButton::clicked, this, [this, i] { showDetails(Figure(i)); });
    }
    m_show[0]->setToolTip(tr("The assigned teachers, covered and not covered, with the done activities they took part in"));
    m_show[1]->setToolTip(tr("Every activity of the roadmap with its stage, done or open"));
    m_show[2]->setToolTip(tr("The routes of the assigned teachers with their progress"));

    auto *conclusion = new QGroupBox(tr("Conclusion"), this);
    conclusion->setObjectName(QStringLiteral("conclusionBox"));
    auto *choices = new QHBoxLayout;
    const struct
    {
        Conclusion value;
        const char *name;
        QString text;
    } options[] = {{Conclusion::None, "conclusionNone", tr("Not drawn yet")},
                   {Conclusion::Success, "conclusionSuccess", tr("Success")},
                   {Conclusion::Partial, "conclusionPartial", tr("Partial success")},
                   {Conclusion::Failure, "conclusionFailure", tr("Failure")}};
    for (const auto &option : options) {
        auto *radio = new QRadioButton(option.text, conclusion);
        radio->setObjectName(QString::fromLatin1(option.name));
        radio->setToolTip(RoadmapRules::conclusionText(option.value));
        m_conclusion->addButton(radio, int(option.value));
        choices->addWidget(radio);
    }
    choices->addStretch();
    m_conclusion->button(int(Conclusion::None))->setChecked(true);
    m_plans->setObjectName(QStringLiteral("nextYearPlans"));
    m_plans->setPlaceholderText(tr("Plans for the next academic year"));
    m_plans->setTabChangesFocus(true);
    m_plans->setMinimumHeight(m_plans->fontMetrics().height() * 3 + 12);
    m_save->setObjectName(QStringLiteral("saveConclusion"));
    auto *plansLabel = new QLabel(tr("Plans for the next &year"), conclusion);
    plansLabel->setBuddy(m_plans);
    auto *saveBar = new QHBoxLayout;
    saveBar->addWidget(m_error, 1);
    saveBar->addWidget(m_save);
    auto *conclusionLayout = new QVBoxLayout(conclusion);
    conclusionLayout->addLayout(choices);
    conclusionLayout->addWidget(plansLabel);
    conclusionLayout->addWidget(m_plans, 1);
    conclusionLayout->addLayout(saveBar);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addLayout(figures);
    layout->addWidget(conclusion, 1);

    connect(m_conclusion, &QButtonGroup::idToggled, this, &RoadmapSummaryPanel::updateSave);
    connect(m_plans, &QPlainTextEdit::textChanged, this, &RoadmapSummaryPanel::updateSave);
    connect(m_save, &QPushButton::clicked, this, &RoadmapSummaryPanel::saveConclusion);
    showSummary();
}

void RoadmapSummaryPanel::setDatabase(Database *db)
{
    m_db = db;
    m_roadmapId = 0;
    reload();
}

void RoadmapSummaryPanel::setRoadmap(qint64 roadmapId)
{
    // Typing is kept only while the same roadmap comes back (after a change
    // elsewhere on the page); another roadmap shows its own conclusion.
    if (roadmapId != m_roadmapId)
        m_summary.reset();
    m_roadmapId = roadmapId;
    reload();
}

void RoadmapSummaryPanel::reload()
{
    const bool edited = m_summary && m_save->isEnabled();
    const Conclusion typedConclusion = chosenConclusion();
    const QString typedPlans = m_plans->toPlainText();
    m_roadmap.reset();
    m_summary.reset();
    m_error->clear();
    if (m_db && m_roadmapId > 0) {
        RoadmapService service(*m_db);
        auto roadmap = service.load(m_roadmapId);
        auto summary = roadmap ? service.summary(m_roadmapId) : Result<RoadmapSummary>(roadmap.status());
        if (roadmap && summary) {
            m_roadmap = roadmap.value();
            m_summary = summary.value();
        } else {
            m_error->setText(summary.message());
        }
    }
    showSummary();
    if (edited && m_summary) {
        m_conclusion->button(int(typedConclusion))->setChecked(true);
        m_plans->setPlainText(typedPlans);
        updateSave();
    }
}

QString RoadmapSummaryPanel::figureText(Figure figure) const
{
    if (!m_summary)
        return {};
    const RoadmapSummary &s = *m_summary;
    switch (figure) {
    case Figure::Coverage:
        return shareText(s.coveredTeachers.size(), s.assignedTeachers.size());
    case Figure::Activities:
        return shareText(s.doneActivityIds.size(), s.plannedActivityIds.size());
    case Figure::Routes:
        return shareText(s.completedRoutes.size(), s.routes.size());
    }
    return {};
}

QString RoadmapSummaryPanel::errorText() const
{
    return m_error->text();
}

void RoadmapSummaryPanel::showSummary()
{
    const bool shown = m_summary.has_value();
    if (!shown)
        m_title->setText(tr("Choose a roadmap to sum up its year."));
    else
        m_title->setText(tr("Summing up the year %1 of %2: the figures are counted from the activities and routes; "
                            "«Show…» lists what is behind each.")
                             .arg(m_summary->academicYear, m_summary->methodistName));
    for (int i = 0; i < figureCount; ++i) {
        m_values[i]->setText(shown ? figureText(Figure(i)) : QString());
        m_show[i]->setEnabled(shown);
    }
    {
        const QSignalBlocker blockGroup(m_conclusion);
        const QSignalBlocker blockPlans(m_plans);
        m_conclusion->button(int(shown ? m_summary->conclusion : Conclusion::None))->setChecked(true);
        m_plans->setPlainText(shown ? m_summary->nextYearPlans : QString());
    }
    for (QAbstractButton *b : m_conclusion->buttons())
        b->setEnabled(shown);
    m_plans->setEnabled(shown);
    updateSave();
}

Conclusion RoadmapSummaryPanel::chosenConclusion() const
{
    const int id = m_conclusion->checkedId();
    return id < 0 ? Conclusion::None : Conclusion(id);
}

void RoadmapSummaryPanel::updateSave()
{
    m_save->setEnabled(m_summary
                       && (chosenConclusion() != m_summary->conclusion
                           || m_plans->toPlainText().trimmed() != m_summary->nextYearPlans.trimmed()));
}

bool RoadmapSummaryPanel::saveConclusion()
{
    if (!m_db || !m_summary)
        return false;
    const Status saved = RoadmapService(*m_db).saveConclusion(m_roadmapId, chosenConclusion(), m_plans->toPlainText());
    if (!saved) {
        m_error->setText(saved.message());
        return false;
    }
    m_summary.reset(); // nothing typed is left to keep
    reload();
    emit statusMessage(tr("Conclusion saved."));
    return true;
}

void RoadmapSummaryPanel::showDetails(Figure figure)
{
    if (!m_summary || !m_roadmap)
        return;
    const RoadmapSummary &s = *m_summary;
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("figureDetails"));
    auto *table = new QTableWidget(&dialog);
    table->setObjectName(QStringLiteral("details"));
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setAlternatingRowColors(false);
    table->setWordWrap(false);
    table->verticalHeader()->setVisible(false);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    table->horizontalHeader()->setStretchLastSection(true);
    table->setSortingEnabled(false);
    auto *note = new QLabel(&dialog);
    note->setObjectName(QStringLiteral("detailsNote"));
    note->setWordWrap(true);

    // Activities by id, numbered as on the page and in the printed roadmap: stage.position.
    struct Place
    {
        const RoadmapStage *stage;
        const RoadmapActivity *activity;
        int number;
    };
    QHash<qint64, Place> places;
    for (const RoadmapStage &stage : m_roadmap->stages)
        for (int i = 0; i < stage.activities.size(); ++i)
            places.insert(stage.activities[i].id, {&stage, &stage.activities[i], i + 1});

    switch (figure) {
    case Figure::Coverage: {
        dialog.setWindowTitle(tr("Coverage of the assigned teachers: %1").arg(figureText(figure)));
        note->setText(tr("A teacher assigned to %1 in %2 counts as covered when they took part in at least one "
                         "done activity of the roadmap. Covered: %3; not covered: %4.")
                          .arg(s.methodistName, s.academicYear)
                          .arg(s.coveredTeachers.size())
                          .arg(s.assignedTeachers.size() - s.coveredTeachers.size()));
        table->setColumnCount(3);
        table->setHorizontalHeaderLabels({tr("Teacher"), tr("Covered"), tr("Done activities with the teacher")});
        QSet<qint64> covered;
        for (const PersonRef &t : s.coveredTeachers)
            covered.insert(t.id);
        // The covered first, then the ones still to reach; each by name.
        for (bool isCovered : {true, false})
            for (const PersonRef &t : s.assignedTeachers) {
                if (covered.contains(t.id) != isCovered)
                    continue;
                QStringList activities;
                for (qint64 id : s.doneActivityIds)
                    if (const Place p = places.value(id); p.activity && p.activity->teacherIds.contains(t.id))
                        activities << QStringLiteral("%1.%2 %3").arg(p.stage->number).arg(p.number).arg(p.activity->title);
                addRow(table,
                       {cell(t.name, t.id), cell(isCovered ? tr("covered") : tr("not covered")),
                        cell(activities.join(QStringLiteral("; ")))},
                       !isCovered);
            }
        break;
    }
    case Figure::Activities: {
        dialog.setWindowTitle(tr("Activities done: %1").arg(figureText(figure)));
        note->setText(tr("Every activity of the roadmap's seven stages, numbered stage.activity as on the page. "
                         "Done: %1; not done: %2.")
                          .arg(s.doneActivityIds.size())
                          .arg(s.plannedActivityIds.size() - s.doneActivityIds.size()));
        table->setColumnCount(5);
        table->setHorizontalHeaderLabels({tr("№"), tr("Done"), tr("Dates"), tr("Stage"), tr("Activity")});
        for (qint64 id : s.plannedActivityIds) {
            const Place p = places.value(id);
            if (!p.activity)
                continue;
            const RoadmapActivity &a = *p.activity;
            addRow(table,
                   {cell(QStringLiteral("%1.%2").arg(p.stage->number).arg(p.number), a.id),
                    cell(a.done ? (a.doneOn.isValid() ? dateText(a.doneOn) : tr("done")) : tr("not done")),
                    cell(RoadmapRules::periodText({a.startsOn, a.dueOn})), cell(p.stage->name), cell(a.title)},
                   !a.done);
        }
        break;
    }
    case Figure::Routes: {
        dialog.setWindowTitle(tr("Individual routes completed: %1").arg(figureText(figure)));
        note->setText(tr("The routes of the teachers assigned to %1 in %2. A route is completed when every item "
                         "that is not cancelled is done. Completed: %3; not completed: %4.")
                          .arg(s.methodistName, s.academicYear)
                          .arg(s.completedRoutes.size())
                          .arg(s.routes.size() - s.completedRoutes.size()));
        table->setColumnCount(5);
        table->setHorizontalHeaderLabels({tr("Teacher"), tr("Completed"), tr("Progress"), tr("Organisation"),
                                          tr("Tutor")});
        QSet<qint64> completed;
        for (const RouteRow &r : s.completedRoutes)
            completed.insert(r.routeId);
        for (bool isCompleted : {true, false})
            for (const RouteRow &r : s.routes) {
                if (completed.contains(r.routeId) != isCompleted)
                    continue;
                const auto value = r.progress.value();
                const QString progress = value ? tr("%1 of %2 items done (%3 %)")
                                                     .arg(r.progress.done)
                                                     .arg(r.progress.counted)
                                                     .arg(qRound(*value * 100))
                                               : tr("no items");
                auto *teacher = cell(r.teacherName, r.routeId);
                teacher->setData(Qt::UserRole + 1, r.teacherId);
                addRow(table,
                       {teacher, cell(isCompleted ? tr("completed") : tr("not completed")), cell(progress),
                        cell(r.organisation), cell(r.tutorName)},
                       !isCompleted);
            }
        break;
    }
    }
    if (table->rowCount() == 0)
        note->setText(note->text() + QLatin1Char(' ') + tr("There is nothing to list yet."));
    table->resizeColumnsToContents();
    for (int column = 0; column < table->columnCount(); ++column)
        table->setColumnWidth(column, std::min(table->columnWidth(column) + 12, 380));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(note);
    layout->addWidget(table, 1);
    layout->addWidget(buttons);
    dialog.resize(1200, 560); // the activities' titles whole on a 1366×768 screen
    dialog.exec();
}

} // namespace metodist
