// Databases left by every released schema version (tests/fixtures/schema,
// made by tests/tools/SchemaFixtures.cpp from that version's migrations, with
// rows in every table) open in the current program: upgraded to the latest
// schema with every row of every table still there and readable.
#include <catch2/catch.hpp>

#include "TestSupport.h"
#include "storage/Database.h"
#include "storage/MethodistRepository.h"
#include "storage/TeacherRepository.h"

#include <QFile>
#include <QMap>

using namespace metodist;
using metodist::test::Scratch;

namespace {

const QString schemaFixtures = QStringLiteral(METODIST_FIXTURES "/schema");

qint64 scalar(const Database &db, const QString &sql, const QVariantList &values = {})
{
    auto query = db.exec(sql, values);
    REQUIRE(query.ok());
    REQUIRE(query.value().next());
    return query.value().value(0).toLongLong();
}

QString text(const Database &db, const QString &sql, const QVariantList &values = {})
{
    auto query = db.exec(sql, values);
    REQUIRE(query.ok());
    REQUIRE(query.value().next());
    return query.value().value(0).toString();
}

// The program's own tables and their rows; the search indexes' shadow tables
// are the engine's business and left out.
QMap<QString, qint64> rowsPerTable(const Database &db)
{
    QMap<QString, qint64> rows;
    auto tables = db.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' "
                                         "AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '%_search%'"));
    REQUIRE(tables.ok());
    QStringList names;
    while (tables.value().next())
        names << tables.value().value(0).toString();
    for (const QString &name : names)
        rows.insert(name, scalar(db, QStringLiteral("SELECT count(*) FROM \"%1\"").arg(name)));
    return rows;
}

// The tables each version added (migrations add tables and never alter them).
const QMap<int, QStringList> tablesAddedBy{
    {1, {"schema_migrations", "settings", "municipalities", "subjects", "dictionary_entries"}},
    {2, {"organisations", "teachers"}},
    {3, {"methodists", "teacher_support_categories", "professional_development", "diagnostics",
         "diagnostic_deficits"}},
    {4, {"orders", "planning_runs", "assignments"}},
    {5, {"events", "roadmaps", "roadmap_stages", "roadmap_activities", "roadmap_activity_teachers", "work_log",
         "route_catalogue", "routes", "route_items"}},
    {6, {"monitoring_values"}},
    {7, {"dictionary_aliases"}},
    {8, {"route_catalogue_subjects", "route_catalogue_deficits", "route_catalogue_levels"}},
    {9, {"network_units", "network_members", "network_organisations"}},
    {10, {}}, // indexes only
    {11, {}}, // the server's audit: nothing in a file
    {12, {}}, // the server's roles: nothing in a file
};

} // namespace

TEST_CASE("stored databases of every released schema version upgrade with every table's rows", "[database][schema]")
{
    const int latest = Database::latestSchemaVersion();
    // A new schema version needs its stored file (and its tables' rows in the generator).
    REQUIRE(tablesAddedBy.lastKey() == latest);
    for (int version = 1; version <= latest; ++version) {
        DYNAMIC_SECTION("schema " << version)
        {
            const QString fixture = schemaFixtures + QStringLiteral("/schema-%1.sqlite").arg(version);
            REQUIRE(QFile::exists(fixture));
            Scratch scratch;
            const QString path = scratch.path(QStringLiteral("stored.sqlite"));
            REQUIRE(QFile::copy(fixture, path));
            QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);

            QMap<QString, qint64> before;
            {
                Database stored;
                OpenOptions asIs;
                asIs.upgrade = false;
                asIs.createIfMissing = false;
                REQUIRE(stored.open(path, asIs).ok());
                REQUIRE(stored.schemaVersion() == version);
                before = rowsPerTable(stored);
            }
            // The file has the tables of its version, each with rows.
            QStringList expected;
            for (int v = 1; v <= version; ++v)
                expected << tablesAddedBy.value(v);
            expected.sort();
            CHECK(before.keys() == expected);
            for (auto it = before.cbegin(); it != before.cend(); ++it) {
                INFO("table " << it.key().toStdString());
                CHECK(it.value() > 0);
            }

            Database db;
            const Status opened = db.open(path);
            INFO(opened.message().toStdString());
            REQUIRE(opened.ok());
            CHECK(db.schemaVersion() == latest);
            CHECK_FALSE(db.wasCreated());
            const QMap<QString, qint64> after = rowsPerTable(db);
            for (auto it = before.cbegin(); it != before.cend(); ++it) {
                INFO("table " << it.key().toStdString());
                const qint64 migrations = latest - version;
                if (it.key() == u"dictionary_entries") // data steps add shipped entries to set-up files
                    CHECK(after.value(it.key()) >= it.value());
                else
                    CHECK(after.value(it.key()) == it.value() + (it.key() == u"schema_migrations" ? migrations : 0));
            }
            // Schema 9 brings the categories since 2023 and the kinds of the
            // support network to a file set up before it.
            CHECK(text(db, QStringLiteral("SELECT name FROM dictionary_entries WHERE dictionary = "
                                          "'qualification_categories' AND code = 'pedagogue_mentor'"))
                  == QStringLiteral("педагог-наставник"));
            CHECK(text(db, QStringLiteral("SELECT count(*) FROM dictionary_entries WHERE dictionary = "
                                          "'network_kinds'"))
                  == (version < 9 ? QStringLiteral("9") : QStringLiteral("1")));
            auto dangling = db.exec(QStringLiteral("PRAGMA foreign_key_check"));
            REQUIRE(dangling.ok());
            CHECK_FALSE(dangling.value().next());

            // A few values, read back through the program as well as in SQL.
            CHECK(text(db, QStringLiteral("SELECT value FROM settings WHERE key = 'region.name'"))
                  == QStringLiteral("Калининградская область"));
            CHECK(text(db, QStringLiteral("SELECT name FROM municipalities WHERE id = 2"))
                  == QStringLiteral("Гурьевский муниципальный округ"));
            CHECK(text(db, QStringLiteral("SELECT name FROM dictionary_entries WHERE dictionary = 'deficit_areas' "
                                          "AND code = 'digital'"))
                  == QStringLiteral("Цифровая образовательная среда"));
            if (version >= 2) {
                auto teacher = TeacherRepository(db).get(1);
                REQUIRE(teacher.ok());
                CHECK(teacher->lastName == QStringLiteral("Семёнова"));
                CHECK(teacher->firstName == QStringLiteral("Алёна"));
                CHECK(teacher->snils.size() == 11);
                CHECK(teacher->experienceYears == 3);
                // The name search index came through as well.
                CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM teachers_search WHERE teachers_search MATCH ?"),
                             {QStringLiteral("\"кузнецов\"")})
                      == 1);
            }
            if (version >= 3) {
                auto methodist = MethodistRepository(db).get(1);
                REQUIRE(methodist.ok());
                CHECK(methodist->lastName == QStringLiteral("Воробьёва"));
                CHECK(methodist->capacity == 40);
                CHECK(text(db, QStringLiteral("SELECT description FROM diagnostic_deficits"))
                      == QStringLiteral("Не использует ФГИС «Моя школа»"));
            }
            if (version >= 4) {
                CHECK(text(db, QStringLiteral("SELECT number FROM orders WHERE id = 1")) == QStringLiteral("123-од"));
                CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM assignments WHERE ended_on IS NULL")) == 1);
            }
            if (version >= 5) {
                CHECK(text(db, QStringLiteral("SELECT status FROM route_items WHERE id = 1"))
                      == QStringLiteral("in_progress"));
                CHECK(scalar(db, QStringLiteral("SELECT sum(duration_minutes) FROM work_log")) == 90);
            }
            if (version >= 6)
                CHECK(scalar(db, QStringLiteral("SELECT denominator FROM monitoring_values WHERE code = ?"),
                             {QStringLiteral("low_results_share")})
                      == 52);
        }
    }
}
