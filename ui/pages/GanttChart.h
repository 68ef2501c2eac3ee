#pragma once

#include "domain/Roadmap.h"

#include <QDate>
#include <QWidget>

namespace metodist {

// The timeline of one roadmap: a row per stage and per dated activity, the
// planned period as an outline, the actual one filled (green when done, red
// when overdue), and a line for today.
class GanttChart : public QWidget
{
    Q_OBJECT

public:
    explicit GanttChart(QWidget *parent = nullptr);
    void setBars(const QList<GanttBar> &bars, const QDate &today);
    const QList<GanttBar> &bars() const { return m_bars; }
    // The dates the chart spans; invalid when nothing is dated.
    QDate firstDay() const { return m_first; }
    QDate lastDay() const { return m_last; }
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    double xOf(const QDate &date, double left, double width) const;
    QList<GanttBar> m_bars;
    QDate m_today;
    QDate m_first;
    QDate m_last;
};

} // namespace metodist
