#include "storage/NameSearch.h"

#include "domain/SearchKey.h"
#include "storage/Database.h"

namespace metodist {

namespace {

// Above this many index hits a fragment counts as common: sorting that many
// ids costs more than walking the keys in order (measured: ~1 µs per id).
constexpr int commonFragmentHits = 30000;

QString likePattern(const QString &key)
{
    QString escaped = key;
    escaped.replace(u'\\', QStringLiteral("\\\\"));
    escaped.replace(u'%', QStringLiteral("\\%"));
    escaped.replace(u'_', QStringLiteral("\\_"));
    return u'%' + escaped + u'%';
}

NameFilter scan(const NameIndex &index, const QString &key)
{
    return {QStringLiteral("%1.search_key LIKE ? ESCAPE '\\'").arg(index.table), {likePattern(key)}};
}

} // namespace

QString ftsPhrase(const QString &key)
{
    QString phrase = key;
    phrase.replace(u'"', QStringLiteral("\"\""));
    return u'"' + phrase + u'"';
}

NameFilter nameFilter(const Database &db, const NameIndex &index, const QString &text, NameUse use)
{
    const QString key = searchKey(text);
    if (key.isEmpty())
        return {};
    if (key.size() < 3)
        return scan(index, key);
    const QString phrase = ftsPhrase(key);

    const NameFilter indexed{
        QStringLiteral("%1.id IN (SELECT rowid FROM %2 WHERE %2 MATCH ?)").arg(index.table, index.ftsTable), {phrase}};
    if (use == NameUse::Count)
        return indexed;
    auto probe = db.exec(QStringLiteral("SELECT count(*) FROM (SELECT rowid FROM %1 WHERE %1 MATCH ? LIMIT ?)")
                             .arg(index.ftsTable),
                         {phrase, commonFragmentHits + 1});
    if (probe && probe.value().next() && probe.value().value(0).toInt() > commonFragmentHits)
        return scan(index, key);
    return indexed;
}

} // namespace metodist
