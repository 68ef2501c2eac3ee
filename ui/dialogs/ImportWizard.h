#pragma once

#include "services/ImportColumns.h"
#include "services/Importer.h"

#include <QMessageBox>
#include <QWizard>

#include <memory>
#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTableWidget;

namespace metodist {

class BackgroundTask;
class ValueMappingPage;
class Database;

// File → sheet and header → columns with a preview → the mapping of values
// no dictionary knows (when there are any; saved as aliases) → validation
// report → import. Nothing is written before the last step, and then all or nothing
// unless the user asks to import only the valid rows. The check and the
// import run on a worker thread (BackgroundTask) under a progress dialog
// with Cancel; the wizard's buttons wait, and the page changes when the work
// has finished.
class ImportWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId { FilePage, ColumnsPage, CheckPage, MappingPage };

    ImportWizard(Database &db, ImportKind kind, QWidget *parent = nullptr);

    // For tests and scripted use: the file to start from.
    void setFile(const QString &path);
    // The file dialogs' filter for files to import: CSV and every workbook the importer reads.
    static QString fileFilter();
    const ImportReport &lastReport() const { return m_report; }
    // Whether the check or the import is running (the page changes after).
    bool isWorking() const { return m_working; }

protected:
    bool validateCurrentPage() override;
    void initializePage(int id) override;
    // After the check: the mapping of unknown values when there are any.
    int nextId() const override;
    void done(int result) override;

private:
    QWizardPage *createFilePage();
    QWizardPage *createColumnsPage();
    QWizardPage *createCheckPage();
    void loadSheets();
    bool readTable();
    void startImport(bool dryRun);
    void importEnded(const QString &error);
    void setWorking(bool working);
    void tell(QMessageBox::Icon icon, const QString &text);
    ImportOptions options(bool dryRun) const;
    void showColumns(bool rebuildMapping);

    Database &m_db;
    ImportKind m_kind;
    SourceTable m_table;
    ImportReport m_report;
    QLineEdit *m_path;
    QComboBox *m_sheet;
    QLabel *m_fileInfo;
    QTableWidget *m_preview;
    QTableWidget *m_mapping;
    QHash<int, std::optional<ImportField>> m_corrections;
    QLabel *m_columnsInfo;
    QPlainTextEdit *m_reportView;
    QLabel *m_summary;
    QCheckBox *m_skipInvalid;
    ValueMappingPage *m_mappingPage;
    BackgroundTask *m_task;
    std::shared_ptr<std::optional<ImportReport>> m_pending; // what the running work writes into
    bool m_pendingDryRun = false;
    bool m_working = false;
    int m_workDone = -1; // the page whose work has finished: validating it goes on
};

} // namespace metodist
