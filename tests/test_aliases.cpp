#include <catch2/catch.hpp>

#include "TestSupport.h"
#include "domain/ReferenceData.h"
#include "services/AliasFile.h"
#include "services/DictionaryService.h"
#include "services/Importer.h"
#include "services/Setup.h"
#include "storage/DevelopmentRepository.h"
#include "storage/DictionaryRepository.h"
#include "storage/MethodistRepository.h"
#include "storage/TeacherRepository.h"

#include <QFile>
#include <QSet>

using namespace metodist;
using metodist::test::Scratch;

namespace {

struct Office
{
    Scratch scratch;
    Database db;
    explicit Office(const QString &region = QStringLiteral("tyumen"))
    {
        REQUIRE(db.open(test::databaseLocation(scratch, QStringLiteral("office.sqlite"))).ok());
        REQUIRE(Setup::initialise(db, region).ok());
    }
    // The entry of a dictionary with this code (or, for municipalities, name).
    qint64 entry(const QString &dictionary, const QString &codeOrName)
    {
        auto id = DictionaryRepository(db).findByCodeOrName(dictionary, codeOrName);
        REQUIRE(id.ok());
        REQUIRE(id.value() > 0);
        return id.value();
    }
    QString write(const QString &name, const QStringList &lines)
    {
        const QString path = scratch.path(name);
        test::writeFile(path, lines.join(u'\n').toUtf8());
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
    QList<qint64> teacherIds()
    {
        auto rows = TeacherRepository(db).page({}, {}, 1000);
        REQUIRE(rows.ok());
        QList<qint64> ids;
        for (const TeacherRow &row : rows.value())
            ids << row.id;
        return ids;
    }
    Teacher teacherNamed(const QString &lastName)
    {
        for (qint64 id : teacherIds()) {
            auto teacher = TeacherRepository(db).get(id);
            REQUIRE(teacher.ok());
            if (teacher.value().lastName == lastName)
                return teacher.value();
        }
        FAIL("no teacher " << lastName.toStdString());
        return {};
    }
};

const QString teacherHeader = QStringLiteral(
    "Фамилия;Имя;Отчество;Муниципалитет;Организация;Предмет;Квалификационная категория;Категории сопровождения;"
    "Уровень компетенций");

} // namespace

TEST_CASE("aliases: the shipped short forms come with a new database", "[aliases]")
{
    Office office;
    const DictionaryRepository dictionaries(office.db);
    auto aliases = dictionaries.aliases(QStringLiteral("qualification_categories"));
    REQUIRE(aliases.ok());
    QHash<QString, qint64> meaning;
    for (const DictionaryAlias &alias : aliases.value())
        meaning.insert(alias.alias, alias.entryId);
    CHECK(meaning.value(QStringLiteral("ВКК")) == office.entry(QStringLiteral("qualification_categories"),
                                                               QStringLiteral("highest")));
    CHECK(meaning.value(QStringLiteral("СЗД")) == office.entry(QStringLiteral("qualification_categories"),
                                                               QStringLiteral("position_compliance")));
    CHECK(meaning.value(QStringLiteral("б/к")) == office.entry(QStringLiteral("qualification_categories"),
                                                               QStringLiteral("none")));
    // Municipalities: the forms of the region loaded, and no other region's.
    auto municipal = dictionaries.aliases(QStringLiteral("municipalities"));
    REQUIRE(municipal.ok());
    QSet<QString> forms;
    for (const DictionaryAlias &alias : municipal.value())
        forms << alias.alias;
    CHECK(forms.contains(QStringLiteral("Тюмень")));
    CHECK(forms.contains(QStringLiteral("Абатский район")));
    CHECK_FALSE(forms.contains(QStringLiteral("г. Калининград")));
    // Repeating the set-up adds nothing twice.
    auto again = Setup::initialise(office.db, QStringLiteral("tyumen"));
    REQUIRE(again.ok());
    CHECK(again.value().aliasesAdded == 0);
}

TEST_CASE("aliases: a teachers' file in the office's short forms imports whole", "[aliases][import]")
{
    Office office;
    const QString path = office.write(
        QStringLiteral("teachers.csv"),
        {teacherHeader,
         QStringLiteral("Иванова;Анна;Петровна;Абатский район;МАОУ СОШ № 1;англ. яз.;ВКК;"
                        "\"молодые специалисты; работающие с детьми с ОВЗ\";выс."),
         QStringLiteral("Петров;Олег;Ильич;Тюмень;МАОУ СОШ № 2;нач. кл.;1 КК;эксперты ОГЭ/ЕГЭ;ср."),
         QStringLiteral("Сидорова;Мария;;г.Тюмень;МАОУ СОШ № 2;физ-ра;СЗД;выходящие на аттестацию;низ."),
         QStringLiteral("Орлов;Пётр;;Ишим;МАОУ СОШ № 3;ИЗО;б/к;руководители МО, профессиональное выгорание;")});
    const ImportReport report = office.import(ImportKind::Teachers, path);
    CHECK(report.unknownValues.isEmpty());
    CHECK(report.invalid == 0);
    REQUIRE(report.written);
    REQUIRE(report.created == 4);

    const auto code = [&](const char *dictionary, const char *name) {
        return office.entry(QString::fromLatin1(dictionary), QString::fromUtf8(name));
    };
    const Teacher ivanova = office.teacherNamed(QStringLiteral("Иванова"));
    CHECK(ivanova.subjectId == code("subjects", "english_language"));
    CHECK(ivanova.qualificationCategoryId == code("qualification_categories", "highest"));
    CHECK(ivanova.competenceLevelId == code("competence_levels", "high"));
    CHECK(QSet<qint64>(ivanova.supportCategoryIds.begin(), ivanova.supportCategoryIds.end())
          == QSet<qint64>{code("support_categories", "young_specialists"),
                          code("support_categories", "disabilities_deviant")});
    const Teacher petrov = office.teacherNamed(QStringLiteral("Петров"));
    CHECK(petrov.subjectId == code("subjects", "primary_school"));
    CHECK(petrov.qualificationCategoryId == code("qualification_categories", "first"));
    CHECK(petrov.supportCategoryIds == QList<qint64>{code("support_categories", "exam_experts")});
    const Teacher sidorova = office.teacherNamed(QStringLiteral("Сидорова"));
    CHECK(sidorova.subjectId == code("subjects", "physical_education"));
    CHECK(sidorova.qualificationCategoryId == code("qualification_categories", "position_compliance"));
    CHECK(sidorova.supportCategoryIds == QList<qint64>{code("support_categories", "attestation")});
    const Teacher orlov = office.teacherNamed(QStringLiteral("Орлов"));
    CHECK(orlov.subjectId == code("subjects", "fine_arts"));
    CHECK(orlov.qualificationCategoryId == code("qualification_categories", "none"));
    // Commas separate entries when each piece is one.
    CHECK(QSet<qint64>(orlov.supportCategoryIds.begin(), orlov.supportCategoryIds.end())
          == QSet<qint64>{code("support_categories", "association_heads"), code("support_categories", "burnout")});

    // The municipalities written three ways are the preset's entries.
    auto rows = TeacherRepository(office.db).page({}, {}, 10);
    REQUIRE(rows.ok());
    QSet<QString> municipalities;
    for (const TeacherRow &row : rows.value())
        municipalities << row.municipality;
    CHECK(municipalities == QSet<QString>{QStringLiteral("Абатский р-н"), QStringLiteral("г. Тюмень"),
                                          QStringLiteral("г. Ишим")});
}

TEST_CASE("aliases: methodists' and diagnostics' dictionary columns match aliases too", "[aliases][import]")
{
    Office office;
    const QString methodists = office.write(
        QStringLiteral("methodists.csv"),
        {QStringLiteral("ФИО;Муниципалитет;Предмет;Форма занятости;Квалификационная категория;Образование;Стаж"),
         QStringLiteral("Кузнецова Ирина Львовна;Тюмень;рус. яз.;ГПХ;ВКК;высшее пед.;12")});
    const ImportReport methodistReport = office.import(ImportKind::Methodists, methodists);
    REQUIRE(methodistReport.written);
    auto page = MethodistRepository(office.db).page({}, {}, 10);
    REQUIRE(page.ok());
    REQUIRE(page.value().size() == 1);
    auto methodist = MethodistRepository(office.db).get(page.value().first().id);
    REQUIRE(methodist.ok());
    CHECK(methodist.value().employmentFormId == office.entry(QStringLiteral("employment_forms"), QStringLiteral("gph")));
    CHECK(methodist.value().educationLevelId
          == office.entry(QStringLiteral("education_levels"), QStringLiteral("higher_pedagogical")));
    CHECK(methodist.value().subjectId == office.entry(QStringLiteral("subjects"), QStringLiteral("russian_language")));

    // A user's own alias, added through the service, is matched like a shipped one.
    const qint64 digital = office.entry(QStringLiteral("deficit_areas"), QStringLiteral("digital"));
    REQUIRE(DictionaryService(office.db).addAlias(QStringLiteral("deficit_areas"), digital, QStringLiteral("ИКТ")).ok());
    office.import(ImportKind::Teachers,
                  office.write(QStringLiteral("one.csv"),
                               {teacherHeader, QStringLiteral("Лебедев;Илья;;Тюмень;МАОУ СОШ № 5;матем.;ВКК;;")}));
    const QString diagnostics = office.write(
        QStringLiteral("diagnostics.csv"),
        {QStringLiteral("ФИО;Организация;Дата диагностики;Уровень компетенций;Дефициты"),
         QStringLiteral("Лебедев Илья;МАОУ СОШ № 5;15.10.2026;низ.;\"ИКТ; методический; предметные компетенции\"")});
    const ImportReport diagnosticReport = office.import(ImportKind::Diagnostics, diagnostics);
    REQUIRE(diagnosticReport.written);
    const Teacher lebedev = office.teacherNamed(QStringLiteral("Лебедев"));
    auto found = DevelopmentRepository(office.db).diagnosticsOfTeacher(lebedev.id);
    REQUIRE(found.ok());
    REQUIRE(found.value().size() == 1);
    const Diagnostic &diagnostic = found.value().first();
    CHECK(diagnostic.competenceLevelId == office.entry(QStringLiteral("competence_levels"), QStringLiteral("low")));
    CHECK(QSet<qint64>(diagnostic.deficitAreaIds.begin(), diagnostic.deficitAreaIds.end())
          == QSet<qint64>{digital, office.entry(QStringLiteral("deficit_areas"), QStringLiteral("methodical")),
                          office.entry(QStringLiteral("deficit_areas"), QStringLiteral("subject"))});
}

TEST_CASE("aliases: unknown values are reported once each, with counts, first rows and suggestions",
          "[aliases][import]")
{
    Office office;
    QStringList lines{QStringLiteral("Список педагогов на 01.09.2026"), teacherHeader};
    // 10 000 rows; three distinct unknown values: one support category
    // written in the office's own words on every 7th row, a subject on every
    // 1000th, a municipality once.
    for (int i = 0; i < 10000; ++i) {
        const QString support = i % 7 == 0 ? QStringLiteral("педагоги с низкими результатами обучения")
                                           : QStringLiteral("молодые специалисты");
        const QString subject = i % 1000 == 999 ? QStringLiteral("астрономия") : QStringLiteral("физика");
        const QString municipality = i == 4321 ? QStringLiteral("Нефтеюганский р-н") : QStringLiteral("Тюмень");
        QString surname = QStringLiteral("Фамилия");
        for (const QChar digit : QString::number(i))
            surname += QChar(u'а' + (digit.unicode() - u'0'));
        lines << QStringLiteral("%1;Имя;Отчество;%2;Школа %3;%4;ВКК;%5;средний")
                     .arg(surname)
                     .arg(municipality)
                     .arg(i % 50)
                     .arg(subject, support);
    }
    const ImportReport report = office.import(ImportKind::Teachers, office.write(QStringLiteral("big.csv"), lines));
    CHECK_FALSE(report.written);
    CHECK(report.issues.isEmpty()); // nothing else is wrong
    REQUIRE(report.unknownValues.size() == 3);
    QHash<QString, UnknownValue> byValue;
    for (const UnknownValue &unknown : report.unknownValues)
        byValue.insert(unknown.value, unknown);
    const UnknownValue support = byValue.value(QStringLiteral("педагоги с низкими результатами обучения"));
    CHECK(support.dictionary == u"support_categories");
    CHECK(support.column == u"Категории сопровождения");
    CHECK(support.rows == 1429); // i = 0, 7, …, 9996
    CHECK(support.firstRows == QList<int>{3, 10, 17, 24, 31}); // data starts in row 3
    CHECK(support.suggestedId == office.entry(QStringLiteral("support_categories"), QStringLiteral("low_results")));
    const UnknownValue subject = byValue.value(QStringLiteral("астрономия"));
    CHECK(subject.rows == 10);
    CHECK(subject.firstRows == QList<int>{1002, 2002, 3002, 4002, 5002});
    const UnknownValue municipality = byValue.value(QStringLiteral("Нефтеюганский р-н"));
    CHECK(municipality.dictionary == u"municipalities");
    CHECK(municipality.rows == 1);
    CHECK(municipality.firstRows == QList<int>{4324});
    CHECK(municipality.suggestedId == 0); // no municipality of the region is like it
    // Rows are invalid once however many unknown values they carry.
    CHECK(report.invalid == 1429 + 10 + 1 - 1); // i = 5999 carries two of them
    CHECK(report.errorCount() == 1429 + 10 + 1);
    // The whole report fits a screen: three lines.
    const QStringList text = report.lines();
    CHECK(text.size() == 3);
    CHECK(text.join(u'\n').contains(QLocale().toString(1429)));
}

TEST_CASE("aliases: an alias file written from the report and completed makes the file import whole",
          "[aliases][import]")
{
    Office office;
    const QString teachers = office.write(
        QStringLiteral("teachers.csv"),
        {teacherHeader,
         QStringLiteral("Иванова;Анна;;Тюмень;Школа 1;физика;ВКК;с трудностями в профессии;"),
         QStringLiteral("Петрова;Анна;;Тюмень;Школа 1;физика;ВКК;наставники молодых;")});
    const ImportReport refused = office.import(ImportKind::Teachers, teachers);
    REQUIRE(refused.unknownValues.size() == 2);
    const QString aliasesPath = office.scratch.path(QStringLiteral("aliases.csv"));
    REQUIRE(AliasFile::writeUnknown(refused.unknownValues, aliasesPath).ok());

    // The user completes the file: one row by name, one by code; a row of
    // another dictionary is skipped when the dictionary is named.
    QString text = QString::fromUtf8(test::readFile(aliasesPath));
    QStringList rows = text.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    REQUIRE(rows.size() == 3);
    for (QString &row : rows) {
        if (row.contains(QStringLiteral("с трудностями в профессии")))
            row = QStringLiteral("support_categories;с трудностями в профессии;professional_difficulties;1");
        else if (row.contains(QStringLiteral("наставники молодых")))
            row = QStringLiteral("support_categories;наставники молодых;"
                                 "Молодые специалисты и вновь прибывшие в образовательные организации педагоги;1");
    }
    rows << QStringLiteral("municipalities;Тюмень-город;г. Тюмень;1");
    test::writeFile(aliasesPath, rows.join(QStringLiteral("\r\n")).toUtf8());

    auto content = AliasFile::read(aliasesPath, QStringLiteral("support_categories"));
    REQUIRE(content.ok());
    INFO(content.value().errors.join(u'\n').toStdString());
    CHECK(content.value().errors.isEmpty());
    CHECK(content.value().otherDictionary == 1);
    REQUIRE(content.value().rows.size() == 2);
    auto imported = DictionaryService(office.db).importAliases(content.value().rows);
    REQUIRE(imported.ok());
    CHECK(imported.value().added == 2);

    const ImportReport accepted = office.import(ImportKind::Teachers, teachers);
    CHECK(accepted.unknownValues.isEmpty());
    CHECK(accepted.written);
    CHECK(office.teacherNamed(QStringLiteral("Иванова")).supportCategoryIds
          == QList<qint64>{office.entry(QStringLiteral("support_categories"),
                                        QStringLiteral("professional_difficulties"))});
}

TEST_CASE("aliases: an alias file with a fault adds nothing", "[aliases]")
{
    Office office;
    const QString path = office.write(QStringLiteral("aliases.csv"),
                                      {QStringLiteral("Значение;Запись"), QStringLiteral("ВысшК;highest"),
                                       QStringLiteral("Перв;вторая"), QStringLiteral("высшая;first"),
                                       QStringLiteral("незаполненная;")});
    auto content = AliasFile::read(path, QStringLiteral("qualification_categories"));
    REQUIRE(content.ok());
    CHECK(content.value().unfilled == 1);
    auto imported = DictionaryService(office.db).importAliases(content.value().rows);
    REQUIRE(imported.ok());
    CHECK(imported.value().added == 0);
    REQUIRE(imported.value().errors.size() == 2);
    CHECK(imported.value().errors[0].contains(QStringLiteral("3")));
    CHECK(imported.value().errors[0].contains(QStringLiteral("вторая")));
    CHECK(imported.value().errors[1].contains(QStringLiteral("4")));
    CHECK(imported.value().errors[1].contains(QStringLiteral("высшая")));
    // Nothing of the file was added, not even its sound first row.
    auto aliases = DictionaryRepository(office.db).aliases(QStringLiteral("qualification_categories"));
    REQUIRE(aliases.ok());
    for (const DictionaryAlias &alias : aliases.value())
        CHECK(alias.alias != u"ВысшК");
}

TEST_CASE("aliases: rules of an alias", "[aliases]")
{
    Office office;
    DictionaryService service(office.db);
    const QString dictionary = QStringLiteral("subjects");
    const qint64 physics = office.entry(dictionary, QStringLiteral("physics"));
    const qint64 chemistry = office.entry(dictionary, QStringLiteral("chemistry"));
    // The name or code of an entry is no alias: an import matches it first.
    CHECK_FALSE(service.addAlias(dictionary, chemistry, QStringLiteral("Физика")).ok());
    CHECK_FALSE(service.addAlias(dictionary, chemistry, QStringLiteral("physics")).ok());
    CHECK_FALSE(service.addAlias(dictionary, chemistry, QStringLiteral(" .- ")).ok());
    // Spaces and punctuation do not make another alias; the latest word wins.
    auto first = service.addAlias(dictionary, physics, QStringLiteral("Ф-ка"));
    REQUIRE(first.ok());
    auto moved = service.addAlias(dictionary, chemistry, QStringLiteral("ф ка"));
    REQUIRE(moved.ok());
    CHECK(moved.value() == first.value());
    auto aliases = DictionaryRepository(office.db).aliases(dictionary);
    REQUIRE(aliases.ok());
    int found = 0;
    for (const DictionaryAlias &alias : aliases.value())
        if (alias.id == first.value()) {
            ++found;
            CHECK(alias.entryId == chemistry);
        }
    CHECK(found == 1);
    // An entry's aliases set in one go; removing the entry removes them.
    const qint64 added = service.addEntry(dictionary, QStringLiteral("астрономия")).value();
    REQUIRE(service.setAliases(dictionary, added, {QStringLiteral("астр."), QStringLiteral("астрон.")}).ok());
    REQUIRE(service.setAliases(dictionary, added, {QStringLiteral("астрон.")}).ok());
    const auto aliasesOf = [&](qint64 entry) {
        QStringList result;
        for (const DictionaryAlias &alias : DictionaryRepository(office.db).aliases(dictionary).value())
            if (alias.entryId == entry)
                result << alias.alias;
        return result;
    };
    CHECK(aliasesOf(added) == QStringList{QStringLiteral("астрон.")});
    CHECK(service.removeEntries(dictionary, {added}).removed == 1);
    CHECK(aliasesOf(added).isEmpty());
    // The wizard's choices: an alias, or a new entry where the dictionary takes them.
    auto saved = service.saveChoices({{dictionary, QStringLiteral("астрономия и космос"), 0, true},
                                      {dictionary, QStringLiteral("физ. и астр."), physics, false}});
    REQUIRE(saved.ok());
    CHECK(saved.value() == 2);
    CHECK(office.entry(dictionary, QStringLiteral("астрономия и космос")) > 0);
    CHECK_FALSE(service.saveChoices({{QStringLiteral("qualification_categories"), QStringLiteral("вторая"), 0, true}})
                    .ok());
}

TEST_CASE("aliases: a database from before aliases gets the shipped ones for its entries; backups keep them",
          "[aliases][database][sqlite-only]")
{
    Scratch scratch;
    const QString path = scratch.path(QStringLiteral("old.sqlite"));
    {
        // Made at schema 6 and filled as the program did then.
        Database old;
        OpenOptions options = OpenOptions::creating();
        options.targetSchemaVersion = 6;
        REQUIRE(old.open(path, options).ok());
        REQUIRE(old.schemaVersion() == 6);
    }
    {
        // The set-up of schema 6 had no aliases; load its entries by the
        // writer that existed then (the dictionaries' rows alone).
        Database old;
        OpenOptions options = OpenOptions::existing();
        options.upgrade = false;
        REQUIRE(old.open(path, options).ok());
        const auto shipped = ReferenceData::shippedDictionaries().value();
        for (auto it = shipped.constBegin(); it != shipped.constEnd(); ++it)
            for (const ReferenceItem &item : it.value())
                REQUIRE(DictionaryWriter(old).ensure(it.key(), item).ok());
        for (const QString &name : ReferenceData::region(QStringLiteral("kaliningrad")).value().municipalities)
            REQUIRE(DictionaryWriter(old).ensure(QStringLiteral("municipalities"), {QString(), name, QString()}).ok());
    }
    Database db;
    REQUIRE(db.open(path).ok());
    CHECK(db.schemaVersion() == Database::latestSchemaVersion());
    auto aliases = DictionaryRepository(db).aliases(QStringLiteral("municipalities"));
    REQUIRE(aliases.ok());
    QStringList forms;
    for (const DictionaryAlias &alias : aliases.value())
        forms << alias.alias;
    CHECK(forms.contains(QStringLiteral("г. Калининград")));
    CHECK(forms.contains(QStringLiteral("Гурьевский р-н")));
    CHECK_FALSE(forms.contains(QStringLiteral("Тюмень")));

    const qint64 highest = DictionaryRepository(db)
                               .findByCodeOrName(QStringLiteral("qualification_categories"), QStringLiteral("highest"))
                               .value();
    REQUIRE(DictionaryService(db).addAlias(QStringLiteral("qualification_categories"), highest,
                                           QStringLiteral("высшая кв. кат. (пр. от 2025)"))
                .ok());
    const QString copy = scratch.path(QStringLiteral("copy.sqlite"));
    REQUIRE(db.backupTo(copy).ok());
    Database restored;
    REQUIRE(restored.open(copy, OpenOptions::reading()).ok());
    auto kept = DictionaryRepository(restored).aliases(QStringLiteral("qualification_categories"));
    REQUIRE(kept.ok());
    bool found = false;
    for (const DictionaryAlias &alias : kept.value())
        found = found || (alias.alias == u"высшая кв. кат. (пр. от 2025)" && alias.entryId == highest);
    CHECK(found);
}

TEST_CASE("import: a full name in one cell splits with double surnames and «оглы»/«кызы»", "[import]")
{
    Office office;
    const QString path = office.write(
        QStringLiteral("names.csv"),
        {QStringLiteral("Фамилия Имя Отчество;Муниципалитет;Организация;Предмет"),
         QStringLiteral("Мамедов Эльчин Гусейн оглы;Тюмень;Школа 7;физика"),
         QStringLiteral("Алиева Севиль Рашид кызы;Тюмень;Школа 7;химия"),
         QStringLiteral("Петрова - Водкина Анна Сергеевна;Тюмень;Школа 7;химия"),
         QStringLiteral("Римский-Корсаков Николай;Тюмень;Школа 7;музыка")});
    const ImportReport report = office.import(ImportKind::Teachers, path);
    REQUIRE(report.written);
    const Teacher mamedov = office.teacherNamed(QStringLiteral("Мамедов"));
    CHECK(mamedov.firstName == u"Эльчин");
    CHECK(mamedov.middleName == u"Гусейн оглы");
    const Teacher alieva = office.teacherNamed(QStringLiteral("Алиева"));
    CHECK(alieva.middleName == u"Рашид кызы");
    const Teacher petrova = office.teacherNamed(QStringLiteral("Петрова-Водкина"));
    CHECK(petrova.firstName == u"Анна");
    CHECK(petrova.middleName == u"Сергеевна");
    const Teacher rimsky = office.teacherNamed(QStringLiteral("Римский-Корсаков"));
    CHECK(rimsky.firstName == u"Николай");
    CHECK(rimsky.middleName.isEmpty());
}
