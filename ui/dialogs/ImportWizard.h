#pragma once

#include "services/ImportColumns.h"
#include "services/Importer.h"

#include <QWizard>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTableWidget;

namespace metodist {

class Database;

// File → sheet and header → columns with a preview → validation report →
// import. Nothing is written before the last step, and then all or nothing
// unless the user asks to import only the valid rows.
class ImportWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId { FilePage, ColumnsPage, CheckPage };

    ImportWizard(Database &db, ImportKind kind, QWidget *parent = nullptr);

    // For tests and scripted use: the file to start from.
    void setFile(const QString &path);
    // The file dialogs' filter for files to import: CSV and every workbook the importer reads.
    static QString fileFilter();
    const ImportReport &lastReport() const { return m_report; }

protected:
    bool validateCurrentPage() override;
    void initializePage(int id) override;

private:
    QWizardPage *createFilePage();
    QWizardPage *createColumnsPage();
    QWizardPage *createCheckPage();
    void loadSheets();
    bool readTable();
    bool runImport(bool dryRun);
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
};

} // namespace metodist
