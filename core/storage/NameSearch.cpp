#include "storage/NameSearch.h"

#include "domain/SearchKey.h"
#include "storage/Database.h"
#include "storage/Dialect.h"

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

NameFilter nameFilter(const Database &db, const NameIndex &index, const QString &text, NameUse use)
{
    const QString key = searchKey(text);
    if (key.isEmpty())
        return {};
    if (key.size() < 3)
        return scan(index, key);
    const SqlDialect &dialect = db.sqlDialect();
    const QString phrase = dialect.nameIndexPhrase(key);
    const QString ids = dialect.nameIndexIds(index.ftsTable);

    const NameFilter indexed{QStringLiteral("%1.id IN (%2)").arg(index.table, ids), {phrase}};
    if (use == NameUse::Count)
        return indexed;
    auto probe = db.exec(QStringLiteral("SELECT count(*) FROM (%1 LIMIT ?) AS hits").arg(ids),
                         {phrase, commonFragmentHits + 1});
    if (probe && probe.value().next() && probe.value().value(0).toInt() > commonFragmentHits)
        return scan(index, key);
    return indexed;
}

} // namespace metodist
