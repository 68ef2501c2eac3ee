#pragma once

#include <QString>
#include <QVariant>
#include <optional>

namespace metodist {

// The orders a registry can be sorted in; each has an index behind it.
enum class SortKey { Name, Snils, Experience };

// What a registry table is narrowed by; every value is bound, never pasted.
struct RegistryFilter
{
    SortKey sort = SortKey::Name;
    bool descending = false;
    QString search;            // part of a name, compared by search key
    qint64 municipalityId = 0;
    qint64 organisationId = 0;
    qint64 subjectId = 0;
    qint64 qualificationCategoryId = 0;
    std::optional<bool> active; // methodists only
};

// A name fragment of one or two letters cannot use the trigram index, so
// its count stops one past this number (at a million rows a full count would
// take a second); a count above it means "more than countCap".
constexpr qint64 countCap = 10000;

// Keyset paging: the page after the row with this sort value and id.
struct PageCursor
{
    QVariant sortValue;
    qint64 id = 0;
    bool isStart() const { return id == 0; }
};

} // namespace metodist
