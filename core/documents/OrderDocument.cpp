#include "documents/OrderDocument.h"

#include <QCoreApplication>

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

QList<OrderColumn> OrderDocument::appendixColumns()
{
    // Portrait A4 with 12 pt: wide enough for 5-digit numbers, for the bold
    // header words at 11 pt, and for the long municipality names («Багратионовский»)
    // that stand in every row; a rare long word in the organisation may break.
    return {{QCoreApplication::translate("OrderDocument", "Item no."), 0.072},
            {QCoreApplication::translate("OrderDocument", "Full name of the regional methodist"), 0.165},
            {QCoreApplication::translate("OrderDocument", "Subject"), 0.16},
            {QCoreApplication::translate("OrderDocument", "Full name of the teacher"), 0.18},
            {QCoreApplication::translate("OrderDocument", "Educational organisation"), 0.21},
            {QCoreApplication::translate("OrderDocument", "Municipality"), 0.213}};
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
