#pragma once

#include <QString>
#include <QVariantList>

namespace metodist {

// How a name query becomes SQL over a table with a search_key column and an
// FTS5 trigram index of it. Keys of three characters or more use the index;
// shorter ones fall back to a LIKE over the keys. The query text is always a
// bound value.
struct NameFilter
{
    QString condition; // to AND into a WHERE clause; empty when no filter
    QVariantList values;
};

NameFilter nameFilter(const QString &text, const QString &keyColumn, const QString &idColumn,
                      const QString &ftsTable);

} // namespace metodist
