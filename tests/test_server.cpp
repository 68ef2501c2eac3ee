#include <catch2/catch.hpp>

#include "TestSupport.h"
#include "services/Setup.h"
#include "storage/Database.h"
#include "storage/ServerAddress.h"
#include "storage/TeacherRepository.h"

#include <QSqlDatabase>
#include <QSqlQuery>

// The shared registry on a PostgreSQL server: the address, connecting,
// creating the schema, telling a Metodist database from others. The cases
// that need a server run in the test_server_postgresql half (ctest), which
// scripts/dev.sh gives a throwaway server.

using namespace metodist;
using metodist::test::Scratch;

TEST_CASE("a server address is read the way libpq writes it", "[server][address]")
{
    auto full = ServerAddress::parse(QStringLiteral("postgresql://metodist@db.cnppm.local:5433/registry?sslmode=require"));
    REQUIRE(full.ok());
    CHECK(full.value().user == QStringLiteral("metodist"));
    CHECK(full.value().host == QStringLiteral("db.cnppm.local"));
    CHECK(full.value().port == 5433);
    CHECK(full.value().database == QStringLiteral("registry"));
    CHECK(full.value().options == QStringList{QStringLiteral("sslmode=require")});

    auto socket = ServerAddress::parse(QStringLiteral("postgres://postgres@%2Frun%2Fpostgresql/metodist"));
    REQUIRE(socket.ok());
    CHECK(socket.value().host == QStringLiteral("/run/postgresql"));
    CHECK(socket.value().port == 0);
    auto query = ServerAddress::parse(QStringLiteral("postgresql:///metodist?host=/tmp/pg%20sock&port=5444"));
    REQUIRE(query.ok());
    CHECK(query.value().host == QStringLiteral("/tmp/pg sock"));
    CHECK(query.value().port == 5444);
    CHECK(query.value().user.isEmpty());
    auto ipv6 = ServerAddress::parse(QStringLiteral("postgresql://u@[::1]:5432/m"));
    REQUIRE(ipv6.ok());
    CHECK(ipv6.value().host == QStringLiteral("::1"));

    SECTION("written back, it reads the same")
    {
        for (const auto &address : {full.value(), socket.value(), query.value(), ipv6.value()}) {
            auto again = ServerAddress::parse(address.toUrl());
            REQUIRE(again.ok());
            CHECK(again.value().host == address.host);
            CHECK(again.value().port == address.port);
            CHECK(again.value().user == address.user);
            CHECK(again.value().database == address.database);
            CHECK(again.value().options == address.options);
        }
    }
    SECTION("a password is refused, and not repeated in the message")
    {
        auto inline_ = ServerAddress::parse(QStringLiteral("postgresql://metodist:s3cret@host/registry"));
        REQUIRE_FALSE(inline_.ok());
        CHECK(inline_.message().contains(QStringLiteral("~/.pgpass")));
        CHECK_FALSE(inline_.message().contains(QStringLiteral("s3cret")));
        auto asParameter = ServerAddress::parse(QStringLiteral("postgresql://metodist@host/registry?password=s3cret"));
        REQUIRE_FALSE(asParameter.ok());
        CHECK_FALSE(asParameter.message().contains(QStringLiteral("s3cret")));
    }
    SECTION("what is not an address says why")
    {
        CHECK_FALSE(ServerAddress::parse(QStringLiteral("postgresql://host")).ok()); // no database
        CHECK_FALSE(ServerAddress::parse(QStringLiteral("postgresql://host:99999/db")).ok());
        CHECK_FALSE(ServerAddress::parse(QStringLiteral("postgresql://host/db?options=-c%20x")).ok());
        CHECK_FALSE(ServerAddress::parse(QStringLiteral("postgresql://host/db?sslmode=a%20b")).ok());
        CHECK_FALSE(ServerAddress::parse(QStringLiteral("mysql://host/db")).ok());
    }
}

TEST_CASE("a new server database gets the whole schema, and opens again", "[server]")
{
    if (!test::onServer())
        return;
    Scratch scratch;
    const QString url = test::databaseLocation(scratch, QStringLiteral("new"));
    {
        Database reader;
        const Status refused = reader.open(url, OpenOptions::reading());
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.message().contains(QStringLiteral("init")));
    }
    {
        Database db;
        const Status opened = db.open(url, OpenOptions::creating());
        INFO(opened.message().toStdString());
        REQUIRE(opened.ok());
        CHECK(db.dialect() == Dialect::PostgreSQL);
        CHECK(db.wasCreated());
        CHECK(db.schemaVersion() == Database::latestSchemaVersion());
        auto setUp = Setup::initialise(db, QStringLiteral("kaliningrad"));
        INFO(setUp.message().toStdString());
        REQUIRE(setUp.ok());
        CHECK(setUp.value().municipalitiesAdded > 0);
        auto described = db.serverDescription();
        REQUIRE(described.ok());
        CHECK(described.value().contains(QStringLiteral("PostgreSQL")));
        CHECK(db.integrityCheck().value().isEmpty());
    }
    Database again;
    REQUIRE(again.open(url, OpenOptions::reading()).ok());
    CHECK_FALSE(again.wasCreated());
    CHECK(again.schemaVersion() == Database::latestSchemaVersion());
    // A read-only session is refused every change by the server.
    auto write = again.exec(QStringLiteral("DELETE FROM municipalities"));
    CHECK_FALSE(write.ok());
    CHECK(write.dbError() == DbError::ReadOnly);
}

TEST_CASE("a server database of another program is refused and left alone", "[server]")
{
    if (!test::onServer())
        return;
    Scratch scratch;
    const QString url = test::databaseLocation(scratch, QStringLiteral("other"));
    {
        Database db;
        REQUIRE(db.open(url, OpenOptions::creating()).ok());
        // Make it look like another program's: a table of its own and no mark.
        REQUIRE(db.exec(QStringLiteral("CREATE TABLE invoices (id INTEGER PRIMARY KEY)")).ok());
        REQUIRE(db.exec(QStringLiteral("COMMENT ON TABLE schema_migrations IS NULL")).ok());
    }
    Database db;
    const Status refused = db.open(url, OpenOptions::creating());
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.message().contains(QStringLiteral("createdb")));
}

TEST_CASE("name search finds the same people on the server as in a file", "[server][search]")
{
    if (!test::onServer())
        return;
    Scratch scratch;
    Database file, server;
    REQUIRE(file.open(scratch.path(QStringLiteral("people.sqlite"))).ok());
    REQUIRE(server.open(test::databaseLocation(scratch, QStringLiteral("people"))).ok());
    const QList<QStringList> people{
        {QStringLiteral("Иванов"), QStringLiteral("Пётр"), QStringLiteral("Семёнович")},
        {QStringLiteral("Петрова-Водкина"), QStringLiteral("Анна"), QStringLiteral("Ильинична")},
        {QStringLiteral("Ёлкина"), QStringLiteral("Алёна"), QStringLiteral("Фёдоровна")},
        {QStringLiteral("Сидоров"), QStringLiteral("Иван"), QString()},
        {QStringLiteral("Петров"), QStringLiteral("Иван"), QStringLiteral("Петрович")},
        {QStringLiteral("Ли"), QStringLiteral("Ён"), QString()},
        {QStringLiteral("ЕЛИСЕЕВ"), QStringLiteral("ёжик"), QStringLiteral("100%_")},
    };
    for (Database *db : {&file, &server}) {
        TeacherWriter teachers(*db);
        for (const QStringList &p : people) {
            Teacher t;
            t.lastName = p[0];
            t.firstName = p[1];
            t.middleName = p[2];
            auto added = teachers.insert(t);
            INFO(added.message().toStdString());
            REQUIRE(added.ok());
        }
    }
    const auto found = [](Database &db, const QString &query) {
        auto matches = TeacherRepository(db).searchByName(query, 50);
        REQUIRE(matches.ok());
        QStringList names;
        for (const NameMatch &match : matches.value())
            names << match.fullName;
        return names;
    };
    for (const QString &query : {QStringLiteral("петр"), QStringLiteral("ЁЛКИНА"), QStringLiteral("алена"),
                                 QStringLiteral("водкина"), QStringLiteral("сидоров  иван"), QStringLiteral("ёж"),
                                 QStringLiteral("ЕЛ"), QStringLiteral("в"), QStringLiteral("%"), QStringLiteral("0%_"),
                                 QStringLiteral("_в"), QStringLiteral("\\"), QStringLiteral("'); DROP TABLE teachers; --"),
                                 QString()}) {
        INFO(query.toStdString());
        CHECK(found(server, query) == found(file, query));
    }
    CHECK(found(server, QStringLiteral("петр")).size() == 3);
}
