#include <catch2/catch.hpp>

#include "TestSupport.h"
#include "services/AssignmentService.h"
#include "services/OrderService.h"
#include "services/PriorityService.h"
#include "services/Setup.h"
#include "storage/AssignmentRepository.h"
#include "storage/DictionaryRepository.h"
#include "storage/MethodistRepository.h"
#include "storage/OrderRepository.h"
#include "storage/OrganisationRepository.h"
#include "storage/SettingsRepository.h"
#include "storage/TeacherRepository.h"

using namespace metodist;
using metodist::test::Scratch;

namespace {

const QString year = QStringLiteral("2025/2026");

// A small Kaliningrad: two municipalities with a school each, mathematics
// and physics, methodists who meet the РМА requirements unless told.
struct Region
{
    Scratch scratch;
    Database db;
    qint64 city = 0, district = 0;
    qint64 citySchool = 0, districtSchool = 0;
    qint64 maths = 0, physics = 0;
    qint64 highest = 0, higherPedagogical = 0;
    int serial = 0;

    Region()
    {
        REQUIRE(db.open(test::databaseLocation(scratch, QStringLiteral("assign.sqlite"))).ok());
        REQUIRE(Setup::initialise(db, QStringLiteral("kaliningrad")).ok());
        DictionaryRepository dictionaries(db);
        city = dictionaries.findByName(QStringLiteral("municipalities"), QStringLiteral("Городской округ «Город Калининград»")).value();
        district = dictionaries.findByName(QStringLiteral("municipalities"), QStringLiteral("Гурьевский муниципальный округ")).value();
        REQUIRE(city > 0);
        REQUIRE(district > 0);
        maths = dictionaries.findByName(QStringLiteral("subjects"), QStringLiteral("Математика")).value();
        physics = dictionaries.findByName(QStringLiteral("subjects"), QStringLiteral("Физика")).value();
        REQUIRE(maths > 0);
        REQUIRE(physics > 0);
        // Kept in variables: a range-for over a temporary's member would dangle.
        const auto categories = dictionaries.entries(QStringLiteral("qualification_categories"));
        const auto levels = dictionaries.entries(QStringLiteral("education_levels"));
        REQUIRE(categories.ok());
        REQUIRE(levels.ok());
        for (const DictionaryEntry &e : categories.value())
            if (e.code == u"highest")
                highest = e.id;
        for (const DictionaryEntry &e : levels.value())
            if (e.code == u"higher_pedagogical")
                higherPedagogical = e.id;
        OrganisationWriter organisations(db);
        citySchool = organisations.findOrCreate(city, QStringLiteral("МАОУ СОШ № 1")).value();
        districtSchool = organisations.findOrCreate(district, QStringLiteral("МБОУ «Гурьевская СОШ»")).value();
    }

    qint64 teacher(const QString &lastName, qint64 school, qint64 subject, const QString &snils = {},
                   const QList<qint64> &supportCategories = {})
    {
        Teacher t;
        t.supportCategoryIds = supportCategories;
        t.lastName = lastName;
        t.firstName = QStringLiteral("Анна");
        t.middleName = QStringLiteral("Сергеевна");
        t.organisationId = school;
        t.subjectId = subject;
        t.snils = snils;
        auto id = TeacherWriter(db).insert(t);
        REQUIRE(id.ok());
        return id.value();
    }

    qint64 methodist(const QString &lastName, qint64 municipality, qint64 subject, int capacity = 60,
                     bool eligible = true)
    {
        Methodist m;
        m.lastName = lastName;
        m.firstName = QStringLiteral("Пётр");
        m.middleName = QStringLiteral("Ильич");
        m.municipalityId = municipality;
        m.subjectId = subject;
        m.capacity = capacity;
        if (eligible) {
            m.qualificationCategoryId = highest;
            m.educationLevelId = higherPedagogical;
            m.experienceYears = 12;
        }
        auto id = MethodistWriter(db).insert(m);
        REQUIRE(id.ok());
        return id.value();
    }

    Result<int> assign(QList<qint64> teachers, qint64 methodistId, const QString &reason = {})
    {
        return AssignmentService(db).assign({teachers, methodistId, year, 0, QDate(2025, 9, 1), reason});
    }

    qint64 supportCategory(const QString &code)
    {
        const qint64 id = DictionaryRepository(db).findByCodeOrName(QStringLiteral("support_categories"), code).value();
        REQUIRE(id > 0);
        return id;
    }

    qint64 active(const AssignmentFilter &filter = {}) { return AssignmentRepository(db).count(filter).value(); }
};

class CancelAfter : public Progress
{
public:
    explicit CancelAfter(qint64 limit) : m_limit(limit) {}
    void report(qint64 done, qint64) override { m_done = done; }
    bool cancelled() const override { return m_done >= m_limit; }

private:
    qint64 m_limit;
    qint64 m_done = 0;
};

} // namespace

TEST_CASE("assignment: reassignment ends the old one and keeps it in history", "[assignment]")
{
    Region r;
    const qint64 teacher = r.teacher(QStringLiteral("Ёлкина"), r.citySchool, r.maths);
    const qint64 first = r.methodist(QStringLiteral("Первов"), r.city, r.maths);
    const qint64 second = r.methodist(QStringLiteral("Вторых"), r.city, r.maths);
    REQUIRE(r.assign({teacher}, first).value() == 1);
    // Assigning to the same methodist again changes nothing.
    REQUIRE(r.assign({teacher}, first).value() == 0);
    REQUIRE(r.assign({teacher}, second).value() == 1);

    AssignmentFilter history;
    history.teacherId = teacher;
    history.activeOnly = false;
    auto rows = AssignmentRepository(r.db).list(history);
    REQUIRE(rows.ok());
    REQUIRE(rows->size() == 2);
    CHECK(rows->at(0).methodistId == first);
    CHECK(rows->at(0).endedOn == QDate(2025, 9, 1));
    CHECK(rows->at(0).endReason.contains(QStringLiteral("Вторых")));
    CHECK(rows->at(1).methodistId == second);
    CHECK(rows->at(1).endedOn.isNull());
    CHECK(AssignmentRepository(r.db).load(first, year).value() == 0);
    CHECK(AssignmentRepository(r.db).load(second, year).value() == 1);

    // The database itself refuses a second active assignment that year.
    Assignment duplicate{0, teacher, first, year, 0, QDate(2025, 10, 1), {}, {}, 0, 0, {}};
    auto refused = AssignmentWriter(r.db).insert(duplicate);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.message().contains(year));
    // Another year is another assignment.
    duplicate.academicYear = QStringLiteral("2026/2027");
    CHECK(AssignmentWriter(r.db).insert(duplicate).ok());
}

TEST_CASE("assignment: warnings need a reason to override", "[assignment]")
{
    Region r;
    const qint64 mathsTeacher = r.teacher(QStringLiteral("Иванова"), r.citySchool, r.maths);
    const qint64 physicsTeacher = r.teacher(QStringLiteral("Петрова"), r.citySchool, r.physics);
    const qint64 full = r.methodist(QStringLiteral("Полнов"), r.city, r.maths, 1);
    const qint64 novice = r.methodist(QStringLiteral("Новиков"), r.city, r.maths, 60, false);
    REQUIRE(r.assign({mathsTeacher}, full).ok());

    SECTION("another subject")
    {
        auto check = AssignmentService(r.db).check({physicsTeacher}, novice, year);
        REQUIRE(check.ok());
        CHECK(check->warnings.size() == 2); // the subject and the РМА requirements
        auto refused = r.assign({physicsTeacher}, novice);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.message().contains(QStringLiteral("Петрова А. С.")));
        CHECK(r.active() == 1);
        auto overridden = r.assign({physicsTeacher}, novice, QStringLiteral("Нет методиста по физике"));
        REQUIRE(overridden.ok());
        AssignmentFilter filter;
        filter.teacherId = physicsTeacher;
        CHECK(AssignmentRepository(r.db).list(filter).value().at(0).overrideReason
              == QStringLiteral("Нет методиста по физике"));
    }
    SECTION("over capacity")
    {
        const qint64 another = r.teacher(QStringLiteral("Сидорова"), r.citySchool, r.maths);
        auto check = AssignmentService(r.db).check({another}, full, year);
        REQUIRE(check.ok());
        REQUIRE(check->warnings.size() == 1);
        CHECK(check->warnings[0].contains(QStringLiteral("2")));
        CHECK_FALSE(r.assign({another}, full).ok());
        CHECK(r.assign({another}, full, QStringLiteral("Временно")).ok());
        CHECK(AssignmentRepository(r.db).load(full, year).value() == 2);
    }
    SECTION("a methodist without warnings needs no reason")
    {
        const qint64 fine = r.methodist(QStringLiteral("Годнов"), r.city, r.maths);
        auto check = AssignmentService(r.db).check({mathsTeacher}, fine, year);
        REQUIRE(check.ok());
        CHECK(check->warnings.isEmpty());
        CHECK(check->reassigned == 1);
    }
}

TEST_CASE("assignment: people with assignments are not deleted", "[assignment]")
{
    Region r;
    const qint64 teacher = r.teacher(QStringLiteral("Иванова"), r.citySchool, r.maths);
    const qint64 methodist = r.methodist(QStringLiteral("Петров"), r.city, r.maths);
    REQUIRE(r.assign({teacher}, methodist).ok());
    Status refused = MethodistWriter(r.db).remove(methodist);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.message().contains(year));
    CHECK(refused.message().contains(QStringLiteral("1")));
    CHECK_FALSE(TeacherWriter(r.db).remove(teacher).ok());
    CHECK(MethodistRepository(r.db).get(methodist).ok());
}

TEST_CASE("assignment: automatic plan, preview, apply in one transaction", "[assignment]")
{
    Region r;
    QList<qint64> cityTeachers, districtTeachers;
    for (int i = 0; i < 5; ++i)
        cityTeachers << r.teacher(QStringLiteral("Городская%1").arg(i), r.citySchool, r.maths);
    for (int i = 0; i < 3; ++i)
        districtTeachers << r.teacher(QStringLiteral("Районная%1").arg(i), r.districtSchool, r.maths);
    const qint64 noMethodist = r.teacher(QStringLiteral("Физикова"), r.citySchool, r.physics);
    const qint64 cityMethodist = r.methodist(QStringLiteral("Городской"), r.city, r.maths, 4);
    const qint64 districtMethodist = r.methodist(QStringLiteral("Районный"), r.district, r.maths, 3);

    AssignmentService service(r.db);
    auto plan = service.plan({year, 0, 0});
    REQUIRE(plan.ok());
    auto report = service.report(plan.value());
    REQUIRE(report.ok());
    CHECK(report->candidates == 9);
    CHECK(report->assigned == 7);             // 4 + 3 places
    CHECK(report->sameMunicipality == 7);     // the fifth city teacher cannot stay in town: no place left
    CHECK(report->unassigned == 2);
    REQUIRE(report->gaps.size() == 2);
    // Previewing writes nothing.
    CHECK(r.active() == 0);

    auto run = service.apply(plan.value(), QDate(2025, 9, 1));
    REQUIRE(run.ok());
    CHECK(r.active() == 7);
    CHECK(AssignmentRepository(r.db).load(cityMethodist, year).value() == 4);
    CHECK(AssignmentRepository(r.db).load(districtMethodist, year).value() == 3);
    AssignmentFilter ofRun;
    ofRun.planningRunId = run.value();
    CHECK(r.active(ofRun) == 7);
    AssignmentFilter physics;
    physics.teacherId = noMethodist;
    CHECK(r.active(physics) == 0);

    // The same plan again would overfill: refused, nothing written.
    auto stale = service.apply(plan.value());
    REQUIRE_FALSE(stale.ok());
    CHECK(r.active() == 7);
}

TEST_CASE("assignment: a cancelled apply writes nothing", "[assignment]")
{
    Region r;
    for (int i = 0; i < 12000; ++i)
        r.teacher(QStringLiteral("Учитель%1").arg(i), r.citySchool, r.maths);
    for (int i = 0; i < 200; ++i)
        r.methodist(QStringLiteral("Методист%1").arg(i), r.city, r.maths);
    AssignmentService service(r.db);
    auto plan = service.plan({year, 0, 0});
    REQUIRE(plan.ok());
    REQUIRE(plan->plan.assignments.size() == 12000);
    CancelAfter cancel(5000);
    auto applied = service.apply(plan.value(), {}, &cancel);
    REQUIRE_FALSE(applied.ok());
    CHECK(r.active() == 0);
    auto runs = r.db.exec(QStringLiteral("SELECT count(*) FROM planning_runs"));
    REQUIRE(runs.ok());
    runs.value().next();
    CHECK(runs.value().value(0).toInt() == 0);
}

TEST_CASE("assignment: the plan takes only the chosen municipality", "[assignment]")
{
    Region r;
    r.teacher(QStringLiteral("Городская"), r.citySchool, r.maths);
    const qint64 rural = r.teacher(QStringLiteral("Районная"), r.districtSchool, r.maths);
    r.methodist(QStringLiteral("Городской"), r.city, r.maths);
    auto plan = AssignmentService(r.db).plan({year, 0, r.district});
    REQUIRE(plan.ok());
    REQUIRE(plan->plan.assignments.size() == 1);
    CHECK(plan->plan.assignments[0].teacherId == rural);
    CHECK_FALSE(plan->plan.assignments[0].sameMunicipality);
}

TEST_CASE("assignment: methodists short of the РМА requirements are left out of the automatic plan unless asked",
          "[assignment]")
{
    Region r;
    for (int i = 0; i < 3; ++i)
        r.teacher(QStringLiteral("Городская%1").arg(i), r.citySchool, r.maths);
    const qint64 eligible = r.methodist(QStringLiteral("Годный"), r.city, r.maths, 1);
    const qint64 ineligible = r.methodist(QStringLiteral("Негодный"), r.city, r.maths, 5, false);
    const qint64 otherSubject = r.methodist(QStringLiteral("Физиков"), r.city, r.physics, 5, false);
    AssignmentService service(r.db);

    auto plan = service.plan({year, 0, 0});
    REQUIRE(plan.ok());
    CHECK(plan->plan.assignments.size() == 1);
    CHECK(plan->plan.assignments[0].methodistId == eligible);
    CHECK(plan->leftOut == QList<qint64>{ineligible, otherSubject});
    auto report = service.report(plan.value());
    REQUIRE(report.ok());
    // Only the subjects planned for are shown, with the reasons.
    REQUIRE(report->leftOut.size() == 1);
    CHECK(report->leftOut[0].methodistId == ineligible);
    CHECK(report->leftOut[0].shortfalls == MethodistRepository(r.db).shortfalls(ineligible).value());
    CHECK(report->leftOut[0].shortfalls.size() == 3);
    for (const PlanReport::Load &load : report->loads)
        CHECK(load.methodistId != ineligible);

    auto included = service.plan({year, 0, 0, true});
    REQUIRE(included.ok());
    CHECK(included->plan.assignments.size() == 3);
    CHECK(included->leftOut.isEmpty());
    CHECK(service.report(included.value())->leftOut.isEmpty());

    // Manual assignment still warns and asks for a reason.
    const qint64 teacher = plan->plan.unassigned.front().teacherId;
    auto check = service.check({teacher}, ineligible, year);
    REQUIRE(check.ok());
    CHECK(check->warnings.size() == 1);
    CHECK_FALSE(r.assign({teacher}, ineligible).ok());
    CHECK(r.assign({teacher}, ineligible, QStringLiteral("по решению ЦНППМ")).ok());
}

TEST_CASE("assignment: when places are short, the priority categories come first, in the order kept in the settings",
          "[assignment]")
{
    Region r;
    Organisation lowSchool;
    lowSchool.name = QStringLiteral("МБОУ «Школа 500+»");
    lowSchool.municipalityId = r.district;
    lowSchool.lowResults = true;
    const qint64 lowResultSchool = OrganisationWriter(r.db).insert(lowSchool).value();
    const auto teacher = [&r](const QString &name, qint64 school, const QString &category = {}) {
        return r.teacher(name, school, r.maths, {},
                         category.isEmpty() ? QList<qint64>() : QList<qint64>{r.supportCategory(category)});
    };
    teacher(QStringLiteral("Обычная"), r.citySchool);
    const qint64 young = teacher(QStringLiteral("Молодая"), r.citySchool, QStringLiteral("young_specialists"));
    const qint64 troubled = teacher(QStringLiteral("Затруднённая"), r.citySchool,
                                    QStringLiteral("professional_difficulties"));
    const qint64 lowPupils = teacher(QStringLiteral("Низкие"), r.citySchool, QStringLiteral("low_results"));
    // Her school has low results; she is of another municipality than the only methodist.
    const qint64 atLowSchool = teacher(QStringLiteral("Школьная"), lowResultSchool);
    r.methodist(QStringLiteral("Единственный"), r.city, r.maths, 2);
    AssignmentService service(r.db);
    const auto covered = [&service](const PlanRequest &request) {
        auto plan = service.plan(request);
        REQUIRE(plan.ok());
        QList<qint64> ids;
        for (const PlannedAssignment &a : plan->plan.assignments)
            ids << a.teacherId;
        return ids;
    };

    // The shipped order: low results of pupils or of the school first, even away from home.
    CHECK(PriorityService::order(r.db).value() == PriorityOrder::shipped());
    CHECK(covered({year, 0, 0}) == QList<qint64>{lowPupils, atLowSchool});
    auto plan = service.plan({year, 0, 0});
    auto report = service.report(plan.value());
    REQUIRE(report.ok());
    REQUIRE(report->priorities.size() == 3);
    CHECK(report->priorities[0].codes
          == QStringList{QStringLiteral("low_results"), PriorityOrder::lowResultSchoolCode()});
    CHECK(report->priorities[0].categories.size() == 2);
    CHECK(report->priorities[0].candidates == 2);
    CHECK(report->priorities[0].covered == 2);
    CHECK(report->priorities[1].candidates == 1);
    CHECK(report->priorities[1].covered == 0);
    CHECK(report->priorities[2].candidates == 1);
    CHECK(report->sameMunicipality == 1);
    // In the program's language: the sentences as translated.
    const QString covered2of5 = AssignmentService::tr("Covered %1 of %2").arg(QStringLiteral("2"), QStringLiteral("5"));
    const auto rank = [](int r, int c, int w) {
        return AssignmentService::tr("rank %1 — %2 of %3").arg(r).arg(QString::number(c), QString::number(w));
    };
    CHECK(report->coverageText(QLocale::c())
          == AssignmentService::tr("%1; of the priority categories: %2.")
                 .arg(covered2of5, QStringList{rank(1, 2, 2), rank(2, 0, 1), rank(3, 0, 1)}.join(QStringLiteral(", "))));

    // Another order, saved in the database's settings.
    PriorityService priorities(r.db);
    const auto young1st = PriorityOrder::parse(QStringLiteral("young_specialists,professional_difficulties"));
    REQUIRE(priorities.save(young1st.value()).ok());
    CHECK(SettingsRepository(r.db).value(PriorityService::settingKey()).value()
          == QStringLiteral("young_specialists,professional_difficulties"));
    CHECK(covered({year, 0, 0}) == QList<qint64>{young, troubled});
    // Narrowed to one category, the order still ranks within it.
    CHECK(covered({year, r.supportCategory(QStringLiteral("low_results")), 0}) == QList<qint64>{lowPupils});

    // No priorities: the own municipality decides.
    REQUIRE(priorities.save(PriorityOrder()).ok());
    auto plain = service.plan({year, 0, 0});
    REQUIRE(plain.ok());
    CHECK(plain->plan.sameMunicipalityCount == 2);
    CHECK(service.report(plain.value())->coverageText(QLocale::c())
          == AssignmentService::tr("%1; no priority categories are set.").arg(covered2of5));

    // Unknown codes are refused; the shipped order comes back on reset.
    const Status refused = priorities.save(PriorityOrder::parse(QStringLiteral("low_results,невесть")).value());
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.message().contains(QStringLiteral("невесть")));
    REQUIRE(priorities.reset().ok());
    CHECK(PriorityService::order(r.db).value() == PriorityOrder::shipped());
    // A setting nobody can read stops planning with a reason instead of planning in some other order.
    REQUIRE(SettingsWriter(r.db).setValue(PriorityService::settingKey(), QStringLiteral("low_results,,")).ok());
    CHECK_FALSE(service.plan({year, 0, 0}).ok());
}

TEST_CASE("order: made for the assignments without one, with its appendix", "[order]")
{
    Region r;
    const qint64 a = r.teacher(QStringLiteral("Яковлева"), r.citySchool, r.maths);
    const qint64 b = r.teacher(QStringLiteral("Абрамова"), r.districtSchool, r.maths);
    const qint64 c = r.teacher(QStringLiteral("Ёжикова"), r.citySchool, r.physics);
    const qint64 maths = r.methodist(QStringLiteral("Борисов"), r.city, r.maths);
    const qint64 physics = r.methodist(QStringLiteral("Алексеев"), r.city, r.physics);
    REQUIRE(r.assign({a, b}, maths).ok());
    REQUIRE(r.assign({c}, physics).ok());

    OrderService service(r.db);
    OrderSettings settings = service.settings().value();
    settings.institution = QStringLiteral("ГАУ КО «Институт развития образования»");
    settings.signatoryPosition = QStringLiteral("Ректор");
    settings.signatoryName = QStringLiteral("А. Б. Вениаминов");
    REQUIRE(service.saveSettings(settings).ok());
    settings.layout.fontSize = 16;
    CHECK_FALSE(service.saveSettings(settings).ok());

    auto draft = service.draft(year, QStringLiteral("125-о"), QDate(2025, 9, 1));
    REQUIRE(draft.ok());
    CHECK(draft->signatoryName == QStringLiteral("А. Б. Вениаминов"));
    CHECK(draft->items.size() == 3);
    AssignmentFilter selection;
    selection.academicYear = year;
    selection.withoutOrder = true;
    auto id = service.create(draft.value(), selection);
    REQUIRE(id.ok());
    CHECK(OrderRepository(r.db).get(id.value())->assignmentCount == 3);

    // Nothing is left for a second order, and the number is taken anyway.
    Order second = draft.value();
    second.number = QStringLiteral("126-о");
    CHECK_FALSE(service.create(second, selection).ok());
    CHECK(OrderRepository(r.db).list().value().size() == 1);
    CHECK_FALSE(OrderWriter(r.db).insert(draft.value()).ok());

    auto doc = service.document(id.value());
    REQUIRE(doc.ok());
    CHECK(doc->institution == settings.institution);
    CHECK(doc->teacherCount() == 3);
    REQUIRE(doc->appendix.size() == 2);
    // Methodists alphabetically (Алексеев, Борисов), teachers likewise within.
    CHECK(doc->appendix[0].methodistName == QStringLiteral("Алексеев Пётр Ильич"));
    CHECK(doc->appendix[0].subject == QStringLiteral("физика"));
    REQUIRE(doc->appendix[1].teachers.size() == 2);
    CHECK(doc->appendix[1].teachers[0].teacherName == QStringLiteral("Абрамова Анна Сергеевна"));
    CHECK(doc->appendix[1].teachers[0].municipality == QStringLiteral("Гурьевский муниципальный округ"));
    CHECK(doc->appendix[1].teachers[1].organisation == QStringLiteral("МАОУ СОШ № 1"));
    CHECK(doc->appendixHeading().contains(QStringLiteral("125-о")));
    CHECK(doc->appendixHeading().contains(QStringLiteral("01.09.2025")));

    CHECK_FALSE(service.exportTo(id.value(), r.scratch.path(QStringLiteral("order.txt"))).ok());
    CHECK(OrderRepository(r.db).findByNumber(QStringLiteral("125-о")).value() == id.value());
    CHECK_FALSE(OrderRepository(r.db).findByNumber(QStringLiteral("999")).ok());
}
