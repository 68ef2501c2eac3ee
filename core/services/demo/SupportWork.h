#pragma once

// The support work of the academic year containing "today": assignments by
// the planner, the events calendar, the route catalogue, roadmaps, routes
// and the work log of the demonstration region. One class, its steps in
// SupportWork.cpp (assignments), SupportEvents.cpp (calendar and catalogue),
// SupportRoadmaps.cpp, SupportRoutes.cpp and SupportWorkLog.cpp.

#include "Status.h"
#include "domain/Roadmap.h"
#include "domain/Route.h"
#include "services/DemoRegion.h"
#include "services/Progress.h"
#include "services/demo/DemoCommon.h"

#include <QCoreApplication>
#include <QRandomGenerator>

#include <utility>
#include <vector>

namespace metodist {
class RoadmapWriter;
}

namespace metodist::demo {

// Who runs events in the region.
enum class Organiser { Institute, Authority, AuthorityAndInstitute, Municipal, School, Federal };

class SupportWork
{
    Q_DECLARE_TR_FUNCTIONS(DemoRegion)

public:
    // people is read when run() is called, filled by then.
    SupportWork(Database &db, const DemoOptions &options, const QDate &today, const Dictionaries &dict,
                const DemoPopulation &people, DemoSummary &summary, Progress *progress, qint64 done, qint64 total);

    Status run();

    // Progress units the support work reports for this many teachers and methodists.
    static qint64 units(qint64 teachers, qint64 methodists) { return 2 * teachers + methodists; }

private:
    qint64 idOf(const QString &dictionary, const QString &code) const
    {
        for (const DictionaryEntry &e : m_dict.value(dictionary))
            if (e.code == code)
                return e.id;
        return 0;
    }

    int indexOf(const QString &dictionary, const QString &code) const
    {
        const QList<DictionaryEntry> entries = m_dict.value(dictionary);
        for (int i = 0; i < entries.size(); ++i)
            if (entries[i].code == code)
                return i;
        return -1;
    }

    // A day of the academic year by month and day.
    QDate yearDate(int month, int day) const { return QDate(month >= 9 ? m_firstYear : m_firstYear + 1, month, day); }

    int bounded(int n) { return n > 0 ? int(m_random.bounded(quint32(n))) : 0; }
    bool chance(int percent) { return bounded(100) < percent; }

    Status tick(qint64 units);

    // SupportEvents.cpp
    QString organiserText(Organiser organiser);
    Status addEvents();
    const DemoEvent *eventByKey(const QString &key) const;
    Status addCatalogue();
    const DemoEvent *eventWithin(const DateRange &range);

    // SupportWork.cpp
    Status assign();
    int detailedMethodistOf(size_t teacher) const;

    // SupportRoadmaps.cpp
    QList<qint64> someTeachers(const std::vector<int> &group, int count);
    Status flushLinks(RoadmapWriter &roadmaps);
    Status addRoadmaps();
    Status fillRoadmap(RoadmapWriter &roadmaps, Roadmap &roadmap, const DemoMethodist &methodist,
                       const std::vector<int> &group);

    // SupportRoutes.cpp
    RouteItemStatus statusFor(const QDate &start, const QDate &end);
    Status addRoutes();

    // SupportWorkLog.cpp
    Status addWorkLog();

    const std::vector<DemoTeacher> &teachers;
    const std::vector<DemoMethodist> &methodists;
    const std::vector<DemoSchool> &schools;
    Database &m_db;
    const DemoOptions &m_options;
    QRandomGenerator m_random;
    QDate m_today;
    QString m_year;
    QDate m_yearStart;
    int m_firstYear = 0;
    const Dictionaries &m_dict;
    DemoSummary &m_summary;
    Progress *m_progress;
    qint64 m_done = 0;
    qint64 m_total = 0;
    qint64 m_reported = 0;
    std::vector<size_t> m_sites; // internship sites among the schools
    std::vector<DemoEvent> m_events;
    std::vector<DemoCatalogueEntry> m_catalogue;
    std::vector<std::pair<qint64, qint64>> m_links; // activity and teacher, written in bulk
    std::vector<int> m_methodistOf;             // by teacher: methodist index or -1
    std::vector<bool> m_detailed;               // by methodist: roadmap, routes and work log made
    std::vector<std::vector<int>> m_teachersOf; // by methodist: teacher indices
};

} // namespace metodist::demo
