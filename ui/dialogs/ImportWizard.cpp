#include "dialogs/ImportWizard.h"

#include "BackgroundTask.h"
#include "dialogs/ValueMappingPage.h"
#include "documents/SheetStream.h"

#include <QCheckBox>
#include <QComboBox>
#include <QScrollBar>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <memory>
#include <optional>

namespace metodist {

namespace {

constexpr int previewRows = 12;

} // namespace

ImportWizard::ImportWizard(Database &db, ImportKind kind, QWidget *parent)
    : QWizard(parent)
    , m_db(db)
    , m_kind(kind)
    , m_path(new QLineEdit(this))
    , m_sheet(new QComboBox(this))
    , m_fileInfo(new QLabel(this))
    , m_preview(new QTableWidget(this))
    , m_mapping(new QTableWidget(this))
    , m_columnsInfo(new QLabel(this))
    , m_reportView(new QPlainTextEdit(this))
    , m_summary(new QLabel(this))
    , m_skipInvalid(new QCheckBox(tr("Import only the valid rows and skip the rest"), this))
    , m_mappingPage(new ValueMappingPage(this))
    , m_task(new BackgroundTask(this))
{
    setObjectName(QStringLiteral("importWizard"));
    setWindowTitle(tr("Import of %1").arg(ImportColumns::kindName(kind)));
    setPage(FilePage, createFilePage());
    setPage(ColumnsPage, createColumnsPage());
    setPage(MappingPage, m_mappingPage);
    setPage(CheckPage, createCheckPage());
    setButtonText(QWizard::FinishButton, tr("&Import"));
    m_task->useProgressDialog(300);
    connect(m_task, &BackgroundTask::finished, this, &ImportWizard::importEnded);
    resize(900, 600);
}

QWizardPage *ImportWizard::createFilePage()
{
    auto *page = new QWizardPage(this);
    page->setTitle(tr("File"));
    page->setSubTitle(tr("A CSV file (UTF-8 or Windows-1251; «;», «,» or tab between fields) or a workbook of Excel "
                         "(.xlsx, or .xls of Excel 97–2003) or LibreOffice (.ods). A title above the header row is "
                         "fine."));
    m_path->setObjectName(QStringLiteral("path"));
    auto *browse = new QPushButton(tr("Choose…"), page);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("File to import"), QString(),
                                                          fileFilter());
        if (!path.isEmpty())
            setFile(path);
    });
    connect(m_path, &QLineEdit::editingFinished, this, &ImportWizard::loadSheets);
    auto *row = new QHBoxLayout;
    row->addWidget(m_path);
    row->addWidget(browse);
    auto *layout = new QFormLayout(page);
    layout->addRow(tr("File:"), row);
    layout->addRow(tr("Sheet:"), m_sheet);
    layout->addRow(m_fileInfo);
    m_fileInfo->setWordWrap(true);
    return page;
}

QWizardPage *ImportWizard::createColumnsPage()
{
    auto *page = new QWizardPage(this);
    page->setTitle(tr("Columns"));
    page->setSubTitle(tr("The header row and the columns as the program understood them; columns it does not know "
                         "are ignored. Change a column's field on the left if it was recognised wrongly."));
    m_preview->setObjectName(QStringLiteral("preview"));
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_columnsInfo->setWordWrap(true);
    m_mapping->setObjectName(QStringLiteral("mapping"));
    m_mapping->setColumnCount(2);
    m_mapping->setHorizontalHeaderLabels({tr("Column of the file"), tr("Field")});
    m_mapping->verticalHeader()->setVisible(false);
    m_mapping->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_mapping->horizontalHeader()->setStretchLastSection(true);
    auto *row = new QHBoxLayout;
    m_mapping->setMinimumWidth(360);
    m_mapping->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    row->addWidget(m_mapping, 2);
    row->addWidget(m_preview, 3);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_columnsInfo);
    layout->addLayout(row);
    return page;
}

QWizardPage *ImportWizard::createCheckPage()
{
    auto *page = new QWizardPage(this);
    page->setTitle(tr("Check"));
    page->setSubTitle(tr("Every row was checked; nothing has been written yet."));
    m_reportView->setObjectName(QStringLiteral("report"));
    m_reportView->setReadOnly(true);
    m_summary->setWordWrap(true);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_summary);
    layout->addWidget(m_reportView);
    layout->addWidget(m_skipInvalid);
    connect(m_skipInvalid, &QCheckBox::toggled, page, &QWizardPage::completeChanged);
    return page;
}

QString ImportWizard::fileFilter()
{
    return tr("Spreadsheets (%1);;All files (*)")
        .arg(QStringLiteral("*.csv %1 *.txt").arg(Workbooks::patterns()));
}

void ImportWizard::setFile(const QString &path)
{
    m_path->setText(path);
    loadSheets();
}

void ImportWizard::loadSheets()
{
    m_sheet->clear();
    const QString path = m_path->text();
    const bool workbook = Workbooks::isWorkbook(path);
    m_sheet->setEnabled(workbook);
    if (!workbook)
        return;
    auto sheets = Workbooks::sheetNames(path);
    if (sheets)
        m_sheet->addItems(sheets.value());
    else
        m_fileInfo->setText(sheets.message());
}

bool ImportWizard::readTable()
{
    // The first rows are enough for the header, the mapping and the preview;
    // the import itself reads the file as it goes.
    constexpr int previewRows = 200;
    auto table = Importer::readFile(m_path->text(), m_sheet->currentText(), previewRows);
    if (!table) {
        QMessageBox::warning(this, windowTitle(), table.message());
        return false;
    }
    m_table = table.value();
    return true;
}

void ImportWizard::startImport(bool dryRun)
{
    // On a worker thread with a connection of its own: building the indexes
    // after a million rows takes seconds in single statements, and the window
    // must keep repainting meanwhile. The wizard goes on in importEnded().
    auto report = std::make_shared<std::optional<ImportReport>>();
    m_pending = report;
    m_pendingDryRun = dryRun;
    setWorking(true);
    const QString path = m_path->text();
    m_task->startWriting(m_db, dryRun ? tr("Checking the file…") : tr("Importing…"),
                         [kind = m_kind, options = options(dryRun), path, report](Database &db, Progress &p) {
                             auto result = Importer(db, kind, options, &p).importFile(path);
                             if (result)
                                 *report = result.value();
                             return result.status();
                         });
}

void ImportWizard::importEnded(const QString &error)
{
    const auto report = std::exchange(m_pending, {});
    const bool dryRun = m_pendingDryRun;
    const auto fail = [this](QMessageBox::Icon icon, const QString &text) {
        setWorking(false);
        tell(icon, text);
    };
    // A cancel that came while the rows were being committed is too late: they are saved.
    const bool saved = report && report->has_value() && report->value().written;
    if (m_task->wasStopped() && !saved)
        return fail(QMessageBox::Information, tr("The import was cancelled; the database was not changed."));
    if (!error.isEmpty() || !report || !report->has_value())
        return fail(QMessageBox::Warning, error.isEmpty() ? tr("The import did not finish.") : error);
    m_report = report->value();
    if (!dryRun && !m_report.written) {
        // The file changed since the check (or its errors were not to be skipped).
        return fail(QMessageBox::Warning,
                    tr("Nothing was imported: the file has changed since the check and now has rows with errors "
                       "(%1). Check it again.")
                        .arg(m_report.invalid));
    }
    // Once this slot is over: with a database in memory the work ran inside
    // validateCurrentPage(), which must not be re-entered.
    m_workDone = currentId();
    QMetaObject::invokeMethod(
        this,
        [this, dryRun] {
            if (!m_working)
                return; // closed meanwhile
            setWorking(false);
            if (dryRun)
                next();
            else
                accept();
        },
        Qt::QueuedConnection);
}

void ImportWizard::setWorking(bool working)
{
    m_working = working;
    for (QWizard::WizardButton which : {QWizard::BackButton, QWizard::NextButton, QWizard::FinishButton})
        if (QAbstractButton *b = button(which); b && working)
            b->setEnabled(false);
    if (QAbstractButton *cancel = button(QWizard::CancelButton))
        cancel->setEnabled(!working);
    // The wizard enables Back, Next and Finish again as the page allows.
    if (!working && currentPage())
        emit currentPage()->completeChanged();
}

void ImportWizard::tell(QMessageBox::Icon icon, const QString &text)
{
    // open(), not exec(): nothing waits on the box.
    auto *box = new QMessageBox(icon, windowTitle(), text, QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("importMessage"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void ImportWizard::done(int result)
{
    // Closed while the work runs: the work is abandoned and rolls back.
    if (m_working) {
        if (result != QDialog::Rejected)
            return;
        m_task->cancel();
        m_pending.reset();
        setWorking(false);
    }
    QWizard::done(result);
}

int ImportWizard::nextId() const
{
    switch (currentId()) {
    case FilePage:
        return ColumnsPage;
    case ColumnsPage:
        return m_report.unknownValues.isEmpty() ? CheckPage : MappingPage;
    case MappingPage:
        return CheckPage;
    default:
        return -1;
    }
}

void ImportWizard::initializePage(int id)
{
    if (id == ColumnsPage) {
        m_corrections.clear();
        showColumns(true);
    } else if (id == MappingPage) {
        m_mappingPage->showValues(m_db, m_report.unknownValues);
    } else if (id == CheckPage) {
        const QStringList lines = m_report.lines();
        m_reportView->setPlainText(lines.isEmpty() ? tr("No problems found.") : lines.join(u'\n'));
        m_summary->setText(tr("Rows: %1. New: %2, to update: %3, with errors: %4.")
                               .arg(m_report.dataRows)
                               .arg(m_report.created)
                               .arg(m_report.updated)
                               .arg(m_report.invalid)
                           + (m_report.invalid > 0 ? u' ' + tr("With errors in the file nothing is imported unless "
                                                               "you choose to skip the invalid rows.")
                                                   : QString()));
        if (!m_report.moreIssues.isEmpty()) {
            int more = 0;
            for (const IssueSummary &summary : m_report.moreIssues)
                more += summary.rows;
            m_summary->setText(m_summary->text() + u' '
                               + tr("The first %1 faults are listed row by row; %2 more are counted by kind at the "
                                    "end of the list.")
                                     .arg(m_report.issues.size())
                                     .arg(more));
        }
        m_skipInvalid->setVisible(m_report.invalid > 0);
    }
}

ImportOptions ImportWizard::options(bool dryRun) const
{
    ImportOptions options;
    options.sheet = m_sheet->currentText();
    options.dryRun = dryRun;
    options.skipInvalid = m_skipInvalid->isChecked();
    options.columns = m_corrections;
    return options;
}

void ImportWizard::showColumns(bool rebuildMapping)
{
    auto plan = Importer::plan(m_kind, m_table, options(true));
    if (!plan) {
        m_preview->clear();
        m_mapping->setRowCount(0);
        m_columnsInfo->setText(plan.message());
        return;
    }
    const ColumnPlan &p = plan.value();
    if (rebuildMapping) {
        // One row per file column: its header and the field it feeds, which the user may change.
        const QList<ImportField> fields = ImportColumns::fields(m_kind);
        m_mapping->setRowCount(int(p.fileHeaders.size()));
        for (int c = 0; c < p.fileHeaders.size(); ++c) {
            m_mapping->setItem(c, 0, new QTableWidgetItem(p.fileHeaders[c]));
            auto *combo = new QComboBox(m_mapping);
            combo->addItem(tr("(not used)"), -1);
            for (ImportField field : fields)
                combo->addItem(ImportColumns::header(field), int(field));
            combo->setCurrentIndex(std::max(0, combo->findText(p.fieldHeaders[c])));
            connect(combo, &QComboBox::currentIndexChanged, this, [this, c, combo] {
                const int field = combo->currentData().toInt();
                m_corrections[c] = field < 0 ? std::nullopt : std::optional(ImportField(field));
                showColumns(false);
            });
            m_mapping->setCellWidget(c, 1, combo);
        }
        // The file's headers and the fields' names whole («Квалификационная
        // категория» was cut to «Квалификационн»), the preview keeping the rest.
        int widest = 0;
        for (int c = 0; c < m_mapping->rowCount(); ++c)
            widest = std::max(widest, m_mapping->cellWidget(c, 1)->sizeHint().width());
        m_mapping->resizeColumnToContents(0);
        m_mapping->setMinimumWidth(std::min(560, m_mapping->columnWidth(0) + widest + 2 * m_mapping->frameWidth()
                                                     + m_mapping->verticalScrollBar()->sizeHint().width()));
    } else {
        // Another column may have lost its field to the user's choice.
        for (int c = 0; c < p.fileHeaders.size(); ++c) {
            auto *combo = qobject_cast<QComboBox *>(m_mapping->cellWidget(c, 1));
            const QSignalBlocker blocker(combo);
            combo->setCurrentIndex(std::max(0, combo->findText(p.fieldHeaders[c])));
        }
    }

    m_preview->clear();
    m_preview->setColumnCount(int(p.fileHeaders.size()));
    QStringList headers;
    QStringList used;
    for (int c = 0; c < p.fileHeaders.size(); ++c) {
        headers << (p.fieldHeaders[c].isEmpty() ? tr("%1\n(ignored)").arg(p.fileHeaders[c])
                                                : tr("%1\n→ %2").arg(p.fileHeaders[c], p.fieldHeaders[c]));
        if (!p.fieldHeaders[c].isEmpty())
            used << p.fieldHeaders[c];
    }
    m_preview->setHorizontalHeaderLabels(headers);
    const int first = p.headerIndex + 1;
    const int count = std::min<int>(previewRows, int(m_table.rows.size()) - first);
    m_preview->setRowCount(std::max(count, 0));
    QStringList rowLabels;
    for (int r = 0; r < count; ++r) {
        rowLabels << QString::number(m_table.rowNumbers.value(first + r));
        const QStringList &cells = m_table.rows[first + r];
        for (int c = 0; c < cells.size() && c < p.fileHeaders.size(); ++c)
            m_preview->setItem(r, c, new QTableWidgetItem(cells[c]));
    }
    m_preview->setVerticalHeaderLabels(rowLabels);
    m_preview->resizeColumnsToContents();
    QString info = tr("Header in row %1%2. Columns used: %3.")
                       .arg(m_table.rowNumbers.value(p.headerIndex))
                       .arg(m_table.encoding.isEmpty() ? QString() : tr("; encoding %1").arg(m_table.encoding))
                       .arg(used.join(QStringLiteral(", ")));
    if (!p.problem.isEmpty())
        info += u' ' + p.problem;
    m_columnsInfo->setText(info);
}

bool ImportWizard::validateCurrentPage()
{
    // The check and the import end in importEnded(), which comes back here
    // to leave the page: the first call only starts the work.
    if (std::exchange(m_workDone, -1) == currentId())
        return true;
    switch (currentId()) {
    case FilePage:
        if (m_path->text().isEmpty() || !QFileInfo::exists(m_path->text())) {
            QMessageBox::warning(this, windowTitle(), tr("Choose an existing file."));
            return false;
        }
        return readTable();
    case ColumnsPage: {
        auto plan = Importer::plan(m_kind, m_table, options(true));
        if (!plan || !plan.value().problem.isEmpty()) {
            QMessageBox::warning(this, windowTitle(), plan ? plan.value().problem : plan.message());
            return false;
        }
        m_report = {};
        startImport(true);
        return false;
    }
    case MappingPage: {
        // The choices become aliases (or new entries), and the file is
        // checked again with them.
        const auto choices = m_mappingPage->choices();
        if (!choices.isEmpty()) {
            if (auto saved = DictionaryService(m_db).saveChoices(choices); !saved) {
                QMessageBox::warning(this, windowTitle(), saved.message());
                return false;
            }
        }
        startImport(true);
        return false;
    }
    case CheckPage:
        if (m_report.invalid > 0 && !m_skipInvalid->isChecked()) {
            QMessageBox::warning(this, windowTitle(), tr("The file has rows with errors. Correct the file, or choose "
                                                         "to import only the valid rows."));
            return false;
        }
        startImport(false);
        return false;
    default:
        return true;
    }
}

} // namespace metodist
