#pragma once

#include "Status.h"
#include "domain/Roadmap.h"
#include "storage/Database.h"

#include <QList>

#include <utility>
#include <vector>

namespace metodist {

// A person as the lists behind a figure name them.
struct PersonRef
{
    qint64 id = 0;
    QString name;
};

// Roadmaps, their stages and activities. The caller holds the transaction
// where several statements must stand or fall together.
class RoadmapRepository
{
    Q_DECLARE_TR_FUNCTIONS(RoadmapRepository)

public:
    explicit RoadmapRepository(const Database &db) : m_db(db) {}

    // 0 when the methodist has no roadmap that year.
    Result<qint64> find(qint64 methodistId, const QString &academicYear) const;
    Result<Roadmap> load(qint64 roadmapId) const;

    Result<QList<RoadmapOverviewRow>> overview(const QString &academicYear) const;
    // The methodist's teachers that year (active assignments), by name.
    Result<QList<PersonRef>> assignedTeachers(qint64 methodistId, const QString &academicYear) const;

protected:
    const Database &m_db;
};

// The writing half of RoadmapRepository: it can be made only from a writable
// Database, so work holding a read-only one cannot write by accident.
class RoadmapWriter : public RoadmapRepository
{
    Q_DECLARE_TR_FUNCTIONS(RoadmapWriter)

public:
    explicit RoadmapWriter(Database &db) : RoadmapRepository(db) {}

    // The roadmap with its seven stages, all planned.
    Result<qint64> create(qint64 methodistId, const QString &academicYear);
    // Dates, status and close reason of the stage with this id.
    Status saveStage(const RoadmapStage &stage);
    // Appends the activity to its stage when position is 0.
    Result<qint64> insertActivity(const RoadmapActivity &activity);
    Status updateActivity(const RoadmapActivity &activity);
    Status removeActivity(qint64 activityId);
    // Links activities to teachers, many rows a statement (a demonstration
    // region writes hundreds of thousands of links); links already there stay.
    Status insertActivityTeachers(const std::vector<std::pair<qint64, qint64>> &activityAndTeacher);
    Status setConclusion(qint64 roadmapId, Conclusion conclusion, const QString &nextYearPlans);

private:
    Status writeTeachers(qint64 activityId, const QList<qint64> &teacherIds);
};

} // namespace metodist
