#include "storage/MonitoringRepository.h"

#include "domain/TextRules.h"
#include "storage/SqlValues.h"

#include <QCollator>

#include <algorithm>
#include <array>

namespace metodist {

namespace {

struct SetQuery
{
    QString sql;          // SELECT id, grp …
    QVariantList values;
    bool byOrganisation;  // grp is an organisation (teachers, routes)
};

const QString activeAssignment = QStringLiteral(
    "EXISTS (SELECT 1 FROM assignments a WHERE a.teacher_id = t.id AND a.academic_year = ? AND a.ended_on IS NULL)");

QString categoryTeachers(const QString &extra)
{
    return QStringLiteral("SELECT t.id AS id, t.organisation_id AS grp FROM teacher_support_categories c "
                          "JOIN teachers t ON t.id = c.teacher_id WHERE c.category_id = (SELECT id FROM "
                          "dictionary_entries WHERE dictionary = 'support_categories' AND code = ?)")
        + extra;
}

QString activities(const QString &extra)
{
    return QStringLiteral("SELECT act.id AS id, m.municipality_id AS grp FROM roadmaps r "
                          "JOIN methodists m ON m.id = r.methodist_id JOIN roadmap_stages st ON st.roadmap_id = r.id "
                          "JOIN roadmap_activities act ON act.stage_id = st.id WHERE r.academic_year = ?")
        + extra;
}

QString routes(const QString &extra)
{
    return QStringLiteral("SELECT r.id AS id, t.organisation_id AS grp FROM routes r JOIN teachers t ON t.id = "
                          "r.teacher_id WHERE r.academic_year = ?")
        + extra;
}

// Conditions on the support network and the schools' flags, shared by the
// sets' queries and the one-pass count (the codes are fixed, not user text).
QString networkKind(const char *code)
{
    return QStringLiteral("(SELECT id FROM dictionary_entries WHERE dictionary = 'network_kinds' AND code = '%1')")
        .arg(QLatin1String(code));
}

// o.id is a school covered by a ЦМН or hosting one.
QString cmnSchool()
{
    return QStringLiteral("(o.id IN (SELECT n.organisation_id FROM network_organisations n JOIN network_units u ON "
                          "u.id = n.unit_id WHERE u.kind_id = %1) OR o.id IN (SELECT u.organisation_id FROM "
                          "network_units u WHERE u.kind_id = %1 AND u.organisation_id IS NOT NULL))")
        .arg(networkKind("cmn"));
}

QString internshipSchool()
{
    return QStringLiteral("(o.internship_site = 1 OR o.id IN (SELECT u.organisation_id FROM network_units u WHERE "
                          "u.kind_id = %1 AND u.organisation_id IS NOT NULL))")
        .arg(networkKind("internship_site"));
}

const QString nationalProjectSchool = QStringLiteral("(o.growth_point = 1 OR o.quantorium = 1 OR o.it_cube = 1)");

// Teacher ids that are members of units of these kinds.
QString membersOf(const QStringList &kinds)
{
    QStringList ids;
    for (const QString &kind : kinds)
        ids << networkKind(kind.toLatin1().constData());
    return QStringLiteral("SELECT mem.teacher_id FROM network_members mem JOIN network_units u ON u.id = "
                          "mem.unit_id WHERE mem.teacher_id IS NOT NULL AND u.kind_id IN (%1)")
        .arg(ids.join(QStringLiteral(", ")));
}

const QString federalPkBy = QStringLiteral(
    "SELECT p.teacher_id FROM professional_development p WHERE p.federal_registry = 1 AND p.completed_on <= ? AND "
    "p.teacher_id IS NOT NULL");

// A methodist in the РМА at some time in the year: joined by its end, and
// not left before its start (an inactive methodist without a date of
// leaving is out).
const QString inRma = QStringLiteral(
    "(m.joined_on IS NULL OR m.joined_on <= ?) AND ((m.left_on IS NULL AND m.active = 1) OR m.left_on >= ?)");

QString supportCategory(const char *code)
{
    return QStringLiteral("SELECT c.teacher_id FROM teacher_support_categories c JOIN dictionary_entries e ON e.id = "
                          "c.category_id WHERE e.dictionary = 'support_categories' AND e.code = '%1'")
        .arg(QLatin1String(code));
}

const QString firstCategoryInYear = QStringLiteral(
    "t.qualification_category_id = (SELECT id FROM dictionary_entries WHERE dictionary = 'qualification_categories' "
    "AND code = 'first') AND t.category_assigned_on BETWEEN ? AND ?");

const QString mentorApplied = QStringLiteral(
    "t.category_applied_id = (SELECT id FROM dictionary_entries WHERE dictionary = 'qualification_categories' AND "
    "code = 'pedagogue_mentor') AND t.category_applied_on BETWEEN ? AND ?");

SetQuery setQuery(MonitoringSet set, const MonitoringScope &scope)
{
    const QVariant year = scope.academicYear;
    const QVariant from = dateOrNull(scope.from);
    const QVariant to = dateOrNull(scope.to);
    const QString young = QStringLiteral("young_specialists");
    const QString heads = QStringLiteral("association_heads");
    switch (set) {
    case MonitoringSet::Teachers:
        return {QStringLiteral("SELECT t.id AS id, t.organisation_id AS grp FROM teachers t"), {}, true};
    case MonitoringSet::TeachersCovered:
        return {QStringLiteral("SELECT a.teacher_id AS id, t.organisation_id AS grp FROM assignments a "
                               "JOIN teachers t ON t.id = a.teacher_id WHERE a.academic_year = ? AND a.ended_on IS NULL"),
                {year}, true};
    case MonitoringSet::TeachersRouted:
        return {QStringLiteral("SELECT r.teacher_id AS id, t.organisation_id AS grp FROM routes r JOIN teachers t "
                               "ON t.id = r.teacher_id WHERE r.academic_year = ? AND EXISTS (SELECT 1 FROM diagnostics "
                               "d WHERE d.teacher_id = r.teacher_id AND d.diagnosed_on <= ?)"),
                {year, to}, true};
    case MonitoringSet::TeachersPkFederal:
        return {QStringLiteral("SELECT t.id AS id, t.organisation_id AS grp FROM teachers t WHERE t.id IN "
                               "(SELECT p.teacher_id FROM professional_development p WHERE p.completed_on BETWEEN ? "
                               "AND ? AND p.federal_registry = 1)"),
                {from, to}, true};
    case MonitoringSet::TeachersWorkedWith:
        return {QStringLiteral("SELECT t.id AS id, t.organisation_id AS grp FROM teachers t WHERE t.id IN "
                               "(SELECT w.teacher_id FROM work_log w WHERE w.worked_on BETWEEN ? AND ?) AND ")
                    + activeAssignment,
                {from, to, year}, true};
    case MonitoringSet::YoungTeachers:
        return {categoryTeachers({}), {young}, true};
    case MonitoringSet::YoungTeachersSupported:
        return {categoryTeachers(QStringLiteral(" AND (") + activeAssignment
                                 + QStringLiteral(" OR EXISTS (SELECT 1 FROM routes r JOIN route_items i ON i.route_id "
                                                  "= r.id WHERE r.teacher_id = t.id AND r.academic_year = ? AND "
                                                  "i.status <> 'cancelled' AND i.kind_id = (SELECT id FROM "
                                                  "dictionary_entries WHERE dictionary = 'route_item_kinds' AND code "
                                                  "= 'mentoring')))")),
                {young, year, year}, true};
    case MonitoringSet::AssociationHeads:
        return {categoryTeachers({}), {heads}, true};
    case MonitoringSet::AssociationHeadsCovered:
        return {categoryTeachers(QStringLiteral(" AND ") + activeAssignment), {heads, year}, true};
    case MonitoringSet::LowResultsTeachers:
        return {QStringLiteral("SELECT t.id AS id, t.organisation_id AS grp FROM organisations o JOIN teachers t "
                               "ON t.organisation_id = o.id WHERE o.low_results = 1"),
                {}, true};
    case MonitoringSet::LowResultsTeachersCovered:
        return {QStringLiteral("SELECT t.id AS id, t.organisation_id AS grp FROM organisations o JOIN teachers t "
                               "ON t.organisation_id = o.id WHERE o.low_results = 1 AND ")
                    + activeAssignment,
                {year}, true};
    case MonitoringSet::Methodists:
        return {QStringLiteral("SELECT m.id AS id, m.municipality_id AS grp FROM methodists m WHERE ") + inRma,
                {to, from}, false};
    case MonitoringSet::MethodistsPkFederal:
        return {QStringLiteral("SELECT m.id AS id, m.municipality_id AS grp FROM methodists m WHERE ") + inRma
                    + QStringLiteral(" AND (m.federal_pk = 1 OR EXISTS (SELECT 1 FROM professional_development p "
                                     "WHERE p.methodist_id = m.id AND p.federal_registry = 1 AND (p.completed_on IS "
                                     "NULL OR p.completed_on <= ?)))"),
                {to, from, to}, false};
    case MonitoringSet::LowResultsSchools:
        return {QStringLiteral("SELECT o.id AS id, o.municipality_id AS grp FROM organisations o WHERE o.low_results = 1"),
                {}, false};
    case MonitoringSet::LowResultsSchoolsCovered:
        return {QStringLiteral("SELECT o.id AS id, o.municipality_id AS grp FROM organisations o WHERE o.low_results = 1 "
                               "AND EXISTS (SELECT 1 FROM teachers t JOIN assignments a ON a.teacher_id = t.id WHERE "
                               "t.organisation_id = o.id AND a.academic_year = ? AND a.ended_on IS NULL)"),
                {year}, false};
    case MonitoringSet::Activities:
        return {activities({}), {year}, false};
    case MonitoringSet::ActivitiesDone:
        return {activities(QStringLiteral(" AND act.done = 1")), {year}, false};
    case MonitoringSet::Routes:
        return {routes({}), {year}, true};
    case MonitoringSet::RoutesCompleted:
        return {routes(QStringLiteral(" AND EXISTS (SELECT 1 FROM route_items i WHERE i.route_id = r.id AND i.status "
                                      "<> 'cancelled') AND NOT EXISTS (SELECT 1 FROM route_items i WHERE i.route_id "
                                      "= r.id AND i.status NOT IN ('done', 'cancelled'))")),
                {year}, true};
    case MonitoringSet::TeachersWithRoute:
        return {QStringLiteral("SELECT t.id AS id, t.organisation_id AS grp FROM teachers t WHERE t.id IN (SELECT "
                               "r.teacher_id FROM routes r WHERE r.academic_year = ?)"),
                {year}, true};
    case MonitoringSet::TeachersCmn:
        return {QStringLiteral("SELECT t.id AS id, t.organisation_id AS grp FROM teachers t LEFT JOIN organisations o "
                               "ON o.id = t.organisation_id WHERE ")
                    + cmnSchool() + QStringLiteral(" OR t.id IN (") + membersOf({QStringLiteral("cmn")})
                    + QStringLiteral(")"),
                {}, true};
    case MonitoringSet::TeachersPkFederalTotal:
        return {QStringLiteral("SELECT t.id AS id, t.organisation_id AS grp FROM teachers t WHERE t.id IN (")
                    + federalPkBy + QStringLiteral(")"),
                {to}, true};
    case MonitoringSet::NationalProjectTeachers:
        return {QStringLiteral("SELECT t.id AS id, t.organisation_id AS grp FROM organisations o JOIN teachers t ON "
                               "t.organisation_id = o.id WHERE ")
                    + nationalProjectSchool,
                {}, true};
    case MonitoringSet::NationalProjectTeachersPk:
        return {QStringLiteral("SELECT t.id AS id, t.organisation_id AS grp FROM organisations o JOIN teachers t ON "
                               "t.organisation_id = o.id WHERE ")
                    + nationalProjectSchool + QStringLiteral(" AND t.id IN (") + federalPkBy + QStringLiteral(")"),
                {to}, true};
    case MonitoringSet::AssociationMembers:
        return {QStringLiteral("SELECT t.id AS id, t.organisation_id AS grp FROM teachers t WHERE t.id IN (")
                    + membersOf({QStringLiteral("association"), QStringLiteral("community")}) + QStringLiteral(")"),
                {}, true};
    case MonitoringSet::YoungFaculty:
        return {categoryTeachers(QStringLiteral(" AND t.id IN (") + membersOf({QStringLiteral("faculty")})
                                 + QStringLiteral(")")),
                {young}, true};
    case MonitoringSet::YoungAttestedFirst:
        return {categoryTeachers(QStringLiteral(" AND ") + firstCategoryInYear), {young, from, to}, true};
    case MonitoringSet::YoungContests:
        return {categoryTeachers(QStringLiteral(" AND t.id IN (") + supportCategory("contest_participants")
                                 + QStringLiteral(")")),
                {young}, true};
    case MonitoringSet::MentorApplicants:
        return {QStringLiteral("SELECT t.id AS id, t.organisation_id AS grp FROM teachers t WHERE ") + mentorApplied,
                {from, to}, true};
    case MonitoringSet::Schools:
        return {QStringLiteral("SELECT o.id AS id, o.municipality_id AS grp FROM organisations o"), {}, false};
    case MonitoringSet::SchoolsCmn:
        return {QStringLiteral("SELECT o.id AS id, o.municipality_id AS grp FROM organisations o WHERE ") + cmnSchool(),
                {}, false};
    case MonitoringSet::SchoolsInternship:
        return {QStringLiteral("SELECT o.id AS id, o.municipality_id AS grp FROM organisations o WHERE ")
                    + internshipSchool(),
                {}, false};
    case MonitoringSet::SchoolsMentoringModel:
        return {QStringLiteral("SELECT o.id AS id, o.municipality_id AS grp FROM organisations o WHERE "
                               "o.mentoring_model = 1"),
                {}, false};
    }
    return {};
}

// How a drill-down list reads each kind of member; %1 is the set, the
// municipality column is the one the filter applies to.
struct DrillQuery
{
    QString select;
    QString municipalityColumn;
    QString order;
};

DrillQuery drillQuery(MonitoringSubject subject)
{
    switch (subject) {
    case MonitoringSubject::Teachers:
        return {QStringLiteral("SELECT t.id, %1, coalesce(t.snils, ''), coalesce(mu.name, ''), coalesce(o.name, ''), "
                               "coalesce(s.name, ''), 0, 0 FROM (%2) x JOIN teachers t ON t.id = x.id "
                               "LEFT JOIN organisations o ON o.id = t.organisation_id "
                               "LEFT JOIN municipalities mu ON mu.id = o.municipality_id "
                               "LEFT JOIN subjects s ON s.id = t.subject_id")
                    .arg(personNameSql(QStringLiteral("t")), QStringLiteral("%1")),
                QStringLiteral("o.municipality_id"), QStringLiteral("mu.name, o.name, t.search_key, t.id")};
    case MonitoringSubject::Methodists:
        return {QStringLiteral("SELECT m.id, %1, coalesce(m.snils, ''), mu.name, coalesce(o.name, ''), "
                               "coalesce(s.name, ''), 0, 0 FROM (%2) x JOIN methodists m ON m.id = x.id "
                               "JOIN municipalities mu ON mu.id = m.municipality_id "
                               "LEFT JOIN organisations o ON o.id = m.organisation_id "
                               "LEFT JOIN subjects s ON s.id = m.subject_id")
                    .arg(personNameSql(QStringLiteral("m")), QStringLiteral("%1")),
                QStringLiteral("m.municipality_id"), QStringLiteral("mu.name, m.search_key, m.id")};
    case MonitoringSubject::Organisations:
        return {QStringLiteral("SELECT o.id, o.name, '', mu.name, '', '', "
                               "(SELECT count(*) FROM teachers t WHERE t.organisation_id = o.id), 0 "
                               "FROM (%1) x JOIN organisations o ON o.id = x.id "
                               "JOIN municipalities mu ON mu.id = o.municipality_id"),
                QStringLiteral("o.municipality_id"), QStringLiteral("mu.name, o.name, o.id")};
    case MonitoringSubject::Activities:
        return {QStringLiteral("SELECT act.id, act.title, '', mu.name, %1, '', st.number, act.done "
                               "FROM (%2) x JOIN roadmap_activities act ON act.id = x.id "
                               "JOIN roadmap_stages st ON st.id = act.stage_id JOIN roadmaps r ON r.id = st.roadmap_id "
                               "JOIN methodists m ON m.id = r.methodist_id "
                               "JOIN municipalities mu ON mu.id = m.municipality_id")
                    .arg(personNameSql(QStringLiteral("m")), QStringLiteral("%1")),
                QStringLiteral("m.municipality_id"), QStringLiteral("mu.name, m.search_key, st.number, act.position")};
    case MonitoringSubject::Routes:
        return {QStringLiteral("SELECT r.id, %1, coalesce(t.snils, ''), coalesce(mu.name, ''), coalesce(o.name, ''), "
                               "'', (SELECT count(*) FROM route_items i WHERE i.route_id = r.id AND i.status = 'done'), "
                               "(SELECT count(*) FROM route_items i WHERE i.route_id = r.id AND i.status <> 'cancelled') "
                               "FROM (%2) x JOIN routes r ON r.id = x.id JOIN teachers t ON t.id = r.teacher_id "
                               "LEFT JOIN organisations o ON o.id = t.organisation_id "
                               "LEFT JOIN municipalities mu ON mu.id = o.municipality_id")
                    .arg(personNameSql(QStringLiteral("t")), QStringLiteral("%1")),
                QStringLiteral("o.municipality_id"), QStringLiteral("mu.name, o.name, t.search_key, r.id")};
    }
    return {};
}

void sortCounts(Counts &counts)
{
    QCollator collator;
    std::stable_sort(counts.begin(), counts.end(), [&](const auto &a, const auto &b) {
        if (a.second != b.second)
            return a.second > b.second;
        return collator.compare(a.first, b.first) < 0;
    });
}

// countAll, step by step: the schools, the teachers' schools, one flag per
// teacher and relation, one pass over the teachers for every set of
// teachers, schools and routes, then the methodists and their activities.

// The schools by a dense index: municipality and the low-results flag.
enum SchoolFlag : quint8 { LowResults = 1, Cmn = 2, Internship = 4, MentoringModel = 8, NationalProject = 16 };

struct Schools
{
    QHash<qint64, int> index; // by organisation id
    QList<qint64> municipality;
    QList<quint8> flags;
};

Status readSchools(const Database &db, Schools &schools)
{
    return db.scanIntegers(QStringLiteral("SELECT o.id, o.municipality_id, o.low_results, %1, %2, o.mentoring_model, "
                                          "%3 FROM organisations o")
                               .arg(cmnSchool(), internshipSchool(), nationalProjectSchool),
                           {}, 7, [&](const qint64 *r) {
                               schools.index.insert(r[0], int(schools.municipality.size()));
                               schools.municipality.append(r[1]);
                               schools.flags.append(quint8((r[2] ? LowResults : 0) | (r[3] ? Cmn : 0)
                                                           | (r[4] ? Internship : 0) | (r[5] ? MentoringModel : 0)
                                                           | (r[6] ? NationalProject : 0)));
                           });
}

// The teachers' schools by teacher id: a school's index, or one of these.
constexpr int absent = -1, noSchool = -2;

Status readTeacherSchools(const Database &db, const Schools &schools, std::vector<int> &schoolOf)
{
    qint64 maxId = 0;
    Status status = db.scanIntegers(QStringLiteral("SELECT coalesce(max(id), 0) FROM teachers"), {}, 1,
                                    [&](const qint64 *r) { maxId = r[0]; });
    if (!status)
        return status;
    schoolOf.assign(size_t(maxId + 1), absent);
    return db.scanIntegers(QStringLiteral("SELECT organisation_id, id FROM teachers ORDER BY organisation_id"), {}, 2,
                           [&](const qint64 *r) {
                               schoolOf[size_t(r[1])] = r[0] ? schools.index.value(r[0], noSchool) : noSchool;
                           });
}

// What is known of a teacher, by teacher id.
enum TeacherFlag : quint32 {
    Covered = 1, Diagnosed = 2, HasRoute = 4, RouteDone = 8, Mentored = 16, PkFederal = 32, Worked = 64,
    Young = 128, Head = 256, CmnMember = 512, PkFederalTotal = 1024, AssociationMember = 2048,
    FacultyMember = 4096, AttestedFirst = 8192, Contests = 16384, MentorApplicant = 32768,
};

// A relation read as a column of teacher ids, each marked with the flag.
struct FlagScan
{
    QString sql;
    QVariantList values;
    quint32 flag;
};

QList<FlagScan> flagScans(const QVariant &year, const QVariant &from, const QVariant &to)
{
    return {
        {QStringLiteral("SELECT teacher_id FROM assignments WHERE academic_year = ? AND ended_on IS NULL"), {year},
         Covered},
        {QStringLiteral("SELECT teacher_id FROM diagnostics WHERE diagnosed_on <= ?"), {to}, Diagnosed},
        {QStringLiteral("SELECT teacher_id FROM professional_development WHERE completed_on BETWEEN ? AND ? AND "
                        "federal_registry = 1 AND teacher_id IS NOT NULL"),
         {from, to}, PkFederal},
        {QStringLiteral("SELECT teacher_id FROM work_log WHERE worked_on BETWEEN ? AND ?"), {from, to}, Worked},
        {QStringLiteral("SELECT c.teacher_id FROM teacher_support_categories c JOIN dictionary_entries e ON e.id = "
                        "c.category_id WHERE e.dictionary = 'support_categories' AND e.code = 'young_specialists'"),
         {}, Young},
        {QStringLiteral("SELECT c.teacher_id FROM teacher_support_categories c JOIN dictionary_entries e ON e.id = "
                        "c.category_id WHERE e.dictionary = 'support_categories' AND e.code = 'association_heads'"),
         {}, Head},
        {membersOf({QStringLiteral("cmn")}), {}, CmnMember},
        {federalPkBy, {to}, PkFederalTotal},
        {membersOf({QStringLiteral("association"), QStringLiteral("community")}), {}, AssociationMember},
        {membersOf({QStringLiteral("faculty")}), {}, FacultyMember},
        {QStringLiteral("SELECT t.id FROM teachers t WHERE ") + firstCategoryInYear, {from, to}, AttestedFirst},
        {supportCategory("contest_participants"), {}, Contests},
        {QStringLiteral("SELECT t.id FROM teachers t WHERE ") + mentorApplied, {from, to}, MentorApplicant},
    };
}

Status markFlags(const Database &db, const FlagScan &scan, std::vector<quint32> &flags)
{
    return db.scanIntegers(scan.sql, scan.values, 1, [&flags, flag = scan.flag](const qint64 *r) {
        if (r[0] > 0 && size_t(r[0]) < flags.size())
            flags[size_t(r[0])] |= flag;
    });
}

// Routes of the year (one per teacher) with their items: done, counted
// (not cancelled) and mentoring that counts, summed per teacher.
Status markRoutes(const Database &db, const QVariant &year, std::vector<quint32> &flags)
{
    std::vector<quint16> itemsDone(flags.size(), 0), itemsCounted(flags.size(), 0);
    Status status = db.scanIntegers(
        QStringLiteral("SELECT r.teacher_id, i.status = 'done', i.status <> 'cancelled', i.status <> 'cancelled' AND "
                       "i.kind_id = (SELECT id FROM dictionary_entries WHERE dictionary = 'route_item_kinds' AND "
                       "code = 'mentoring') FROM routes r LEFT JOIN route_items i ON i.route_id = r.id "
                       "WHERE r.academic_year = ?"),
        {year}, 4, [&](const qint64 *r) {
            if (r[0] <= 0 || size_t(r[0]) >= flags.size())
                return;
            const size_t t = size_t(r[0]);
            flags[t] |= HasRoute;
            itemsDone[t] += quint16(r[1]);
            itemsCounted[t] += quint16(r[2]);
            if (r[3])
                flags[t] |= Mentored;
        });
    if (!status)
        return status;
    for (size_t t = 0; t < flags.size(); ++t)
        if (itemsCounted[t] > 0 && itemsDone[t] == itemsCounted[t])
            flags[t] |= RouteDone;
    return Status::success();
}

// One pass over the teachers, counting every set of teachers, low-results
// schools and routes into dense arrays (an area is a municipality's
// position in `areas`; a hash update per teacher and set would cost more
// than all the reading before).
void countTeacherSets(const Schools &schools, const std::vector<int> &schoolOf, const std::vector<quint32> &flags,
                      MonitoringRepository::SetCounts &counts)
{
    using M = MonitoringSet;
    QList<qint64> areas{0}; // 0: no school
    QHash<qint64, int> areaOf{{0, 0}};
    std::vector<int> schoolArea(size_t(schools.municipality.size()));
    for (qsizetype s = 0; s < schools.municipality.size(); ++s) {
        const qint64 municipality = schools.municipality[s];
        auto found = areaOf.constFind(municipality);
        if (found == areaOf.cend()) {
            found = areaOf.insert(municipality, int(areas.size()));
            areas.append(municipality);
        }
        schoolArea[size_t(s)] = found.value();
    }
    constexpr int setCount = monitoringSetCount;
    std::vector<std::array<qint64, setCount>> tally(size_t(areas.size()), std::array<qint64, setCount>{});
    const auto add = [&](MonitoringSet set, int area) { ++tally[size_t(area)][size_t(set)]; };
    std::vector<bool> schoolCovered(size_t(schools.municipality.size()), false);
    for (size_t id = 1; id < schoolOf.size(); ++id) {
        const int school = schoolOf[id];
        if (school == absent)
            continue;
        const int area = school >= 0 ? schoolArea[size_t(school)] : 0;
        const quint8 schoolFlags = school >= 0 ? schools.flags[school] : 0;
        const bool lowResults = schoolFlags & LowResults;
        const quint32 f = flags[id];
        const bool covered = f & Covered;
        add(M::Teachers, area);
        if (covered) {
            add(M::TeachersCovered, area);
            if (school >= 0)
                schoolCovered[size_t(school)] = true;
            if (f & Worked)
                add(M::TeachersWorkedWith, area);
        }
        if ((f & HasRoute) && (f & Diagnosed))
            add(M::TeachersRouted, area);
        if (f & PkFederal)
            add(M::TeachersPkFederal, area);
        if (f & Young) {
            add(M::YoungTeachers, area);
            if (covered || (f & Mentored))
                add(M::YoungTeachersSupported, area);
        }
        if (f & Head) {
            add(M::AssociationHeads, area);
            if (covered)
                add(M::AssociationHeadsCovered, area);
        }
        if (lowResults) {
            add(M::LowResultsTeachers, area);
            if (covered)
                add(M::LowResultsTeachersCovered, area);
        }
        if (f & HasRoute) {
            add(M::Routes, area);
            add(M::TeachersWithRoute, area);
            if (f & RouteDone)
                add(M::RoutesCompleted, area);
        }
        if ((f & CmnMember) || (schoolFlags & Cmn))
            add(M::TeachersCmn, area);
        if (f & PkFederalTotal)
            add(M::TeachersPkFederalTotal, area);
        if (schoolFlags & NationalProject) {
            add(M::NationalProjectTeachers, area);
            if (f & PkFederalTotal)
                add(M::NationalProjectTeachersPk, area);
        }
        if (f & AssociationMember)
            add(M::AssociationMembers, area);
        if (f & Young) {
            if (f & FacultyMember)
                add(M::YoungFaculty, area);
            if (f & AttestedFirst)
                add(M::YoungAttestedFirst, area);
            if (f & Contests)
                add(M::YoungContests, area);
        }
        if (f & MentorApplicant)
            add(M::MentorApplicants, area);
    }
    for (qsizetype s = 0; s < schools.municipality.size(); ++s) {
        const int area = schoolArea[size_t(s)];
        const quint8 schoolFlags = schools.flags[s];
        add(M::Schools, area);
        if (schoolFlags & Cmn)
            add(M::SchoolsCmn, area);
        if (schoolFlags & Internship)
            add(M::SchoolsInternship, area);
        if (schoolFlags & MentoringModel)
            add(M::SchoolsMentoringModel, area);
        if (!(schoolFlags & LowResults))
            continue;
        add(M::LowResultsSchools, area);
        if (schoolCovered[size_t(s)])
            add(M::LowResultsSchoolsCovered, area);
    }
    for (int set = 0; set < setCount; ++set) {
        if (MonitoringRepository::subjectOf(MonitoringSet(set)) == MonitoringSubject::Methodists
            || MonitoringRepository::subjectOf(MonitoringSet(set)) == MonitoringSubject::Activities)
            continue;
        QHash<qint64, qint64> &perMunicipality = counts[MonitoringSet(set)];
        for (qsizetype a = 0; a < areas.size(); ++a)
            if (const qint64 n = tally[size_t(a)][size_t(set)])
                perMunicipality.insert(areas[a], n);
    }
}

// Methodists (a few thousand): municipality, active, federal ПК. Their
// municipalities by id are kept for the activities.
Status countMethodists(const Database &db, const QVariant &from, const QVariant &to,
                       MonitoringRepository::SetCounts &counts,
                       QHash<qint64, qint64> &methodistMunicipality)
{
    QHash<qint64, qint64> &methodists = counts[MonitoringSet::Methodists];
    QHash<qint64, qint64> &methodistsPk = counts[MonitoringSet::MethodistsPkFederal];
    return db.scanIntegers(QStringLiteral("SELECT m.id, m.municipality_id, %1, m.federal_pk = 1 OR EXISTS "
                                          "(SELECT 1 FROM professional_development p WHERE p.methodist_id = m.id "
                                          "AND p.federal_registry = 1 AND (p.completed_on IS NULL OR "
                                          "p.completed_on <= ?)) FROM methodists m")
                               .arg(inRma),
                           {to, from, to}, 4, [&](const qint64 *r) {
                               methodistMunicipality.insert(r[0], r[1]);
                               if (!r[2])
                                   return;
                               ++methodists[r[1]];
                               if (r[3])
                                   ++methodistsPk[r[1]];
                           });
}

// Roadmap activities of the year, per roadmap (in the index's order, so
// no sorting), then per the methodist's municipality.
Status countActivities(const Database &db, const QVariant &year, const QHash<qint64, qint64> &methodistMunicipality,
                       MonitoringRepository::SetCounts &counts)
{
    QHash<qint64, qint64> &activities = counts[MonitoringSet::Activities];
    QHash<qint64, qint64> &done = counts[MonitoringSet::ActivitiesDone];
    return db.scanIntegers(QStringLiteral("SELECT r.methodist_id, count(*), sum(act.done) FROM roadmaps r "
                                          "JOIN roadmap_stages st ON st.roadmap_id = r.id JOIN roadmap_activities "
                                          "act ON act.stage_id = st.id WHERE r.academic_year = ? GROUP BY r.id"),
                           {year}, 3, [&](const qint64 *r) {
                               const qint64 municipality = methodistMunicipality.value(r[0]);
                               activities[municipality] += r[1];
                               done[municipality] += r[2];
                           });
}

} // namespace

MonitoringSubject MonitoringRepository::subjectOf(MonitoringSet set)
{
    switch (set) {
    case MonitoringSet::Methodists:
    case MonitoringSet::MethodistsPkFederal:
        return MonitoringSubject::Methodists;
    case MonitoringSet::LowResultsSchools:
    case MonitoringSet::LowResultsSchoolsCovered:
    case MonitoringSet::Schools:
    case MonitoringSet::SchoolsCmn:
    case MonitoringSet::SchoolsInternship:
    case MonitoringSet::SchoolsMentoringModel:
        return MonitoringSubject::Organisations;
    case MonitoringSet::Activities:
    case MonitoringSet::ActivitiesDone:
        return MonitoringSubject::Activities;
    case MonitoringSet::Routes:
    case MonitoringSet::RoutesCompleted:
        return MonitoringSubject::Routes;
    default:
        return MonitoringSubject::Teachers;
    }
}

Result<QHash<qint64, qint64>> MonitoringRepository::organisationMunicipalities() const
{
    auto query = m_db.exec(QStringLiteral("SELECT id, municipality_id FROM organisations"));
    if (!query)
        return query.status();
    QHash<qint64, qint64> map;
    QSqlQuery &q = query.value();
    while (q.next())
        map.insert(q.value(0).toLongLong(), q.value(1).toLongLong());
    return map;
}

Result<QHash<qint64, qint64>> MonitoringRepository::countByMunicipality(MonitoringSet set,
                                                                       const MonitoringScope &scope) const
{
    const SetQuery s = setQuery(set, scope);
    auto query = m_db.exec(QStringLiteral("SELECT grp, count(*) FROM (%1) AS members GROUP BY grp").arg(s.sql), s.values);
    if (!query)
        return query.status();
    QHash<qint64, qint64> counts;
    std::optional<QHash<qint64, qint64>> municipalityOf;
    QSqlQuery &q = query.value();
    while (q.next()) {
        qint64 group = q.value(0).isNull() ? 0 : q.value(0).toLongLong();
        if (s.byOrganisation && group != 0) {
            if (!municipalityOf) {
                auto map = organisationMunicipalities();
                if (!map)
                    return map.status();
                municipalityOf = std::move(map).value();
            }
            group = municipalityOf->value(group);
        }
        counts[group] += q.value(1).toLongLong();
    }
    return counts;
}

Result<MonitoringRepository::SetCounts> MonitoringRepository::countAll(const MonitoringScope &scope,
                                                                    Progress *progress) const
{
    SetCounts counts;
    const QVariant year = scope.academicYear;
    const QVariant from = dateOrNull(scope.from);
    const QVariant to = dateOrNull(scope.to);
    const QList<FlagScan> scans = flagScans(year, from, to);
    const int steps = int(scans.size()) + 3;
    const auto cancelled = [&](int step) {
        if (!progress)
            return false;
        progress->report(step, steps);
        return progress->cancelled();
    };
    const auto stop = [] { return Status::failure(tr("Cancelled.")); };

    Schools schools;
    if (Status status = readSchools(m_db, schools); !status)
        return status;
    std::vector<int> schoolOf;
    if (Status status = readTeacherSchools(m_db, schools, schoolOf); !status)
        return status;
    if (cancelled(1))
        return stop();

    std::vector<quint32> flags(schoolOf.size(), 0);
    int step = 2;
    for (const FlagScan &scan : scans) {
        if (Status status = markFlags(m_db, scan, flags); !status)
            return status;
        if (cancelled(step++))
            return stop();
    }
    if (Status status = markRoutes(m_db, year, flags); !status)
        return status;
    countTeacherSets(schools, schoolOf, flags, counts);
    if (cancelled(step++))
        return stop();

    QHash<qint64, qint64> methodistMunicipality;
    if (Status status = countMethodists(m_db, from, to, counts, methodistMunicipality); !status)
        return status;
    if (Status status = countActivities(m_db, year, methodistMunicipality, counts); !status)
        return status;
    return counts;
}

Status MonitoringRepository::forEach(MonitoringSet set, std::optional<MonitoringSet> except,
                                     const MonitoringScope &scope, qint64 municipalityId, int limit,
                                     const std::function<bool(const DrillRow &)> &visit) const
{
    const MonitoringSubject subject = subjectOf(set);
    const SetQuery s = setQuery(set, scope);
    const DrillQuery d = drillQuery(subject);
    QString sql = d.select.arg(s.sql);
    QVariantList values = s.values;
    QStringList where;
    if (municipalityId > 0) {
        where << d.municipalityColumn + QStringLiteral(" = ?");
        values << municipalityId;
    } else if (municipalityId < 0) {
        where << d.municipalityColumn + QStringLiteral(" IS NULL");
    }
    if (except) {
        const SetQuery e = setQuery(*except, scope);
        where << QStringLiteral("x.id NOT IN (SELECT id FROM (%1) AS excepted)").arg(e.sql);
        values << e.values;
    }
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    sql += QStringLiteral(" ORDER BY ") + d.order;
    if (limit > 0) {
        sql += QStringLiteral(" LIMIT ?");
        values << limit;
    }
    auto query = m_db.exec(sql, values);
    if (!query)
        return query.status();
    QSqlQuery &q = query.value();
    while (q.next()) {
        DrillRow row;
        row.id = q.value(0).toLongLong();
        row.name = q.value(1).toString();
        row.snils = q.value(2).toString();
        row.municipality = q.value(3).toString();
        row.organisation = q.value(4).toString();
        row.detail = q.value(5).toString();
        switch (subject) {
        case MonitoringSubject::Organisations:
            row.detail = tr("%n teacher(s)", nullptr, q.value(6).toInt());
            break;
        case MonitoringSubject::Activities:
            row.detail = q.value(7).toBool() ? tr("stage %1, done").arg(q.value(6).toInt())
                                             : tr("stage %1, not done").arg(q.value(6).toInt());
            break;
        case MonitoringSubject::Routes:
            row.detail = tr("%1 of %2 items done").arg(q.value(6).toInt()).arg(q.value(7).toInt());
            break;
        default:
            break;
        }
        if (!visit(row))
            break;
    }
    return Status::success();
}

Result<QList<QPair<qint64, QString>>> MonitoringRepository::municipalities() const
{
    auto query = m_db.exec(QStringLiteral("SELECT id, name FROM municipalities"));
    if (!query)
        return query.status();
    QList<QPair<qint64, QString>> list;
    QSqlQuery &q = query.value();
    while (q.next())
        list.append({q.value(0).toLongLong(), q.value(1).toString()});
    QCollator collator;
    std::sort(list.begin(), list.end(), [&](const auto &a, const auto &b) { return collator.compare(a.second, b.second) < 0; });
    return list;
}

Result<Counts> MonitoringRepository::counts(const QString &sql, const QVariantList &values) const
{
    auto query = m_db.exec(sql, values);
    if (!query)
        return query.status();
    Counts counts;
    QSqlQuery &q = query.value();
    while (q.next()) {
        const QString name = q.value(0).isNull() ? tr("not specified") : q.value(0).toString();
        counts.append({name, q.value(1).toLongLong()});
    }
    sortCounts(counts);
    return counts;
}

Result<Composition> MonitoringRepository::composition(qint64 municipalityId, const MonitoringScope *scope) const
{
    QString where = scope ? QStringLiteral("WHERE ") + inRma : QStringLiteral("WHERE m.active = 1");
    QVariantList values;
    if (scope)
        values << dateOrNull(scope->to) << dateOrNull(scope->from);
    if (municipalityId > 0) {
        where += QStringLiteral(" AND m.municipality_id = ?");
        values << municipalityId;
    }
    Composition c;
    auto subjects = counts(QStringLiteral("SELECT s.name, count(*) FROM methodists m LEFT JOIN subjects s ON s.id = "
                                          "m.subject_id %1 GROUP BY m.subject_id, s.name")
                               .arg(where),
                           values);
    if (!subjects)
        return subjects.status();
    c.bySubject = std::move(subjects).value();
    auto municipalities = counts(QStringLiteral("SELECT mu.name, count(*) FROM methodists m JOIN municipalities mu ON "
                                                "mu.id = m.municipality_id %1 GROUP BY m.municipality_id, mu.name")
                                     .arg(where),
                                 values);
    if (!municipalities)
        return municipalities.status();
    c.byMunicipality = std::move(municipalities).value();
    auto employment = counts(QStringLiteral("SELECT e.name, count(*) FROM methodists m LEFT JOIN dictionary_entries e "
                                            "ON e.id = m.employment_form_id %1 GROUP BY m.employment_form_id, e.name")
                                 .arg(where),
                             values);
    if (!employment)
        return employment.status();
    c.byEmployment = std::move(employment).value();
    for (const auto &[name, count] : c.byMunicipality)
        c.total += count;
    return c;
}

Result<QList<ManualValue>> MonitoringRepository::manualValues(const QString &academicYear) const
{
    auto query = m_db.exec(QStringLiteral("SELECT v.code, v.municipality_id, mu.name, v.numerator, v.denominator, "
                                          "v.note FROM monitoring_values v JOIN municipalities mu ON mu.id = "
                                          "v.municipality_id WHERE v.academic_year = ? ORDER BY v.code, mu.name"),
                           {academicYear});
    if (!query)
        return query.status();
    QList<ManualValue> list;
    QSqlQuery &q = query.value();
    while (q.next()) {
        ManualValue v;
        v.code = q.value(0).toString();
        v.academicYear = academicYear;
        v.municipalityId = q.value(1).toLongLong();
        v.municipality = q.value(2).toString();
        v.numerator = q.value(3).toLongLong();
        v.denominator = q.value(4).toLongLong();
        v.note = q.value(5).toString();
        list.append(v);
    }
    return list;
}

Status MonitoringWriter::saveManualValue(const ManualValue &v)
{
    if (const QString problem = TextRules::firstProblem({{v.note.trimmed(), TextKind::Note, tr("Note")}});
        !problem.isEmpty())
        return Status::failure(problem);
    return m_db
        .exec(QStringLiteral("INSERT INTO monitoring_values (code, academic_year, municipality_id, numerator, "
                             "denominator, note) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (academic_year, code, "
                             "municipality_id) DO UPDATE SET numerator = excluded.numerator, denominator = "
                             "excluded.denominator, note = excluded.note, entered_at = CURRENT_TIMESTAMP"),
              {v.code, v.academicYear, v.municipalityId, v.numerator, v.denominator, v.note.trimmed()})
        .status();
}

Status MonitoringWriter::removeManualValue(const QString &code, const QString &academicYear, qint64 municipalityId)
{
    return m_db
        .exec(QStringLiteral("DELETE FROM monitoring_values WHERE code = ? AND academic_year = ? AND "
                             "municipality_id = ?"),
              {code, academicYear, municipalityId})
        .status();
}

} // namespace metodist
