#pragma once

// The one place that knows Qt Charts: charts of core's ChartSpec drawn into a
// painter, shown in a widget or saved as a picture. Nothing else includes
// <QtCharts>, so the move to Qt Graphs (Qt Charts is deprecated from Qt 6.10)
// stays in this folder. Qt Charts is built on QGraphicsScene: everything here
// needs a QApplication, not just a QGuiApplication.

#include "Status.h"
#include "documents/ChartSpec.h"

#include <QCoreApplication>
#include <QSize>

class QWidget;

namespace metodist {

class QtChartPainter : public ChartPainter
{
    Q_DECLARE_TR_FUNCTIONS(QtChartPainter)

public:
    // Lays the chart out at the size the rectangle has on paper (fonts in
    // pixels of a 96 dpi screen, scaled to the device), so that a chart reads
    // the same on an A4 page, in a PNG and in an SVG.
    void paint(const ChartSpec &chart, QPainter &painter, const QRectF &rect) const override;
};

// A chart view (antialiased) for a page or a dialog.
QWidget *createChartView(const ChartSpec &chart, QWidget *parent = nullptr);

// The chart as a picture, .png or .svg by the file's suffix.
Status exportChart(const ChartSpec &chart, const QString &path, QSize size = {900, 600});

} // namespace metodist
