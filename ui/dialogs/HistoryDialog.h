#pragma once

#include "Status.h"
#include "services/HistoryService.h"

#include <QDialog>

class QLabel;
class QTableView;

namespace metodist {

class Database;
class HistoryModel;

// «История изменений» of a teacher, a methodist or an organisation: who
// changed what and when (from a shared server's audit), with the history of
// assignments; on a file that history alone, and a line saying where the
// rest is kept. Saved to CSV or XLSX.
class HistoryDialog : public QDialog
{
    Q_OBJECT

public:
    HistoryDialog(const Database &db, HistorySubject subject, qint64 id, const QString &name,
                  QWidget *parent = nullptr);

    const History &history() const { return m_history; }
    QTableView *table() const { return m_table; }
    QString noteText() const;
    // By the file's suffix: .csv or .xlsx.
    Status exportTo(const QString &path) const;

private:
    void chooseExportFile();

    History m_history;
    QString m_name;
    HistoryModel *m_model;
    QLabel *m_note;
    QTableView *m_table;
};

} // namespace metodist
