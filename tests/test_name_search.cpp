#include <catch2/catch.hpp>

#include "TestSupport.h"
#include "services/DemoRegion.h"
#include "storage/TeacherRepository.h"

using namespace metodist;
using metodist::test::Scratch;

namespace {

QStringList names(const Result<QList<NameMatch>> &matches)
{
    REQUIRE(matches.ok());
    QStringList result;
    for (const NameMatch &match : matches.value())
        result << match.fullName;
    return result;
}

Teacher teacher(const char *last, const char *first, const char *middle)
{
    Teacher t;
    t.lastName = QString::fromUtf8(last);
    t.firstName = QString::fromUtf8(first);
    t.middleName = QString::fromUtf8(middle);
    return t;
}

} // namespace

TEST_CASE("name search is Russian-aware and uses the search key", "[search]")
{
    Scratch scratch;
    Database db;
    REQUIRE(db.open(test::databaseLocation(scratch, QStringLiteral("people.sqlite"))).ok());
    TeacherWriter teachers(db);
    for (const Teacher &t : {teacher("Иванов", "Пётр", "Семёнович"), teacher("Петрова-Водкина", "Анна", "Ильинична"),
                             teacher("Ёлкина", "Алёна", "Фёдоровна"), teacher("Сидоров", "Иван", ""),
                             teacher("Петров", "Иван", "Петрович")})
        { auto r = teachers.insert(t); INFO(r.message().toStdString()); REQUIRE(r.ok()); }

    SECTION("lower case finds a capitalised name, ё found by е")
    {
        CHECK(names(teachers.searchByName(QStringLiteral("петр"), 50))
              == QStringList{QStringLiteral("Иванов Пётр Семёнович"), QStringLiteral("Петров Иван Петрович"),
                             QStringLiteral("Петрова-Водкина Анна Ильинична")});
        CHECK(names(teachers.searchByName(QStringLiteral("ЕЛКИНА"), 50)) == QStringList{QStringLiteral("Ёлкина Алёна Фёдоровна")});
        CHECK(names(teachers.searchByName(QStringLiteral("Алена"), 50)) == QStringList{QStringLiteral("Ёлкина Алёна Фёдоровна")});
    }
    SECTION("substring in the middle of a name and across parts")
    {
        CHECK(names(teachers.searchByName(QStringLiteral("водкина"), 50)) == QStringList{QStringLiteral("Петрова-Водкина Анна Ильинична")});
        CHECK(names(teachers.searchByName(QStringLiteral("петрова - водкина"), 50)).size() == 1);
        CHECK(names(teachers.searchByName(QStringLiteral("сидоров  иван"), 50)) == QStringList{QStringLiteral("Сидоров Иван")});
    }
    SECTION("short queries fall back to a scan and still fold case")
    {
        CHECK(names(teachers.searchByName(QStringLiteral("ЁЛ"), 50)) == QStringList{QStringLiteral("Ёлкина Алёна Фёдоровна")});
        CHECK(names(teachers.searchByName(QStringLiteral("ИЛ"), 50)) == QStringList{QStringLiteral("Петрова-Водкина Анна Ильинична")});
        CHECK(names(teachers.searchByName(QStringLiteral("в"), 50)).size() == 5);
    }
    SECTION("pattern characters and quotes are plain text")
    {
        CHECK(names(teachers.searchByName(QStringLiteral("%"), 50)).isEmpty());
        CHECK(names(teachers.searchByName(QStringLiteral("_в"), 50)).isEmpty());
        CHECK(names(teachers.searchByName(QStringLiteral("\"петр\" OR x"), 50)).isEmpty());
        CHECK(teachers.searchByName(QStringLiteral("'); DROP TABLE teachers; --"), 50).ok());
        CHECK(teachers.count().value() == 5);
    }
    SECTION("an empty query lists everyone alphabetically, up to the limit")
    {
        const QStringList all = names(teachers.searchByName(QString(), 3));
        CHECK(all == QStringList{QStringLiteral("Ёлкина Алёна Фёдоровна"), QStringLiteral("Иванов Пётр Семёнович"),
                                 QStringLiteral("Петров Иван Петрович")});
    }
}

TEST_CASE("the search index follows updates and deletions", "[search]")
{
    Scratch scratch;
    Database db;
    REQUIRE(db.open(test::databaseLocation(scratch, QStringLiteral("index.sqlite"))).ok());
    TeacherWriter teachers(db);
    auto id = teachers.insert(teacher("Кузнецова", "Мария", "Олеговна"));
    REQUIRE(id.ok());
    REQUIRE(db.exec(QStringLiteral("UPDATE teachers SET last_name = ?, search_key = ? WHERE id = ?"),
                    {QStringLiteral("Смирнова"), QStringLiteral("смирнова мария олеговна"), id.value()})
                .ok());
    CHECK(names(teachers.searchByName(QStringLiteral("кузнец"), 10)).isEmpty());
    CHECK(names(teachers.searchByName(QStringLiteral("смирн"), 10)).size() == 1);
    REQUIRE(db.exec(QStringLiteral("DELETE FROM teachers")).ok());
    CHECK(names(teachers.searchByName(QStringLiteral("смирн"), 10)).isEmpty());
    if (db.dialect() == Dialect::SQLite) { // FTS5 keeps an index of its own; the server's keeps itself
        auto integrity = db.exec(QStringLiteral("INSERT INTO teachers_search (teachers_search) VALUES ('integrity-check')"));
        CHECK(integrity.ok());
    }
}

TEST_CASE("counts of one- and two-letter fragments stop past the cap", "[search]")
{
    Scratch scratch;
    Database db;
    REQUIRE(db.open(test::databaseLocation(scratch, QStringLiteral("cap.sqlite"))).ok());
    DemoOptions options;
    options.teachers = int(countCap) + 500;
    options.methodists = 0;
    REQUIRE(DemoRegion::generate(db, options).ok());
    TeacherRepository teachers(db);
    CHECK(teachers.count().value() == countCap + 500);
    RegistryFilter shortFragment;
    shortFragment.search = QStringLiteral("А"); // in nearly every name
    CHECK(teachers.count(shortFragment).value() == countCap + 1);
    RegistryFilter longFragment;
    longFragment.search = QStringLiteral("ова");
    const qint64 exact = teachers.count(longFragment).value();
    CHECK(exact > 0);
    CHECK(exact < countCap + 500);
}
