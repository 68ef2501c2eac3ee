#pragma once

#include "Status.h"
#include "domain/Monitoring.h"
#include "services/Progress.h"
#include "storage/Database.h"

#include <QDate>
#include <QHash>

#include <functional>
#include <map>

namespace metodist {

// The sets of people and things the monitoring counts. Each is a query of
// (id, group) rows; the group is the organisation for teachers and routes
// (a teacher's municipality is their school's) and the municipality for the
// rest. Every set is a fixed query with bound parameters.
enum class MonitoringSet {
    Teachers,
    TeachersCovered,           // active assignment in the year
    TeachersRouted,            // diagnosed and with a route of the year
    TeachersPkFederal,         // federal-registry ПК completed in the year
    TeachersWorkedWith,        // covered and in the work log in the year
    YoungTeachers,             // support category «young specialists»
    YoungTeachersSupported,    // of those, covered or mentored in their route
    AssociationHeads,          // support category «heads of associations»
    AssociationHeadsCovered,
    LowResultsTeachers,        // teachers of schools with low results
    LowResultsTeachersCovered,
    Methodists,                // active
    MethodistsPkFederal,
    LowResultsSchools,
    LowResultsSchoolsCovered,  // at least one teacher covered
    Activities,                // roadmap activities of the year
    ActivitiesDone,
    Routes,                    // routes of the year
    RoutesCompleted,           // every non-cancelled item done
    // The management indicators of the Tyumen model and the figures of the
    // Kaliningrad model.
    TeachersWithRoute,         // a route of the year, diagnosed or not
    TeachersCmn,               // school covered by a ЦМН, or a member of one
    TeachersPkFederalTotal,    // federal-registry ПК completed by the year's end
    NationalProjectTeachers,   // of «Точка роста», «Кванториум», IT-куб schools
    NationalProjectTeachersPk, // of those, federal-registry ПК by the year's end
    AssociationMembers,        // members of an МО or a professional community
    YoungFaculty,              // young teachers at the faculty of pedagogical professions
    YoungAttestedFirst,        // young teachers given the first category in the year
    YoungContests,             // young teachers among contest participants
    MentorApplicants,          // applied for «педагог-наставник» in the year
    Schools,                   // every organisation
    SchoolsCmn,                // covered by (or hosting) a ЦМН
    SchoolsInternship,         // internship sites
    SchoolsMentoringModel,     // fully running the mentoring model
};
constexpr int monitoringSetCount = int(MonitoringSet::SchoolsMentoringModel) + 1;

// The year a report looks at: the academic year's name and its dates.
struct MonitoringScope
{
    QString academicYear;
    QDate from;
    QDate to;
};

class MonitoringRepository
{
    Q_DECLARE_TR_FUNCTIONS(MonitoringRepository)

public:
    explicit MonitoringRepository(const Database &db) : m_db(db) {}

    static MonitoringSubject subjectOf(MonitoringSet set);

    // Members of the set per municipality (0: teachers without a school),
    // counted by the set's query.
    Result<QHash<qint64, qint64>> countByMunicipality(MonitoringSet set, const MonitoringScope &scope) const;

    // Every set counted per municipality, the same figures as
    // countByMunicipality gives one by one, but the teachers' sets in one
    // pass: the relations are read as columns of ids and joined in memory,
    // which over a million teachers is many times faster than a join per set.
    using SetCounts = std::map<MonitoringSet, QHash<qint64, qint64>>;
    Result<SetCounts> countAll(const MonitoringScope &scope, Progress *progress = nullptr) const;

    // The members of the set (municipality 0: all), or those of `set` that
    // are not in `except`, ordered by municipality, school and name; limit
    // 0 lists all. The callback returns false to stop.
    Status forEach(MonitoringSet set, std::optional<MonitoringSet> except, const MonitoringScope &scope,
                   qint64 municipalityId, int limit, const std::function<bool(const DrillRow &)> &visit) const;

    // Municipalities by name.
    Result<QList<QPair<qint64, QString>>> municipalities() const;
    // Methodists of the municipality (0: the region): those in the РМА at
    // some time in the scope's year, or the active ones without a scope.
    Result<Composition> composition(qint64 municipalityId, const MonitoringScope *scope = nullptr) const;

    Result<QList<ManualValue>> manualValues(const QString &academicYear) const;

protected:
    Result<QHash<qint64, qint64>> organisationMunicipalities() const;
    Result<Counts> counts(const QString &sql, const QVariantList &values) const;
    const Database &m_db;
};

// The writing half of MonitoringRepository: it can be made only from a writable
// Database, so work holding a read-only one cannot write by accident.
class MonitoringWriter : public MonitoringRepository
{
    Q_DECLARE_TR_FUNCTIONS(MonitoringWriter)

public:
    explicit MonitoringWriter(Database &db) : MonitoringRepository(db) {}

    // Inserts or replaces the value of that code, year and municipality.
    Status saveManualValue(const ManualValue &value);
    Status removeManualValue(const QString &code, const QString &academicYear, qint64 municipalityId);
};

} // namespace metodist
