#include <catch2/catch.hpp>

// Moving a registry whole: a file to a file (the SQLite half), a file to an
// office's server and back home (the server half), compared table by table.

#include "TestSupport.h"
#include "services/DemoRegion.h"
#include "services/RegistryMigration.h"
#include "storage/Database.h"
#include "storage/TableCopy.h"
#include "storage/TeacherRepository.h"

#include <QFileInfo>
#include <QSet>
#include <QSqlQuery>

using namespace metodist;
using metodist::test::Scratch;

namespace {

// A small demonstration region in a file: people, diagnostics, ПК, the
// support work of a year and the network, in most of the schema's tables.
QString demoFile(const Scratch &scratch, const QString &name = QStringLiteral("source.sqlite"))
{
    const QString path = scratch.path(name);
    Database db;
    REQUIRE(db.open(path).ok());
    DemoOptions options;
    options.teachers = 240;
    options.methodists = 8;
    options.today = QDate(2026, 11, 23);
    auto generated = DemoRegion::generate(db, options);
    INFO(generated.message().toStdString());
    REQUIRE(generated.ok());
    return path;
}

MigrationReport migrated(const QString &from, const QString &to, Progress *progress = nullptr)
{
    auto report = RegistryMigration::migrate(from, to, progress);
    INFO(report.message().toStdString());
    REQUIRE(report.ok());
    return report.value();
}

RegistryComparison compared(const QString &source, const QString &copy)
{
    Database a, b;
    REQUIRE(a.open(source, OpenOptions::reading()).ok());
    REQUIRE(b.open(copy, OpenOptions::reading()).ok());
    auto comparison = RegistryMigration::compare(a, b);
    INFO(comparison.message().toStdString());
    REQUIRE(comparison.ok());
    return comparison.value();
}

qint64 rowsOf(const RegistryComparison &comparison, const QString &table)
{
    for (const TableComparison &row : comparison.tables)
        if (row.table == table)
            return row.copyRows;
    FAIL("no table " << table.toStdString());
    return -1;
}

QStringList namesFound(const Database &db, const QString &text)
{
    auto found = TeacherRepository(db).searchByName(text, 1000);
    REQUIRE(found.ok());
    QStringList names;
    for (const NameMatch &match : found.value())
        names << QStringLiteral("%1 %2").arg(match.id).arg(match.fullName);
    return names;
}

class CancelAfter : public Progress
{
public:
    explicit CancelAfter(int reports) : m_left(reports) {}
    void report(qint64, qint64) override { --m_left; }
    bool cancelled() const override { return m_left <= 0; }

private:
    int m_left;
};

} // namespace

TEST_CASE("migrate: the catalogue lists the registry's tables, parents first, without the engine's own",
          "[migrate]")
{
    Scratch scratch;
    Database db;
    REQUIRE(db.open(test::databaseLocation(scratch, QStringLiteral("catalogue.sqlite"))).ok());
    auto tables = SchemaCatalogue::tables(db);
    INFO(tables.message().toStdString());
    REQUIRE(tables.ok());
    QStringList seen;
    for (const TableShape &table : tables.value()) {
        INFO(table.name.toStdString());
        CHECK_FALSE(table.name.contains(QStringLiteral("_search")));
        CHECK_FALSE(table.name.startsWith(QStringLiteral("sqlite_")));
        CHECK(table.name != SchemaCatalogue::versionTable());
        for (const QString &parent : table.parents)
            CHECK(seen.contains(parent));
        seen << table.name;
    }
    for (const QString &expected : {QStringLiteral("teachers"), QStringLiteral("methodists"),
                                    QStringLiteral("dictionary_entries"), QStringLiteral("teacher_support_categories"),
                                    QStringLiteral("route_items"), QStringLiteral("settings")})
        CHECK(seen.contains(expected));
    // Keys as declared: rows are read in their order on both sides.
    const auto keyOf = [&](const QString &name) {
        QStringList key;
        for (const TableShape &table : tables.value())
            if (table.name == name)
                for (int position = 1; position <= table.columns.size(); ++position)
                    for (const TableColumn &column : table.columns)
                        if (column.keyPosition == position)
                            key << column.name;
        return key;
    };
    CHECK(keyOf(QStringLiteral("teachers")) == QStringList{QStringLiteral("id")});
    CHECK(keyOf(QStringLiteral("teacher_support_categories"))
          == (QStringList{QStringLiteral("teacher_id"), QStringLiteral("category_id")}));
    CHECK(keyOf(QStringLiteral("settings")) == QStringList{QStringLiteral("key")});
    CHECK(seen.indexOf(QStringLiteral("teachers")) > seen.indexOf(QStringLiteral("organisations")));
    CHECK(seen.indexOf(QStringLiteral("route_items")) > seen.indexOf(QStringLiteral("routes")));
    // The same tables on every engine: the catalogue is read, not kept.
    CHECK(seen.size() == 31);
}

TEST_CASE("migrate: a registry is copied whole, compared, and taken home again", "[migrate]")
{
    Scratch scratch;
    const QString source = demoFile(scratch);
    const QString office = test::databaseLocation(scratch, QStringLiteral("office.sqlite"));
    const MigrationReport there = migrated(source, office);
    INFO(there.comparison.mismatched().join(QStringLiteral(", ")).toStdString());
    CHECK(there.comparison.matches());
    qint64 sourceRows = 0;
    int filledTables = 0;
    for (const TableComparison &table : there.comparison.tables) {
        INFO(table.table.toStdString());
        CHECK(table.sourceRows == table.copyRows);
        CHECK(table.checksumsMatch);
        sourceRows += table.sourceRows;
        filledTables += table.sourceRows > 0 ? 1 : 0;
    }
    CHECK(there.rowsCopied == sourceRows);
    CHECK(filledTables >= 20);
    CHECK(rowsOf(there.comparison, QStringLiteral("teachers")) == 240);
    CHECK(there.comparison.sourceVersions == there.comparison.copyVersions);
    CHECK(there.comparison.copyVersions.size() == Database::latestSchemaVersion());

    {
        // The same people, found by name the same way, with the same ids.
        Database file, copy;
        REQUIRE(file.open(source, OpenOptions::reading()).ok());
        REQUIRE(copy.open(office, OpenOptions::existing()).ok());
        for (const QString &text : {QStringLiteral("ов"), QStringLiteral("ЕВА"), QStringLiteral("ё"),
                                    QStringLiteral("анна")}) {
            INFO(text.toStdString());
            const QStringList found = namesFound(copy, text);
            CHECK(found == namesFound(file, text));
        }
        CHECK_FALSE(namesFound(copy, QStringLiteral("ов")).isEmpty());
        // A teacher added afterwards gets an id of its own, past the copied ones.
        qint64 highest = 0;
        auto ids = copy.exec(QStringLiteral("SELECT max(id) FROM teachers"));
        REQUIRE(ids.ok());
        REQUIRE(ids.value().next());
        highest = ids.value().value(0).toLongLong();
        Teacher teacher;
        teacher.lastName = QStringLiteral("Новикова");
        teacher.firstName = QStringLiteral("Ольга");
        auto added = TeacherWriter(copy).insert(teacher);
        INFO(added.message().toStdString());
        REQUIRE(added.ok());
        CHECK(added.value() == highest + 1);
        REQUIRE(TeacherWriter(copy).remove(added.value()).ok());
    }

    // Home again, into a new file: the same as where it started.
    const QString home = scratch.path(QStringLiteral("home.sqlite"));
    const MigrationReport back = migrated(office, home);
    INFO(back.comparison.mismatched().join(QStringLiteral(", ")).toStdString());
    CHECK(back.comparison.matches());
    const RegistryComparison roundTrip = compared(source, home);
    INFO(roundTrip.mismatched().join(QStringLiteral(", ")).toStdString());
    CHECK(roundTrip.matches());
    Database file, copy;
    REQUIRE(file.open(source, OpenOptions::reading()).ok());
    REQUIRE(copy.open(home, OpenOptions::reading()).ok());
    CHECK(namesFound(copy, QStringLiteral("ов")) == namesFound(file, QStringLiteral("ов")));
    CHECK(copy.integrityCheck().value().isEmpty());
}

TEST_CASE("migrate: a target that holds a registry is refused and left as it was", "[migrate]")
{
    Scratch scratch;
    const QString source = demoFile(scratch);
    const QString taken = test::databaseLocation(scratch, QStringLiteral("taken.sqlite"));
    {
        Database db;
        REQUIRE(db.open(taken).ok());
        Teacher teacher;
        teacher.lastName = QStringLiteral("Старожилова");
        teacher.firstName = QStringLiteral("Вера");
        REQUIRE(TeacherWriter(db).insert(teacher).ok());
    }
    const RegistryComparison before = compared(taken, taken);
    auto refused = RegistryMigration::migrate(source, taken);
    REQUIRE_FALSE(refused.ok());
    INFO(refused.message().toStdString());
    CHECK(refused.message().contains(taken));
    Database db;
    REQUIRE(db.open(taken, OpenOptions::reading()).ok());
    auto teachers = TeacherRepository(db).count();
    REQUIRE(teachers.ok());
    CHECK(teachers.value() == 1);
    const RegistryComparison after = compared(taken, taken);
    REQUIRE(after.tables.size() == before.tables.size());
    CHECK(rowsOf(after, QStringLiteral("teachers")) == 1);
    CHECK(rowsOf(after, QStringLiteral("municipalities")) == rowsOf(before, QStringLiteral("municipalities")));

    // Nor into itself, nor from nothing.
    CHECK_FALSE(RegistryMigration::migrate(source, source).ok());
    auto missing = RegistryMigration::migrate(scratch.path(QStringLiteral("none.sqlite")),
                                              scratch.path(QStringLiteral("new.sqlite")));
    CHECK_FALSE(missing.ok());
    CHECK_FALSE(QFileInfo::exists(scratch.path(QStringLiteral("new.sqlite"))));
}

TEST_CASE("migrate: a copy changed afterwards is told apart, table by table", "[migrate]")
{
    Scratch scratch;
    const QString source = demoFile(scratch);
    const QString copyLocation = test::databaseLocation(scratch, QStringLiteral("copy.sqlite"));
    REQUIRE(migrated(source, copyLocation).comparison.matches());
    Database copy;
    REQUIRE(copy.open(copyLocation, OpenOptions::existing()).ok());
    const auto mismatchedAfter = [&](const QString &sql) {
        INFO(sql.toStdString());
        auto changed = copy.exec(sql);
        INFO(changed.message().toStdString());
        REQUIRE(changed.ok());
        return compared(source, copyLocation).mismatched();
    };
    // One letter of one name.
    CHECK(mismatchedAfter(QStringLiteral("UPDATE teachers SET last_name = last_name || 'а' "
                                         "WHERE id = (SELECT min(id) FROM teachers)"))
          == QStringList{QStringLiteral("teachers")});
    // A real number (the rate of a methodist's post).
    CHECK(mismatchedAfter(QStringLiteral("UPDATE methodists SET rate = CASE WHEN rate = 1 THEN 0.75 ELSE 1 END "
                                         "WHERE id = (SELECT min(id) FROM methodists)"))
          == QStringList{QStringLiteral("methodists"), QStringLiteral("teachers")});
    // A row gone: the counts differ too.
    CHECK(mismatchedAfter(QStringLiteral("DELETE FROM work_log WHERE id = (SELECT max(id) FROM work_log)"))
          == QStringList{QStringLiteral("methodists"), QStringLiteral("teachers"), QStringLiteral("work_log")});
    const RegistryComparison comparison = compared(source, copyLocation);
    for (const TableComparison &table : comparison.tables)
        if (table.table == u"work_log")
            CHECK(table.copyRows == table.sourceRows - 1);
}

TEST_CASE("migrate: NULL and the empty text are different values", "[migrate]")
{
    Scratch scratch;
    const QString a = test::databaseLocation(scratch, QStringLiteral("a.sqlite"));
    const QString b = scratch.path(QStringLiteral("b.sqlite"));
    Database first, second;
    REQUIRE(first.open(a).ok());
    REQUIRE(second.open(b).ok());
    REQUIRE(first.exec(QStringLiteral("INSERT INTO settings (key, value) VALUES ('note', NULL)")).ok());
    REQUIRE(second.exec(QStringLiteral("INSERT INTO settings (key, value) VALUES ('note', '')")).ok());
    auto comparison = RegistryMigration::compare(first, second);
    REQUIRE(comparison.ok());
    CHECK(comparison.value().mismatched() == QStringList{QStringLiteral("settings")});
    REQUIRE(second.exec(QStringLiteral("UPDATE settings SET value = NULL")).ok());
    CHECK(RegistryMigration::compare(first, second).value().matches());
}

TEST_CASE("migrate: cancelled, nothing is left half-written", "[migrate]")
{
    Scratch scratch;
    const QString source = demoFile(scratch);
    const QString target = test::databaseLocation(scratch, QStringLiteral("cancelled.sqlite"));
    CancelAfter cancel(5);
    auto cancelled = RegistryMigration::migrate(source, target, &cancel);
    REQUIRE_FALSE(cancelled.ok());
    CHECK(cancelled.message().contains(target));
    if (!test::onServer()) {
        CHECK_FALSE(QFileInfo::exists(target));
        CHECK_FALSE(QFileInfo::exists(target + QStringLiteral("-wal")));
    } else {
        // The server keeps the empty schema, and the next attempt fills it.
        Database db;
        REQUIRE(db.open(target, OpenOptions::reading()).ok());
        CHECK(TeacherRepository(db).count().value() == 0);
    }
    CHECK(migrated(source, target).comparison.matches());
}

TEST_CASE("migrate: a registry of an older schema is upgraded first, not moved", "[migrate][sqlite-only]")
{
    if (test::onServer())
        return;
    Scratch scratch;
    const QString old = scratch.path(QStringLiteral("old.sqlite"));
    {
        Database db;
        OpenOptions options = OpenOptions::creating();
        options.targetSchemaVersion = 5;
        REQUIRE(db.open(old, options).ok());
    }
    const QString target = scratch.path(QStringLiteral("new.sqlite"));
    auto refused = RegistryMigration::migrate(old, target);
    REQUIRE_FALSE(refused.ok());
    INFO(refused.message().toStdString());
    CHECK(refused.message().contains(QStringLiteral("init")));
    CHECK_FALSE(QFileInfo::exists(target));
}
