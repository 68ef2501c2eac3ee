#include "pages/GanttChart.h"

#include <QLocale>
#include <QPainter>

namespace metodist {

namespace {
constexpr int rowHeight = 22;
constexpr int axisHeight = 24;
constexpr int labelWidth = 260;
constexpr int legendHeight = 26;
const QColor plannedColour(0x35, 0x6a, 0xb0);
const QColor doneColour(0x3a, 0x9a, 0x4a);
const QColor overdueColour(0xd0, 0x40, 0x40);
}

GanttChart::GanttChart(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("gantt"));
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);
}

void GanttChart::setBars(const QList<GanttBar> &bars, const QDate &today)
{
    m_bars = bars;
    m_today = today;
    m_first = {};
    m_last = {};
    const auto take = [this](const QDate &date) {
        if (!date.isValid())
            return;
        if (!m_first.isValid() || date < m_first)
            m_first = date;
        if (!m_last.isValid() || date > m_last)
            m_last = date;
    };
    for (const GanttBar &bar : m_bars)
        for (const QDate &date : {bar.planned.start, bar.planned.end, bar.actual.start, bar.actual.end})
            take(date);
    if (m_first.isValid()) {
        // Whole months make the axis readable.
        m_first = QDate(m_first.year(), m_first.month(), 1);
        m_last = QDate(m_last.year(), m_last.month(), 1).addMonths(1).addDays(-1);
    }
    updateGeometry();
    update();
}

QSize GanttChart::sizeHint() const
{
    return {900, axisHeight + rowHeight * int(std::max<qsizetype>(m_bars.size(), 3)) + 8 + legendHeight};
}

double GanttChart::xOf(const QDate &date, double left, double width) const
{
    const double days = std::max<qint64>(1, m_first.daysTo(m_last) + 1);
    return left + width * double(m_first.daysTo(date)) / days;
}

void GanttChart::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    if (!m_first.isValid()) {
        painter.setPen(pal.color(QPalette::PlaceholderText));
        painter.drawText(rect(), Qt::AlignCenter, tr("No dates are planned yet: plan the stages or give the "
                                                     "activities their dates."));
        return;
    }
    const double left = labelWidth;
    const double chartBottom = height() - legendHeight;
    const double width = std::max(100, this->width() - labelWidth - 10);
    // Month axis.
    painter.setPen(pal.color(QPalette::Mid));
    QLocale locale;
    for (QDate month = m_first; month <= m_last; month = month.addMonths(1)) {
        const double x = xOf(month, left, width);
        painter.drawLine(QPointF(x, axisHeight - 4), QPointF(x, chartBottom));
        painter.setPen(pal.color(QPalette::Text));
        painter.drawText(QRectF(x + 3, 0, xOf(month.addMonths(1), left, width) - x - 3, axisHeight),
                         Qt::AlignLeft | Qt::AlignVCenter, locale.standaloneMonthName(month.month(), QLocale::ShortFormat));
        painter.setPen(pal.color(QPalette::Mid));
    }
    for (int i = 0; i < m_bars.size(); ++i) {
        const GanttBar &bar = m_bars[i];
        const double y = axisHeight + i * rowHeight;
        QFont font = painter.font();
        font.setBold(bar.activityId == 0);
        painter.setFont(font);
        painter.setPen(bar.overdue ? QColor(0xb0, 0x20, 0x20) : pal.color(QPalette::Text));
        const QString label = bar.activityId == 0 ? bar.label : QStringLiteral("   ") + bar.label;
        painter.drawText(QRectF(4, y, labelWidth - 8, rowHeight), Qt::AlignLeft | Qt::AlignVCenter,
                         painter.fontMetrics().elidedText(label, Qt::ElideRight, labelWidth - 8));
        const auto span = [&](const DateRange &range) -> std::optional<QRectF> {
            const QDate start = range.start.isValid() ? range.start : range.end;
            const QDate end = range.end.isValid() ? range.end : range.start;
            if (!start.isValid())
                return std::nullopt;
            const double x1 = xOf(start, left, width);
            const double x2 = std::max(x1 + 3, xOf(end.addDays(1), left, width));
            return QRectF(x1, y + 5, x2 - x1, rowHeight - 10);
        };
        if (const auto planned = span(bar.planned)) {
            painter.setPen(QPen(plannedColour, 1.2));
            painter.setBrush(QColor(plannedColour.red(), plannedColour.green(), plannedColour.blue(), 40));
            painter.drawRoundedRect(*planned, 3, 3);
        }
        if (const auto actual = span(bar.actual)) {
            const QColor fill = bar.overdue ? overdueColour : bar.done ? doneColour : plannedColour;
            painter.setPen(Qt::NoPen);
            painter.setBrush(fill);
            painter.drawRoundedRect(actual->adjusted(0, 3, 0, -3), 2, 2);
        }
    }
    if (m_today.isValid() && m_today >= m_first && m_today <= m_last) {
        const double x = xOf(m_today, left, width);
        painter.setPen(QPen(overdueColour, 1.5, Qt::DashLine));
        painter.drawLine(QPointF(x, axisHeight - 6), QPointF(x, chartBottom));
        // Labelled at its foot, clear of the months, on the side with room.
        const QString today = tr("today");
        const double textWidth = painter.fontMetrics().horizontalAdvance(today) + 6;
        const bool right = x + textWidth < left + width;
        painter.setPen(overdueColour);
        painter.drawText(QRectF(right ? x + 3 : x - textWidth, chartBottom - rowHeight, textWidth, rowHeight),
                         (right ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignBottom, today);
    }
    // The legend, under the chart.
    QFont font = painter.font();
    font.setBold(false);
    painter.setFont(font);
    double x = 4;
    const double y = chartBottom + 4;
    const double box = legendHeight - 12;
    const auto item = [&](const QString &text, auto drawSample) {
        drawSample(QRectF(x, y + 2, 2 * box, box));
        x += 2 * box + 6;
        painter.setPen(pal.color(QPalette::Text));
        const double w = painter.fontMetrics().horizontalAdvance(text);
        painter.drawText(QRectF(x, y, w + 2, box + 4), Qt::AlignLeft | Qt::AlignVCenter, text);
        x += w + 18;
    };
    item(tr("planned"), [&](const QRectF &r) {
        painter.setPen(QPen(plannedColour, 1.2));
        painter.setBrush(QColor(plannedColour.red(), plannedColour.green(), plannedColour.blue(), 40));
        painter.drawRoundedRect(r, 3, 3);
    });
    for (const auto &[text, colour] : {std::pair{tr("in progress"), plannedColour}, std::pair{tr("done"), doneColour},
                                       std::pair{tr("overdue"), overdueColour}})
        item(text, [&, colour = colour](const QRectF &r) {
            painter.setPen(Qt::NoPen);
            painter.setBrush(colour);
            painter.drawRoundedRect(r.adjusted(0, 2, 0, -2), 2, 2);
        });
    if (m_today.isValid())
        item(tr("today, %1").arg(m_today.toString(QStringLiteral("dd.MM.yyyy"))), [&](const QRectF &r) {
            painter.setPen(QPen(overdueColour, 1.5, Qt::DashLine));
            painter.drawLine(QPointF(r.center().x(), r.top() - 2), QPointF(r.center().x(), r.bottom() + 2));
        });
}

} // namespace metodist
