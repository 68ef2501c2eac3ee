#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

class QPainter;
class QRectF;

namespace metodist {

struct ChartSeries
{
    QString name;
    QList<double> values; // one per category
};

// What a chart shows, independent of the library that draws it (Qt Charts
// today; it is deprecated from Qt 6.10, so nothing outside the drawing code
// depends on it).
struct ChartSpec
{
    enum class Kind { Pie, Bars, HorizontalBars };

    QString id;    // stable, used for file names: "composition_by_subject"
    QString title;
    Kind kind = Kind::Bars;
    QStringList categories;
    QList<ChartSeries> series; // a pie uses the first series
    bool percent = false;      // values are shares 0..1, shown as percentages
};

// Draws a chart into a rectangle of a painter (a PDF page, an image, an SVG).
class ChartPainter
{
public:
    virtual ~ChartPainter() = default;
    virtual void paint(const ChartSpec &chart, QPainter &painter, const QRectF &rect) const = 0;
};

} // namespace metodist
