#include "pages/WorkLogPage.h"

#include "BackgroundTask.h"
#include "dialogs/ImportWizard.h"
#include "dialogs/WorkLogEntryDialog.h"
#include "domain/AcademicYear.h"
#include "models/AssignmentModels.h"
#include "models/JournalModels.h"
#include "pages/PageTables.h"
#include "storage/DictionaryRepository.h"
#include "storage/MethodistRepository.h"
#include "storage/WorkLogRepository.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace metodist {

namespace {

QPushButton *button(const QString &text, const QString &name, QWidget *parent)
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(name);
    return b;
}

QDateEdit *dateEdit(const QString &name, QWidget *parent)
{
    auto *edit = new QDateEdit(parent);
    edit->setObjectName(name);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("dd.MM.yyyy"));
    edit->setDateRange(QDate(2000, 1, 1), QDate(2100, 12, 31));
    return edit;
}

QComboBox *filterCombo(const QString &name, QWidget *parent)
{
    auto *box = new QComboBox(parent);
    box->setObjectName(name);
    box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    box->setMinimumContentsLength(28);
    return box;
}

// Typing a date changes it on every key; the list follows once typing stops.
constexpr int periodDelayMs = 400;

} // namespace

WorkLogPage::WorkLogPage(QWidget *parent)
    : ReloadingPage(parent)
    , m_year(new QComboBox(this))
    , m_from(dateEdit(QStringLiteral("from"), this))
    , m_to(dateEdit(QStringLiteral("to"), this))
    , m_methodist(filterCombo(QStringLiteral("methodist"), this))
    , m_kind(filterCombo(QStringLiteral("workKind"), this))
    , m_model(new WorkLogModel(this))
    , m_table(singleRowView(m_model, QStringLiteral("workLog"), this))
    , m_summaryLabel(new QLabel(this))
    , m_kinds(new WorkKindSummaryModel(this))
    , m_kindTable(singleRowView(m_kinds, QStringLiteral("workKinds"), this))
    , m_error(new QLabel(this))
    , m_add(button(tr("&Add…"), QStringLiteral("addEntry"), this))
    , m_edit(button(tr("&Edit…"), QStringLiteral("editEntry"), this))
    , m_delete(button(tr("De&lete"), QStringLiteral("deleteEntry"), this))
    , m_import(button(tr("&Import…"), QStringLiteral("importFile"), this))
    , m_export(button(tr("E&xport CSV…"), QStringLiteral("exportCsv"), this))
    , m_periodTimer(new QTimer(this))
    , m_importTask(new BackgroundTask(this))
{
    Page::requireCapability(m_add, Capability::EditOwnSupport);
    Page::requireCapability(m_edit, Capability::EditOwnSupport);
    Page::requireCapability(m_delete, Capability::EditOwnSupport);
    Page::requireCapability(m_import, Capability::EditOwnSupport);
    setObjectName(QStringLiteral("workLogPage"));
    m_year->setObjectName(QStringLiteral("year"));
    m_year->addItem(tr("Other dates"), QString());
    for (const QString &year : academicYearChoices())
        m_year->addItem(year, year);
    m_summaryLabel->setObjectName(QStringLiteral("summary"));
    m_summaryLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020"));
    m_periodTimer->setSingleShot(true);
    m_periodTimer->setInterval(periodDelayMs);
    m_export->setToolTip(tr("Saves the entries listed, as the filter above chooses them."));
    m_import->setToolTip(tr("Adds entries from a CSV file with the columns %1; with any error nothing is added.")
                             .arg(WorkLogService::columns().join(QStringLiteral(", "))));
    // Date, methodist, teacher, kind of work, minutes, result.
    sizeColumns(m_table, {11, 31, 31, 34, 10, 24}, WorkLogModel::ResultColumn);
    m_table->setSortingEnabled(false);
    // Kind of work, entries, hours.
    sizeColumns(m_kindTable, {50, 10, 10}, WorkKindSummaryModel::KindColumn);
    m_kindTable->setSelectionMode(QAbstractItemView::NoSelection);
    m_kindTable->setFocusPolicy(Qt::NoFocus);

    auto *filters = new QGridLayout;
    filters->addWidget(new QLabel(tr("Academic year"), this), 0, 0);
    auto *period = new QHBoxLayout;
    period->addWidget(m_year);
    period->addSpacing(12);
    period->addWidget(new QLabel(tr("from"), this));
    period->addWidget(m_from);
    period->addWidget(new QLabel(tr("to"), this));
    period->addWidget(m_to);
    period->addStretch();
    filters->addLayout(period, 0, 1);
    filters->addWidget(new QLabel(tr("Methodist"), this), 1, 0);
    auto *people = new QHBoxLayout;
    people->addWidget(m_methodist, 1);
    people->addSpacing(12);
    people->addWidget(new QLabel(tr("Kind of work"), this));
    people->addWidget(m_kind, 1);
    filters->addLayout(people, 1, 1);
    filters->setColumnStretch(1, 1);
    auto *files = new QVBoxLayout;
    files->addWidget(m_import);
    files->addWidget(m_export);
    auto *top = new QHBoxLayout;
    top->addLayout(filters, 1);
    top->addSpacing(24);
    top->addLayout(files);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_summaryLabel, 1);
    bar->addWidget(m_add);
    bar->addWidget(m_edit);
    bar->addWidget(m_delete);
    auto *kindsPane = new QWidget(this);
    auto *kindsLayout = new QVBoxLayout(kindsPane);
    kindsLayout->setContentsMargins(0, 0, 0, 0);
    auto *kindsTitle = new QLabel(tr("By kind of work"), this);
    kindsLayout->addWidget(kindsTitle);
    kindsLayout->addWidget(m_kindTable);
    // The nine kinds of work and the header fit without scrolling; the
    // entries take the rest of the height.
    const int kindsHeight = kindsTitle->sizeHint().height() + kindsLayout->spacing()
                            + m_kindTable->horizontalHeader()->sizeHint().height()
                            + 9 * m_kindTable->verticalHeader()->defaultSectionSize() + 2 * m_kindTable->frameWidth() + 2;
    kindsPane->setMinimumHeight(kindsHeight / 2);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(kindsPane);
    splitter->setChildrenCollapsible(false);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 0);
    splitter->setSizes({kindsHeight * 2, kindsHeight});
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(bar);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_error);

    setAcademicYear(AcademicYear::containing(QDate::currentDate()).text());
    connect(m_year, &QComboBox::currentIndexChanged, this, [this] {
        if (const QString year = m_year->currentData().toString(); !year.isEmpty())
            setAcademicYear(year);
    });
    connect(m_from, &QDateEdit::dateChanged, this, &WorkLogPage::periodEdited);
    connect(m_to, &QDateEdit::dateChanged, this, &WorkLogPage::periodEdited);
    connect(m_periodTimer, &QTimer::timeout, this, &WorkLogPage::reload);
    connect(m_methodist, &QComboBox::currentIndexChanged, this, &WorkLogPage::reload);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &WorkLogPage::reload);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &WorkLogPage::updateButtons);
    connect(m_table, &QTableView::doubleClicked, this, [this] { editEntry(false); });
    connect(m_add, &QPushButton::clicked, this, [this] { editEntry(true); });
    connect(m_edit, &QPushButton::clicked, this, [this] { editEntry(false); });
    connect(m_delete, &QPushButton::clicked, this, &WorkLogPage::deleteEntry);
    connect(m_import, &QPushButton::clicked, this, &WorkLogPage::chooseImport);
    connect(m_export, &QPushButton::clicked, this, &WorkLogPage::chooseExport);
    m_importTask->useProgressDialog();
    connect(m_importTask, &BackgroundTask::finished, this, &WorkLogPage::importEnded);
    updateButtons();
}

QString WorkLogPage::title() const
{
    return tr("Work log");
}

WorkLogFilter WorkLogPage::filter() const
{
    WorkLogFilter f;
    f.from = m_from->date();
    f.to = m_to->date();
    f.methodistId = m_methodist->currentData().toLongLong();
    f.workKindId = m_kind->currentData().toLongLong();
    return f;
}

void WorkLogPage::setAcademicYear(const QString &academicYear)
{
    const auto year = AcademicYear::parse(academicYear);
    if (!year)
        return;
    if (m_year->findData(year->text()) < 0)
        m_year->addItem(year->text(), year->text());
    setPeriod(year->firstDay(), year->lastDay());
}

void WorkLogPage::setPeriod(const QDate &from, const QDate &to)
{
    {
        const QSignalBlocker blockFrom(m_from), blockTo(m_to);
        m_from->setDate(from);
        m_to->setDate(to);
    }
    m_periodTimer->stop();
    updateYearChoice();
    if (m_db)
        reload();
}

void WorkLogPage::setMethodist(qint64 methodistId)
{
    m_methodist->setCurrentIndex(std::max(0, m_methodist->findData(methodistId)));
}

void WorkLogPage::setWorkKind(qint64 workKindId)
{
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(workKindId)));
}

void WorkLogPage::periodEdited()
{
    updateYearChoice();
    m_periodTimer->start();
}

// The year combo names the period when it is exactly an academic year.
void WorkLogPage::updateYearChoice()
{
    const auto year = AcademicYear::containing(m_from->date());
    const bool whole = m_from->date() == year.firstDay() && m_to->date() == year.lastDay();
    const QSignalBlocker blocker(m_year);
    m_year->setCurrentIndex(whole ? std::max(0, m_year->findData(year.text())) : 0);
}

void WorkLogPage::loadChoices()
{
    const qint64 methodist = m_methodist->currentData().toLongLong();
    const qint64 kind = m_kind->currentData().toLongLong();
    const QSignalBlocker blockMethodist(m_methodist), blockKind(m_kind);
    m_methodist->clear();
    m_kind->clear();
    m_methodist->addItem(tr("All methodists"), qint64(0));
    m_kind->addItem(tr("All kinds of work"), qint64(0));
    if (!m_db)
        return;
    QStringList errors;
    if (auto methodists = MethodistRepository(*m_db).withLoad(AcademicYear::containing(m_from->date()).text())) {
        for (const MethodistLoadRow &row : methodists.value())
            if (row.active || row.id == methodist)
                m_methodist->addItem(row.name, row.id);
    } else {
        errors << methodists.message();
    }
    if (auto kinds = DictionaryRepository(*m_db).entries(QStringLiteral("work_kinds"))) {
        for (const DictionaryEntry &entry : kinds.value())
            m_kind->addItem(entry.name, entry.id);
    } else {
        errors << kinds.message();
    }
    m_methodist->setCurrentIndex(std::max(0, m_methodist->findData(methodist)));
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(kind)));
    m_choicesError = errors.join(u'\n');
}

void WorkLogPage::refresh()
{
    m_stale = false;
    loadChoices();
    reload();
}

void WorkLogPage::reload()
{
    m_periodTimer->stop();
    const qint64 entry = currentEntryId();
    QList<WorkLogRow> rows;
    QList<DictionaryEntry> kinds;
    QString error = m_choicesError;
    if (m_db) {
        if (m_to->date() < m_from->date())
            error = tr("The period ends before it starts.");
        else if (auto listed = WorkLogRepository(*m_db).list(filter()))
            rows = std::move(listed).value();
        else
            error = listed.message();
        for (int i = 1; i < m_kind->count(); ++i)
            kinds.append({m_kind->itemData(i).toLongLong(), QString(), m_kind->itemText(i), QString()});
    }
    m_model->setRows(rows);
    m_summary = WorkLogService::summarise(rows, kinds);
    // With one kind chosen, the others would only be zeros.
    QList<WorkLogKindCount> byKind = m_summary.kinds;
    if (const qint64 kind = filter().workKindId; kind > 0)
        byKind.removeIf([kind](const WorkLogKindCount &k) { return k.workKindId != kind; });
    m_kinds->setRows(byKind);
    m_summaryLabel->setText(summaryText());
    m_error->setText(error);
    if (entry > 0)
        selectEntry(entry);
    updateButtons();
}

QString WorkLogPage::summaryText() const
{
    if (!m_db)
        return tr("Open a database to see the work log.");
    if (m_summary.entries == 0)
        return tr("No entries for this filter.");
    QStringList parts{tr("%n entry(ies)", nullptr, m_summary.entries),
                      tr("%n teacher(s)", nullptr, m_summary.teachers),
                      tr("%n methodist(s)", nullptr, m_summary.methodists),
                      tr("%1 h in total").arg(hoursText(m_summary.minutes))};
    if (m_summary.withoutDuration > 0)
        parts << tr("%n without duration", nullptr, m_summary.withoutDuration);
    return parts.join(QStringLiteral(" · "));
}

QString WorkLogPage::errorText() const
{
    return m_error->text();
}

bool WorkLogPage::selectEntry(qint64 entryId)
{
    const int row = m_model->rowOf(entryId);
    if (row < 0)
        return false;
    m_table->selectRow(row);
    m_table->scrollTo(m_model->index(row, 0));
    return true;
}

qint64 WorkLogPage::currentEntryId() const
{
    const int row = selectedRow(m_table);
    return row < 0 || row >= m_model->rowCount() ? 0 : m_model->rowAt(row).entry.id;
}

void WorkLogPage::updateButtons()
{
    const bool open = m_db;
    const bool chosen = currentEntryId() > 0;
    m_add->setEnabled(open);
    m_edit->setEnabled(chosen);
    m_delete->setEnabled(chosen);
    m_import->setEnabled(open && !isImporting());
    m_export->setEnabled(open);
}

bool WorkLogPage::report(const QString &error)
{
    if (!error.isEmpty()) {
        m_error->setText(error);
        return false;
    }
    refresh();
    m_error->clear();
    return true;
}

void WorkLogPage::editEntry(bool add)
{
    if (!allowed(Capability::EditOwnSupport))
        return;
    const int row = selectedRow(m_table);
    if (!m_db || (!add && row < 0))
        return;
    WorkLogEntryDialog dialog(*m_db, this);
    WorkLogEntry loaded;
    qint64 id = 0;
    if (add) {
        const WorkLogFilter f = filter();
        // Today, unless the period shown is another one.
        const QDate today = QDate::currentDate();
        dialog.setDefaults(f.methodistId, f.workKindId, today < f.from ? f.from : (today > f.to ? f.to : today));
        dialog.setWindowTitle(tr("New work log entry"));
    } else {
        const WorkLogRow &shown = m_model->rowAt(row);
        loaded = shown.entry;
        dialog.setEntry(loaded);
        // Saved by OK, unless someone else changed the entry meanwhile.
        const QString record = QStringLiteral("%1 — %2, %3")
                                   .arg(shown.methodistName, shown.teacherName, dateText(loaded.workedOn));
        dialog.commitChecked<WorkLogEntry>(
            loaded, [record] { return record; }, [&dialog] { return dialog.entry(); },
            [this](const WorkLogEntry &before, const WorkLogEntry &edited, SaveMode mode) {
                return WorkLogService(*m_db).saveEntry(before, edited, mode);
            },
            [&dialog](const WorkLogEntry &stored) { dialog.setEntry(stored); }, &id);
    }
    if (dialog.exec() != QDialog::Accepted)
        return;
    QString error;
    if (add) {
        auto inserted = WorkLogService(*m_db).addEntry(dialog.entry());
        error = inserted.message();
        id = inserted ? inserted.value() : 0;
    }
    if (!report(error))
        return;
    if (!selectEntry(id))
        emit statusMessage(tr("The entry is saved; the filter above does not show it."));
    else
        emit statusMessage(add ? tr("Entry added.") : tr("Entry saved."));
}

void WorkLogPage::deleteEntry()
{
    const int row = selectedRow(m_table);
    if (!m_db || row < 0)
        return;
    const WorkLogRow &entry = m_model->rowAt(row);
    if (QMessageBox::question(this, tr("Delete entry"),
                              tr("Delete the entry of %1 about %2: «%3», %4?")
                                  .arg(entry.methodistName, entry.teacherName, entry.workKind,
                                       dateText(entry.entry.workedOn)))
        != QMessageBox::Yes)
        return;
    if (report(WorkLogService(*m_db).removeEntry(entry.entry.id).message()))
        emit statusMessage(tr("Entry deleted."));
}

void WorkLogPage::databaseChanged()
{
    // An import into the database left behind is abandoned (and rolls back).
    m_importTask->cancel();
    m_pendingImport.reset();
    m_showImportOutcome = false;
}

bool WorkLogPage::isImporting() const
{
    return m_importTask->isRunning();
}

void WorkLogPage::importFile(const QString &path)
{
    if (!m_db) {
        emit importFinished(0, tr("No database is open."));
        return;
    }
    auto pending = std::make_shared<PendingImport>();
    m_pendingImport = pending;
    m_lastImport = ImportReport();
    m_importTask->startWriting(*m_db, tr("Importing the work log…"), [path, pending](Database &db, Progress &progress) {
        auto imported = WorkLogService::importFile(db, path, &progress, &pending->report);
        if (imported)
            pending->added = imported.value();
        return imported.status();
    });
    updateButtons();
}

void WorkLogPage::importEnded(const QString &error)
{
    const auto pending = std::exchange(m_pendingImport, {});
    if (pending)
        m_lastImport = pending->report;
    const int added = error.isEmpty() && pending ? pending->added : 0;
    updateButtons();
    if (error.isEmpty())
        report({});
    if (std::exchange(m_showImportOutcome, false))
        showImportOutcome(added, error);
    emit importFinished(added, error);
}

Result<int> WorkLogPage::exportFile(const QString &path)
{
    if (!m_db)
        return Status::failure(tr("No database is open."));
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto written = WorkLogService(*m_db).exportCsv(path, filter());
    QApplication::restoreOverrideCursor();
    return written;
}

void WorkLogPage::chooseImport()
{
    if (!m_db)
        return;
    const QString path = QFileDialog::getOpenFileName(this, tr("Import the work log"), QString(),
                                                      ImportWizard::fileFilter());
    if (path.isEmpty())
        return;
    m_showImportOutcome = true;
    importFile(path);
}

void WorkLogPage::showImportOutcome(int added, const QString &error)
{
    if (error.isEmpty()) {
        emit statusMessage(tr("%n entry(ies) imported.", nullptr, added));
        return;
    }
    // Every problem, whole: the first line says what happened, the rest where.
    QStringList lines = error.split(u'\n');
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Import the work log"), lines.takeFirst(), QMessageBox::Ok,
                                this);
    box->setObjectName(QStringLiteral("importErrors"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setInformativeText(lines.join(u'\n'));
    // The whole bounded list (the first thousand faults, the rest counted by
    // kind) under «Show Details…».
    if (const QStringList all = m_lastImport.lines(); all.size() > lines.size())
        box->setDetailedText(all.join(u'\n'));
    box->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // open(), not exec(): nothing waits on the box.
    box->open();
}

void WorkLogPage::chooseExport()
{
    if (!m_db)
        return;
    const WorkLogFilter f = filter();
    const QString name = tr("Work log %1–%2.csv")
                             .arg(f.from.toString(QStringLiteral("dd.MM.yyyy")), f.to.toString(QStringLiteral("dd.MM.yyyy")));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the work log"), name,
                                                      tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    if (auto written = exportFile(path); !written)
        m_error->setText(written.message());
    else
        emit statusMessage(tr("%n entry(ies) saved to %1.", nullptr, written.value()).arg(path));
}

} // namespace metodist
