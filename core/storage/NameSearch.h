#pragma once

#include <QString>
#include <QVariantList>

namespace metodist {

class Database;

// How a name query becomes SQL over a table with a search_key column and a
// trigram index of it (the engine's: SqlDialect::nameIndexIds). The query text is always a bound value.
//
// A rare fragment is looked up in the trigram index. A common one («ова»,
// «петр») would make the index return hundreds of thousands of ids to sort,
// while walking the key index in alphabetical order finds the first page of
// matches almost at once; so the index is probed first (with a cap) and the
// cheaper plan is chosen. Fragments under three characters cannot use the
// trigram index and always walk the keys.
struct NameFilter
{
    QString condition; // to AND into a WHERE clause; empty when no filter
    QVariantList values;
};

struct NameIndex
{
    QString table;     // e.g. "teachers" (from code, never from user text)
    QString ftsTable;  // e.g. "teachers_search"
};

// For a count every match is visited anyway, so the trigram index is always
// the cheaper plan there; for a page the choice above applies.
enum class NameUse { Page, Count };

NameFilter nameFilter(const Database &db, const NameIndex &index, const QString &text, NameUse use = NameUse::Page);

} // namespace metodist
