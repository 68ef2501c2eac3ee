// Who changed what and when (schema 11, a shared server's audit), the
// history of a record read from it (or, in a file, from the assignments
// alone), and the notifications that tell another connection of a change.
#include <catch2/catch.hpp>

#include "TestSupport.h"
#include "services/AssignmentService.h"
#include "services/HistoryService.h"
#include "services/Importer.h"
#include "services/PersonService.h"
#include "services/Setup.h"
#include "storage/AuditRepository.h"
#include "storage/ChangeWatch.h"
#include "storage/DictionaryRepository.h"
#include "storage/MethodistRepository.h"
#include "storage/OrganisationRepository.h"
#include "storage/TeacherRepository.h"

#include <QRegularExpression>
#include <QDir>
#include <QSignalSpy>
#include <QTest>

using namespace metodist;
using metodist::test::Scratch;

namespace {

const QString year = QStringLiteral("2025/2026");

QString fixture(const char *name)
{
    return QDir(QStringLiteral(METODIST_FIXTURES)).filePath(QString::fromUtf8(name));
}

qint64 scalar(const Database &db, const QString &sql, const QVariantList &values = {})
{
    auto query = db.exec(sql, values);
    REQUIRE(query.ok());
    REQUIRE(query.value().next());
    return query.value().value(0).toLongLong();
}

// A Kaliningrad registry with a school, two subjects and a methodist.
struct Registry
{
    Scratch scratch;
    QString location = test::databaseLocation(scratch, QStringLiteral("audit.sqlite"));
    Database db;
    qint64 city = 0, school = 0, maths = 0, physics = 0, methodist = 0;

    explicit Registry(const QString &region = QStringLiteral("kaliningrad"))
    {
        REQUIRE(db.open(location).ok());
        REQUIRE(Setup::initialise(db, region).ok());
        DictionaryRepository dictionaries(db);
        auto municipalities = dictionaries.entries(QStringLiteral("municipalities"));
        REQUIRE(municipalities.ok());
        REQUIRE_FALSE(municipalities.value().isEmpty());
        city = municipalities.value().first().id;
        maths = dictionaries.findByName(QStringLiteral("subjects"), QStringLiteral("Математика")).value();
        physics = dictionaries.findByName(QStringLiteral("subjects"), QStringLiteral("Физика")).value();
        REQUIRE(city > 0);
        REQUIRE(maths > 0);
        REQUIRE(physics > 0);
        school = OrganisationWriter(db).findOrCreate(city, QStringLiteral("МАОУ СОШ № 1")).value();
        Methodist m;
        m.lastName = QStringLiteral("Орлов");
        m.firstName = QStringLiteral("Пётр");
        m.middleName = QStringLiteral("Ильич");
        m.municipalityId = city;
        m.subjectId = maths;
        methodist = MethodistWriter(db).insert(m).value();
        REQUIRE(methodist > 0);
    }

    // A teacher saved through the editor's service, as the window saves her.
    qint64 newTeacher(const QString &lastName)
    {
        Teacher t;
        t.lastName = lastName;
        t.firstName = QStringLiteral("Анна");
        t.middleName = QStringLiteral("Сергеевна");
        t.subjectId = maths;
        auto saved = PersonService(db).saveTeacher(Teacher(), t, placeOfWork());
        REQUIRE(saved.ok());
        REQUIRE(saved.value().isSaved());
        return saved.value().id();
    }

    PlaceOfWork placeOfWork() const { return {city, QStringLiteral("МАОУ СОШ № 1")}; }

    void edit(qint64 id, const std::function<void(Teacher &)> &change)
    {
        PersonService service(db);
        const Teacher loaded = service.teacher(id).value();
        Teacher edited = loaded;
        change(edited);
        auto saved = service.saveTeacher(loaded, edited, placeOfWork());
        REQUIRE(saved.ok());
        REQUIRE(saved.value().isSaved());
    }
};

const HistoryEntry *findEntry(const History &history, const QString &action, const QString &field)
{
    for (const HistoryEntry &e : history.entries)
        if (e.action == action && e.field == field)
            return &e;
    return nullptr;
}

qsizetype position(const History &history, const HistoryEntry *entry)
{
    return entry - history.entries.data();
}

} // namespace

TEST_CASE("audit: the server writes who changed a teacher, the old and the new values", "[audit]")
{
    Registry r;
    AuditRepository audit(r.db);
    if (!test::onServer()) {
        // A file keeps no audit: no table, no triggers, nothing written.
        CHECK_FALSE(audit.isKept());
        CHECK(scalar(r.db, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'audit_log' "
                                          "OR (type = 'trigger' AND name LIKE '%audit%')"))
              == 0);
        return;
    }
    REQUIRE(audit.isKept());
    auto role = r.db.exec(QStringLiteral("SELECT session_user"));
    REQUIRE(role.ok());
    REQUIRE(role.value().next());
    const QString connectedRole = role.value().value(0).toString();
    REQUIRE_FALSE(connectedRole.isEmpty());

    const qint64 id = r.newTeacher(QStringLiteral("Ёлкина"));
    r.edit(id, [&](Teacher &t) {
        t.lastName = QStringLiteral("Ёлкина-Петрова");
        t.subjectId = r.physics;
    });
    r.edit(id, [](Teacher &) {}); // saved as it was: nothing to record

    auto rows = audit.forRecord(QStringLiteral("teachers"), id);
    REQUIRE(rows.ok());
    REQUIRE(rows.value().size() == 2);
    const AuditRecord &added = rows.value()[0];
    CHECK(added.action == u'I');
    CHECK(added.actor == connectedRole);
    CHECK(added.newValues.value(QStringLiteral("last_name")).toString() == QStringLiteral("Ёлкина"));
    const AuditRecord &changed = rows.value()[1];
    CHECK(changed.action == u'U');
    CHECK(changed.actor == connectedRole);
    CHECK(changed.recordId == id);
    CHECK(changed.at.isValid());
    CHECK(changed.at >= added.at);
    // The old values of what changed alone; the new row whole.
    CHECK(changed.oldValues.value(QStringLiteral("last_name")).toString() == QStringLiteral("Ёлкина"));
    CHECK(changed.oldValues.value(QStringLiteral("subject_id")).toInteger() == r.maths);
    CHECK_FALSE(changed.oldValues.contains(QStringLiteral("first_name")));
    CHECK(changed.newValues.value(QStringLiteral("last_name")).toString() == QStringLiteral("Ёлкина-Петрова"));
    CHECK(changed.newValues.value(QStringLiteral("subject_id")).toInteger() == r.physics);
    CHECK(changed.newValues.value(QStringLiteral("first_name")).toString() == QStringLiteral("Анна"));

    // A teacher deleted: the row as it was.
    REQUIRE(PersonService(r.db).removeTeachers({id}).ok());
    rows = audit.forRecord(QStringLiteral("teachers"), id);
    REQUIRE(rows.ok());
    REQUIRE(rows.value().size() == 3);
    CHECK(rows.value()[2].action == u'D');
    CHECK(rows.value()[2].actor == connectedRole);
    CHECK(rows.value()[2].oldValues.value(QStringLiteral("last_name")).toString() == QStringLiteral("Ёлкина-Петрова"));
    CHECK(rows.value()[2].newValues.isEmpty());
}

TEST_CASE("audit: an import is one summary row, not a row per teacher", "[audit][import]")
{
    if (!test::onServer())
        return;
    // The fixture's teachers work in Tyumen.
    Registry r(QStringLiteral("tyumen"));
    const qint64 before = scalar(r.db, QStringLiteral("SELECT count(*) FROM audit_log"));
    auto report = Importer(r.db, ImportKind::Teachers).importFile(fixture("teachers_cp1251.csv"));
    REQUIRE(report.ok());
    REQUIRE(report.value().created >= 2);
    CHECK(scalar(r.db, QStringLiteral("SELECT count(*) FROM audit_log WHERE table_name = 'teachers' "
                                      "AND record_id IS NOT NULL")) == 0);
    CHECK(scalar(r.db, QStringLiteral("SELECT count(*) FROM audit_log WHERE table_name = 'teacher_support_categories'"))
          == 0);
    auto bulk = AuditRepository(r.db).bulkWrites();
    REQUIRE(bulk.ok());
    const auto teachers = std::find_if(bulk.value().begin(), bulk.value().end(),
                                       [](const AuditRecord &a) { return a.table == u"teachers"; });
    REQUIRE(teachers != bulk.value().end());
    CHECK(teachers->action == u'I');
    CHECK(teachers->rowCount == report.value().created);
    CHECK(teachers->recordId == 0);
    CHECK_FALSE(teachers->actor.isEmpty());
    // Every row it wrote is in some summary row; nothing per row.
    CHECK(scalar(r.db, QStringLiteral("SELECT count(*) FROM audit_log")) - before == bulk.value().size());

    // The setting lasts the import's transaction alone: the next edit is audited.
    const qint64 id = r.newTeacher(QStringLiteral("После-Импорта"));
    CHECK(AuditRepository(r.db).forRecord(QStringLiteral("teachers"), id).value().size() == 1);
}

TEST_CASE("audit: a planning run is one summary row", "[audit][assignment]")
{
    Registry r;
    if (!test::onServer())
        return;
    for (const char *name : {"Первая", "Вторая", "Третья"})
        r.newTeacher(QString::fromUtf8(name));
    // The methodist meets the requirements of the РМА.
    REQUIRE(r.db.exec(QStringLiteral("UPDATE methodists SET experience_years = 12, qualification_category_id = "
                                     "(SELECT id FROM dictionary_entries WHERE dictionary = 'qualification_categories' "
                                     "AND code = 'highest'), education_level_id = (SELECT id FROM dictionary_entries "
                                     "WHERE dictionary = 'education_levels' AND code = 'higher_pedagogical')"))
                .ok());
    PlanRequest request;
    request.academicYear = year;
    request.includeIneligible = true;
    AssignmentService service(r.db);
    auto plan = service.plan(request);
    REQUIRE(plan.ok());
    REQUIRE(plan.value().plan.assignments.size() == 3);
    auto run = service.apply(plan.value(), QDate(2025, 9, 1));
    REQUIRE(run.ok());
    CHECK(scalar(r.db, QStringLiteral("SELECT count(*) FROM audit_log WHERE table_name = 'assignments' "
                                      "AND record_id IS NOT NULL")) == 0);
    CHECK(scalar(r.db, QStringLiteral("SELECT row_count FROM audit_log WHERE table_name = 'assignments' "
                                      "AND record_id IS NULL")) == 3);
}

TEST_CASE("history: a teacher's changes in order, with names, her assignments among them", "[audit][history]")
{
    Registry r;
    const qint64 id = r.newTeacher(QStringLiteral("Ёлкина"));
    r.edit(id, [&](Teacher &t) { t.subjectId = r.physics; });
    auto assigned = AssignmentService(r.db).assign({{id}, r.methodist, year, 0, QDate(2025, 9, 1), QStringLiteral("по заявке")});
    REQUIRE(assigned.ok());
    const qint64 assignment = scalar(r.db, QStringLiteral("SELECT id FROM assignments WHERE teacher_id = ?"), {id});
    REQUIRE(AssignmentService(r.db).end(assignment, QDate(2025, 12, 1), QStringLiteral("переезд")).ok());

    auto history = HistoryService(r.db).of(HistorySubject::Teacher, id);
    REQUIRE(history.ok());
    const QString methodistName = QStringLiteral("Орлов Пётр Ильич");
    if (test::onServer()) {
        CHECK(history.value().audited);
        // The subject changed, by name (as the dictionary writes it).
        const HistoryEntry *subject = findEntry(history.value(), HistoryService::tr("Changed"),
                                                HistoryService::tr("Subject"));
        REQUIRE(subject);
        INFO(subject->oldValue.toStdString() << " → " << subject->newValue.toStdString());
        CHECK(subject->oldValue == QStringLiteral("математика"));
        CHECK(subject->newValue == QStringLiteral("физика"));
        CHECK_FALSE(subject->actor.isEmpty());
        // Added with the organisation's name, not its id.
        const HistoryEntry *organisation = findEntry(history.value(), HistoryService::tr("Added"),
                                                     HistoryService::tr("Organisation"));
        REQUIRE(organisation);
        CHECK(organisation->newValue == QStringLiteral("МАОУ СОШ № 1"));
        // The assignment from the audit: the methodist by name, its end with the reason.
        const HistoryEntry *methodist = findEntry(history.value(), HistoryService::tr("Added"),
                                                  HistoryService::tr("Methodist"));
        REQUIRE(methodist);
        CHECK(methodist->newValue == methodistName);
        CHECK(methodist->record.contains(year));
        const HistoryEntry *ended = findEntry(history.value(), HistoryService::tr("Changed"),
                                              HistoryService::tr("End reason"));
        REQUIRE(ended);
        CHECK(ended->newValue == QStringLiteral("переезд"));
        CHECK(ended->record.contains(methodistName));
        // Oldest first.
        for (int i = 1; i < history.value().entries.size(); ++i)
            CHECK(history.value().entries[i - 1].at <= history.value().entries[i].at);
        CHECK(position(history.value(), organisation) < position(history.value(), subject));
        CHECK(position(history.value(), subject) < position(history.value(), ended));

        // The export has a line per entry under its headers.
        const ExportTable table = HistoryService::table(history.value(), QStringLiteral("История"));
        CHECK(table.rows.size() == history.value().entries.size());
        CHECK(table.headers.size() == 7);
    }
}

TEST_CASE("history: a file shows a teacher's assignments and says the rest is kept on a server",
          "[audit][history][sqlite-only]")
{
    Registry r;
    const qint64 id = r.newTeacher(QStringLiteral("Ёлкина"));
    REQUIRE(AssignmentService(r.db).assign({{id}, r.methodist, year, 0, QDate(2025, 9, 1), QStringLiteral("по заявке")}).ok());
    const qint64 assignment = scalar(r.db, QStringLiteral("SELECT id FROM assignments WHERE teacher_id = ?"), {id});
    REQUIRE(AssignmentService(r.db).end(assignment, QDate(2025, 12, 1), QStringLiteral("переезд")).ok());

    auto history = HistoryService(r.db).of(HistorySubject::Teacher, id);
    REQUIRE(history.ok());
    CHECK_FALSE(history.value().audited);
    CHECK(HistoryService::fileNote().contains(QRegularExpression(QStringLiteral("server|сервер"), QRegularExpression::CaseInsensitiveOption)));
    const HistoryEntry *assigned = findEntry(history.value(), HistoryService::tr("Assigned"), HistoryService::tr("Methodist"));
    REQUIRE(assigned);
    CHECK(assigned->newValue == QStringLiteral("Орлов Пётр Ильич"));
    CHECK(assigned->at.date() == QDate(2025, 9, 1));
    CHECK(assigned->dateOnly);
    CHECK(assigned->actor.isEmpty());
    const HistoryEntry *ended = findEntry(history.value(), HistoryService::tr("Ended"), HistoryService::tr("End reason"));
    REQUIRE(ended);
    CHECK(ended->newValue == QStringLiteral("переезд"));
    CHECK(ended->at.date() == QDate(2025, 12, 1));
    CHECK(position(history.value(), assigned) < position(history.value(), ended));
    // The teacher's own edits are not kept in a file.
    CHECK_FALSE(findEntry(history.value(), HistoryService::tr("Changed"), HistoryService::tr("Subject")));
}

TEST_CASE("change watch: another connection's commit on the server is heard, the connection's own is not",
          "[audit][live]")
{
    Registry r;
    if (!test::onServer())
        return;
    Database other;
    REQUIRE(other.open(r.location).ok());
    ChangeWatch watch;
    watch.setDatabase(&r.db);
    QSignalSpy changed(&watch, &ChangeWatch::changed);

    // Its own: nothing, even after waiting for the server.
    r.newTeacher(QStringLiteral("Своя"));
    CHECK_FALSE(changed.wait(500));
    CHECK_FALSE(watch.check());

    // Another connection's commit arrives on the socket, as one changed().
    Teacher t;
    t.lastName = QStringLiteral("Чужая");
    t.firstName = QStringLiteral("Анна");
    REQUIRE(TeacherWriter(other).insert(t).ok());
    REQUIRE(changed.wait(5000));
    CHECK(changed.size() == 1);
    CHECK_FALSE(watch.check()); // seen once
    QTest::qWait(300);
    CHECK(changed.size() == 1);

    // A look right after a commit sees it, without the event loop.
    watch.setEnabled(false);
    t.lastName = QStringLiteral("Третья");
    REQUIRE(TeacherWriter(other).insert(t).ok());
    CHECK(watch.acknowledge());
    CHECK_FALSE(watch.check());
    CHECK(changed.size() == 1);

    // Disabled, a notification is kept for the next look, not reported.
    t.lastName = QStringLiteral("Четвёртая");
    REQUIRE(TeacherWriter(other).insert(t).ok());
    QTest::qWait(500);
    CHECK(changed.size() == 1);
    CHECK(watch.check());
    CHECK(changed.size() == 2);

    // Nothing watched: nothing heard.
    watch.setEnabled(true);
    watch.setDatabase(nullptr);
    t.lastName = QStringLiteral("Пятая");
    REQUIRE(TeacherWriter(other).insert(t).ok());
    CHECK_FALSE(changed.wait(500));
    CHECK_FALSE(watch.check());
}
