#pragma once

#include "domain/WorkLog.h"
#include "pages/Page.h"
#include "services/WorkLogService.h"

class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QTableView;
class QTimer;

namespace metodist {

class BackgroundTask;
class WorkKindSummaryModel;
class WorkLogModel;

// Журнал работы: the entries of the methodists' work with teachers, narrowed
// by period (an academic year or any dates), methodist and kind of work, with
// what they sum up to; entries are added, edited and deleted here, and the
// filtered list goes to and comes from CSV.
class WorkLogPage : public ReloadingPage
{
    Q_OBJECT

public:
    explicit WorkLogPage(QWidget *parent = nullptr);
    QString title() const override;
    void refresh() override;

    // The filter as the controls show it; setting it reloads at once.
    WorkLogFilter filter() const;
    void setAcademicYear(const QString &academicYear);
    void setPeriod(const QDate &from, const QDate &to);
    void setMethodist(qint64 methodistId);
    void setWorkKind(qint64 workKindId);

    bool selectEntry(qint64 entryId);
    qint64 currentEntryId() const;

    // The file dialogs' work, for the buttons and for tests. Import asks
    // nothing: it runs on a worker thread under a progress dialog with
    // Cancel and ends with importFinished() (its errors are shown by the
    // button). Export writes the entries of the current filter.
    void importFile(const QString &path);
    bool isImporting() const;
    Result<int> exportFile(const QString &path);

    WorkLogModel *model() const { return m_model; }
    WorkKindSummaryModel *kindModel() const { return m_kinds; }
    const WorkLogSummary &summary() const { return m_summary; }
    QString summaryText() const;
    QString errorText() const;

signals:
    // How many entries the import added, or why it added none (all or nothing).
    void importFinished(int added, const QString &error);

protected:
    void databaseChanged() override;

private:
    // What the running import writes into.
    struct PendingImport
    {
        int added = 0;
        ImportReport report;
    };

    void loadChoices();
    // The entries and the summary for the filter as it is.
    void reload();
    void periodEdited();
    void updateYearChoice();
    void updateButtons();
    void editEntry(bool add);
    void deleteEntry();
    void chooseImport();
    void importEnded(const QString &error);
    void showImportOutcome(int added, const QString &error);
    void chooseExport();
    bool report(const QString &error);

    WorkLogSummary m_summary;
    QComboBox *m_year;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QComboBox *m_methodist;
    QComboBox *m_kind;
    WorkLogModel *m_model;
    QTableView *m_table;
    QLabel *m_summaryLabel;
    WorkKindSummaryModel *m_kinds;
    QTableView *m_kindTable;
    QLabel *m_error;
    QPushButton *m_add;
    QPushButton *m_edit;
    QPushButton *m_delete;
    QPushButton *m_import;
    QPushButton *m_export;
    QTimer *m_periodTimer;
    QString m_choicesError;
    BackgroundTask *m_importTask;
    std::shared_ptr<PendingImport> m_pendingImport;
    bool m_showImportOutcome = false; // started by the button, which shows how it ended
    ImportReport m_lastImport; // the faults of the last import, for the details of its message
};

} // namespace metodist
