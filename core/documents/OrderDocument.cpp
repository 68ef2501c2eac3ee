#include "documents/OrderDocument.h"

#include <QCoreApplication>
#include <QFont>
#include <QFontMetricsF>

#include <algorithm>

namespace metodist {

QString OrderDocument::appendixHeading() const
{
    return QCoreApplication::translate("OrderDocument", "Appendix No. 1 to the order of %1 No. %2")
        .arg(dateText(), number);
}

int OrderDocument::teacherCount() const
{
    int count = 0;
    for (const OrderMethodistGroup &group : appendix)
        count += int(group.teachers.size());
    return count;
}

QString OrderDocument::orderWord()
{
    return QCoreApplication::translate("OrderDocument", "ORDER");
}

QString OrderDocument::orderingWord()
{
    return QCoreApplication::translate("OrderDocument", "I ORDER:");
}

QString OrderDocument::numberText() const
{
    // A no-break space keeps the sign with the number at a line end.
    return QCoreApplication::translate("OrderDocument", "No.") + QChar(0x00A0) + number;
}

QList<OrderColumn> OrderDocument::appendixColumns(const OrderLayout &layout) const
{
    // Widths in millimetres on paper, measured in a font of a large pixel
    // size without hinting, so that they do not depend on a screen.
    constexpr int pixelSize = 720;
    QFont font(layout.fontFamily);
    font.setStyleHint(QFont::Serif);
    font.setHintingPreference(QFont::PreferNoHinting);
    font.setPixelSize(pixelSize);
    const QFontMetricsF metrics(font);
    const double mmPerPixel = layout.tableFontSize * 25.4 / 72.0 / pixelSize;
    const auto widthMm = [&](const QString &text) { return metrics.horizontalAdvance(text) * mmPerPixel; };
    const double tableMm = 210.0 - layout.marginLeftMm - layout.marginRightMm;
    const double paddingMm = 2 * appendixCellPaddingXMm + 1.0; // and a little air against the rule

    QList<double> names;
    names.reserve(teacherCount());
    for (const OrderMethodistGroup &group : appendix)
        for (const OrderTeacherLine &teacher : group.teachers)
            names << widthMm(printable(teacher.teacherName));
    double nameMm = 0;
    if (!names.isEmpty()) {
        const qsizetype at = std::min(names.size() - 1, qsizetype(names.size() * 0.99));
        std::nth_element(names.begin(), names.begin() + at, names.end());
        nameMm = names[at];
    }
    const QString widestNumber(QString::number(std::max(1, teacherCount())).size(), u'8');
    const double numberShare = std::clamp((widthMm(widestNumber) + paddingMm) / tableMm, 0.075, 0.1);
    const double nameShare = std::clamp((nameMm + paddingMm) / tableMm, 0.25, 0.4);
    return {{QCoreApplication::translate("OrderDocument", "Item no."), numberShare},
            {QCoreApplication::translate("OrderDocument", "Full name of the teacher"), nameShare},
            {QCoreApplication::translate("OrderDocument", "Educational organisation"),
             1.0 - numberShare - nameShare}};
}

QString OrderDocument::groupHeading(const OrderMethodistGroup &group, bool continued)
{
    QStringList where;
    if (!group.subject.isEmpty())
        where << group.subject;
    if (!group.municipality.isEmpty())
        where << group.municipality;
    QString text = printable(group.methodistName);
    if (!where.isEmpty())
        text += QStringLiteral(" — ") + printable(where.join(QStringLiteral(", ")));
    text += u' ' + QCoreApplication::translate("OrderDocument", "(teachers: %1)").arg(group.teachers.size());
    if (continued)
        text += u' ' + QCoreApplication::translate("OrderDocument", "(continued)");
    return text;
}

QString OrderDocument::organisationText(const OrderMethodistGroup &group, const OrderTeacherLine &teacher)
{
    QString text = printable(teacher.organisation);
    text.replace(QStringLiteral("№ "), QStringLiteral("№\u00A0"));
    QString municipality = printable(teacher.municipality);
    if (municipality.isEmpty() || municipality == printable(group.municipality))
        return text;
    // In the brackets the kind of municipality is abbreviated as official
    // lists do (the methodist's row above names it in full): most rows then
    // keep to one line.
    static const struct
    {
        const char16_t *words;
        const char16_t *abbreviation;
    } kinds[] = {{u"городской округ", u"г.\u00A0о."},      {u"муниципальный округ", u"м.\u00A0о."},
                 {u"муниципальный район", u"м.\u00A0р."}, {u"городское поселение", u"г.\u00A0п."},
                 {u"сельское поселение", u"с.\u00A0п."}};
    for (const auto &kind : kinds)
        municipality.replace(QString::fromUtf16(kind.words), QString::fromUtf16(kind.abbreviation), Qt::CaseInsensitive);
    return text + QStringLiteral(" (") + municipality + u')';
}

QString OrderDocument::printable(const QString &text)
{
    // Not QString::simplified(): it would also turn no-break spaces into plain ones.
    QString result;
    result.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        QChar c = text[i];
        if (c.isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
            result += c;
            result += text[++i];
            continue;
        }
        if (c.isSurrogate() || c.unicode() < 0x20 || c.unicode() == 0xFFFE || c.unicode() == 0xFFFF
            || c.unicode() == 0x2028 || c.unicode() == 0x2029)
            c = u' ';
        if (c != u' ' || (!result.isEmpty() && !result.endsWith(u' ')))
            result += c;
    }
    if (result.endsWith(u' '))
        result.chop(1);
    return result;
}

QStringList OrderDocument::paragraphs(const QString &text)
{
    QStringList result;
    for (const QString &line : text.split(u'\n')) {
        const QString clean = printable(line);
        if (!clean.isEmpty())
            result << clean;
    }
    return result;
}

} // namespace metodist
