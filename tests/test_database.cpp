#include <catch2/catch.hpp>

#include "TestSupport.h"
#include "storage/Database.h"
#include "storage/Migrations.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlQuery>
#include <QThread>

#include <atomic>

using namespace metodist;
using metodist::test::Scratch;

namespace {

qint64 scalar(const Database &db, const QString &sql, const QVariantList &values = {})
{
    auto query = db.exec(sql, values);
    REQUIRE(query.ok());
    REQUIRE(query.value().next());
    return query.value().value(0).toLongLong();
}

QString text(const Database &db, const QString &sql)
{
    auto query = db.exec(sql);
    REQUIRE(query.ok());
    REQUIRE(query.value().next());
    return query.value().value(0).toString();
}

} // namespace

// SQLite's pragmas and a file made with its folders.
TEST_CASE("a new file gets the latest schema with the pragmas set", "[database][sqlite-only]")
{
    Scratch scratch;
    const QString path = scratch.path(QStringLiteral("nested/folder/new.sqlite"));
    Database db;
    REQUIRE(db.open(path).ok());
    CHECK(QFileInfo::exists(path));
    CHECK(db.wasCreated());
    CHECK(db.schemaVersion() == Database::latestSchemaVersion());
    CHECK(db.upgradeBackupPath().isEmpty());
    CHECK(scalar(db, QStringLiteral("PRAGMA foreign_keys")) == 1);
    CHECK(text(db, QStringLiteral("PRAGMA journal_mode")) == QStringLiteral("wal"));
    CHECK(scalar(db, QStringLiteral("PRAGMA busy_timeout")) >= 5000);
    CHECK(scalar(db, QStringLiteral("PRAGMA application_id")) == Database::applicationId);
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM schema_migrations"))
          == qint64(migrations().size()));
}

TEST_CASE("migrations are numbered in order without gaps", "[database]")
{
    int expected = 1;
    for (const Migration &migration : migrations()) {
        CHECK(migration.version == expected);
        // A step of the server alone has its variant and nothing for a file.
        CHECK((!migration.statements.isEmpty() || !migration.variants.empty()));
        ++expected;
    }
}

// The copy of the file taken before an upgrade (a server's upgrade runs in its one transaction instead).
TEST_CASE("every older schema upgrades to the latest, keeping data and a backup", "[database][sqlite-only]")
{
    for (int from = 1; from < Database::latestSchemaVersion(); ++from) {
        DYNAMIC_SECTION("from schema " << from)
        {
            Scratch scratch;
            const QString path = scratch.path(QStringLiteral("old.sqlite"));
            {
                Database old;
                OpenOptions options;
                options.targetSchemaVersion = from;
                REQUIRE(old.open(path, options).ok());
                REQUIRE(old.schemaVersion() == from);
                REQUIRE(old.exec(QStringLiteral("INSERT INTO municipalities (name, search_key) VALUES (?, ?)"),
                                 {QStringLiteral("г. Тюмень"), QStringLiteral("г. тюмень")})
                            .ok());
            }
            Database db;
            REQUIRE(db.open(path).ok());
            CHECK(db.schemaVersion() == Database::latestSchemaVersion());
            CHECK_FALSE(db.wasCreated());
            CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM municipalities WHERE name = ?"),
                         {QStringLiteral("г. Тюмень")}) == 1);
            CHECK(scalar(db, QStringLiteral("SELECT max(version) FROM schema_migrations"))
                  == Database::latestSchemaVersion());

            // The copy taken before the upgrade is the old file, still at the old schema.
            REQUIRE_FALSE(db.upgradeBackupPath().isEmpty());
            Database backup;
            OpenOptions asIs;
            asIs.upgrade = false;
            asIs.createIfMissing = false;
            REQUIRE(backup.open(db.upgradeBackupPath(), asIs).ok());
            CHECK(backup.schemaVersion() == from);
            CHECK(scalar(backup, QStringLiteral("SELECT count(*) FROM municipalities")) == 1);
        }
    }
}

TEST_CASE("a failing migration leaves the file at its old version", "[database]")
{
    Scratch scratch;
    const QString path = test::databaseLocation(scratch, QStringLiteral("blocked.sqlite"));
    {
        Database old;
        OpenOptions options;
        options.targetSchemaVersion = 1;
        REQUIRE(old.open(path, options).ok());
        // A table in the way of schema 2 makes its migration fail half-way.
        REQUIRE(old.exec(QStringLiteral("CREATE TABLE teachers (x integer)")).ok());
    }
    Database db;
    const Status status = db.open(path);
    REQUIRE_FALSE(status.ok());
    CHECK(status.message().contains(QStringLiteral("2")));
    Database again;
    OpenOptions asIs;
    asIs.upgrade = false;
    REQUIRE(again.open(path, asIs).ok());
    CHECK(again.schemaVersion() == 1);
    // Nothing of schema 2 stayed: its first table is not there.
    CHECK_FALSE(again.exec(QStringLiteral("SELECT count(*) FROM organisations")).ok());
}

TEST_CASE("a file from a newer version is refused and left alone", "[database]")
{
    Scratch scratch;
    const QString path = test::databaseLocation(scratch, QStringLiteral("future.sqlite"));
    {
        Database db;
        REQUIRE(db.open(path).ok());
        REQUIRE(db.exec(QStringLiteral("INSERT INTO schema_migrations VALUES (?, 'from the future', '2030-01-01')"),
                        {Database::latestSchemaVersion() + 1})
                    .ok());
    }
    const QByteArray before = test::onServer() ? QByteArray() : test::readFile(path);
    Database db;
    const Status status = db.open(path);
    REQUIRE_FALSE(status.ok());
    CHECK(status.message().contains(QString::number(Database::latestSchemaVersion() + 1)));
    CHECK_FALSE(db.isOpen());
    if (!test::onServer())
        CHECK(test::readFile(path) == before);
    // Refused again: the newer version's mark is still there.
    CHECK_FALSE(Database().open(path).ok());
}

// Files given as a database.
TEST_CASE("a file that is not a database is refused and left untouched", "[database][sqlite-only]")
{
    Scratch scratch;
    const QString path = scratch.path(QStringLiteral("notes.txt"));
    const QByteArray contents = QStringLiteral("Фамилия;Имя\nИванов;Пётр\n").toUtf8();
    test::writeFile(path, contents);
    Database db;
    const Status status = db.open(path);
    REQUIRE_FALSE(status.ok());
    CHECK(status.message().contains(path));
    CHECK(test::readFile(path) == contents);
    CHECK(QDir(scratch.root()).entryList(QDir::Files) == QStringList{QStringLiteral("notes.txt")});
}

// test_server has the server's own case.
TEST_CASE("a SQLite file of another program is refused", "[database][sqlite-only]")
{
    Scratch scratch;
    const QString path = scratch.path(QStringLiteral("other.sqlite"));
    {
        QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
        other.setDatabaseName(path);
        REQUIRE(other.open());
        QSqlQuery(QStringLiteral("CREATE TABLE accounts (id INTEGER)"), other);
        other.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("other"));
    const QByteArray before = test::readFile(path);
    Database db;
    REQUIRE_FALSE(db.open(path).ok());
    CHECK(test::readFile(path) == before);
}

TEST_CASE("a missing file is not created when creation is off", "[database][sqlite-only]")
{
    Scratch scratch;
    Database db;
    OpenOptions options;
    options.createIfMissing = false;
    REQUIRE_FALSE(db.open(scratch.path(QStringLiteral("absent.sqlite")), options).ok());
    CHECK_FALSE(QFileInfo::exists(scratch.path(QStringLiteral("absent.sqlite"))));
}

TEST_CASE("a server address is recognised and a server that is not there is said so", "[database]")
{
    Database db;
    // Port 1 of this machine: nobody listens there.
    const Status status = db.open(QStringLiteral("postgresql://user@127.0.0.1:1/metodist?connect_timeout=2"));
    CHECK_FALSE(status.ok());
    CHECK(db.dialect() == Dialect::PostgreSQL);
    CHECK_FALSE(db.isOpen());
    CHECK(status.message().contains(QStringLiteral("127.0.0.1:1")));
}

// A file's copy opened as a database; a server's copy is pg_dump's, restored by pg_restore.
TEST_CASE("backup and restore round trip", "[database][sqlite-only]")
{
    Scratch scratch;
    const QString path = scratch.path(QStringLiteral("live.sqlite"));
    const QString copy = scratch.path(QStringLiteral("copies/backup.sqlite"));
    Database db;
    REQUIRE(db.open(path).ok());
    REQUIRE(db.exec(QStringLiteral("INSERT INTO subjects (name, search_key) VALUES (?, ?)"),
                    {QStringLiteral("Математика"), QStringLiteral("математика")})
                .ok());
    REQUIRE(db.backupTo(copy).ok());
    // A later change stays out of the backup.
    REQUIRE(db.exec(QStringLiteral("DELETE FROM subjects")).ok());
    CHECK_FALSE(db.backupTo(copy).ok()); // never overwrites

    Database restored;
    REQUIRE(restored.open(copy).ok());
    CHECK(restored.schemaVersion() == Database::latestSchemaVersion());
    CHECK(text(restored, QStringLiteral("SELECT name FROM subjects")) == QStringLiteral("Математика"));
    auto problems = restored.integrityCheck();
    REQUIRE(problems.ok());
    CHECK(problems.value().isEmpty());
}

// Foreign keys switched off for one connection is SQLite's alone.
TEST_CASE("integrity check reports broken references", "[database][sqlite-only]")
{
    Scratch scratch;
    Database db;
    REQUIRE(db.open(scratch.path(QStringLiteral("x.sqlite"))).ok());
    auto clean = db.integrityCheck();
    REQUIRE(clean.ok());
    CHECK(clean.value().isEmpty());
    REQUIRE(db.exec(QStringLiteral("PRAGMA foreign_keys = OFF")).ok());
    REQUIRE(db.exec(QStringLiteral("INSERT INTO organisations (name, municipality_id, search_key) VALUES ('x', 42, 'x')")).ok());
    auto broken = db.integrityCheck();
    REQUIRE(broken.ok());
    CHECK(broken.value().size() == 1);
}

TEST_CASE("foreign keys are enforced", "[database]")
{
    Scratch scratch;
    Database db;
    REQUIRE(db.open(test::databaseLocation(scratch, QStringLiteral("fk.sqlite"))).ok());
    CHECK_FALSE(db.exec(QStringLiteral("INSERT INTO organisations (name, municipality_id, search_key) VALUES ('x', 42, 'x')")).ok());
}

TEST_CASE("a transaction rolls back unless committed", "[database]")
{
    Scratch scratch;
    Database db;
    REQUIRE(db.open(test::databaseLocation(scratch, QStringLiteral("tx.sqlite"))).ok());
    {
        Transaction transaction(db);
        REQUIRE(transaction.status().ok());
        REQUIRE(db.exec(QStringLiteral("INSERT INTO settings VALUES ('a', '1')")).ok());
    }
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM settings")) == 0);
    {
        Transaction transaction(db);
        REQUIRE(db.exec(QStringLiteral("INSERT INTO settings VALUES ('a', '1')")).ok());
        REQUIRE(transaction.commit().ok());
    }
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM settings")) == 1);
}

TEST_CASE("two connections writing at once never fail with a locked database", "[database]")
{
    Scratch scratch;
    const QString path = test::databaseLocation(scratch, QStringLiteral("shared.sqlite"));
    {
        Database db;
        REQUIRE(db.open(path).ok());
    }
    constexpr int writers = 2;
    constexpr int transactionsEach = 150;
    std::atomic<int> failures{0};
    QStringList messages;
    std::vector<QThread *> threads;
    for (int w = 0; w < writers; ++w) {
        threads.push_back(QThread::create([&, w] {
            Database db;
            if (!db.open(path).ok()) {
                ++failures;
                return;
            }
            for (int i = 0; i < transactionsEach; ++i) {
                Transaction transaction(db);
                // Read, then write: the pattern that deadlocks with a plain BEGIN.
                auto read = db.exec(QStringLiteral("SELECT count(*) FROM settings"));
                auto write = db.exec(QStringLiteral("INSERT INTO settings VALUES (?, ?)"),
                                     {QStringLiteral("k%1-%2").arg(w).arg(i), i});
                if (!transaction.status().ok() || !read.ok() || !write.ok() || !transaction.commit().ok())
                    ++failures;
            }
        }));
        threads.back()->start();
    }
    for (QThread *thread : threads) {
        thread->wait();
        delete thread;
    }
    CHECK(failures == 0);
    Database db;
    REQUIRE(db.open(path).ok());
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM settings")) == writers * transactionsEach);
}
