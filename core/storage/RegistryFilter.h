#pragma once

#include <QString>
#include <QVariant>
#include <optional>

namespace metodist {

// The orders a registry can be sorted in. Name, СНИЛС and experience have an
// index each and page at once over a million rows; the others sort the rows
// the filter leaves (then by name), which over a whole registry of a million
// teachers takes about a second a page. Keys a registry does not have sort
// by name.
enum class SortKey {
    Name,
    Snils,
    Experience,
    Municipality,
    Organisation,
    Position,
    Subject,
    QualificationCategory,
    CompetenceLevel, // teachers
    EmploymentForm,  // methodists
    Education,       // methodists
    Capacity,        // methodists
};

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

    bool operator==(const RegistryFilter &) const = default;
};

// A name fragment of one or two letters cannot use the trigram index, so
// its count stops one past this number (at a million rows a full count would
// take a second); a count above it means "more than countCap".
constexpr qint64 countCap = 10000;

// Whether an index serves this order: it then pages at once over any number
// of rows. The other orders sort every row the filter leaves, for each page.
inline bool isIndexedSort(SortKey key)
{
    return key == SortKey::Name || key == SortKey::Snils || key == SortKey::Experience;
}

// An order without an index is offered up to this many rows (a whole regional
// registry; about 0.2 s a page), not over a million.
constexpr qint64 unindexedSortLimit = 50000;

// Keyset paging: the page after the row with this sort value and id.
struct PageCursor
{
    QVariant sortValue;
    qint64 id = 0;
    bool isStart() const { return id == 0; }
};

} // namespace metodist
