#include "domain/TextRules.h"

#include <QLocale>

namespace metodist {

int TextRules::maxLength(TextKind kind)
{
    switch (kind) {
    case TextKind::Name:
        return 100;
    case TextKind::Line:
        return 300;
    case TextKind::Title:
        return 500;
    case TextKind::Note:
        return 4000;
    }
    return 0;
}

QString TextRules::problem(QStringView text, TextKind kind)
{
    const int limit = maxLength(kind);
    if (text.size() > limit)
        return tr("The text is %1 characters long; at most %2 are allowed.")
            .arg(QLocale(QLocale::Russian).toString(qint64(text.size())), QLocale(QLocale::Russian).toString(limit));
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        const bool lineBreak = u == u'\n' || u == u'\r' || u == u'\t';
        if (lineBreak && kind == TextKind::Note)
            continue;
        if (u == 0)
            return tr("The text contains a NUL character, which no keyboard types; the file is damaged or not a "
                      "text.");
        if (u < 0x20 || (u >= 0x7F && u <= 0x9F) || u == 0xFFFE || u == 0xFFFF)
            return lineBreak ? tr("The text must fit on one line.")
                             : tr("The text contains the control character U+%1, which no keyboard types.")
                                   .arg(QString::number(u, 16).toUpper().rightJustified(4, u'0'));
    }
    return {};
}

QString TextRules::firstProblem(std::initializer_list<TextField> fields)
{
    for (const TextField &field : fields)
        if (const QString sentence = problem(field.text, field.kind); !sentence.isEmpty())
            return tr("%1: %2").arg(field.name, sentence);
    return {};
}

} // namespace metodist
