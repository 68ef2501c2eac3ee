#pragma once

#include "domain/Monitoring.h"

#include <QDialog>

#include <memory>
#include <optional>

class QAbstractItemModel;
class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;

namespace metodist {

class BackgroundTask;
class Database;
class DrillRowModel;

// What a drill-down lists: a figure of the report and where it was counted.
struct DrillRequest
{
    QString code;
    DrillPart part = DrillPart::Numerator;
    QString academicYear;
    qint64 municipalityId = 0; // 0: the region, -1: teachers without a school
    QString place;             // the region's or the municipality's name, for the title
    // The figures of the report, for the count of a list cut short.
    std::optional<qint64> numerator;
    std::optional<qint64> denominator;
};

// The people (schools, activities, routes) behind a figure of the
// monitoring: the first rows of the list read in the background, how many
// there are in all, a switch between the numerator, the denominator and
// those not counted, and the whole list saved to CSV or XLSX.
class DrillDownDialog : public QDialog
{
    Q_OBJECT

public:
    static constexpr int shownLimit = 2000;

    DrillDownDialog(const Database &db, DrillRequest request, QWidget *parent = nullptr);
    ~DrillDownDialog() override;

    DrillPart part() const { return m_request.part; }
    // Lists another part of the same figure.
    void setPart(DrillPart part);
    bool isLoading() const;
    QAbstractItemModel *model() const;
    const QList<DrillRow> &rows() const;
    QString countText() const;
    QString errorText() const;
    // Saves the whole list (by suffix, .csv or .xlsx) in the background.
    void exportTo(const QString &path);
    bool isExporting() const;

signals:
    void loaded();
    void exported(const QString &error);

private:
    void load();
    void showLoaded(const QString &error);
    void chooseExportFile();
    void updateCount();
    std::optional<qint64> expectedCount() const;

    const Database &m_db;
    DrillRequest m_request;
    BackgroundTask *m_loader;
    BackgroundTask *m_exporter;
    std::shared_ptr<QList<DrillRow>> m_loading; // filled by the loader's thread until it ends
    QComboBox *m_part;
    QLabel *m_title;
    QLabel *m_count;
    QLabel *m_error;
    QProgressBar *m_busy;
    DrillRowModel *m_model;
    QTableView *m_table;
    QPushButton *m_export;
};

} // namespace metodist
