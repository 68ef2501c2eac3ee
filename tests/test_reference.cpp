#include <catch2/catch.hpp>

#include "TestSupport.h"
#include "domain/ReferenceData.h"
#include "services/Setup.h"
#include "storage/DictionaryRepository.h"
#include "storage/SettingsRepository.h"

using namespace metodist;
using metodist::test::Scratch;

namespace {

int countOf(const Database &db, const QString &dictionary)
{
    auto count = DictionaryRepository(db).count(dictionary);
    REQUIRE(count.ok());
    return count.value();
}

QStringList namesOf(const Database &db, const QString &dictionary)
{
    auto entries = DictionaryRepository(db).entries(dictionary);
    REQUIRE(entries.ok());
    QStringList names;
    for (const auto &entry : entries.value())
        names << entry.name;
    return names;
}

} // namespace

TEST_CASE("the shipped dictionaries have the sizes the domain fixes", "[reference]")
{
    auto shipped = ReferenceData::shippedDictionaries();
    REQUIRE(shipped.ok());
    CHECK(shipped.value().value(QStringLiteral("support_categories")).size() == 11);
    CHECK(shipped.value().value(QStringLiteral("work_kinds")).size() == 9);
    CHECK(shipped.value().value(QStringLiteral("roadmap_stages")).size() == 7);
    CHECK(shipped.value().value(QStringLiteral("monitoring_blocks")).size() == 4);
    CHECK(shipped.value().value(QStringLiteral("employment_forms")).size() == 3);
    CHECK(shipped.value().value(QStringLiteral("competence_levels")).size() == 4);
    CHECK(shipped.value().value(QStringLiteral("subjects")).size() >= 10);
    for (const QString &dictionary : shipped.value().keys())
        CHECK(ReferenceData::title(dictionary) != dictionary);
}

TEST_CASE("region presets list their municipalities", "[reference]")
{
    auto kaliningrad = ReferenceData::region(QStringLiteral("kaliningrad"));
    REQUIRE(kaliningrad.ok());
    CHECK(kaliningrad.value().name == QStringLiteral("Калининградская область"));
    CHECK(kaliningrad.value().municipalities.size() == 22);
    CHECK(kaliningrad.value().municipalities.removeDuplicates() == 0);

    auto tyumen = ReferenceData::region(QStringLiteral("tyumen"));
    REQUIRE(tyumen.ok());
    for (const char *name : {"г. Тюмень", "г. Тобольск", "г. Ишим", "Бердюжский р-н", "Вагайский р-н",
                             "Викуловский р-н", "Заводоуковский р-н", "Ишимский р-н", "Казанский р-н",
                             "Тобольский р-н", "Уватский р-н"})
        CHECK(tyumen.value().municipalities.contains(QString::fromUtf8(name)));

    CHECK_FALSE(ReferenceData::region(QStringLiteral("atlantis")).ok());
}

TEST_CASE("initialising fills the dictionaries once and loads a region", "[reference]")
{
    Scratch scratch;
    Database db;
    REQUIRE(db.open(test::databaseLocation(scratch, QStringLiteral("init.sqlite"))).ok());
    auto first = Setup::initialise(db, QStringLiteral("kaliningrad"));
    REQUIRE(first.ok());
    CHECK(first.value().dictionaryEntriesAdded > 60);
    CHECK(first.value().municipalitiesAdded == 22);
    CHECK(countOf(db, QStringLiteral("municipalities")) == 22);
    CHECK(countOf(db, QStringLiteral("roadmap_stages")) == 7);
    CHECK(namesOf(db, QStringLiteral("roadmap_stages")).first().toLower().startsWith(QStringLiteral("аналитическ")));
    CHECK(SettingsRepository(db).value(QStringLiteral("region.name")).value() == QStringLiteral("Калининградская область"));

    auto again = Setup::initialise(db, QStringLiteral("kaliningrad"));
    REQUIRE(again.ok());
    CHECK(again.value().dictionaryEntriesAdded == 0);
    CHECK(again.value().municipalitiesAdded == 0);
    CHECK(countOf(db, QStringLiteral("municipalities")) == 22);
}

TEST_CASE("dictionaries stay editable and keep the user's edits", "[reference]")
{
    Scratch scratch;
    Database db;
    REQUIRE(db.open(test::databaseLocation(scratch, QStringLiteral("edit.sqlite"))).ok());
    REQUIRE(Setup::initialise(db).ok());
    DictionaryWriter repository(db);
    const QString dictionary = QStringLiteral("qualification_categories");

    auto entries = repository.entries(dictionary);
    REQUIRE(entries.ok());
    const DictionaryEntry highest = entries.value().first();
    REQUIRE(repository.rename(dictionary, highest.id, QStringLiteral("Высшая категория")).ok());

    auto added = repository.add(dictionary, QStringLiteral("педагог-исследователь"));
    REQUIRE(added.ok());
    // Duplicates are refused up to case and ё.
    auto duplicate = repository.add(dictionary, QStringLiteral("ПЕДАГОГ-ИССЛЕДОВАТЕЛЬ"));
    REQUIRE_FALSE(duplicate.ok());
    CHECK(duplicate.message().contains(QStringLiteral("ПЕДАГОГ-ИССЛЕДОВАТЕЛЬ")));
    CHECK_FALSE(repository.add(dictionary, QStringLiteral("   ")).ok());

    // A repeated initialisation matches by code and does not undo the rename.
    auto again = Setup::initialise(db);
    REQUIRE(again.ok());
    CHECK(again.value().dictionaryEntriesAdded == 0);
    const QStringList names = namesOf(db, dictionary);
    CHECK(names.first() == QStringLiteral("Высшая категория"));
    CHECK(names.last() == QStringLiteral("педагог-исследователь"));

    REQUIRE(repository.move(dictionary, added.value(), -1).ok());
    CHECK(namesOf(db, dictionary).indexOf(QStringLiteral("педагог-исследователь")) == names.size() - 2);
    REQUIRE(repository.remove(dictionary, added.value()).ok());
    CHECK_FALSE(namesOf(db, dictionary).contains(QStringLiteral("педагог-исследователь")));
}

TEST_CASE("a dictionary entry in use cannot be deleted", "[reference]")
{
    Scratch scratch;
    Database db;
    REQUIRE(db.open(test::databaseLocation(scratch, QStringLiteral("inuse.sqlite"))).ok());
    REQUIRE(Setup::initialise(db, QStringLiteral("tyumen")).ok());
    DictionaryWriter repository(db);
    auto municipality = repository.findByName(QStringLiteral("municipalities"), QStringLiteral("Г. ТЮМЕНЬ"));
    REQUIRE(municipality.ok());
    REQUIRE(municipality.value() > 0);
    REQUIRE(db.exec(QStringLiteral("INSERT INTO organisations (name, municipality_id, search_key) VALUES (?, ?, ?)"),
                    {QStringLiteral("МАОУ СОШ № 5"), municipality.value(), QStringLiteral("маоу сош № 5")})
                .ok());
    const Status status = repository.remove(QStringLiteral("municipalities"), municipality.value());
    CHECK_FALSE(status.ok());
    CHECK(repository.findByName(QStringLiteral("municipalities"), QStringLiteral("г. Тюмень")).value() > 0);
}
