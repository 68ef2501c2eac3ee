#pragma once

#include "Status.h"
#include "domain/Event.h"
#include "services/EditConflict.h"
#include "storage/Database.h"

namespace metodist {

// The event editor's save: a new event (loaded.id 0), or the changes to one
// read earlier — refused with a conflict when someone else changed or deleted
// it meanwhile (see saveChecked), unless told to overwrite.
class EventService
{
public:
    explicit EventService(Database &db) : m_db(db) {}

    Result<SaveOutcome<Event>> save(const Event &loaded, const Event &edited,
                                    SaveMode mode = SaveMode::UnlessChangedElsewhere);
    // A new event; its id.
    Result<qint64> add(const Event &event);
    // The events with these ids, all or none (one transaction).
    Status remove(const QList<qint64> &ids);

private:
    Database &m_db;
};

} // namespace metodist
