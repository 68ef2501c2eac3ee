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
    // Portrait A4 with 12 pt: one line a teacher — 5-digit numbers clear of
    // the rule, a full name whole, the organisation across the rest.
    return {{QCoreApplication::translate("OrderDocument", "Item no."), 0.075},
            {QCoreApplication::translate("OrderDocument", "Full name of the teacher"), 0.395},
            {QCoreApplication::translate("OrderDocument", "Educational organisation"), 0.53}};
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
    const QString municipality = printable(teacher.municipality);
    if (!municipality.isEmpty() && municipality != printable(group.municipality))
        text += QStringLiteral(" (") + municipality + u')';
    return text;
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
