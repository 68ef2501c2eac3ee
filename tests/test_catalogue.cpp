#include <catch2/catch.hpp>

#include "TestSupport.h"
#include "services/Importer.h"
#include "services/RegistryExport.h"
#include "services/RouteService.h"
#include "services/Setup.h"
#include "storage/CatalogueRepository.h"
#include "storage/DictionaryRepository.h"
#include "storage/TeacherRepository.h"

#include <QSet>

using namespace metodist;
using metodist::test::Scratch;

namespace {

const QString catalogueHeader = QStringLiteral(
    "Название;Вид;Организатор;Часов;Форма;Федеральный реестр;Предметы;Дефициты;Уровни");

struct Office
{
    Scratch scratch;
    Database db;
    Office()
    {
        REQUIRE(db.open(test::databaseLocation(scratch, QStringLiteral("office.sqlite"))).ok());
        REQUIRE(Setup::initialise(db, QStringLiteral("kaliningrad")).ok());
    }
    qint64 entry(const char *dictionary, const char *codeOrName)
    {
        auto id = DictionaryRepository(db).findByCodeOrName(QString::fromLatin1(dictionary),
                                                             QString::fromUtf8(codeOrName));
        REQUIRE(id.ok());
        REQUIRE(id.value() > 0);
        return id.value();
    }
    QString write(const QString &name, const QStringList &lines)
    {
        const QString path = scratch.path(name);
        test::writeFile(path, lines.join(QStringLiteral("\r\n")).toUtf8());
        return path;
    }
    ImportReport import(ImportKind kind, const QString &path)
    {
        auto report = Importer(db, kind).importFile(path);
        INFO(report.message().toStdString());
        REQUIRE(report.ok());
        INFO(report.value().lines().join(u'\n').toStdString());
        return report.value();
    }
    QHash<QString, CatalogueEntry> catalogue()
    {
        auto entries = CatalogueRepository(db).entries();
        REQUIRE(entries.ok());
        QHash<QString, CatalogueEntry> byTitle;
        for (const CatalogueEntry &e : entries.value())
            byTitle.insert(e.title, e);
        return byTitle;
    }
};

// A catalogue as a ЦНППМ keeps it, in the office's words.
QStringList officeCatalogue()
{
    return {
        QStringLiteral("Единая база ДПП ПК на 2026/2027 учебный год"),
        catalogueHeader,
        QStringLiteral("Методика преподавания физики в условиях ФГОС ООО;Курсы ПК;ЦНППМ КОИРО;72;очно;да;физика;"
                       "методические, предметные;низкий/минимальный"),
        QStringLiteral("Решение олимпиадных задач по физике;КПК;КОИРО;36;дистанционно;нет;физика;предметные;"
                       "высокий"),
        QStringLiteral("Реализация ФГОС НОО: урок в начальной школе;Курсы ПК;Академия Минпросвещения;36;"
                       "очно-заочная;да;нач. кл.;\"методические; психолого-педагогические\";"),
        QStringLiteral("Цифровые инструменты учителя;Курсы ПК;ЦНППМ КОИРО;24;онлайн;да;;цифровые;"),
        QStringLiteral("Стажировка: проектная деятельность на уроках физики;стажировки;МАОУ лицей № 23;16;очно;нет;"
                       "физика, химия;методические;"),
        QStringLiteral("Наставничество молодого учителя;Наставничество;ЦНППМ КОИРО;;смешанно;нет;;;"),
        QStringLiteral("Коррекционная работа на уроке;Курсы ПК;КОИРО;48;очно;да;дефектология;методические;"),
    };
}

} // namespace

TEST_CASE("catalogue: imported from the office's file with its lists, forms and flags", "[catalogue][import]")
{
    Office office;
    const ImportReport report = office.import(ImportKind::Catalogue, office.write(QStringLiteral("c.csv"),
                                                                                  officeCatalogue()));
    REQUIRE(report.written);
    CHECK(report.created == 7);
    CHECK(report.unknownValues.isEmpty());
    const auto catalogue = office.catalogue();
    REQUIRE(catalogue.size() == 7);

    const CatalogueEntry physics = catalogue.value(QStringLiteral("Методика преподавания физики в условиях ФГОС ООО"));
    CHECK(physics.kindId == office.entry("route_item_kinds", "course"));
    CHECK(physics.provider == QStringLiteral("ЦНППМ КОИРО"));
    CHECK(physics.hours == 72);
    CHECK(physics.form == CatalogueForm::InPerson);
    CHECK(physics.federalRegistry);
    CHECK(physics.subjectIds == QList<qint64>{office.entry("subjects", "physics")});
    // «,» and «/» separate values in a cell as «;» does.
    CHECK(QSet<qint64>(physics.deficitAreaIds.begin(), physics.deficitAreaIds.end())
          == QSet<qint64>{office.entry("deficit_areas", "methodical"), office.entry("deficit_areas", "subject")});
    CHECK(QSet<qint64>(physics.levelIds.begin(), physics.levelIds.end())
          == QSet<qint64>{office.entry("competence_levels", "low"), office.entry("competence_levels", "minimal")});

    const CatalogueEntry primary = catalogue.value(QStringLiteral("Реализация ФГОС НОО: урок в начальной школе"));
    CHECK(primary.form == CatalogueForm::Blended);
    CHECK(primary.subjectIds == QList<qint64>{office.entry("subjects", "primary_school")});
    CHECK(primary.deficitAreaIds.size() == 2);
    CHECK(catalogue.value(QStringLiteral("Цифровые инструменты учителя")).form == CatalogueForm::Distance);
    CHECK(catalogue.value(QStringLiteral("Цифровые инструменты учителя")).subjectIds.isEmpty());
    CHECK(catalogue.value(QStringLiteral("Стажировка: проектная деятельность на уроках физики")).kindId
          == office.entry("route_item_kinds", "internship"));
    CHECK(catalogue.value(QStringLiteral("Стажировка: проектная деятельность на уроках физики")).subjectIds.size() == 2);
    CHECK_FALSE(catalogue.value(QStringLiteral("Наставничество молодого учителя")).hours.has_value());

    // The same file again updates; the export imports back the same catalogue.
    const ImportReport again = office.import(ImportKind::Catalogue, office.write(QStringLiteral("c.csv"),
                                                                                 officeCatalogue()));
    CHECK(again.created == 0);
    CHECK(again.updated == 7);
    CHECK(office.catalogue().size() == 7);
    auto table = RegistryExport::table(office.db, ImportKind::Catalogue);
    REQUIRE(table.ok());
    const QString exported = office.scratch.path(QStringLiteral("export.xlsx"));
    REQUIRE(RegistryExport::write(table.value(), exported).ok());
    Office other;
    const ImportReport back = other.import(ImportKind::Catalogue, exported);
    CHECK(back.created == 7);
    const auto copied = other.catalogue();
    for (const CatalogueEntry &e : catalogue) {
        INFO(e.title.toStdString());
        const CatalogueEntry c = copied.value(e.title);
        CHECK(c.provider == e.provider);
        CHECK(c.hours == e.hours);
        CHECK(c.form == e.form);
        CHECK(c.federalRegistry == e.federalRegistry);
        CHECK(c.subjects == e.subjects);
        CHECK(c.deficits == e.deficits);
        CHECK(c.levels == e.levels);
    }
}

TEST_CASE("catalogue: a faulty row is reported with its column and nothing is written", "[catalogue][import]")
{
    Office office;
    const ImportReport report = office.import(
        ImportKind::Catalogue,
        office.write(QStringLiteral("bad.csv"),
                     {catalogueHeader, QStringLiteral("Курс А;Курсы ПК;КОИРО;много;очно;да;;;"),
                      QStringLiteral("Курс Б;Курсы ПК;КОИРО;36;по переписке;да;;;"),
                      QStringLiteral("Курс В;Курсы ПК;КОИРО;36;очно;может быть;;;"),
                      QStringLiteral(";Курсы ПК;КОИРО;36;очно;да;;;"),
                      QStringLiteral("Курс Г;Экскурсия;КОИРО;36;очно;да;;;"),
                      QStringLiteral("Курс А;Курсы ПК;КОИРО;36;очно;да;;;")}));
    CHECK_FALSE(report.written);
    CHECK(report.invalid == 6);
    QStringList columns;
    for (const ImportIssue &issue : report.issues)
        columns << issue.column;
    CHECK(columns.contains(QStringLiteral("Часов")));
    CHECK(columns.contains(QStringLiteral("Форма")));
    CHECK(columns.contains(QStringLiteral("Федеральный реестр")));
    CHECK(columns.contains(QStringLiteral("Название")));
    REQUIRE(report.unknownValues.size() == 1);
    CHECK(report.unknownValues.first().value == QStringLiteral("Экскурсия"));
    CHECK(office.catalogue().isEmpty());
}

TEST_CASE("catalogue: a route suggests what suits the teacher's subject, deficits and level", "[catalogue][routes]")
{
    Office office;
    REQUIRE(office.import(ImportKind::Catalogue, office.write(QStringLiteral("c.csv"), officeCatalogue())).written);
    REQUIRE(office.import(ImportKind::Teachers,
                          office.write(QStringLiteral("t.csv"),
                                       {QStringLiteral("ФИО;Муниципалитет;Организация;Предмет"),
                                        QStringLiteral("Физикова Анна Ивановна;г. Калининград;Лицей 23;физика"),
                                        QStringLiteral("Логопедова Мария Петровна;г. Калининград;Лицей 23;логопед"),
                                        QStringLiteral("Химикова Ольга Ивановна;г. Калининград;Лицей 23;химия")}))
                .written);
    REQUIRE(office.import(ImportKind::Diagnostics,
                          office.write(QStringLiteral("d.csv"),
                                       {QStringLiteral("ФИО;Организация;Дата диагностики;Уровень компетенций;Дефициты"),
                                        QStringLiteral("Физикова Анна Ивановна;Лицей 23;01.10.2026;низкий;методические"),
                                        QStringLiteral("Логопедова Мария Петровна;Лицей 23;01.10.2026;средний;методические"),
                                        QStringLiteral("Химикова Ольга Ивановна;Лицей 23;01.10.2026;высокий;цифровые")}))
                .written);
    const auto teacher = [&](const QString &lastName) {
        for (const NameMatch &match : TeacherRepository(office.db).searchByName(lastName, 5).value())
            return match.id;
        FAIL("no teacher " << lastName.toStdString());
        return qint64(0);
    };
    const auto suggested = [&](qint64 teacherId) {
        auto draft = RouteService(office.db).suggest(teacherId, QStringLiteral("2026/2027"));
        REQUIRE(draft.ok());
        QStringList titles;
        for (const RouteItem &item : draft.value().route.items)
            if (item.catalogueId > 0)
                titles << item.title;
        return titles;
    };

    // Physics, methodical deficits, low level: the physics programmes first;
    // nothing for primary school, and not the olympiad course for a high level.
    const QStringList physics = suggested(teacher(QStringLiteral("Физикова")));
    INFO(physics.join(u'\n').toStdString());
    REQUIRE(physics.size() >= 2);
    CHECK(physics[0].contains(QStringLiteral("физик")));
    CHECK(physics[1].contains(QStringLiteral("физик")));
    CHECK_FALSE(physics.join(u' ').contains(QStringLiteral("ФГОС НОО")));
    CHECK_FALSE(physics.contains(QStringLiteral("Решение олимпиадных задач по физике")));
    CHECK_FALSE(physics.contains(QStringLiteral("Цифровые инструменты учителя"))); // not the teacher's deficit

    // A speech therapist is not offered «ФГОС НОО»; the correctional course is hers.
    const QStringList therapist = suggested(teacher(QStringLiteral("Логопедова")));
    INFO(therapist.join(u'\n').toStdString());
    REQUIRE_FALSE(therapist.isEmpty());
    CHECK(therapist.first() == QStringLiteral("Коррекционная работа на уроке"));
    CHECK_FALSE(therapist.join(u' ').contains(QStringLiteral("ФГОС НОО")));
    CHECK_FALSE(therapist.join(u' ').contains(QStringLiteral("физик")));

    // Chemistry, digital deficits: the programme for any subject.
    const QStringList chemistry = suggested(teacher(QStringLiteral("Химикова")));
    CHECK(chemistry.contains(QStringLiteral("Цифровые инструменты учителя")));
}
