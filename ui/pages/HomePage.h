#pragma once

#include "domain/Monitoring.h"
#include "pages/Page.h"

#include <QDateTime>

#include <memory>
#include <optional>

class QGridLayout;
class QLabel;
class QProgressBar;
class QPushButton;
class QVBoxLayout;

namespace metodist {

class BackgroundTask;

// Главная: the state of the current academic year at a glance — the key
// indicators of the region as tiles coloured by their targets and the
// composition of the methodical active by subject — with the way to the
// monitoring. Computed in the background when the page is shown, never
// while a database opens.
class HomePage : public Page
{
    Q_OBJECT

public:
    explicit HomePage(QWidget *parent = nullptr);
    ~HomePage() override;
    QString title() const override;
    void setDatabase(Database *db) override;

    QString year() const { return m_year; }
    // Counts again now (when a database is open).
    void refresh();
    bool isComputing() const;
    const std::optional<MonitoringReport> &report() const { return m_report; }
    // The codes of the tiles, in order.
    static QStringList tileCodes();

signals:
    void monitoringRequested();
    void reportChanged();

protected:
    void showEvent(QShowEvent *event) override;
    // Counts again in the background; the figures shown stay until then.
    void reloadData() override;

private:
    struct Tile
    {
        QWidget *frame = nullptr;
        QLabel *title = nullptr;
        QLabel *value = nullptr;
        QLabel *detail = nullptr;
    };
    void computed(const QString &error);
    void showReport();
    void showTile(Tile &tile, const Indicator *indicator);

    Database *m_db = nullptr;
    QString m_year;
    std::optional<MonitoringReport> m_report;
    std::shared_ptr<std::optional<MonitoringReport>> m_pending;
    QDateTime m_computedAt;
    BackgroundTask *m_task;
    QLabel *m_subtitle;
    QLabel *m_hint;
    QLabel *m_error;
    QProgressBar *m_busy;
    QList<Tile> m_tiles;
    QVBoxLayout *m_chartBox;
    QWidget *m_chart = nullptr;
    QPushButton *m_refresh;
    QPushButton *m_open;
};

} // namespace metodist
