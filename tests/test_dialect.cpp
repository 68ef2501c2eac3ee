#include <catch2/catch.hpp>

#include "TestSupport.h"
#include "storage/Database.h"
#include "storage/Dialect.h"
#include "storage/Migrations.h"
#include "storage/OrganisationRepository.h"

#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

using namespace metodist;
using metodist::test::Scratch;

namespace {

Organisation school(qint64 municipalityId)
{
    Organisation o;
    o.name = QStringLiteral("Школа № 1");
    o.municipalityId = municipalityId;
    return o;
}

qint64 municipality(const Database &db, const QString &name)
{
    auto id = db.insertReturningId(QStringLiteral("INSERT INTO municipalities (name, search_key) VALUES (?, ?) "
                                                  "RETURNING id"),
                                   {name, name.toLower()});
    REQUIRE(id.ok());
    return id.value();
}

} // namespace

TEST_CASE("real database errors are classified by their code", "[dialect]")
{
    Scratch scratch;
    const QString path = test::databaseLocation(scratch, QStringLiteral("dialect.sqlite"));
    {
        Database db;
        REQUIRE(db.open(path, OpenOptions::creating()).ok());
        const qint64 first = municipality(db, QStringLiteral("Первый"));
        const qint64 second = municipality(db, QStringLiteral("Второй"));
        CHECK(first > 0);
        CHECK(second == first + 1);

        SECTION("a duplicate unique value")
        {
            auto again = db.exec(QStringLiteral("INSERT INTO municipalities (name, search_key) VALUES (?, ?)"),
                                 {QStringLiteral("Первый"), QStringLiteral("первый")});
            REQUIRE_FALSE(again.ok());
            CHECK(again.dbError() == DbError::UniqueViolation);
            CHECK(again.status().dbError() == DbError::UniqueViolation);
            CHECK_FALSE(again.message().isEmpty());
            // The same through a kept statement and an INSERT … RETURNING.
            auto returning = db.insertReturningId(QStringLiteral("INSERT INTO municipalities (name, search_key) "
                                                                 "VALUES (?, ?) RETURNING id"),
                                                  {QStringLiteral("Второй"), QStringLiteral("второй")});
            REQUIRE_FALSE(returning.ok());
            CHECK(returning.dbError() == DbError::UniqueViolation);
            // A duplicate primary key is a unique violation too.
            auto key = db.exec(QStringLiteral("INSERT INTO municipalities (id, name, search_key) VALUES (?, 'x', 'x')"),
                               {first});
            REQUIRE_FALSE(key.ok());
            CHECK(key.dbError() == DbError::UniqueViolation);
        }
        SECTION("a missing foreign key")
        {
            auto orphan = db.exec(QStringLiteral("INSERT INTO organisations (name, municipality_id, search_key) "
                                                 "VALUES ('Школа', ?, 'школа')"),
                                  {second + 1000});
            REQUIRE_FALSE(orphan.ok());
            CHECK(orphan.dbError() == DbError::ForeignKeyViolation);
        }
        SECTION("a row still referred to")
        {
            REQUIRE(OrganisationWriter(db).insert(school(first)).ok());
            auto removed = db.exec(QStringLiteral("DELETE FROM municipalities WHERE id = ?"), {first});
            REQUIRE_FALSE(removed.ok());
            CHECK(removed.dbError() == DbError::ForeignKeyViolation);
        }
        SECTION("a repository turns the kind into its own sentence")
        {
            REQUIRE(OrganisationWriter(db).insert(school(first)).ok());
            auto twice = OrganisationWriter(db).insert(school(first));
            REQUIRE_FALSE(twice.ok());
            CHECK(twice.message().contains(QStringLiteral("Школа № 1")));
        }
        SECTION("a check constraint is no unique or foreign-key violation")
        {
            auto blank = db.exec(QStringLiteral("INSERT INTO municipalities (name, search_key) VALUES (' ', 'blank')"));
            REQUIRE_FALSE(blank.ok());
            CHECK(blank.dbError() == DbError::Other);
        }
    }
    SECTION("a write on a read-only (query_only) connection")
    {
        Database reader;
        REQUIRE(reader.open(path, OpenOptions::reading()).ok());
        auto write = reader.exec(QStringLiteral("INSERT INTO municipalities (name, search_key) VALUES ('Третий', "
                                                "'третий')"));
        REQUIRE_FALSE(write.ok());
        CHECK(write.dbError() == DbError::ReadOnly);
    }
}

TEST_CASE("a new id through RETURNING ends the statement at once", "[dialect][sqlite-only]")
{
    Scratch scratch;
    const QString path = scratch.path(QStringLiteral("ids.sqlite"));
    Database writer;
    REQUIRE(writer.open(path, OpenOptions::creating()).ok());
    const qint64 id = municipality(writer, QStringLiteral("Первый"));
    CHECK(id > 0);
    // Were the INSERT still running, its implicit transaction would hold the
    // write lock and another connection could not begin writing.
    Database other;
    REQUIRE(other.open(path, OpenOptions::existing()).ok());
    REQUIRE(other.exec(QStringLiteral("PRAGMA busy_timeout = 0")).ok());
    Transaction transaction(other);
    REQUIRE(transaction.status().ok());
    REQUIRE(transaction.commit().ok());
    // And a writer that must wait reports Busy.
    Transaction holding(writer);
    REQUIRE(holding.status().ok());
    auto blocked = other.exec(QStringLiteral("BEGIN IMMEDIATE"));
    REQUIRE_FALSE(blocked.ok());
    CHECK(blocked.dbError() == DbError::Busy);
}

TEST_CASE("the SQLite dialect knows its codes, primary or extended", "[dialect]")
{
    const auto dialect = makeSqliteDialect();
    CHECK(dialect->classifyCode(2067) == DbError::UniqueViolation);  // SQLITE_CONSTRAINT_UNIQUE
    CHECK(dialect->classifyCode(1555) == DbError::UniqueViolation);  // SQLITE_CONSTRAINT_PRIMARYKEY
    CHECK(dialect->classifyCode(787) == DbError::ForeignKeyViolation); // SQLITE_CONSTRAINT_FOREIGNKEY
    CHECK(dialect->classifyCode(19) == DbError::Other);               // a constraint, which one unknown
    CHECK(dialect->classifyCode(5) == DbError::Busy);
    CHECK(dialect->classifyCode(517) == DbError::Busy); // SQLITE_BUSY_SNAPSHOT
    CHECK(dialect->classifyCode(6) == DbError::Busy);
    CHECK(dialect->classifyCode(8) == DbError::ReadOnly);
    CHECK(dialect->classifyCode(11) == DbError::Corrupt);
    CHECK(dialect->classifyCode(26) == DbError::Corrupt);
    CHECK(dialect->classifyCode(1) == DbError::Other);
    // ON DELETE RESTRICT fails as a trigger would, with the foreign key's text.
    CHECK(dialect->classifyCode(1811, QStringLiteral("FOREIGN KEY constraint failed"))
          == DbError::ForeignKeyViolation);
    CHECK(dialect->classifyCode(1811, QStringLiteral("raised by a trigger")) == DbError::Other);
    CHECK(dialect->classify(QSqlError(QStringLiteral("driver"), QStringLiteral("database"),
                                      QSqlError::StatementError, QStringLiteral("2067")))
          == DbError::UniqueViolation);
    CHECK(dialect->classify(QSqlError()) == DbError::Other);
}

TEST_CASE("what QSQLITE reports as the native code of a constraint failure", "[dialect]")
{
    // QSQLITE passes the code SQLite returned: the extended one once
    // extended codes are on. Qt 6.4.2 switches them on itself (2067 without
    // the dialect's configure()); an older driver would give 19 for every
    // constraint, and configure() makes it the extended code either way.
    const auto codeOf = [](bool configured) {
        const QString name = QStringLiteral("dialect-probe-%1").arg(int(configured));
        QString code;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(QStringLiteral(":memory:"));
            REQUIRE(db.open());
            if (configured)
                makeSqliteDialect()->configure(db);
            QSqlQuery q(db);
            REQUIRE(q.exec(QStringLiteral("CREATE TABLE t (v TEXT UNIQUE)")));
            REQUIRE(q.exec(QStringLiteral("INSERT INTO t VALUES ('a')")));
            REQUIRE_FALSE(q.exec(QStringLiteral("INSERT INTO t VALUES ('a')")));
            code = q.lastError().nativeErrorCode();
        }
        QSqlDatabase::removeDatabase(name);
        return code;
    };
    const QString plain = codeOf(false);
    INFO("QSQLITE without extended codes reports " << plain.toStdString());
    CHECK((plain == u"19" || plain == u"2067"));
    CHECK(codeOf(true) == u"2067");
}

TEST_CASE("no SQLite error text, lastInsertId or SQLite-only SQL outside the dialect", "[dialect]")
{
    const QString root = QStringLiteral(METODIST_SOURCE_DIR);
    // Matching the engine's English message instead of asking the dialect.
    const QRegularExpression messageMatch(
        QStringLiteral(R"((contains|startsWith|endsWith|indexOf)\s*\(\s*(u|QStringLiteral\(|QLatin1String\(|)"
                       R"(QLatin1StringView\(|QString\()?"[^"]*(UNIQUE|FOREIGN KEY|constraint failed|)"
                       R"(database is locked|is locked|readonly database|read-only database|malformed|)"
                       R"(not a database|no such table|busy))"));
    const QRegularExpression engineOnly(QStringLiteral(R"(lastInsertId|sqlite3_last_insert_rowid|INSERT OR IGNORE)"));
    // SQL only SQLite knows, in a statement outside the SQLite implementation
    // (the released migrations are declared per engine: see Migrations.h).
    const QRegularExpression engineSql(QStringLiteral(
        R"(\bPRAGMA\b|sqlite_master|sqlite_schema|\bprintf\s*\(\s*'|group_concat\s*\(|\bMATCH\s+\?|VACUUM\s+INTO|)"
        R"(\bWITHOUT\s+ROWID\b|\bGLOB\b|\bchar\(1\)|\bsqlite3_\w+\s*\()"));
    const QStringList dialectFiles{QStringLiteral("core/storage/Dialect.h"), QStringLiteral("core/storage/SqliteDialect.cpp"),
                                   QStringLiteral("core/storage/SqliteFile.cpp"),
                                   // the bulk path's statements straight through the SQLite library
                                   // (QSqlQuery on any other engine)
                                   QStringLiteral("core/storage/FastStatement.cpp")};
    const QStringList migrationFiles{QStringLiteral("core/storage/Migrations.cpp")};
    QStringList found;
    int scanned = 0;
    for (const QString &folder : {QStringLiteral("core"), QStringLiteral("ui"), QStringLiteral("app")}) {
        QDirIterator it(root + u'/' + folder, {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString file = it.next();
            const QString relative = file.mid(root.size() + 1);
            if (dialectFiles.contains(relative))
                continue;
            QFile source(file);
            REQUIRE(source.open(QIODevice::ReadOnly));
            ++scanned;
            const QStringList lines = QString::fromUtf8(source.readAll()).split(u'\n');
            for (int i = 0; i < lines.size(); ++i) {
                const bool sql = !migrationFiles.contains(relative) && !lines[i].trimmed().startsWith(u"//")
                                 && engineSql.match(lines[i]).hasMatch();
                if (messageMatch.match(lines[i]).hasMatch() || engineOnly.match(lines[i]).hasMatch() || sql)
                    found << QStringLiteral("%1:%2: %3").arg(relative).arg(i + 1).arg(lines[i].trimmed());
            }
        }
    }
    CHECK(scanned > 100);
    INFO(found.join(u'\n').toStdString());
    CHECK(found.isEmpty());
}

TEST_CASE("each migration step says what differs per engine", "[dialect]")
{
    // The steps written in SQLite-only syntax are found, so that the
    // PostgreSQL engine knows which steps need a variant of their own.
    QStringList needingVariant;
    for (const Migration &migration : migrations()) {
        CHECK(migration.statementsFor(Dialect::SQLite) == migration.statements);
        for (const QString &statement : migration.statements)
            if (!sqliteOnlySyntax(statement).isEmpty()) {
                needingVariant << QString::number(migration.version);
                break;
            }
    }
    CHECK_FALSE(needingVariant.isEmpty());
    CHECK(sqliteOnlySyntax(QStringLiteral("CREATE TABLE t (a TEXT CHECK (a GLOB '[0-9]'), PRIMARY KEY (a)) WITHOUT ROWID"))
          == QStringList{QStringLiteral("WITHOUT ROWID"), QStringLiteral("GLOB")});
    CHECK(sqliteOnlySyntax(QStringLiteral("CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT NOT NULL)")).isEmpty());

    // A variant replaces the step on its engine only.
    Migration step{99, QStringLiteral("test"), {QStringLiteral("CREATE TABLE t (a) WITHOUT ROWID")},
                   {{Dialect::PostgreSQL, {QStringLiteral("CREATE TABLE t (a TEXT PRIMARY KEY)")}}}};
    CHECK(step.statementsFor(Dialect::SQLite) == step.statements);
    CHECK(step.statementsFor(Dialect::PostgreSQL) == QStringList{QStringLiteral("CREATE TABLE t (a TEXT PRIMARY KEY)")});
}

TEST_CASE("the engine's fragments build working statements", "[dialect]")
{
    Scratch scratch;
    Database db;
    REQUIRE(db.open(test::databaseLocation(scratch, QStringLiteral("fragments.sqlite"))).ok());
    const SqlDialect &dialect = db.sqlDialect();
    auto padded = db.exec(QStringLiteral("SELECT %1").arg(dialect.zeroPadded(QStringLiteral("?"), 5)), {42});
    INFO(padded.message().toStdString());
    REQUIRE(padded.ok());
    REQUIRE(padded.value().next());
    CHECK(padded.value().value(0).toString() == QStringLiteral("00042"));
    auto joined = db.exec(QStringLiteral("SELECT %1 FROM (SELECT 'а' AS v UNION ALL SELECT 'б') AS x")
                              .arg(dialect.joinedText(QStringLiteral("v"), QStringLiteral("'; '"))));
    REQUIRE(joined.ok());
    REQUIRE(joined.value().next());
    CHECK((joined.value().value(0).toString() == QStringLiteral("а; б") || joined.value().value(0).toString() == QStringLiteral("б; а")));
    // A quote or a pattern character in the key stays part of the phrase.
    if (db.dialect() == Dialect::SQLite) {
        CHECK(dialect.nameIndexPhrase(QStringLiteral("о\"нил")).contains(QStringLiteral("\"\"")));
    } else {
        CHECK(dialect.nameIndexPhrase(QStringLiteral("5%_")) == QStringLiteral("%5\\%\\_%"));
    }
    auto separated = db.exec(QStringLiteral("SELECT 'а' || %1 || 'б' < 'а' || 'а'").arg(dialect.sortSeparator()));
    REQUIRE(separated.ok());
    REQUIRE(separated.value().next());
    CHECK(separated.value().value(0).toBool());
    auto integrity = db.integrityCheck();
    REQUIRE(integrity.ok());
    CHECK(integrity.value().isEmpty());
}
