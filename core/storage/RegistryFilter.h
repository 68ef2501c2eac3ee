#pragma once

#include <QString>
#include <optional>

namespace metodist {

// What a registry table is narrowed by; every value is bound, never pasted.
struct RegistryFilter
{
    QString search;            // part of a name, compared by search key
    qint64 municipalityId = 0;
    qint64 organisationId = 0;
    qint64 subjectId = 0;
    qint64 qualificationCategoryId = 0;
    std::optional<bool> active; // methodists only
};

// Keyset paging: the page after the row with this key (alphabetical order).
struct PageCursor
{
    QString searchKey;
    qint64 id = 0;
    bool isStart() const { return id == 0; }
};

} // namespace metodist
