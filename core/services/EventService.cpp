#include "services/EventService.h"

#include "services/EditFields.h"
#include "storage/EventRepository.h"
#include "storage/RecordPresence.h"

namespace metodist {

Result<SaveOutcome<Event>> EventService::save(const Event &loaded, const Event &edited, SaveMode mode)
{
    const qint64 id = loaded.id;
    EditFields fields(m_db);
    CheckedSave<Event> how;
    how.prepare = [id](Event &e) {
        e.id = id;
        return Status::success();
    };
    how.readStored = [&]() -> Result<std::optional<Event>> {
        if (id == 0)
            return std::optional<Event>(loaded);
        return storedOrNothing<Event>(m_db, RecordTable::Events, id, [&] { return EventRepository(m_db).get(id); });
    };
    how.fields = [&](const Event &e) { return fields.event(e); };
    how.write = [&](const Event &completed, const std::optional<Event> &stored) -> Result<qint64> {
        EventWriter events(m_db);
        if (id > 0 && stored) {
            if (Status updated = events.update(completed); !updated)
                return updated;
            return id;
        }
        Event e = completed;
        e.id = 0;
        return events.insert(e);
    };
    return saveChecked(m_db, loaded, edited, mode, how);
}

Result<qint64> EventService::add(const Event &event)
{
    Event e = event;
    e.id = 0;
    auto saved = save(Event{}, e, SaveMode::Overwrite);
    if (!saved)
        return saved.status();
    return saved.value().id();
}

Status EventService::remove(const QList<qint64> &ids)
{
    Transaction transaction(m_db);
    if (!transaction.status())
        return transaction.status();
    EventWriter events(m_db);
    for (qint64 id : ids)
        if (Status removed = events.remove(id); !removed)
            return removed;
    return transaction.commit();
}

} // namespace metodist
