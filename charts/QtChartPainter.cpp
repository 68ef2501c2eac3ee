#include "QtChartPainter.h"

#include <QtCharts/QBarCategoryAxis>
#include <QtCharts/QBarSeries>
#include <QtCharts/QBarSet>
#include <QtCharts/QChart>
#include <QtCharts/QChartView>
#include <QtCharts/QHorizontalBarSeries>
#include <QtCharts/QLegend>
#include <QtCharts/QLegendMarker>
#include <QtCharts/QPieSeries>
#include <QtCharts/QPieSlice>
#include <QtCharts/QValueAxis>

#include <QApplication>
#include <QBuffer>
#include <QCursor>
#include <QFileInfo>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QImage>
#include <QLocale>
#include <QPainter>
#include <QSaveFile>
#include <QSvgGenerator>
#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace metodist {

namespace {

// Pies beyond this many slices lump the smallest ones into «Other».
constexpr int maxPieSlices = 12;
// Slices smaller than this share of the pie carry no label on the pie
// itself: the legend names them.
constexpr double labelledSliceShare = 0.035;

// Colours that stay apart from one another in print and for colour-blind readers.
const QList<QColor> &palette()
{
    static const QList<QColor> colours{
        QColor(0x4e79a7), QColor(0xf28e2b), QColor(0x59a14f), QColor(0xe15759), QColor(0x76b7b2),
        QColor(0xedc948), QColor(0xb07aa1), QColor(0xff9da7), QColor(0x9c755f), QColor(0x86bcb6),
        QColor(0x8cd17d), QColor(0xbab0ac)};
    return colours;
}

const QColor valueColour(0x79a6d6); // light enough for dark labels inside a full bar
const QColor targetColour(0xc9c3bf);
const QColor textColour(0x263238);

// The fonts of a chart. A chart drawn for paper has its fonts in pixels of a
// 96 dpi layout, which the painter then scales to the device: point sizes
// would be resolved against the device and come out three times too big on
// a 300 dpi PDF.
struct Fonts
{
    QFont title;
    QFont text;   // legend, axis labels
    QFont values; // labels on bars and slices

    static Fonts forPaper()
    {
        Fonts f;
        f.title.setPixelSize(15);
        f.title.setBold(true);
        f.text.setPixelSize(12);
        f.values.setPixelSize(11);
        return f;
    }

    static Fonts forScreen()
    {
        Fonts f;
        const QFont base = QApplication::font();
        f.title = base;
        f.title.setPointSizeF(base.pointSizeF() * 1.15);
        f.title.setBold(true);
        f.text = base;
        f.values = base;
        f.values.setPointSizeF(base.pointSizeF() * 0.9);
        return f;
    }

    // Smaller for a crowded axis: rows of a horizontal bar chart `rowPixels` apart.
    void fitRows(double rowPixels, bool paper)
    {
        if (!paper)
            return;
        const int size = std::clamp(int(rowPixels * 0.62), 7, text.pixelSize());
        text.setPixelSize(size);
        values.setPixelSize(std::min(values.pixelSize(), size));
    }
};

// A long name cut at a word boundary, with an ellipsis.
QString shortened(const QString &text, int maxChars)
{
    const QString simple = text.simplified();
    if (simple.size() <= maxChars)
        return simple;
    int cut = simple.lastIndexOf(u' ', maxChars - 1);
    if (cut < maxChars / 2)
        cut = maxChars - 1;
    return simple.left(cut).trimmed() + QStringLiteral("…");
}

// A long name on up to `lines` lines no wider than `width` pixels, the last
// one elided; axis labels are rich text, so the break is a <br>.
QString wrapped(const QString &text, const QFontMetricsF &metrics, double width, int lines,
               Qt::TextElideMode elide = Qt::ElideRight)
{
    const QStringList words = text.simplified().split(u' ', Qt::SkipEmptyParts);
    QStringList out;
    QString line;
    for (const QString &word : words) {
        const QString longer = line.isEmpty() ? word : line + u' ' + word;
        if (!line.isEmpty() && metrics.horizontalAdvance(longer) > width && out.size() + 1 < lines) {
            out << line;
            line = word;
        } else {
            line = longer;
        }
    }
    if (!line.isEmpty())
        out << metrics.elidedText(line, elide, width);
    QStringList escaped;
    for (const QString &l : out)
        escaped << l.toHtmlEscaped();
    return escaped.join(QStringLiteral("<br>"));
}

QString percentText(double share)
{
    return QLocale().toString(share * 100.0, 'f', 1) + QStringLiteral(" %");
}

QString valueText(double value, bool percent)
{
    return percent ? percentText(value) : QLocale().toString(value, 'f', value == std::round(value) ? 0 : 1);
}

struct Built
{
    QChart *chart = nullptr;
    // What hovering over a bar or a slice tells: the full name and figure.
    QStringList tips;
};

void styleChart(QChart *chart, const ChartSpec &spec, const Fonts &fonts, bool paper)
{
    chart->setLocalizeNumbers(true);
    chart->setLocale(QLocale());
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setTheme(QChart::ChartThemeLight);
    chart->setTitle(spec.title.toHtmlEscaped());
    chart->setTitleFont(fonts.title);
    chart->setTitleBrush(textColour);
    chart->legend()->setFont(fonts.text);
    chart->legend()->setLabelColor(textColour);
    if (paper) {
        chart->setBackgroundVisible(false);
        chart->setBackgroundRoundness(0);
        chart->setMargins(QMargins(4, 4, 4, 4));
        chart->layout()->setContentsMargins(0, 0, 0, 0);
    } else {
        chart->setBackgroundRoundness(0);
        chart->setMargins(QMargins(6, 6, 6, 6));
    }
}

void buildPie(Built &built, const ChartSpec &spec, const Fonts &fonts)
{
    QChart *chart = built.chart;
    const QList<double> values = spec.series.isEmpty() ? QList<double>() : spec.series.first().values;
    QList<QPair<QString, double>> slices;
    for (int i = 0; i < spec.categories.size() && i < values.size(); ++i)
        if (values[i] > 0)
            slices.append({spec.categories[i], values[i]});
    std::stable_sort(slices.begin(), slices.end(), [](const auto &a, const auto &b) { return a.second > b.second; });
    if (slices.size() > maxPieSlices) {
        double rest = 0;
        const qsizetype lumped = slices.size() - (maxPieSlices - 1);
        for (qsizetype i = maxPieSlices - 1; i < slices.size(); ++i)
            rest += slices[i].second;
        slices.resize(maxPieSlices - 1);
        slices.append({QtChartPainter::tr("Other (%n)", nullptr, int(lumped)), rest});
    }
    double total = 0;
    for (const auto &s : slices)
        total += s.second;

    auto *series = new QPieSeries(chart);
    series->setPieSize(0.72);
    for (int i = 0; i < slices.size(); ++i) {
        const auto &[name, value] = slices[i];
        const double share = total > 0 ? value / total : 0;
        QPieSlice *slice = series->append(percentText(share), value);
        slice->setBrush(palette().at(i % palette().size()));
        slice->setPen(QPen(Qt::white, 1));
        slice->setLabelFont(fonts.values);
        slice->setLabelColor(textColour);
        slice->setLabelArmLengthFactor(0.08);
        slice->setLabelPosition(QPieSlice::LabelOutside);
        slice->setLabelVisible(share >= labelledSliceShare);
        built.tips << QStringLiteral("%1: %2 (%3)").arg(name, QLocale().toString(value, 'f', 0), percentText(share));
    }
    chart->addSeries(series);
    // The legend names the slices (the slices' own labels are the percentages).
    const QList<QLegendMarker *> markers = chart->legend()->markers(series);
    for (int i = 0; i < markers.size() && i < slices.size(); ++i)
        markers[i]->setLabel(QStringLiteral("%1 — %2")
                                 .arg(shortened(slices[i].first, 38), QLocale().toString(slices[i].second, 'f', 0)));
    chart->legend()->setAlignment(slices.size() > 3 ? Qt::AlignRight : Qt::AlignBottom);
    chart->legend()->setShowToolTips(true);
    chart->legend()->setVisible(!slices.isEmpty());
}

void buildBars(Built &built, const ChartSpec &spec, Fonts fonts, const QSizeF &size, bool paper)
{
    QChart *chart = built.chart;
    const bool horizontal = spec.kind == ChartSpec::Kind::HorizontalBars;
    const qsizetype n = spec.categories.size();
    // A horizontal chart reads from the top; Qt Charts puts the first category at the bottom.
    QList<int> order;
    for (int i = 0; i < n; ++i)
        order << (horizontal ? int(n) - 1 - i : i);

    if (horizontal && n > 0) {
        const double plotHeight = std::max(40.0, size.height() - 90.0 - (spec.series.size() > 1 ? 24 : 0));
        fonts.fitRows(plotHeight / double(n), paper);
    }
    QAbstractBarSeries *series = horizontal ? static_cast<QAbstractBarSeries *>(new QHorizontalBarSeries(chart))
                                            : static_cast<QAbstractBarSeries *>(new QBarSeries(chart));
    double maxValue = 0;
    for (int s = 0; s < spec.series.size(); ++s) {
        const ChartSeries &data = spec.series[s];
        auto *set = new QBarSet(data.name, series);
        for (int i : order) {
            const double raw = data.values.value(i);
            // One decimal, as the tables show it.
            const double shown = std::round((spec.percent ? raw * 100.0 : raw) * 10.0) / 10.0;
            set->append(shown);
            maxValue = std::max(maxValue, shown);
        }
        set->setColor(s == 0 ? valueColour : targetColour);
        set->setBorderColor(s == 0 ? valueColour.darker(115) : targetColour.darker(115));
        set->setLabelFont(fonts.values);
        set->setLabelColor(textColour);
        series->append(set);
    }
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    series->setLabelsFormat(spec.percent ? QStringLiteral("@value %") : QStringLiteral("@value"));
    series->setLabelsPrecision(4);
    series->setBarWidth(spec.series.size() > 1 ? 0.8 : 0.65);
    chart->addSeries(series);

    // Categories: wrapped on two lines beside horizontal bars (a wide left
    // margin), shortened and slanted under vertical ones when there are many.
    QStringList labels;
    // Qt Charts gives the axis at most about a third of the width.
    const QFontMetricsF metrics(fonts.text);
    const double sideWidth = size.width() * 0.3;
    const double rowPixels = n > 0 ? std::max(1.0, size.height() - 110) / double(n) : size.height();
    const int lines = std::clamp(int(rowPixels / (metrics.lineSpacing() * 1.15)), 1, 6);
    for (int i : order) {
        const QString &name = spec.categories[i];
        if (horizontal)
            labels << wrapped(name, metrics, sideWidth, lines);
        else if (!paper)
            labels << name.toHtmlEscaped(); // a view elides as it is resized
        else
            labels << shortened(name, n > 6 ? 22 : 34).toHtmlEscaped();
    }
    // A category axis drops repeated labels, and their bars with them: names
    // shortened alike («…муниципальный округ номер…») keep their ends
    // instead, and any still alike differ by invisible spaces.
    const QStringList firstTry = labels;
    for (int k = 0; k < labels.size(); ++k) {
        if (horizontal && firstTry.count(firstTry[k]) > 1)
            labels[k] = wrapped(spec.categories[order[k]], metrics, sideWidth, lines, Qt::ElideMiddle);
        while (labels.indexOf(labels[k]) < k)
            labels[k] += QChar(0x200B);
    }
    for (int i = 0; i < n; ++i) {
        QStringList figures;
        for (const ChartSeries &s : spec.series)
            figures << QStringLiteral("%1: %2").arg(s.name, valueText(s.values.value(i), spec.percent));
        built.tips << QStringLiteral("%1\n%2").arg(spec.categories[i], figures.join(u'\n'));
    }
    auto *categories = new QBarCategoryAxis(chart);
    categories->append(labels);
    categories->setLabelsFont(fonts.text);
    categories->setLabelsColor(textColour);
    categories->setGridLineVisible(false);
    // On paper Qt Charts would cut a label to «...» when it is a little too
    // tall for its row; the labels are already shortened to fit.
    categories->setTruncateLabels(!paper);
    if (!horizontal && n > 6)
        categories->setLabelsAngle(-50);

    auto *values = new QValueAxis(chart);
    values->setLabelsFont(fonts.text);
    values->setLabelsColor(textColour);
    values->setGridLineColor(QColor(0xdddddd));
    if (spec.percent) {
        // Room for the labels of the bars at 100 %.
        values->setRange(0, 100);
        values->setTickCount(6);
        values->setLabelFormat(QStringLiteral("%.0f %"));
    } else {
        values->setRange(0, maxValue > 0 ? maxValue * 1.15 : 1);
        values->applyNiceNumbers();
        values->setLabelFormat(QStringLiteral("%.0f"));
    }
    chart->addAxis(categories, horizontal ? Qt::AlignLeft : Qt::AlignBottom);
    chart->addAxis(values, horizontal ? Qt::AlignBottom : Qt::AlignLeft);
    series->attachAxis(categories);
    series->attachAxis(values);
    chart->legend()->setVisible(spec.series.size() > 1);
    chart->legend()->setAlignment(Qt::AlignBottom);
}

Built build(const ChartSpec &spec, const Fonts &fonts, const QSizeF &size, bool paper)
{
    Built built;
    built.chart = new QChart;
    // The theme first: it decorates what is added later only where nothing was set.
    styleChart(built.chart, spec, fonts, paper);
    if (spec.kind == ChartSpec::Kind::Pie)
        buildPie(built, spec, fonts);
    else
        buildBars(built, spec, fonts, size, paper);
    if (built.tips.isEmpty())
        built.chart->setTitle(QStringLiteral("%1<br><small>%2</small>")
                                  .arg(spec.title.toHtmlEscaped(), QtChartPainter::tr("No data").toHtmlEscaped()));
    return built;
}

} // namespace

void QtChartPainter::paint(const ChartSpec &chart, QPainter &painter, const QRectF &rect) const
{
    if (rect.isEmpty())
        return;
    if (!qobject_cast<QApplication *>(QCoreApplication::instance())) {
        // Qt Charts draws through QGraphicsScene, which needs QApplication:
        // a program without one gets the chart's title in a frame, not a crash.
        painter.save();
        painter.setPen(QColor(0x999999));
        painter.drawRect(rect);
        painter.drawText(rect, Qt::AlignCenter | Qt::TextWordWrap, chart.title);
        painter.restore();
        return;
    }
    const double dpi = painter.device() ? painter.device()->logicalDpiX() : 96.0;
    const double scale = std::max(0.01, dpi / 96.0);
    const QSizeF layout = rect.size() / scale;
    QGraphicsScene scene;
    Built built = build(chart, Fonts::forPaper(), layout, true);
    scene.addItem(built.chart);
    built.chart->setGeometry(QRectF(QPointF(0, 0), layout));
    scene.setSceneRect(QRectF(QPointF(0, 0), layout));
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    scene.render(&painter, rect, scene.sceneRect(), Qt::IgnoreAspectRatio);
    painter.restore();
}

QWidget *createChartView(const ChartSpec &chart, QWidget *parent)
{
    auto *view = new QChartView(parent);
    view->setObjectName(chart.id);
    view->setRenderHint(QPainter::Antialiasing);
    // Labels are set for a view of about this size; a narrower one elides them.
    const int rows = int(chart.categories.size() * std::max<qsizetype>(1, chart.series.size()));
    const QSizeF expected(900, chart.kind == ChartSpec::Kind::HorizontalBars
                                   ? std::max(600, rows * view->fontMetrics().height() * 2 + 120)
                                   : 600);
    Built built = build(chart, Fonts::forScreen(), expected, false);
    view->setChart(built.chart);
    view->setMinimumSize(360, 260);
    if (chart.kind == ChartSpec::Kind::HorizontalBars)
        view->setMinimumHeight(std::max(260, rows * view->fontMetrics().height() * 2 + 120));
    // The whole name and figure of what the pointer is over.
    const QStringList tips = built.tips;
    for (QAbstractSeries *series : built.chart->series()) {
        if (auto *bars = qobject_cast<QAbstractBarSeries *>(series)) {
            const bool reversed = chart.kind == ChartSpec::Kind::HorizontalBars;
            const qsizetype n = chart.categories.size();
            QObject::connect(bars, &QAbstractBarSeries::hovered, view, [tips, reversed, n](bool on, int index) {
                const int category = reversed ? int(n) - 1 - index : index;
                if (on && category >= 0 && category < tips.size())
                    QToolTip::showText(QCursor::pos(), tips[category]);
                else
                    QToolTip::hideText();
            });
        } else if (auto *pie = qobject_cast<QPieSeries *>(series)) {
            const QList<QPieSlice *> slices = pie->slices();
            for (int i = 0; i < slices.size(); ++i) {
                QPieSlice *slice = slices[i];
                const QString tip = tips.value(i);
                QObject::connect(slice, &QPieSlice::hovered, view, [slice, tip](bool on) {
                    slice->setExploded(on);
                    if (on)
                        QToolTip::showText(QCursor::pos(), tip);
                    else
                        QToolTip::hideText();
                });
            }
        }
    }
    return view;
}

Status exportChart(const ChartSpec &chart, const QString &path, QSize size)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix != QLatin1String("png") && suffix != QLatin1String("svg"))
        return Status::failure(QtChartPainter::tr("A chart can be saved as .png or .svg, not «%1».")
                                   .arg(QFileInfo(path).fileName()));
    if (size.isEmpty())
        return Status::failure(QtChartPainter::tr("The size of the picture must be positive."));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Status::failure(QtChartPainter::tr("Cannot write «%1»: %2").arg(path, file.errorString()));
    const QtChartPainter painter;
    bool written = false;
    if (suffix == QLatin1String("png")) {
        QImage image(size, QImage::Format_ARGB32_Premultiplied);
        image.setDotsPerMeterX(3780); // 96 dpi
        image.setDotsPerMeterY(3780);
        image.fill(Qt::white);
        QPainter p(&image);
        painter.paint(chart, p, QRectF(QPointF(0, 0), QSizeF(size)));
        p.end();
        written = image.save(&file, "PNG");
    } else {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QSvgGenerator generator;
        generator.setOutputDevice(&buffer);
        generator.setSize(size);
        generator.setViewBox(QRect(QPoint(0, 0), size));
        generator.setResolution(96);
        generator.setTitle(chart.title);
        QPainter p;
        if (p.begin(&generator)) {
            painter.paint(chart, p, QRectF(QPointF(0, 0), QSizeF(size)));
            written = p.end();
        }
        written = written && file.write(buffer.data()) == buffer.size();
    }
    if (!written) {
        file.cancelWriting();
        return Status::failure(QtChartPainter::tr("Cannot write «%1»: the picture could not be drawn.").arg(path));
    }
    if (!file.commit())
        return Status::failure(QtChartPainter::tr("Cannot write «%1»: %2").arg(path, file.errorString()));
    return Status::success();
}

} // namespace metodist
