#pragma once

#include "Status.h"
#include "domain/Event.h"
#include "storage/Database.h"

#include <QList>

namespace metodist {

class EventRepository
{
    Q_DECLARE_TR_FUNCTIONS(EventRepository)

public:
    explicit EventRepository(const Database &db) : m_db(db) {}

    Result<Event> get(qint64 id) const;
    // Events that overlap the range, by start date; a null bound is open.
    Result<QList<Event>> list(const QDate &from = {}, const QDate &to = {}) const;

protected:
    static QString problem(const Event &event);
    const Database &m_db;
};

// The writing half of EventRepository: it can be made only from a writable
// Database, so work holding a read-only one cannot write by accident.
class EventWriter : public EventRepository
{
    Q_DECLARE_TR_FUNCTIONS(EventWriter)

public:
    explicit EventWriter(Database &db) : EventRepository(db) {}

    Result<qint64> insert(const Event &event);
    Status update(const Event &event);
    // Route items and activities that referred to it keep their text.
    Status remove(qint64 id);
};

} // namespace metodist
