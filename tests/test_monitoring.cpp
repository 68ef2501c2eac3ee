#include "SupportFixture.h"
#include "TestSupport.h"
#include "documents/MonitoringXlsx.h"
#include "documents/XlsxReader.h"
#include "services/Importer.h"
#include "services/MonitoringService.h"
#include "services/NetworkService.h"
#include "services/RoadmapService.h"
#include "storage/DevelopmentRepository.h"
#include "domain/AcademicYear.h"
#include "domain/SearchKey.h"
#include "domain/Snils.h"
#include "storage/OrganisationRepository.h"
#include "storage/MethodistRepository.h"
#include "storage/TeacherRepository.h"
#include "storage/MonitoringRepository.h"
#include "storage/RouteRepository.h"
#include "storage/WorkLogRepository.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <catch2/catch.hpp>

#include <cmath>

using namespace metodist;
using metodist::test::SupportRegion;

namespace {

// Two municipalities, three schools and a teacher without one; every
// indicator's value below is counted by hand from this list:
//   Калининград, school A (low results): T1 young, assigned, diagnosed, route
//     (one item done, one cancelled), federal ПК this year; T2 assigned,
//     federal ПК last year; T3 young, diagnosed, route with mentoring
//     planned; T4 nothing.
//   Гурьевский, school B: T5 assigned, route without diagnostics, non-federal
//     ПК; T6 head of an association; T7 head, assigned, in the work log.
//   Гурьевский, school C (low results): no teachers.
//   No school: T8.
//   Methodists: M1 city (federal ПК flag), M2 city (federal ПК record), M3
//   Гурьевский (none), M4 Гурьевский inactive (flag).
struct MonitoringRegion : SupportRegion
{
    qint64 other = 0, schoolB = 0, schoolC = 0;
    qint64 t[9] = {};
    qint64 m1 = 0, m2 = 0, m3 = 0, m4 = 0;

    MonitoringRegion()
    {
        DictionaryRepository dictionaries(db);
        other = dictionaries.findByName(QStringLiteral("municipalities"), QStringLiteral("Гурьевский муниципальный округ"))
                    .value();
        REQUIRE(other > 0);
        OrganisationWriter organisations(db);
        Organisation a = organisations.get(school).value();
        a.lowResults = true;
        REQUIRE(organisations.update(a).ok());
        schoolB = organisations.findOrCreate(other, QStringLiteral("МБОУ СОШ № 1 г. Гурьевска")).value();
        Organisation c;
        c.name = QStringLiteral("МБОУ ООШ п. Луговое");
        c.municipalityId = other;
        c.lowResults = true;
        schoolC = organisations.insert(c).value();

        const qint64 young = code(QStringLiteral("support_categories"), QStringLiteral("young_specialists"));
        const qint64 heads = code(QStringLiteral("support_categories"), QStringLiteral("association_heads"));
        const QStringList names{QString(), QStringLiteral("Абрамова"), QStringLiteral("Борисова"),
                                QStringLiteral("Васильева"), QStringLiteral("Голубева"), QStringLiteral("Дмитриева"),
                                QStringLiteral("Ёлкина"), QStringLiteral("Жукова"), QStringLiteral("Зайцева")};
        const qint64 schoolOf[9] = {0, school, school, school, school, schoolB, schoolB, schoolB, 0};
        for (int i = 1; i <= 8; ++i) {
            Teacher teacher;
            teacher.lastName = names[i];
            teacher.firstName = QStringLiteral("Мария");
            teacher.organisationId = schoolOf[i];
            teacher.subjectId = maths;
            teacher.snils = test::snilsNumber(++serial);
            if (i == 1 || i == 3)
                teacher.supportCategoryIds = {young};
            if (i == 6 || i == 7)
                teacher.supportCategoryIds = {heads};
            auto id = TeacherWriter(db).insert(teacher);
            REQUIRE(id.ok());
            t[i] = id.value();
        }

        m1 = methodistIn(QStringLiteral("Орлов"), city, true, true);
        m2 = methodistIn(QStringLiteral("Соколов"), city, false, true);
        m3 = methodistIn(QStringLiteral("Лебедев"), other, false, true);
        m4 = methodistIn(QStringLiteral("Щукин"), other, true, false);
        assign({t[1], t[2]}, m1);
        assign({t[5], t[7]}, m3);

        DevelopmentWriter development(db);
        REQUIRE(development.addPk({0, 0, m2, QStringLiteral("Методическое сопровождение"), 36, true, QDate(2025, 3, 1)}).ok());
        REQUIRE(development.addPk({0, t[1], 0, QStringLiteral("ФГОС"), 72, true, QDate(2025, 11, 10)}).ok());
        REQUIRE(development.addPk({0, t[2], 0, QStringLiteral("ФГОС"), 72, true, QDate(2024, 5, 1)}).ok());
        REQUIRE(development.addPk({0, t[5], 0, QStringLiteral("Местный курс"), 16, false, QDate(2025, 10, 1)}).ok());
        const qint64 medium = code(QStringLiteral("competence_levels"), QStringLiteral("medium"));
        REQUIRE(development.addDiagnostic({0, t[1], QDate(2025, 9, 20), medium, {}, {}}).ok());
        REQUIRE(development.addDiagnostic({0, t[3], QDate(2025, 9, 21), medium, {}, {}}).ok());

        RouteWriter routes(db);
        const qint64 course = code(QStringLiteral("route_item_kinds"), QStringLiteral("course"));
        const qint64 mentoring = code(QStringLiteral("route_item_kinds"), QStringLiteral("mentoring"));
        const qint64 r1 = routes.insert({0, t[1], year, m1, 0, {}}).value();
        item(r1, course, RouteItemStatus::Done);
        item(r1, course, RouteItemStatus::Cancelled);
        const qint64 r3 = routes.insert({0, t[3], year, 0, 0, {}}).value();
        item(r3, mentoring, RouteItemStatus::Planned);
        REQUIRE(routes.insert({0, t[5], year, m3, 0, {}}).ok());

        const qint64 visits = code(QStringLiteral("work_kinds"), QStringLiteral("lesson_visits"));
        WorkLogWriter log(db);
        REQUIRE(log.insert({0, m3, t[7], visits, QDate(2025, 10, 1), 45, QStringLiteral("урок посещён")}).ok());
        REQUIRE(log.insert({0, m1, t[1], visits, QDate(2025, 8, 15), 45, QStringLiteral("до начала года")}).ok());

        RoadmapService roadmaps(db);
        const qint64 roadmap = roadmaps.create(m1, year).value();
        qint64 first = 0;
        for (const QString &title : {QStringLiteral("Анкетирование"), QStringLiteral("Семинар"), QStringLiteral("Открытый урок")}) {
            RoadmapActivity activity;
            activity.title = title;
            auto added = roadmaps.addActivity(roadmap, 2, activity);
            REQUIRE(added.ok());
            if (!first)
                first = added.value();
        }
        REQUIRE(roadmaps.setActivityDone(roadmap, first, true, QDate(2025, 10, 5)).ok());
    }

    qint64 methodistIn(const QString &lastName, qint64 municipality, bool federalPk, bool active)
    {
        Methodist m;
        m.lastName = lastName;
        m.firstName = QStringLiteral("Пётр");
        m.municipalityId = municipality;
        m.subjectId = maths;
        m.federalPk = federalPk;
        m.active = active;
        m.snils = test::snilsNumber(++serial);
        auto id = MethodistWriter(db).insert(m);
        REQUIRE(id.ok());
        return id.value();
    }

    void item(qint64 route, qint64 kind, RouteItemStatus status)
    {
        RouteItem i;
        i.kindId = kind;
        i.title = QStringLiteral("Пункт маршрута");
        i.status = status;
        REQUIRE(RouteWriter(db).saveItem(route, i).ok());
    }
};

void checkFigure(const MonitoringReport &report, const char *code, qint64 numerator, qint64 denominator,
                 std::optional<bool> met)
{
    INFO(code);
    const Indicator *i = report.indicator(QString::fromLatin1(code));
    REQUIRE(i);
    REQUIRE(i->numerator);
    REQUIRE(i->denominator);
    CHECK(*i->numerator == numerator);
    CHECK(*i->denominator == denominator);
    REQUIRE(i->value);
    CHECK(*i->value == Approx(double(numerator) / double(denominator)));
    CHECK(i->met == met);
    CHECK_FALSE(i->entered);
}

const Indicator &inMunicipality(const MonitoringReport &report, const QString &municipality, const QString &code)
{
    for (const MunicipalityIndicators &m : report.byMunicipality)
        if (m.municipality == municipality)
            for (const Indicator &i : m.indicators)
                if (i.code == code)
                    return i;
    FAIL("no " << code.toStdString() << " for " << municipality.toStdString());
    static Indicator none;
    return none;
}

QStringList drilled(const MonitoringService &service, const char *code, DrillPart part, qint64 municipality = 0)
{
    QStringList names;
    auto status = service.drill(QString::fromLatin1(code), part, SupportRegion::year, municipality, 0,
                                [&](const DrillRow &row) {
                                    names << row.name.section(u' ', 0, 0);
                                    return true;
                                });
    REQUIRE(status.ok());
    names.sort();
    return names;
}

} // namespace

TEST_CASE("Monitoring: every computed indicator on a hand-counted region", "[monitoring]")
{
    MonitoringRegion r;
    auto built = MonitoringService(r.db).build(SupportRegion::year);
    REQUIRE(built.ok());
    const MonitoringReport &report = built.value();
    CHECK(report.academicYear == SupportRegion::year);
    CHECK(report.municipality.isEmpty());

    checkFigure(report, "teachers_covered_share", 4, 8, false);
    checkFigure(report, "teachers_route_share", 2, 8, false);         // T1, T3; T5 has no diagnostics
    checkFigure(report, "teachers_pk_federal_share", 1, 8, false);    // T1; T2's was last year, T5's not federal
    checkFigure(report, "methodists_pk_federal_share", 2, 3, false);  // M1 flag, M2 record; M4 inactive
    checkFigure(report, "teachers_per_methodist", 8, 3, true);        // 2.7 ≤ 60
    checkFigure(report, "teachers_worklog_share", 1, 4, std::nullopt); // T7; T1's entry is before the year
    checkFigure(report, "roadmap_activities_done_share", 1, 3, std::nullopt);
    checkFigure(report, "routes_completed_share", 1, 3, std::nullopt); // T1: done + cancelled
    checkFigure(report, "association_heads_covered_share", 1, 2, std::nullopt);
    checkFigure(report, "young_teachers_supported_share", 2, 2, true); // T1 assigned, T3 mentored
    checkFigure(report, "low_results_schools_covered_share", 1, 2, false);
    checkFigure(report, "low_results_teachers_covered_share", 2, 4, false);

    const QString city = QStringLiteral("Городской округ «Город Калининград»");
    const QString guryevsk = QStringLiteral("Гурьевский муниципальный округ");
    const Indicator &cityCovered = inMunicipality(report, city, QStringLiteral("teachers_covered_share"));
    CHECK(cityCovered.numerator == 2);
    CHECK(cityCovered.denominator == 4);
    const Indicator &otherCovered = inMunicipality(report, guryevsk, QStringLiteral("teachers_covered_share"));
    CHECK(otherCovered.numerator == 2);
    CHECK(otherCovered.denominator == 3);
    const Indicator &otherPerMethodist = inMunicipality(report, guryevsk, QStringLiteral("teachers_per_methodist"));
    CHECK(*otherPerMethodist.value == Approx(3.0));
    // The teacher without a school counts for the region in a row of its own.
    const Indicator &unknown = inMunicipality(report, MonitoringService::tr("School not specified"), QStringLiteral("teachers_covered_share"));
    (void)unknown;
    qint64 teachers = 0;
    for (const MunicipalityIndicators &m : report.byMunicipality)
        for (const Indicator &i : m.indicators)
            if (i.code == QLatin1String("teachers_covered_share"))
                teachers += i.denominator.value_or(0);
    CHECK(teachers == 8);
    // A municipality without anyone has no value rather than 0 % or NaN.
    const Indicator &empty = inMunicipality(report, QStringLiteral("Балтийский городской округ"),
                                            QStringLiteral("teachers_covered_share"));
    CHECK(empty.denominator == 0);
    CHECK_FALSE(empty.value);
    CHECK_FALSE(empty.met);

    SECTION("one municipality")
    {
        auto one = MonitoringService(r.db).build(SupportRegion::year, r.other);
        REQUIRE(one.ok());
        CHECK(one->municipality == guryevsk);
        checkFigure(one.value(), "teachers_covered_share", 2, 3, false);
        checkFigure(one.value(), "methodists_pk_federal_share", 0, 1, false);
        checkFigure(one.value(), "low_results_schools_covered_share", 0, 1, false);
        REQUIRE(one->byMunicipality.size() == 1);
        CHECK(one->byMunicipality[0].municipality == guryevsk);
        CHECK(one->composition.total == 1);
    }
}

// The region of MonitoringRegion with the support network, the schools'
// flags, categories since 2023 and the РМА's dates filled in.
struct ManagementRegion : MonitoringRegion
{
    qint64 m5 = 0, m6 = 0;

    ManagementRegion()
    {
        // A ЦМН of the city covering school B, with the teacher without a
        // school as a member; an internship site hosted by school C; an
        // association and a community; the faculty.
        const qint64 cmn = unit("cmn", QStringLiteral("ЦМН «Балтика»"), city, 0, {t[8]});
        REQUIRE(NetworkService(db).setCoveredOrganisations(cmn, {schoolB}).ok());
        unit("internship_site", QStringLiteral("Площадка «Функциональная грамотность»"), other, schoolC, {});
        unit("association", QStringLiteral("ГМО учителей математики"), city, 0, {t[2], t[3]});
        unit("community", QStringLiteral("Клуб молодых педагогов"), 0, 0, {t[2], t[4]});
        unit("faculty", QStringLiteral("Факультет педагогических профессий"), 0, 0, {t[1], t[2]});

        // School A is a «Точка роста» and an internship site itself; school B
        // runs the mentoring model.
        OrganisationWriter organisations(db);
        Organisation a = organisations.get(school).value();
        a.growthPoint = true;
        a.internshipSite = true;
        REQUIRE(organisations.update(a).ok());
        REQUIRE(organisations.setProgrammeFlags(schoolB, false, false, true).ok());

        const qint64 first = code(QStringLiteral("qualification_categories"), QStringLiteral("first"));
        const qint64 mentor = code(QStringLiteral("qualification_categories"), QStringLiteral("pedagogue_mentor"));
        const qint64 contests = code(QStringLiteral("support_categories"), QStringLiteral("contest_participants"));
        edit(t[3], [&](Teacher &x) { x.qualificationCategoryId = first, x.categoryAssignedOn = QDate(2025, 12, 1); });
        edit(t[1], [&](Teacher &x) {
            x.qualificationCategoryId = first, x.categoryAssignedOn = QDate(2024, 6, 1); // before the year
            x.supportCategoryIds.append(contests);
        });
        edit(t[6], [&](Teacher &x) { x.categoryAppliedId = mentor, x.categoryAppliedOn = QDate(2026, 2, 1); });
        edit(t[7], [&](Teacher &x) { x.categoryAppliedId = mentor, x.categoryAppliedOn = QDate(2024, 2, 1); });

        // M5 left the РМА during the year, M6 joins after it.
        m5 = methodistIn(QStringLiteral("Уткин"), city, false, false);
        m6 = methodistIn(QStringLiteral("Фомин"), city, false, true);
        MethodistWriter methodists(db);
        Methodist left = methodists.get(m5).value();
        left.joinedOn = QDate(2023, 9, 1);
        left.leftOn = QDate(2025, 10, 1);
        left.leftReason = QStringLiteral("переезд");
        REQUIRE(methodists.update(left).ok());
        Methodist later = methodists.get(m6).value();
        later.joinedOn = QDate(2026, 9, 10);
        REQUIRE(methodists.update(later).ok());
    }

    // A unit of the network with these teachers as members, as the page saves it.
    qint64 unit(const char *kind, const QString &name, qint64 municipality, qint64 host,
                const QList<qint64> &teachers)
    {
        NetworkUnit u;
        u.kindId = code(QStringLiteral("network_kinds"), QString::fromLatin1(kind));
        u.name = name;
        u.municipalityId = municipality;
        u.organisationId = host;
        NetworkService service(db);
        auto id = service.saveUnit(u);
        INFO(id.message().toStdString());
        REQUIRE(id.ok());
        QList<NetworkMember> members;
        for (qint64 teacher : teachers) {
            NetworkMember m;
            m.unitId = id.value();
            m.teacherId = teacher;
            members << m;
        }
        REQUIRE(service.setMembers(id.value(), members).ok());
        return id.value();
    }

    void edit(qint64 id, const std::function<void(Teacher &)> &change)
    {
        Teacher x = TeacherRepository(db).get(id).value();
        change(x);
        REQUIRE(TeacherWriter(db).update(x).ok());
    }
};

TEST_CASE("Monitoring: the Tyumen management indicators and the Kaliningrad figures from data", "[monitoring]")
{
    ManagementRegion r;
    auto built = MonitoringService(r.db).build(SupportRegion::year);
    REQUIRE(built.ok());
    const MonitoringReport &report = built.value();
    checkFigure(report, "cmn_schools_share", 1, 3, std::nullopt);          // school B
    checkFigure(report, "cmn_teachers_share", 4, 8, std::nullopt);         // T5–T7 of school B, T8 a member
    checkFigure(report, "internship_schools_share", 2, 3, std::nullopt);   // A by its flag, C hosts a site
    checkFigure(report, "mentoring_model_schools_share", 1, 3, std::nullopt);
    checkFigure(report, "associations_participation_share", 3, 8, std::nullopt); // T2 (twice), T3, T4
    checkFigure(report, "young_teachers_faculty_share", 1, 2, std::nullopt);  // T1; T2 is not young
    checkFigure(report, "young_teachers_attested_share", 1, 2, std::nullopt); // T3; T1's was before the year
    checkFigure(report, "young_teachers_contests_share", 1, 2, std::nullopt); // T1
    checkFigure(report, "mentor_applicants_share", 1, 8, std::nullopt);       // T6; T7 applied in 2024
    checkFigure(report, "teachers_iom_share", 3, 8, std::nullopt);            // T1, T3, T5
    checkFigure(report, "rma_teachers_share", 4, 8, std::nullopt);            // M1–M3 and M5 who left in October
    checkFigure(report, "teachers_pk_federal_total_share", 2, 8, std::nullopt); // T1 this year, T2 in 2024
    checkFigure(report, "national_project_teachers_pk_share", 2, 4, false);   // T1, T2 of school A's T1–T4

    // By municipality: school B and its ЦМН are in Гурьевский округ.
    const Indicator &other = inMunicipality(report, QStringLiteral("Гурьевский муниципальный округ"),
                                            QStringLiteral("cmn_schools_share"));
    CHECK(other.numerator == 1);
    CHECK(other.denominator == 2);

    // The people and schools behind the figures.
    MonitoringService service(r.db);
    QStringList names;
    REQUIRE(service.drill(QStringLiteral("cmn_teachers_share"), DrillPart::Numerator, SupportRegion::year, 0, 0,
                          [&](const DrillRow &row) { return names << row.name, true; })
                .ok());
    CHECK(names.size() == 4);
    CHECK(names.join(u' ').contains(QStringLiteral("Зайцева"))); // T8, a member without a school
    QStringList schools;
    REQUIRE(service.drill(QStringLiteral("internship_schools_share"), DrillPart::Missing, SupportRegion::year, 0, 0,
                          [&](const DrillRow &row) { return schools << row.name, true; })
                .ok());
    CHECK(schools == QStringList{QStringLiteral("МБОУ СОШ № 1 г. Гурьевска")});
    QStringList methodists;
    REQUIRE(service.drill(QStringLiteral("rma_teachers_share"), DrillPart::Numerator, SupportRegion::year, 0, 0,
                          [&](const DrillRow &row) { return methodists << row.name, true; })
                .ok());
    CHECK(methodists.size() == 4);
    CHECK(methodists.join(u' ').contains(QStringLiteral("Уткин")));
    CHECK_FALSE(methodists.join(u' ').contains(QStringLiteral("Фомин")));

    // The composition of the РМА is of the year too.
    CHECK(report.composition.total == 4);
    // Another year: M5 had left, M6 has joined.
    auto next = MonitoringService(r.db).build(QStringLiteral("2026/2027"));
    REQUIRE(next.ok());
    checkFigure(next.value(), "rma_teachers_share", 4, 8, std::nullopt); // M1–M3, M6
    CHECK(next->composition.total == 4);
    auto before = MonitoringService(r.db).build(QStringLiteral("2023/2024"));
    REQUIRE(before.ok());
    CHECK(before->composition.total == 4); // M1–M3 and M5; M6 had not joined
}

TEST_CASE("Monitoring: the one-pass counts agree with each set's own query, network and categories too",
          "[monitoring]")
{
    ManagementRegion r;
    for (const QString &year : {SupportRegion::year, QStringLiteral("2024/2025")}) {
        const auto parsed = AcademicYear::parse(year);
        REQUIRE(parsed);
        const MonitoringScope scope{year, parsed->firstDay(), parsed->lastDay()};
        MonitoringRepository repository(r.db);
        auto all = repository.countAll(scope);
        REQUIRE(all.ok());
        for (int s = int(MonitoringSet::Teachers); s < monitoringSetCount; ++s) {
            INFO("set " << s << " in " << year.toStdString());
            auto single = repository.countByMunicipality(MonitoringSet(s), scope);
            REQUIRE(single.ok());
            QHash<qint64, qint64> fast = all->at(MonitoringSet(s));
            fast.removeIf([](const auto &entry) { return entry.value() == 0; });
            CHECK(fast == single.value());
        }
    }
}

TEST_CASE("Monitoring: every figure lists the people behind it", "[monitoring]")
{
    MonitoringRegion r;
    MonitoringService service(r.db);
    CHECK(drilled(service, "teachers_covered_share", DrillPart::Numerator)
          == QStringList{QStringLiteral("Абрамова"), QStringLiteral("Борисова"), QStringLiteral("Дмитриева"),
                         QStringLiteral("Жукова")});
    QStringList notCovered{QStringLiteral("Васильева"), QStringLiteral("Голубева"), QStringLiteral("Ёлкина"),
                           QStringLiteral("Зайцева")};
    notCovered.sort(); // as drilled() sorts: by code point, Ё first
    CHECK(drilled(service, "teachers_covered_share", DrillPart::Missing) == notCovered);
    CHECK(drilled(service, "teachers_covered_share", DrillPart::Numerator, r.other)
          == QStringList{QStringLiteral("Дмитриева"), QStringLiteral("Жукова")});
    CHECK(drilled(service, "teachers_covered_share", DrillPart::Denominator, -1) == QStringList{QStringLiteral("Зайцева")});
    CHECK(drilled(service, "methodists_pk_federal_share", DrillPart::Missing) == QStringList{QStringLiteral("Лебедев")});
    CHECK(drilled(service, "teachers_route_share", DrillPart::Numerator)
          == QStringList{QStringLiteral("Абрамова"), QStringLiteral("Васильева")});
    CHECK(drilled(service, "young_teachers_supported_share", DrillPart::Numerator)
          == QStringList{QStringLiteral("Абрамова"), QStringLiteral("Васильева")});
    CHECK(drilled(service, "low_results_schools_covered_share", DrillPart::Missing)
          == QStringList{QStringLiteral("МБОУ")});
    CHECK(drilled(service, "roadmap_activities_done_share", DrillPart::Numerator)
          == QStringList{QStringLiteral("Анкетирование")});
    CHECK(drilled(service, "teachers_per_methodist", DrillPart::Denominator).size() == 3);

    // The counts of the report and the lengths of the lists agree for every
    // computed indicator, in the region and in each municipality.
    auto report = service.build(SupportRegion::year);
    REQUIRE(report.ok());
    for (const Indicator &i : report->indicators) {
        if (i.entered)
            continue;
        INFO(i.code.toStdString());
        CHECK(drilled(service, i.code.toLatin1().constData(), DrillPart::Numerator).size() == *i.numerator);
        CHECK(drilled(service, i.code.toLatin1().constData(), DrillPart::Denominator).size() == *i.denominator);
        if (i.unit == IndicatorUnit::Share)
            CHECK(drilled(service, i.code.toLatin1().constData(), DrillPart::Missing).size()
                  == *i.denominator - *i.numerator);
    }

    CHECK_FALSE(MonitoringService::drillSubject(QStringLiteral("teachers_per_methodist"), DrillPart::Missing).ok());
    CHECK_FALSE(MonitoringService::drillSubject(QStringLiteral("young_teachers_retained_share"), DrillPart::Numerator).ok());
    CHECK_FALSE(MonitoringService::drillSubject(QStringLiteral("no_such_code"), DrillPart::Numerator).ok());

    SECTION("a list saved to CSV has a header and a line per person")
    {
        const QString path = r.scratch.path(QStringLiteral("missing.csv"));
        auto written = service.exportDrill(QStringLiteral("teachers_covered_share"), DrillPart::Missing,
                                           SupportRegion::year, 0, path);
        REQUIRE(written.ok());
        CHECK(written.value() == 4);
        const QString text = QString::fromUtf8(test::readFile(path));
        CHECK(text.count(QStringLiteral("\r\n")) == 5);
        CHECK(text.contains(QStringLiteral("Голубева")));
        CHECK(text.contains(r.snilsOf(r.t[4]).left(3)));
    }
}

TEST_CASE("Monitoring: figures entered by hand are summed for the region and marked", "[monitoring]")
{
    MonitoringRegion r;
    MonitoringService service(r.db);
    const QString code = QStringLiteral("municipal_service_satisfaction_share");
    REQUIRE(MonitoringService::saveManualValue(r.db, {code, SupportRegion::year, r.city, {}, 30, 40, QStringLiteral("анкета")}).ok());
    REQUIRE(MonitoringService::saveManualValue(r.db, {code, SupportRegion::year, r.other, {}, 10, 20, {}}).ok());
    // Saving again replaces.
    REQUIRE(MonitoringService::saveManualValue(r.db, {code, SupportRegion::year, r.other, {}, 11, 20, {}}).ok());

    CHECK_FALSE(MonitoringService::saveManualValue(r.db, {code, SupportRegion::year, r.other, {}, 21, 20, {}}).ok());
    CHECK_FALSE(MonitoringService::saveManualValue(r.db, {code, SupportRegion::year, r.other, {}, 1, 0, {}}).ok());
    CHECK_FALSE(MonitoringService::saveManualValue(r.db, {code, SupportRegion::year, 0, {}, 1, 2, {}}).ok());
    CHECK_FALSE(MonitoringService::saveManualValue(r.db, {code, QStringLiteral("2025"), r.other, {}, 1, 2, {}}).ok());
    CHECK_FALSE(MonitoringService::saveManualValue(r.db, {QStringLiteral("teachers_covered_share"), SupportRegion::year, r.other, {}, 1,
                                         2, {}})
                    .ok());

    auto report = service.build(SupportRegion::year);
    REQUIRE(report.ok());
    const Indicator *i = report->indicator(code);
    REQUIRE(i);
    CHECK(i->entered);
    CHECK(i->numerator == 41);
    CHECK(i->denominator == 60);
    const Indicator &city = inMunicipality(report.value(), QStringLiteral("Городской округ «Город Калининград»"), code);
    CHECK(city.numerator == 30);
    CHECK(city.entered);
    // Nothing entered: no figure at all.
    const Indicator *retained = report->indicator(QStringLiteral("young_teachers_retained_share"));
    REQUIRE(retained);
    CHECK_FALSE(retained->numerator);
    CHECK_FALSE(retained->value);

    // Another year sees none of it.
    auto next = service.build(QStringLiteral("2026/2027"));
    REQUIRE(next.ok());
    CHECK_FALSE(next->indicator(code)->value);

    // A municipality's report counts only its own entries.
    auto own = service.build(SupportRegion::year, r.other);
    REQUIRE(own.ok());
    CHECK(own->indicator(code)->numerator == 11);
    CHECK(own->indicator(code)->denominator == 20);

    REQUIRE(MonitoringService::removeManualValue(r.db, code, SupportRegion::year, r.other).ok());
    CHECK(service.build(SupportRegion::year)->indicator(code)->denominator == 40);
}

TEST_CASE("Monitoring: an empty database gives no values, never NaN", "[monitoring]")
{
    test::Scratch scratch;
    Database db;
    REQUIRE(db.open(test::databaseLocation(scratch, QStringLiteral("empty.sqlite"))).ok());
    REQUIRE(Setup::initialise(db).ok());
    auto report = MonitoringService(db).build(QStringLiteral("2025/2026"));
    REQUIRE(report.ok());
    REQUIRE(report->indicators.size() == MonitoringCatalogue::definitions().size());
    for (const Indicator &i : report->indicators) {
        INFO(i.code.toStdString());
        CHECK_FALSE(i.value);
        CHECK_FALSE(i.met);
        CHECK(MonitoringCatalogue::formatValue(i) == QStringLiteral("—"));
    }
    CHECK(report->composition.total == 0);
    const QJsonObject json = MonitoringService::toJson(report.value());
    const QByteArray text = QJsonDocument(json).toJson();
    CHECK_FALSE(text.contains("nan"));
    CHECK(json[QStringLiteral("indicators")].toArray()[0].toObject()[QStringLiteral("value")].isNull());

    CHECK_FALSE(MonitoringService(db).build(QStringLiteral("двадцать пятый")).ok());
}

TEST_CASE("Monitoring: the JSON contract", "[monitoring]")
{
    MonitoringRegion r;
    auto report = MonitoringService(r.db).build(SupportRegion::year);
    REQUIRE(report.ok());
    const QJsonObject json = MonitoringService::toJson(report.value());
    CHECK(json[QStringLiteral("year")].toString() == SupportRegion::year);
    CHECK(json[QStringLiteral("municipality")].isNull());
    const QJsonArray indicators = json[QStringLiteral("indicators")].toArray();
    REQUIRE(indicators.size() == MonitoringCatalogue::definitions().size());
    QJsonObject covered;
    for (const QJsonValue &v : indicators) {
        const QJsonObject o = v.toObject();
        for (const char *key : {"code", "block", "title", "numerator", "denominator", "value", "target", "met"})
            CHECK(o.contains(QLatin1String(key)));
        if (o[QStringLiteral("code")] == QStringLiteral("teachers_covered_share"))
            covered = o;
    }
    CHECK(covered[QStringLiteral("block")].toInt() == 1);
    CHECK(covered[QStringLiteral("numerator")].toInt() == 4);
    CHECK(covered[QStringLiteral("denominator")].toInt() == 8);
    CHECK(covered[QStringLiteral("value")].toDouble() == Approx(0.5));
    CHECK(covered[QStringLiteral("target")].toDouble() == Approx(1.0));
    CHECK(covered[QStringLiteral("met")].toBool() == false);

    const QJsonObject composition = json[QStringLiteral("composition")].toObject();
    CHECK(composition[QStringLiteral("by_subject")].toObject()[QStringLiteral("математика")].toInt() == 3);
    CHECK(composition[QStringLiteral("by_municipality")].toObject()[QStringLiteral("Городской округ «Город Калининград»")].toInt() == 2);
    CHECK(composition[QStringLiteral("by_employment")].toObject().size() >= 1);
    const QJsonArray byMunicipality = json[QStringLiteral("by_municipality")].toArray();
    REQUIRE(byMunicipality.size() == report->byMunicipality.size());
    const QJsonObject first = byMunicipality[0].toObject();
    CHECK(first.contains(QStringLiteral("municipality")));
    CHECK(first[QStringLiteral("indicators")].toArray().size() == indicators.size());
}

TEST_CASE("Monitoring: the XLSX has the summary first, a sheet per block and the composition, numbers as numbers",
          "[monitoring]")
{
    MonitoringRegion r;
    auto report = MonitoringService(r.db).build(SupportRegion::year);
    REQUIRE(report.ok());
    const QString path = r.scratch.path(QStringLiteral("report.xlsx"));
    REQUIRE(MonitoringService::exportTo(report.value(), path).ok());

    auto sheets = XlsxReader::sheetNames(path);
    REQUIRE(sheets.ok());
    REQUIRE(sheets->size() == 6);
    // Sheets named for what they hold: the summary, then «1. Научно-методическое…».
    CHECK(sheets->at(0) == MonitoringXlsx::tr("Summary"));
    CHECK(sheets->at(1).startsWith(QStringLiteral("1. ")));
    CHECK(sheets->at(1).size() <= 31);
    auto block1 = XlsxReader::readSheet(path, sheets->at(1));
    REQUIRE(block1.ok());
    // The coverage indicator's title, then the region's line: 4, 8 and 0.5
    // stored as numbers.
    const QString title = MonitoringCatalogue::title(*MonitoringCatalogue::find(QStringLiteral("teachers_covered_share")));
    bool found = false;
    const QList<QStringList> &rows = block1.value();
    for (qsizetype n = 0; n + 1 < rows.size(); ++n) {
        if (!rows[n].value(0).contains(title))
            continue;
        const QStringList &region = rows[n + 1];
        CHECK(region.value(1) == QStringLiteral("4"));
        CHECK(region.value(2) == QStringLiteral("8"));
        CHECK(region.value(3) == QStringLiteral("0.5"));
        CHECK(region.value(4) == QStringLiteral("1"));
        found = true;
        break;
    }
    CHECK(found);
    // The summary: the region's line of each indicator under its title.
    auto summary = XlsxReader::readSheet(path, sheets->at(0));
    REQUIRE(summary.ok());
    bool summarised = false;
    for (const QStringList &row : summary.value())
        if (row.value(0).contains(title))
            summarised = row.value(1) == QStringLiteral("4") && row.value(2) == QStringLiteral("8")
                         && row.value(3) == QStringLiteral("0.5");
    CHECK(summarised);
    const QByteArray sheet1 = XlsxReader::readPart(path, QStringLiteral("xl/worksheets/sheet1.xml")).value();
    CHECK(sheet1.contains("<autoFilter"));
    CHECK(sheet1.contains("state=\"frozen\""));
    CHECK(XlsxReader::readPart(path, QStringLiteral("xl/styles.xml")).value().contains("#,##0"));
    auto composition = XlsxReader::readSheet(path, sheets->at(5));
    REQUIRE(composition.ok());
    bool maths = false;
    for (const QStringList &row : composition.value())
        if (row.value(0) == QStringLiteral("математика"))
            maths = row.value(1) == QStringLiteral("3");
    CHECK(maths);
}

TEST_CASE("Monitoring: CSV has the region and every municipality", "[monitoring]")
{
    MonitoringRegion r;
    auto report = MonitoringService(r.db).build(SupportRegion::year);
    REQUIRE(report.ok());
    const QString path = r.scratch.path(QStringLiteral("report.csv"));
    REQUIRE(MonitoringService::exportTo(report.value(), path).ok());
    const QString text = QString::fromUtf8(test::readFile(path));
    const int lines = int(text.count(QStringLiteral("\r\n")));
    CHECK(lines == 1 + int(report->indicators.size()) * (1 + int(report->byMunicipality.size())));
    CHECK(text.contains(QStringLiteral("teachers_covered_share;")));
    CHECK(text.contains(QStringLiteral(";4;8;0.5000;1.00;")));
    CHECK_FALSE(MonitoringService::exportTo(report.value(), r.scratch.path(QStringLiteral("report.txt"))).ok());
}

TEST_CASE("Monitoring: Tyumen's methodical active reproduces the composition of its documents", "[monitoring]")
{
    test::Scratch scratch;
    Database db;
    REQUIRE(db.open(test::databaseLocation(scratch, QStringLiteral("tyumen.sqlite"))).ok());
    REQUIRE(Setup::initialise(db, QStringLiteral("tyumen")).ok());
    auto imported = Importer(db, ImportKind::Methodists)
                        .importFile(QStringLiteral(METODIST_SOURCE_DIR "/resources/reference/regions/tyumen_rma_sample.csv"));
    REQUIRE(imported.ok());
    const std::string firstIssue = imported->issues.isEmpty() ? std::string() : imported->issues.first().text().toStdString();
    INFO(firstIssue);
    REQUIRE(imported->errorCount() == 0);
    CHECK(imported->created == 41);

    auto report = MonitoringService(db).build(QStringLiteral("2025/2026"));
    REQUIRE(report.ok());
    const auto asMap = [](const Counts &counts) {
        std::map<QString, qint64> map;
        for (const auto &[name, count] : counts)
            map[name.toLower()] = count;
        return map;
    };
    // ../shared/DOMAIN.md, from the Tyumen source document.
    const std::map<QString, qint64> bySubject{
        {QStringLiteral("русский язык"), 6}, {QStringLiteral("физика"), 3},      {QStringLiteral("география"), 3},
        {QStringLiteral("английский язык"), 3}, {QStringLiteral("начальные классы"), 5},
        {QStringLiteral("математика"), 9},   {QStringLiteral("история"), 5},     {QStringLiteral("информатика"), 2},
        {QStringLiteral("биология"), 3},     {QStringLiteral("химия"), 2}};
    const std::map<QString, qint64> byMunicipality{
        {QStringLiteral("бердюжский р-н"), 3}, {QStringLiteral("вагайский р-н"), 3},
        {QStringLiteral("викуловский р-н"), 1}, {QStringLiteral("г. ишим"), 1},
        {QStringLiteral("г. тобольск"), 4},    {QStringLiteral("г. тюмень"), 17},
        {QStringLiteral("заводоуковский р-н"), 1}, {QStringLiteral("ишимский р-н"), 1},
        {QStringLiteral("казанский р-н"), 2},  {QStringLiteral("тобольский р-н"), 6},
        {QStringLiteral("уватский р-н"), 2}};
    CHECK(asMap(report->composition.bySubject) == bySubject);
    CHECK(asMap(report->composition.byMunicipality) == byMunicipality);
    CHECK(report->composition.total == 41);
    // Largest first, as the pie charts of the source show them.
    CHECK(report->composition.byMunicipality.first().second == 17);
}

TEST_CASE("Monitoring from the command line: JSON, files, the lists behind figures, values by hand", "[monitoring][cli]")
{
    MonitoringRegion r;
    const QString db = r.db.location();
    const auto run = [&](QStringList args) {
        return test::runProgram(QStringLiteral(METODIST_CLI), r.scratch, QStringList{QStringLiteral("--db"), db} + args);
    };
    const QString year = SupportRegion::year;

    const test::Run json = run({QStringLiteral("report"), QStringLiteral("monitoring"), QStringLiteral("--year"), year,
                                QStringLiteral("--format"), QStringLiteral("json")});
    INFO(json.err.toStdString());
    REQUIRE(json.exitCode == 0);
    const QJsonObject object = QJsonDocument::fromJson(json.out.toUtf8()).object();
    CHECK(object[QStringLiteral("year")].toString() == year);
    CHECK(object[QStringLiteral("municipality")].isNull());
    CHECK(object[QStringLiteral("indicators")].toArray().size() == MonitoringCatalogue::definitions().size());

    // The table names each figure by its title, with the code drill takes.
    const test::Run table = run({QStringLiteral("report"), QStringLiteral("monitoring"), QStringLiteral("--year"), year});
    REQUIRE(table.exitCode == 0);
    const QStringList lines = table.out.split(u'\n');
    qsizetype covered = -1;
    for (qsizetype l = 0; l < lines.size(); ++l)
        if (lines[l].contains(QStringLiteral("(teachers_covered_share)")))
            covered = l;
    REQUIRE(covered > 0);
    CHECK(lines[covered].contains(QStringLiteral("4 / 8")));
    CHECK(lines[covered - 1].trimmed().size() > 30);
    CHECK_FALSE(lines[covered - 1].contains(u'_'));

    const test::Run one = run({QStringLiteral("report"), QStringLiteral("monitoring"), QStringLiteral("--year"), year,
                               QStringLiteral("--municipality"), QStringLiteral("гурьевский муниципальный округ"),
                               QStringLiteral("--format"), QStringLiteral("json")});
    REQUIRE(one.exitCode == 0);
    CHECK(QJsonDocument::fromJson(one.out.toUtf8()).object()[QStringLiteral("municipality")].toString()
          == QStringLiteral("Гурьевский муниципальный округ"));

    for (const QString &format : {QStringLiteral("xlsx"), QStringLiteral("csv"), QStringLiteral("pdf")}) {
        const QString path = r.scratch.path(QStringLiteral("report.") + format);
        const test::Run saved = run({QStringLiteral("report"), QStringLiteral("monitoring"), QStringLiteral("--year"),
                                     year, QStringLiteral("--format"), format, QStringLiteral("--out"), path});
        INFO(format.toStdString() << ": " << saved.err.toStdString());
        CHECK(saved.exitCode == 0);
        CHECK(QFileInfo(path).size() > 0);
    }
    CHECK(test::readFile(r.scratch.path(QStringLiteral("report.pdf"))).startsWith("%PDF"));

    const test::Run noFile = run({QStringLiteral("report"), QStringLiteral("monitoring"), QStringLiteral("--year"), year,
                                  QStringLiteral("--format"), QStringLiteral("xlsx")});
    CHECK(noFile.exitCode == 2);
    const test::Run badPlace = run({QStringLiteral("report"), QStringLiteral("monitoring"), QStringLiteral("--year"),
                                    year, QStringLiteral("--municipality"), QStringLiteral("Атлантида")});
    CHECK(badPlace.exitCode == 1);
    CHECK(badPlace.err.contains(QStringLiteral("Атлантида")));

    const test::Run missing = run({QStringLiteral("report"), QStringLiteral("drill"), QStringLiteral("--year"), year,
                                   QStringLiteral("--indicator"), QStringLiteral("teachers_covered_share"),
                                   QStringLiteral("--part"), QStringLiteral("missing")});
    REQUIRE(missing.exitCode == 0);
    CHECK(missing.out.contains(QStringLiteral("Голубева")));
    CHECK(missing.out.contains(Snils::format(r.snilsOf(r.t[4])))); // 123-456-789 01, as on paper
    CHECK_FALSE(missing.out.contains(QStringLiteral("Абрамова")));

    const test::Run entered = run({QStringLiteral("report"), QStringLiteral("enter"), QStringLiteral("--year"), year,
                                   QStringLiteral("--municipality"), QStringLiteral("Гурьевский муниципальный округ"),
                                   QStringLiteral("--indicator"), QStringLiteral("young_teachers_retained_share"),
                                   QStringLiteral("--numerator"), QStringLiteral("3"), QStringLiteral("--denominator"),
                                   QStringLiteral("4")});
    INFO(entered.err.toStdString());
    REQUIRE(entered.exitCode == 0);
    auto report = MonitoringService(r.db).build(year);
    REQUIRE(report.ok());
    CHECK(report->indicator(QStringLiteral("young_teachers_retained_share"))->value == Approx(0.75));
}

TEST_CASE("Monitoring: the one-pass counts agree with each set's own query", "[monitoring]")
{
    MonitoringRegion r;
    // A teacher without a school, assigned, and one in the work log twice.
    r.assign({r.t[8]}, r.m3);
    const MonitoringScope scope{SupportRegion::year, QDate(2025, 9, 1), QDate(2026, 8, 31)};
    MonitoringRepository repository(r.db);
    auto all = repository.countAll(scope);
    REQUIRE(all.ok());
    for (int s = int(MonitoringSet::Teachers); s < monitoringSetCount; ++s) {
        const auto set = MonitoringSet(s);
        INFO("set " << s);
        auto single = repository.countByMunicipality(set, scope);
        REQUIRE(single.ok());
        QHash<qint64, qint64> fast = all->at(set);
        fast.removeIf([](const auto &entry) { return entry.value() == 0; });
        CHECK(fast == single.value());
    }
}
