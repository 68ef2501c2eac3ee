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
    return looksLikeFormula(text) || text.startsWith(u'\'') ? u'\'' + text : text;
}

bool CellSafety::isMarked(const QString &cell)
{
    if (!cell.startsWith(u'\''))
        return false;
    const QString rest = cell.mid(1);
    return looksLikeFormula(rest) || rest.startsWith(u'\'');
}

QString CellSafety::unmarked(const QString &cell)
{
    return isMarked(cell) ? cell.mid(1) : cell;
}

} // namespace metodist
