#include "documents/CellSafety.h"

namespace metodist {

bool CellSafety::looksLikeFormula(const QString &text)
{
    if (text.isEmpty())
        return false;
    switch (text.front().unicode()) {
    case u'=':
    case u'+':
    case u'-':
    case u'@':
    case u'\t':
    case u'\r':
        return true;
    default:
        return false;
    }
}

QString CellSafety::neutralised(const QString &text)
{
    return looksLikeFormula(text) ? u'\'' + text : text;
}

} // namespace metodist
