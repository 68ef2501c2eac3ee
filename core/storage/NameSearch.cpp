#include "storage/NameSearch.h"

#include "domain/SearchKey.h"

namespace metodist {

namespace {

QString likePattern(const QString &key)
{
    QString escaped = key;
    escaped.replace(u'\\', QStringLiteral("\\\\"));
    escaped.replace(u'%', QStringLiteral("\\%"));
    escaped.replace(u'_', QStringLiteral("\\_"));
    return u'%' + escaped + u'%';
}

} // namespace

NameFilter nameFilter(const QString &text, const QString &keyColumn, const QString &idColumn,
                      const QString &ftsTable)
{
    const QString key = searchKey(text);
    if (key.isEmpty())
        return {};
    if (key.size() < 3)
        return {QStringLiteral("%1 LIKE ? ESCAPE '\\'").arg(keyColumn), {likePattern(key)}};
    QString phrase = key;
    phrase.replace(u'"', QStringLiteral("\"\""));
    return {QStringLiteral("%1 IN (SELECT rowid FROM %2 WHERE %2 MATCH ?)").arg(idColumn, ftsTable),
            {u'"' + phrase + u'"'}};
}

} // namespace metodist
