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

    Result<qint64> insert(const Event &event);
    Status update(const Event &event);
    // Route items and activities that referred to it keep their text.
    Status remove(qint64 id);
    Result<Event> get(qint64 id) const;
    // Events that overlap the range, by start date; a null bound is open.
    Result<QList<Event>> list(const QDate &from = {}, const QDate &to = {}) const;

private:
    static QString problem(const Event &event);
    const Database &m_db;
};

} // namespace metodist
