#pragma once

// A small region for the tests of roadmaps, routes and the work log: one
// school, mathematics, two methodists and four teachers with СНИЛС.

#include "TestSupport.h"
#include "domain/Snils.h"
#include "services/AssignmentService.h"
#include "services/Setup.h"
#include "storage/DictionaryRepository.h"
#include "storage/MethodistRepository.h"
#include "storage/OrganisationRepository.h"
#include "storage/TeacherRepository.h"

#include <catch2/catch.hpp>

namespace metodist::test {

// A valid СНИЛС from a serial number: nine digits and their check number.
inline QString snilsNumber(int serial)
{
    const QString nine = QStringLiteral("1%1").arg(serial, 8, 10, QLatin1Char('0'));
    return nine + Snils::checkDigitsFor(nine);
}

struct SupportRegion
{
    static inline const QString year = QStringLiteral("2025/2026");
    Scratch scratch;
    Database db;
    qint64 city = 0, school = 0, maths = 0;
    int serial = 10;

    explicit SupportRegion(const QString &file = QStringLiteral("support.sqlite"))
    {
        REQUIRE(db.open(databaseLocation(scratch, file)).ok());
        REQUIRE(Setup::initialise(db, QStringLiteral("kaliningrad")).ok());
        DictionaryRepository dictionaries(db);
        city = dictionaries.findByName(QStringLiteral("municipalities"),
                                       QStringLiteral("Городской округ «Город Калининград»")).value();
        maths = dictionaries.findByName(QStringLiteral("subjects"), QStringLiteral("Математика")).value();
        REQUIRE(city > 0);
        REQUIRE(maths > 0);
        school = OrganisationWriter(db).findOrCreate(city, QStringLiteral("МАОУ СОШ № 7")).value();
    }

    qint64 code(const QString &dictionary, const QString &code)
    {
        const auto entries = DictionaryRepository(db).entries(dictionary);
        REQUIRE(entries.ok());
        for (const DictionaryEntry &e : entries.value())
            if (e.code == code)
                return e.id;
        FAIL("no code " << code.toStdString() << " in " << dictionary.toStdString());
        return 0;
    }

    qint64 teacher(const QString &lastName, qint64 levelId = 0)
    {
        Teacher t;
        t.lastName = lastName;
        t.firstName = QStringLiteral("Анна");
        t.middleName = QStringLiteral("Сергеевна");
        t.organisationId = school;
        t.subjectId = maths;
        t.competenceLevelId = levelId;
        t.snils = snilsNumber(++serial);
        auto id = TeacherWriter(db).insert(t);
        REQUIRE(id.ok());
        return id.value();
    }

    qint64 methodist(const QString &lastName)
    {
        Methodist m;
        m.lastName = lastName;
        m.firstName = QStringLiteral("Пётр");
        m.middleName = QStringLiteral("Ильич");
        m.municipalityId = city;
        m.subjectId = maths;
        m.snils = snilsNumber(++serial);
        auto id = MethodistWriter(db).insert(m);
        REQUIRE(id.ok());
        return id.value();
    }

    void assign(QList<qint64> teachers, qint64 methodistId)
    {
        auto assigned = AssignmentService(db).assign({teachers, methodistId, year, 0, QDate(2025, 9, 1),
                                                      QStringLiteral("тест")});
        INFO(assigned.message().toStdString());
        REQUIRE(assigned.ok());
    }

    QString snilsOf(qint64 teacherId) { return TeacherRepository(db).get(teacherId)->snils; }
};

} // namespace metodist::test
