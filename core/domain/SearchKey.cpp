#include "domain/SearchKey.h"

namespace metodist {

bool isDash(QChar c)
{
    switch (c.unicode()) {
    case u'-':
    case 0x2010: // hyphen
    case 0x2011: // non-breaking hyphen
    case 0x2012: // figure dash
    case 0x2013: // en dash
    case 0x2014: // em dash
    case 0x2212: // minus sign
        return true;
    default:
        return false;
    }
}

QString searchKey(QStringView text)
{
    // NFC first: a decomposed «е» + U+0308 must fold like «ё».
    const QString folded = text.toString().normalized(QString::NormalizationForm_C).toCaseFolded();
    QString key;
    key.reserve(folded.size());
    bool pendingSpace = false;
    for (QChar c : folded) {
        if (c.isSpace() || c.unicode() == 0x00A0) {
            pendingSpace = !key.isEmpty();
            continue;
        }
        if (isDash(c)) {
            // "Петрова - Водкина" and "Петрова–Водкина" are the same surname.
            while (key.endsWith(u' '))
                key.chop(1);
            key.append(u'-');
            pendingSpace = false;
            continue;
        }
        if (pendingSpace && !key.endsWith(u'-'))
            key.append(u' ');
        pendingSpace = false;
        if (c == u'ё')
            c = u'е';
        key.append(c);
    }
    return key;
}

QString looseKey(QStringView text)
{
    QString key = searchKey(text);
    key.removeIf([](QChar c) { return !c.isLetterOrNumber(); });
    return key;
}

QString searchKey(std::initializer_list<QStringView> parts)
{
    QString joined;
    for (QStringView part : parts) {
        if (part.trimmed().isEmpty())
            continue;
        if (!joined.isEmpty())
            joined.append(u' ');
        joined.append(part);
    }
    return searchKey(joined);
}

} // namespace metodist
