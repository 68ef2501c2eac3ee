#pragma once

#include <QDate>
#include <QString>

namespace metodist {

// An entry of the events calendar («Календарь событий»). Route items and
// roadmap activities may refer to it.
struct Event
{
    qint64 id = 0;
    QString title;
    QDate startsOn;
    QDate endsOn; // null: a one-day event
    qint64 levelId = 0;      // event_levels
    qint64 modelStageId = 0; // model_stages
    QString levelName;
    QString modelStageName;
    QString organiser;
    QString participants;
    QString description;
};

} // namespace metodist
