#pragma once

#include "Status.h"
#include "domain/Monitoring.h"
#include "pages/Page.h"

#include <QPointer>

#include <memory>
#include <optional>

class QAbstractItemModel;
class QComboBox;
class QLabel;
class QModelIndex;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QTabWidget;
class QTableView;
class QWidget;

namespace metodist {

class BackgroundTask;
class CountsModel;
class DrillDownDialog;
class IndicatorTableModel;
class MunicipalityTableModel;

// Мониторинг: the indicators of the four blocks for an academic year, for
// the region or one municipality, computed in the background; the
// composition of the methodical active, the key figures by municipality and
// the charts. A figure opens the list of people behind it; the report is
// saved as XLSX, PDF, CSV or JSON; the indicators no data can give are
// entered by hand.
class MonitoringPage : public Page
{
    Q_OBJECT

public:
    explicit MonitoringPage(QWidget *parent = nullptr);
    ~MonitoringPage() override;
    QString title() const override;
    void setDatabase(Database *db) override;

    QString year() const;
    void setYear(const QString &academicYear);
    // 0: the whole region.
    qint64 municipalityId() const;
    bool setMunicipality(qint64 municipalityId);

    // Computes the report of the chosen year and municipality: on a thread
    // of its own when the database is a file, else under a progress dialog.
    void compute();
    // compute() when no report is shown and none is being computed.
    void computeIfEmpty();
    void cancelCompute();
    bool isComputing() const;
    const std::optional<MonitoringReport> &report() const { return m_report; }
    QString errorText() const;

    // The list behind a figure of the report shown (municipality 0: the
    // report's own scope, -1: teachers without a school); nullptr when the
    // figure has no list (entered by hand) — the reason goes to the status bar.
    DrillDownDialog *openDrillDown(const QString &code, DrillPart part, qint64 municipalityId);
    // Saves the report shown by the file's suffix.
    Status exportReport(const QString &path) const;

    QAbstractItemModel *indicatorModel() const;
    QAbstractItemModel *municipalityModel() const;
    QTabWidget *chartTabs() const { return m_charts; }

signals:
    void reportChanged();

protected:
    // The report is computed on demand (it can take seconds): the page says
    // it may be out of date rather than counting again on its own.
    void reloadData() override;

private:
    QWidget *createIndicatorsTab();
    QWidget *createCompositionTab();
    QWidget *createMunicipalityTab();
    void fillMunicipalities();
    void reportComputed(const QString &error);
    void showReport();
    void showCharts();
    void updateButtons();
    void indicatorActivated(const QModelIndex &index);
    void municipalityActivated(const QModelIndex &index);
    void chooseExportFile();
    void enterValues();
    void saveChart(int index);
    QString placeName(qint64 municipalityId) const;

    Database *m_db = nullptr;
    std::optional<MonitoringReport> m_report;
    std::shared_ptr<std::optional<MonitoringReport>> m_pending;
    QList<QPointer<QWidget>> m_openLists;
    BackgroundTask *m_task;
    QComboBox *m_year;
    QComboBox *m_municipality;
    QPushButton *m_compute;
    QPushButton *m_export;
    QPushButton *m_enter;
    QWidget *m_progressRow;
    QProgressBar *m_progress;
    QPushButton *m_cancel;
    QLabel *m_info;
    QLabel *m_error;
    QTabWidget *m_tabs;
    IndicatorTableModel *m_indicators;
    QTableView *m_indicatorTable;
    CountsModel *m_bySubject;
    CountsModel *m_byMunicipality;
    CountsModel *m_byEmployment;
    QLabel *m_compositionTotal;
    MunicipalityTableModel *m_municipalities;
    QSortFilterProxyModel *m_municipalitySort;
    QTableView *m_municipalityTable;
    QTabWidget *m_charts;
};

} // namespace metodist
