#include <catch2/catch.hpp>

// The support network: its storage, its files (units, then members and
// covered schools), the organisations' new flags and the demo region's network.

#include "TestSupport.h"
#include "domain/SearchKey.h"
#include "domain/Snils.h"
#include "services/DemoRegion.h"
#include "services/EditFields.h"
#include "services/Importer.h"
#include "services/NetworkService.h"
#include "services/RegistryExport.h"
#include "services/Setup.h"
#include "storage/DictionaryRepository.h"
#include "storage/MethodistRepository.h"
#include "storage/NetworkRepository.h"
#include "storage/OrganisationRepository.h"
#include "storage/TeacherRepository.h"

#include <QSet>
#include <QStringEncoder>

using namespace metodist;
using metodist::test::Scratch;

namespace {

QString snils(int n)
{
    const QString nine = QString::number(112233000 + n);
    return nine + Snils::checkDigitsFor(nine);
}

const QString kaliningrad = QStringLiteral("Городской округ «Город Калининград»");
const QString bagrationovsk = QStringLiteral("Багратионовский муниципальный округ");

struct Office
{
    Scratch scratch;
    QString location = test::databaseLocation(scratch, QStringLiteral("office.sqlite"));
    Database db;
    Office()
    {
        REQUIRE(db.open(location).ok());
        REQUIRE(Setup::initialise(db, QStringLiteral("kaliningrad")).ok());
    }
    qint64 entry(const char *dictionary, const QString &codeOrName)
    {
        auto id = DictionaryRepository(db).findByCodeOrName(QString::fromLatin1(dictionary), codeOrName);
        REQUIRE(id.ok());
        REQUIRE(id.value() > 0);
        return id.value();
    }
    qint64 kind(const char *code) { return entry("network_kinds", QString::fromLatin1(code)); }
    qint64 school(const QString &municipality, const QString &name)
    {
        auto id = OrganisationRepository(db).find(entry("municipalities", municipality), name);
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
    // Three teachers (two of МАОУ СОШ № 5 in Kaliningrad, one of МБОУ СОШ № 1
    // in Bagrationovsk) and a methodist, with the schools they make.
    void people()
    {
        REQUIRE(import(ImportKind::Teachers,
                       write(QStringLiteral("teachers.csv"),
                             {QStringLiteral("Фамилия;Имя;Отчество;СНИЛС;Муниципалитет;Организация;Предмет"),
                              QStringLiteral("Кузнецова;Анна;Петровна;%1;%2;МАОУ СОШ № 5;математика")
                                  .arg(snils(1), kaliningrad),
                              QStringLiteral("Смирнова;Ольга;Петровна;;%1;МАОУ СОШ № 5;математика").arg(kaliningrad),
                              QStringLiteral("Ёлкина;Мария;Ивановна;%1;%2;МБОУ СОШ № 1;русский язык")
                                  .arg(snils(2), bagrationovsk)}))
                    .written);
        REQUIRE(import(ImportKind::Methodists,
                       write(QStringLiteral("methodists.csv"),
                             {QStringLiteral("Фамилия;Имя;Отчество;СНИЛС;Муниципалитет;Предмет"),
                              QStringLiteral("Орлова;Вера;Сергеевна;%1;%2;математика").arg(snils(3), bagrationovsk)}))
                    .written);
    }
    qint64 teacher(int n)
    {
        auto id = TeacherRepository(db).findBySnils(snils(n));
        REQUIRE(id.ok());
        REQUIRE(id.value() > 0);
        return id.value();
    }
    QList<NetworkUnit> units(const NetworkFilter &filter = {})
    {
        auto units = NetworkRepository(db).units(filter);
        REQUIRE(units.ok());
        return units.value();
    }
    NetworkUnit unit(const QString &name)
    {
        for (const NetworkUnit &u : units())
            if (u.name == name)
                return u;
        FAIL("no unit " << name.toStdString());
        return {};
    }
};

// The units as a ЦНППМ lists them, in its words: short kinds, municipalities
// as people write them, an empty municipality for a regional unit.
QStringList unitsFile()
{
    return {QStringLiteral("Сеть методической поддержки на 2026/2027 учебный год"),
            QStringLiteral("Вид;Название;Муниципалитет;Организация;Предмет;Тема;Руководитель;Примечание"),
            QStringLiteral("РМО;РМО учителей математики;г. Калининград;МАОУ СОШ № 5;математика;;;"),
            QStringLiteral("ММС;МКУ «Методический центр»;Багратионовский район;;;;Петрова А. И.;"),
            QStringLiteral("ЦМН;Центр методического сопровождения;г. Калининград;МАОУ СОШ № 5;;;;"),
            QStringLiteral("стажировочная площадка;МАОУ СОШ № 5;г. Калининград;МАОУ СОШ № 5;;Функциональная грамотность;;"),
            QStringLiteral("сообщество;Клуб молодых педагогов;;;;;Иванова Е. П.;встречи раз в месяц"),
            QStringLiteral("ФПП;Факультет педагогических профессий;;;;;;")};
}

QStringList membersFile()
{
    return {QStringLiteral("Объединение;Вид;Муниципалитет;СНИЛС;ФИО;Методист (СНИЛС);Организация;"
                           "Муниципалитет организации;Роль"),
            QStringLiteral("РМО учителей математики;РМО;г. Калининград;%1;;;;;руководитель").arg(snils(1)),
            QStringLiteral("РМО учителей математики;РМО;г. Калининград;;Смирнова Ольга Петровна;;МАОУ СОШ № 5;;участник"),
            QStringLiteral("МКУ «Методический центр»;ММС;Багратионовский район;;;%1;;;руководитель").arg(snils(3)),
            QStringLiteral("Центр методического сопровождения;ЦМН;г. Калининград;;;;МАОУ СОШ № 5;;"),
            QStringLiteral("Центр методического сопровождения;ЦМН;г. Калининград;;;;МБОУ СОШ № 1;Багратионовский район;"),
            QStringLiteral("Факультет педагогических профессий;ФПП;;;Ёлкина Мария Ивановна;;;;")};
}

void checkImportedNetwork(Office &office)
{
    REQUIRE(office.units().size() == 6);
    const NetworkUnit mo = office.unit(QStringLiteral("РМО учителей математики"));
    CHECK(mo.kindId == office.kind("association"));
    CHECK(mo.municipality == kaliningrad);
    CHECK(mo.organisationId == office.school(kaliningrad, QStringLiteral("МАОУ СОШ № 5")));
    CHECK(mo.subject == QStringLiteral("математика"));
    const NetworkUnit service = office.unit(QStringLiteral("МКУ «Методический центр»"));
    CHECK(service.kindCode == QStringLiteral("mms"));
    CHECK(service.municipality == bagrationovsk);
    CHECK(service.headName == QStringLiteral("Петрова А. И."));
    const NetworkUnit site = office.unit(QStringLiteral("МАОУ СОШ № 5"));
    CHECK(site.kindCode == QStringLiteral("internship_site"));
    CHECK(site.theme == QStringLiteral("Функциональная грамотность"));
    const NetworkUnit club = office.unit(QStringLiteral("Клуб молодых педагогов"));
    CHECK(club.kindCode == QStringLiteral("community"));
    CHECK(club.isRegional());
    CHECK(club.note == QStringLiteral("встречи раз в месяц"));
    CHECK(office.unit(QStringLiteral("Факультет педагогических профессий")).kindCode == QStringLiteral("faculty"));
    CHECK(office.unit(QStringLiteral("Центр методического сопровождения")).kindCode == QStringLiteral("cmn"));
}

Result<ImportReport> importEncoded(Office &office, ImportKind kind, const QStringList &lines, const QString &format)
{
    const QString path = office.scratch.path(QStringLiteral("file.") + (format == u"xlsx" ? QStringLiteral("xlsx")
                                                                                         : QStringLiteral("csv")));
    if (format == u"xlsx") {
        ExportTable table;
        table.title = QStringLiteral("Сеть");
        table.headers = lines.first().split(u';');
        for (const QString &line : lines.mid(1)) {
            QVariantList row;
            for (const QString &cell : line.split(u';'))
                row << cell;
            table.rows << row;
        }
        REQUIRE(RegistryExport::write(table, path).ok());
    } else if (format == u"cp1251") {
        QStringEncoder encoder("windows-1251");
        REQUIRE(encoder.isValid());
        const QByteArray bytes = encoder.encode(lines.join(QStringLiteral("\r\n")));
        REQUIRE_FALSE(encoder.hasError());
        test::writeFile(path, bytes);
    } else {
        test::writeFile(path, lines.join(QStringLiteral("\r\n")).toUtf8());
    }
    return Importer(office.db, kind).importFile(path);
}

} // namespace

TEST_CASE("network: units, members and covered schools kept and read back", "[network]")
{
    Office office;
    office.people();
    NetworkWriter writer(office.db);
    const qint64 kgd = office.entry("municipalities", kaliningrad);
    const qint64 school5 = office.school(kaliningrad, QStringLiteral("МАОУ СОШ № 5"));

    NetworkUnit mo;
    mo.kindId = office.kind("association");
    mo.name = QStringLiteral("  РМО учителей  математики ");
    mo.municipalityId = kgd;
    mo.organisationId = school5;
    mo.subjectId = office.entry("subjects", QStringLiteral("mathematics"));
    auto moId = writer.save(mo);
    REQUIRE(moId.ok());
    NetworkUnit club;
    club.kindId = office.kind("community");
    club.name = QStringLiteral("Клуб молодых педагогов");
    club.headName = QStringLiteral("Иванова Е. П.");
    auto clubId = writer.save(club);
    REQUIRE(clubId.ok());
    // A regional unit is unique too, though its municipality is NULL.
    NetworkUnit again = club;
    again.name = QStringLiteral("клуб молодых ПЕДАГОГОВ");
    CHECK_FALSE(writer.save(again).ok());
    // The same name is another municipality's own unit.
    NetworkUnit other = mo;
    other.municipalityId = office.entry("municipalities", bagrationovsk);
    other.organisationId = 0;
    REQUIRE(writer.save(other).ok());
    NetworkUnit nameless;
    nameless.kindId = office.kind("office");
    CHECK_FALSE(writer.save(nameless).ok());

    NetworkMember head;
    head.teacherId = office.teacher(1);
    head.head = true;
    NetworkMember member;
    member.teacherId = office.teacher(2);
    REQUIRE(writer.setMembers(moId.value(), {member, head}).ok());
    const NetworkRepository network(office.db);
    CHECK(network.unit(moId.value()).value().head.startsWith(QStringLiteral("Кузнецова Анна")));
    auto members = network.members(moId.value());
    REQUIRE(members.ok());
    REQUIRE(members.value().size() == 2);
    // The head first, with where they work.
    CHECK(members.value().at(0).teacherId == office.teacher(1));
    CHECK(members.value().at(0).head);
    CHECK(members.value().at(0).organisation == QStringLiteral("МАОУ СОШ № 5"));
    CHECK(members.value().at(0).municipality == kaliningrad);
    CHECK(members.value().at(0).snils == snils(1));
    CHECK_FALSE(members.value().at(1).head);
    CHECK(members.value().at(1).municipality == bagrationovsk);
    NetworkMember both;
    both.unitId = moId.value();
    both.teacherId = office.teacher(1);
    both.methodistId = 1;
    CHECK_FALSE(writer.addMember(both).ok());
    // Adding a member again changes only the role.
    member.unitId = moId.value();
    member.head = true;
    auto promoted = writer.addMember(member);
    REQUIRE(promoted.ok());
    CHECK_FALSE(promoted.value()); // not added again
    members = network.members(moId.value());
    REQUIRE(members.value().size() == 2);
    CHECK(members.value().at(0).head);
    CHECK(members.value().at(1).head);

    REQUIRE(writer.setCoveredOrganisations(moId.value(), {school5, school5}).ok());
    auto covered = network.coveredOrganisations(moId.value());
    REQUIRE(covered.ok());
    REQUIRE(covered.value().size() == 1);
    CHECK(covered.value().at(0).name == QStringLiteral("МАОУ СОШ № 5"));

    auto read = network.unit(moId.value());
    REQUIRE(read.ok());
    const NetworkUnit stored = read.value();
    CHECK(stored.name == QStringLiteral("РМО учителей математики"));
    CHECK(stored.kindCode == QStringLiteral("association"));
    CHECK(stored.municipality == kaliningrad);
    CHECK(stored.organisation == QStringLiteral("МАОУ СОШ № 5"));
    CHECK(stored.subject == QStringLiteral("математика"));
    CHECK(stored.members == 2);
    CHECK(stored.coveredOrganisations == 1);
    CHECK_FALSE(stored.head.isEmpty()); // a head member's name
    CHECK(office.unit(QStringLiteral("Клуб молодых педагогов")).head == QStringLiteral("Иванова Е. П."));

    NetworkFilter filter;
    filter.kindCode = QStringLiteral("association");
    CHECK(office.units(filter).size() == 2);
    filter.municipalityId = kgd;
    CHECK(office.units(filter).size() == 1);
    NetworkFilter regional;
    regional.regionalOnly = true;
    REQUIRE(office.units(regional).size() == 1);
    CHECK(office.units(regional).first().id == clubId.value());
    NetworkFilter text;
    text.text = QStringLiteral("молодых");
    CHECK(office.units(text).size() == 1);
    // Regional units come before the municipal ones of their kind; the kinds in the dictionary's order.
    const QList<NetworkUnit> all = office.units();
    REQUIRE(all.size() == 3);
    CHECK(all.first().kindCode == QStringLiteral("community"));

    auto counts = network.countsPerKind();
    REQUIRE(counts.ok());
    REQUIRE(counts.value().size() == 9);
    for (const NetworkKindCount &c : counts.value()) {
        if (c.code == u"association") {
            CHECK(c.units == 2);
            CHECK(c.members == 2);
        }
    }
    CHECK(network.count().value() == 3);

    // Removing a unit takes its members and covered schools, not the people.
    REQUIRE(NetworkService(office.db).removeUnits({moId.value()}).ok());
    CHECK(network.count().value() == 2);
    CHECK(network.members(moId.value()).value().isEmpty());
    CHECK(network.coveredOrganisations(moId.value()).value().isEmpty());
    CHECK(office.teacher(1) > 0);
}

TEST_CASE("network: units and members imported from UTF-8 and Windows-1251 CSV and from XLSX", "[network][import]")
{
    const QString format = GENERATE(QStringLiteral("utf8"), QStringLiteral("cp1251"), QStringLiteral("xlsx"));
    INFO(format.toStdString());
    Office office;
    office.people();
    // The workbook has no title row: its first row is the header.
    QStringList units = unitsFile();
    if (format == u"xlsx")
        units.removeFirst();
    auto report = importEncoded(office, ImportKind::Network, units, format);
    REQUIRE(report.ok());
    INFO(report.value().lines().join(u'\n').toStdString());
    REQUIRE(report.value().written);
    CHECK(report.value().created == 6);
    CHECK(report.value().unknownValues.isEmpty());
    if (format == u"cp1251")
        CHECK(report.value().encoding == QStringLiteral("Windows-1251"));
    checkImportedNetwork(office);

    auto members = importEncoded(office, ImportKind::NetworkMembers, membersFile(), format);
    REQUIRE(members.ok());
    INFO(members.value().lines().join(u'\n').toStdString());
    REQUIRE(members.value().written);
    const NetworkRepository network(office.db);
    const NetworkUnit mo = office.unit(QStringLiteral("РМО учителей математики"));
    CHECK(mo.members == 2);
    CHECK(mo.head.startsWith(QStringLiteral("Кузнецова")));
    const QList<NetworkMember> moMembers = network.members(mo.id).value();
    REQUIRE(moMembers.size() == 2);
    CHECK(moMembers.at(0).teacherId == office.teacher(1));
    CHECK(moMembers.at(0).head);
    CHECK_FALSE(moMembers.at(1).head);
    const NetworkUnit service = office.unit(QStringLiteral("МКУ «Методический центр»"));
    const QList<NetworkMember> serviceMembers = network.members(service.id).value();
    REQUIRE(serviceMembers.size() == 1);
    CHECK(serviceMembers.at(0).methodistId > 0);
    CHECK(serviceMembers.at(0).head);
    const QList<CoveredOrganisation> covered =
        network.coveredOrganisations(office.unit(QStringLiteral("Центр методического сопровождения")).id).value();
    REQUIRE(covered.size() == 2);
    CHECK(QSet<QString>{covered.at(0).municipality, covered.at(1).municipality} == QSet<QString>{kaliningrad, bagrationovsk});
    CHECK(office.unit(QStringLiteral("Факультет педагогических профессий")).members == 1);

    CHECK(members.value().created == 6);
    // The members again: found, not doubled.
    auto membersAgain = importEncoded(office, ImportKind::NetworkMembers, membersFile(), format);
    REQUIRE(membersAgain.ok());
    CHECK(membersAgain.value().created == 0);
    CHECK(membersAgain.value().updated == 6);
    CHECK(office.unit(QStringLiteral("РМО учителей математики")).members == 2);

    // Again: the units are updated, not doubled.
    auto again = importEncoded(office, ImportKind::Network, units, format);
    REQUIRE(again.ok());
    CHECK(again.value().created == 0);
    CHECK(again.value().updated == 6);
    CHECK(office.units().size() == 6);
    CHECK(office.unit(QStringLiteral("РМО учителей математики")).members == 2);
}

TEST_CASE("network: a file with faults is reported by row and column and nothing is written",
          "[network][import]")
{
    Office office;
    office.people();
    QStringList units = unitsFile();
    units << QStringLiteral("кружок;Кружок юных методистов;г. Калининград;;;;;")  // row 9: no such kind
          << QStringLiteral("РМО;;г. Калининград;;математика;;;")                 // row 10: no name
          << QStringLiteral("РМО;РМО учителей химии;г. Калининград;МАОУ СОШ № 99;;;;") // row 11: no such school
          << QStringLiteral("РМО;рмо учителей МАТЕМАТИКИ;г. Калининград;;;;;");     // row 12: row 3 again
    const ImportReport report = office.import(ImportKind::Network, office.write(QStringLiteral("u.csv"), units));
    CHECK_FALSE(report.written);
    CHECK(report.invalid == 4);
    CHECK(NetworkRepository(office.db).count().value() == 0);
    REQUIRE(report.unknownValues.size() == 1);
    CHECK(report.unknownValues.at(0).column == QStringLiteral("Вид"));
    CHECK(report.unknownValues.at(0).value == QStringLiteral("кружок"));
    CHECK(report.unknownValues.at(0).firstRows == QList<int>{9});
    const auto issueAt = [&](int row, const QString &column) {
        for (const ImportIssue &issue : report.issues)
            if (issue.row == row && issue.column == column)
                return issue.message;
        return QString();
    };
    CHECK_FALSE(issueAt(10, QStringLiteral("Название")).isEmpty());
    CHECK(issueAt(11, QStringLiteral("Организация")).contains(QStringLiteral("МАОУ СОШ № 99")));
    CHECK(issueAt(12, QStringLiteral("Название")).contains(QStringLiteral("3")));

    REQUIRE(office.import(ImportKind::Network, office.write(QStringLiteral("u.csv"), unitsFile())).written);
    QStringList members = membersFile();
    members << QStringLiteral("Кружок;РМО;г. Калининград;%1;;;;;участник").arg(snils(1))          // row 8: no such unit
            << QStringLiteral("РМО учителей математики;РМО;г. Калининград;%1;;;;;староста").arg(snils(1)) // row 9
            << QStringLiteral("РМО учителей математики;РМО;г. Калининград;%1;;;;;").arg(snils(40))       // row 10
            << QStringLiteral("РМО учителей математики;РМО;г. Калининград;;;;;;");                      // row 11
    const ImportReport bad = office.import(ImportKind::NetworkMembers, office.write(QStringLiteral("m.csv"), members));
    CHECK_FALSE(bad.written);
    CHECK(bad.invalid == 4);
    const auto badAt = [&](int row, const QString &column) {
        for (const ImportIssue &issue : bad.issues)
            if (issue.row == row && issue.column == column)
                return issue.message;
        return QString();
    };
    CHECK(badAt(8, QStringLiteral("Объединение")).contains(QStringLiteral("Кружок")));
    CHECK(badAt(9, QStringLiteral("Роль")).contains(QStringLiteral("староста")));
    CHECK_FALSE(badAt(10, QStringLiteral("СНИЛС")).isEmpty());
    CHECK_FALSE(badAt(11, QStringLiteral("Объединение")).isEmpty());
    // The good rows were not written either.
    for (const NetworkUnit &u : office.units()) {
        CHECK(u.members == 0);
        CHECK(u.coveredOrganisations == 0);
    }
}

TEST_CASE("network: exported units and members import back unchanged", "[network][import][export]")
{
    const QString suffix = GENERATE(QStringLiteral("xlsx"), QStringLiteral("csv"));
    Office office;
    office.people();
    REQUIRE(office.import(ImportKind::Network, office.write(QStringLiteral("u.csv"), unitsFile())).written);
    REQUIRE(office.import(ImportKind::NetworkMembers, office.write(QStringLiteral("m.csv"), membersFile())).written);
    const QList<NetworkUnit> before = office.units();

    NetworkService service(office.db);
    const QString units = office.scratch.path(QStringLiteral("units.") + suffix);
    const QString members = office.scratch.path(QStringLiteral("members.") + suffix);
    auto unitRows = service.exportFile(units, ImportKind::Network);
    REQUIRE(unitRows.ok());
    CHECK(unitRows.value() == 6);
    auto memberRows = service.exportFile(members, ImportKind::NetworkMembers);
    REQUIRE(memberRows.ok());
    CHECK(memberRows.value() == 6); // 4 members and 2 covered schools

    QList<qint64> ids;
    for (const NetworkUnit &u : before)
        ids << u.id;
    REQUIRE(service.removeUnits(ids).ok());
    REQUIRE(office.units().isEmpty());
    auto back = service.importFile(units, ImportKind::Network);
    REQUIRE(back.ok());
    INFO(back.value().lines().join(u'\n').toStdString());
    REQUIRE(back.value().written);
    auto backMembers = service.importFile(members, ImportKind::NetworkMembers);
    REQUIRE(backMembers.ok());
    INFO(backMembers.value().lines().join(u'\n').toStdString());
    REQUIRE(backMembers.value().written);

    const QList<NetworkUnit> after = office.units();
    REQUIRE(after.size() == before.size());
    for (int i = 0; i < before.size(); ++i) {
        const NetworkUnit &a = before.at(i);
        const NetworkUnit &b = after.at(i);
        CHECK(a.kindId == b.kindId);
        CHECK(a.name == b.name);
        CHECK(a.municipalityId == b.municipalityId);
        CHECK(a.organisationId == b.organisationId);
        CHECK(a.subjectId == b.subjectId);
        CHECK(a.theme == b.theme);
        CHECK(a.headName == b.headName);
        CHECK(a.note == b.note);
        CHECK(a.members == b.members);
        CHECK(a.coveredOrganisations == b.coveredOrganisations);
        CHECK(a.head == b.head);
    }
}

TEST_CASE("network: organisations carry the Кванториум, IT-куб and mentoring-model flags in and out",
          "[network][import][export]")
{
    Office office;
    const QString file = office.write(
        QStringLiteral("o.csv"),
        {QStringLiteral("Организация;Муниципалитет;Точка роста;Кванториум;IT-куб;Целевая модель наставничества"),
         QStringLiteral("МАОУ лицей № 23;г. Калининград;да;да;нет;да"),
         QStringLiteral("МБОУ СОШ № 1;Багратионовский район;нет;нет;да;нет")});
    REQUIRE(office.import(ImportKind::Organisations, file).created == 2);
    auto lyceum = OrganisationRepository(office.db).get(office.school(kaliningrad, QStringLiteral("МАОУ лицей № 23")));
    REQUIRE(lyceum.ok());
    CHECK(lyceum.value().growthPoint);
    CHECK(lyceum.value().quantorium);
    CHECK_FALSE(lyceum.value().itCube);
    CHECK(lyceum.value().mentoringModel);
    CHECK(OrganisationRepository(office.db).get(office.school(bagrationovsk, QStringLiteral("МБОУ СОШ № 1"))).value().itCube);

    // A file of before these columns leaves them as they are.
    REQUIRE(office.import(ImportKind::Organisations,
                          office.write(QStringLiteral("old.csv"), {QStringLiteral("Организация;Муниципалитет;ШНОР"),
                                                                   QStringLiteral("МАОУ лицей № 23;г. Калининград;да")}))
                .updated == 1);
    lyceum = OrganisationRepository(office.db).get(lyceum.value().id);
    CHECK(lyceum.value().lowResults);
    CHECK(lyceum.value().quantorium);
    CHECK(lyceum.value().mentoringModel);
    CHECK(lyceum.value().growthPoint);

    auto table = RegistryExport::table(office.db, ImportKind::Organisations);
    REQUIRE(table.ok());
    CHECK(table.value().headers.contains(QStringLiteral("Кванториум")));
    CHECK(table.value().headers.contains(QStringLiteral("IT-куб")));
    CHECK(table.value().headers.contains(QStringLiteral("Целевая модель наставничества")));
    const int column = int(table.value().headers.indexOf(QStringLiteral("Кванториум")));
    bool found = false;
    for (const QVariantList &row : table.value().rows)
        if (row.at(0).toString() == u"МАОУ лицей № 23") {
            found = true;
            CHECK(row.at(column).toString() == QStringLiteral("да"));
        }
    CHECK(found);
}

TEST_CASE("network: kinds are found by code, name or the shipped aliases", "[network]")
{
    Office office;
    NetworkService service(office.db);
    CHECK(service.kindCode(QStringLiteral("mms")).value() == QStringLiteral("mms"));
    CHECK(service.kindCode(QStringLiteral("ММС")).value() == QStringLiteral("mms"));
    CHECK(service.kindCode(QStringLiteral("РМО")).value() == QStringLiteral("association"));
    CHECK(service.kindCode(QStringLiteral("МО")).value() == QStringLiteral("association"));
    CHECK(service.kindCode(QStringLiteral("ЦМН")).value() == QStringLiteral("cmn"));
    CHECK(service.kindCode(QStringLiteral("КП")).value() == QStringLiteral("consultation_point"));
    CHECK(service.kindCode(QStringLiteral("Консультационный пункт")).value() == QStringLiteral("consultation_point"));
    CHECK(service.kindCode(QStringLiteral("кружок")).value().isEmpty());
}

TEST_CASE("network: the demonstration region has Kaliningrad's network", "[network][demo]")
{
    Scratch scratch;
    Database db;
    REQUIRE(db.open(test::databaseLocation(scratch, QStringLiteral("demo.sqlite"))).ok());
    DemoOptions options;
    options.teachers = 1200;
    options.methodists = 24;
    options.today = QDate(2026, 11, 23);
    auto summary = DemoRegion::generate(db, options);
    INFO(summary.message().toStdString());
    REQUIRE(summary.ok());
    const NetworkRepository network(db);
    QHash<QString, NetworkKindCount> byCode;
    for (const NetworkKindCount &c : network.countsPerKind().value())
        byCode.insert(c.code, c);
    CHECK(byCode.value(QStringLiteral("regional_dpo")).units == 4);
    CHECK(byCode.value(QStringLiteral("mms")).units == 7);
    CHECK(byCode.value(QStringLiteral("office")).units == 16);
    CHECK(byCode.value(QStringLiteral("consultation_point")).units == 22);
    CHECK(byCode.value(QStringLiteral("community")).units == 30);
    CHECK(byCode.value(QStringLiteral("association")).units >= 200);
    CHECK(byCode.value(QStringLiteral("cmn")).units >= 2);
    CHECK(byCode.value(QStringLiteral("internship_site")).units >= 1);
    CHECK(byCode.value(QStringLiteral("faculty")).units == 1);
    CHECK(summary.value().networkUnits == network.count().value());

    // Every МО has a head; a good share of the teachers is in one of their subject.
    QSet<qint64> inAssociations;
    NetworkFilter associations;
    associations.kindCode = QStringLiteral("association");
    const TeacherRepository teachers(db);
    int checked = 0;
    for (const NetworkUnit &u : network.units(associations).value()) {
        CHECK_FALSE(u.head.isEmpty());
        CHECK(u.subjectId > 0);
        CHECK(u.municipalityId > 0);
        for (const NetworkMember &m : network.members(u.id).value()) {
            REQUIRE(m.teacherId > 0);
            inAssociations.insert(m.teacherId);
            if (checked++ < 50) {
                auto t = teachers.get(m.teacherId);
                REQUIRE(t.ok());
                CHECK(t.value().subjectId == u.subjectId);
            }
        }
    }
    CHECK(inAssociations.size() >= options.teachers * 35 / 100);
    // ЦМН cover schools of their own municipality; internship sites are
    // schools with a theme; the faculty has young specialists.
    NetworkFilter centres;
    centres.kindCode = QStringLiteral("cmn");
    for (const NetworkUnit &u : network.units(centres).value())
        for (const CoveredOrganisation &o : network.coveredOrganisations(u.id).value())
            CHECK(o.municipalityId == u.municipalityId);
    NetworkFilter sites;
    sites.kindCode = QStringLiteral("internship_site");
    for (const NetworkUnit &u : network.units(sites).value()) {
        CHECK(u.organisationId > 0);
        CHECK_FALSE(u.theme.isEmpty());
    }
    NetworkFilter faculty;
    faculty.kindCode = QStringLiteral("faculty");
    const NetworkUnit school = network.units(faculty).value().value(0);
    CHECK(school.isRegional());
    REQUIRE(school.members > 0);
    const qint64 young = DictionaryRepository(db).findByCodeOrName(QStringLiteral("support_categories"),
                                                                   QStringLiteral("young_specialists")).value();
    for (const NetworkMember &m : network.members(school.id).value())
        CHECK(teachers.get(m.teacherId).value().supportCategoryIds.contains(young));

    // The flags of the schools: ~16% run the mentoring model, some are «Кванториум» or IT-куб.
    const QList<Organisation> all = OrganisationRepository(db).list().value();
    int schools = 0, mentoring = 0, projects = 0;
    for (const Organisation &o : all) {
        if (!o.name.contains(QStringLiteral("СОШ")))
            continue;
        ++schools;
        mentoring += o.mentoringModel;
        projects += o.quantorium || o.itCube;
    }
    REQUIRE(schools > 0);
    CHECK(mentoring * 100 >= schools * 8);
    CHECK(mentoring * 100 <= schools * 25);
    CHECK(projects > 0);

    // The same seed, the same network; without support data the units stay.
    Database bare;
    REQUIRE(bare.open(test::databaseLocation(scratch, QStringLiteral("bare.sqlite"))).ok());
    options.supportData = false;
    REQUIRE(DemoRegion::generate(bare, options).ok());
    const QList<NetworkUnit> first = network.units().value();
    const QList<NetworkUnit> second = NetworkRepository(bare).units().value();
    REQUIRE(first.size() == second.size());
    for (int i = 0; i < first.size(); ++i) {
        CHECK(first.at(i).name == second.at(i).name);
        CHECK(first.at(i).municipalityId == second.at(i).municipalityId);
        CHECK_FALSE(second.at(i).head.isEmpty()); // a head named where no teacher is a member
    }
}

TEST_CASE("network: the Tyumen demonstration region has ЦМН, internship sites and the faculty too", "[network][demo]")
{
    Scratch scratch;
    Database db;
    REQUIRE(db.open(test::databaseLocation(scratch, QStringLiteral("tyumen.sqlite"))).ok());
    DemoOptions options;
    options.region = QStringLiteral("tyumen");
    options.teachers = 800;
    options.methodists = 20;
    options.today = QDate(2026, 11, 23);
    REQUIRE(DemoRegion::generate(db, options).ok());
    QHash<QString, NetworkKindCount> byCode;
    for (const NetworkKindCount &c : NetworkRepository(db).countsPerKind().value())
        byCode.insert(c.code, c);
    CHECK(byCode.value(QStringLiteral("cmn")).units >= 2);
    CHECK(byCode.value(QStringLiteral("internship_site")).units >= 1);
    CHECK(byCode.value(QStringLiteral("faculty")).units == 1);
    CHECK(byCode.value(QStringLiteral("faculty")).members > 0);
    CHECK(byCode.value(QStringLiteral("association")).units >= 200);
    CHECK(byCode.value(QStringLiteral("association")).members > 0);
}

TEST_CASE("network: members without a СНИЛС come back by their school, namesakes in same-named schools too",
          "[network][import][export]")
{
    Office office;
    // Two teachers of one name, no СНИЛС, each in a «МАОУ СОШ № 1» of her own municipality.
    REQUIRE(office.import(ImportKind::Teachers,
                          office.write(QStringLiteral("namesakes.csv"),
                                       {QStringLiteral("Фамилия;Имя;Отчество;Муниципалитет;Организация;Предмет"),
                                        QStringLiteral("Бондаренко;Татьяна;Алексеевна;%1;МАОУ СОШ № 1;биология")
                                            .arg(kaliningrad),
                                        QStringLiteral("Бондаренко;Татьяна;Алексеевна;%1;МАОУ СОШ № 1;биология")
                                            .arg(bagrationovsk)}))
                .written);
    const qint64 ours = TeacherRepository(office.db)
                            .findAllByName(searchKey({QStringLiteral("Бондаренко"), QStringLiteral("Татьяна"),
                                                      QStringLiteral("Алексеевна")}),
                                           QStringLiteral("МАОУ СОШ № 1"),
                                           office.entry("municipalities", bagrationovsk), 2)
                            .value()
                            .value(0);
    REQUIRE(ours > 0);
    NetworkUnit unit;
    unit.kindId = office.kind("association");
    unit.name = QStringLiteral("РМО учителей биологии");
    unit.municipalityId = office.entry("municipalities", bagrationovsk);
    NetworkService service(office.db);
    auto unitId = service.saveUnit(unit);
    REQUIRE(unitId.ok());
    NetworkMember member;
    member.unitId = unitId.value();
    member.teacherId = ours;
    REQUIRE(service.setMembers(unitId.value(), {member}).ok());

    const QString members = office.scratch.path(QStringLiteral("members.csv"));
    REQUIRE(service.exportFile(members, ImportKind::NetworkMembers).ok());
    REQUIRE(service.setMembers(unitId.value(), {}).ok());
    auto back = service.importFile(members, ImportKind::NetworkMembers);
    REQUIRE(back.ok());
    INFO(back.value().lines().join(u'\n').toStdString());
    REQUIRE(back.value().written);
    auto details = service.details(unitId.value());
    REQUIRE(details.ok());
    REQUIRE(details->members.size() == 1);
    CHECK(details->members.first().teacherId == ours);
}

// The editor's save: the unit with its members and covered schools in one
// transaction, refused when someone else changed the unit meanwhile.
TEST_CASE("network: the editor's save keeps a unit, its members and schools together", "[network][conflict]")
{
    Office office;
    office.people();
    NetworkService service(office.db);
    const qint64 kgd = office.entry("municipalities", kaliningrad);
    const qint64 school5 = office.school(kaliningrad, QStringLiteral("МАОУ СОШ № 5"));
    const qint64 school1 = office.school(bagrationovsk, QStringLiteral("МБОУ СОШ № 1"));

    NetworkUnitDetails edited;
    edited.unit.kindId = office.kind("association");
    edited.unit.name = QStringLiteral("РМО учителей математики");
    edited.unit.municipalityId = kgd;
    edited.unit.organisationId = school5;
    edited.unit.theme = QStringLiteral("Функциональная грамотность");
    NetworkMember head;
    head.teacherId = office.teacher(1);
    head.head = true;
    NetworkMember member;
    member.teacherId = office.teacher(2);
    edited.members = {head, member};
    edited.organisations = {CoveredOrganisation{school5, {}, kgd, {}}, CoveredOrganisation{school1, {}, 0, {}}};

    SECTION("a failure on the way writes nothing")
    {
        NetworkUnitDetails broken = edited;
        NetworkMember nobody; // neither a teacher nor a methodist
        broken.members.append(nobody);
        CHECK_FALSE(service.saveUnit(NetworkUnitDetails{}, broken).ok());
        CHECK(office.units().isEmpty());
        auto left = office.db.exec(QStringLiteral("SELECT (SELECT count(*) FROM network_members) + "
                                                  "(SELECT count(*) FROM network_organisations)"));
        REQUIRE(left.ok());
        REQUIRE(left.value().next());
        CHECK(left.value().value(0).toInt() == 0);
    }

    auto saved = service.saveUnit(NetworkUnitDetails{}, edited);
    REQUIRE(saved.ok());
    REQUIRE(saved.value().isSaved());
    const qint64 id = saved.value().id();
    auto details = service.details(id);
    REQUIRE(details.ok());
    CHECK(details.value().unit.name == edited.unit.name);
    CHECK(details.value().unit.theme == edited.unit.theme);
    CHECK(details.value().unit.organisationId == school5);
    REQUIRE(details.value().members.size() == 2);
    CHECK(details.value().members.at(0).teacherId == office.teacher(1));
    CHECK(details.value().members.at(0).head);
    CHECK(details.value().organisations.size() == 2);

    SECTION("edited again: the members and schools replaced")
    {
        NetworkUnitDetails second = details.value();
        second.unit.name = QStringLiteral("РМО учителей математики и информатики");
        second.members.removeFirst();
        second.members.first().head = true;
        second.organisations.removeLast();
        auto again = service.saveUnit(details.value(), second);
        REQUIRE(again.ok());
        REQUIRE(again.value().isSaved());
        CHECK(again.value().id() == id);
        auto now = service.details(id);
        REQUIRE(now.ok());
        CHECK(now.value().unit.name == second.unit.name);
        REQUIRE(now.value().members.size() == 1);
        CHECK(now.value().members.at(0).teacherId == office.teacher(2));
        CHECK(now.value().members.at(0).head);
        CHECK(now.value().organisations.size() == 1);
    }

    SECTION("changed by another connection after the editor loaded it: a conflict, nothing overwritten")
    {
        const NetworkUnitDetails loaded = details.value();
        Database other;
        REQUIRE(other.open(office.location).ok());
        NetworkUnitDetails theirs = loaded;
        theirs.unit.theme = QStringLiteral("Наставничество");
        NetworkMember methodist;
        methodist.methodistId = [&] {
            auto found = MethodistRepository(other).findBySnils(snils(3));
            REQUIRE(found.ok());
            return found.value();
        }();
        theirs.members.append(methodist);
        auto elsewhere = NetworkService(other).saveUnit(loaded, theirs);
        REQUIRE(elsewhere.ok());
        REQUIRE(elsewhere.value().isSaved());

        NetworkUnitDetails mine = loaded;
        mine.unit.theme = QStringLiteral("Цифровая школа");
        auto outcome = service.saveUnit(loaded, mine);
        REQUIRE(outcome.ok());
        REQUIRE_FALSE(outcome.value().isSaved());
        const auto &conflict = outcome.value().conflict();
        CHECK_FALSE(conflict.deleted());
        QStringList labels;
        for (const FieldDifference &d : conflict.differences)
            labels << d.label + (d.changedElsewhere ? QStringLiteral("*") : QString());
        CHECK(labels.contains(EditFields::tr("Theme") + QStringLiteral("*")));
        CHECK(labels.contains(EditFields::tr("Members") + QStringLiteral("*")));
        auto kept = service.details(id);
        REQUIRE(kept.ok());
        CHECK(kept.value().unit.theme == QStringLiteral("Наставничество"));
        CHECK(kept.value().members.size() == 3);

        // Overwritten on the user's word.
        auto overwritten = service.saveUnit(loaded, mine, SaveMode::Overwrite);
        REQUIRE(overwritten.ok());
        REQUIRE(overwritten.value().isSaved());
        CHECK(service.details(id).value().unit.theme == QStringLiteral("Цифровая школа"));
        CHECK(service.details(id).value().members.size() == 2);
    }

    SECTION("deleted by another connection: reported as deleted, saved again as new when told")
    {
        const NetworkUnitDetails loaded = details.value();
        Database other;
        REQUIRE(other.open(office.location).ok());
        REQUIRE(NetworkService(other).removeUnits({id}).ok());
        NetworkUnitDetails mine = loaded;
        mine.unit.note = QStringLiteral("Заседания раз в месяц");
        auto outcome = service.saveUnit(loaded, mine);
        REQUIRE(outcome.ok());
        REQUIRE_FALSE(outcome.value().isSaved());
        CHECK(outcome.value().conflict().deleted());
        CHECK(office.units().isEmpty());
        auto again = service.saveUnit(loaded, mine, SaveMode::Overwrite);
        REQUIRE(again.ok());
        REQUIRE(again.value().isSaved());
        auto back = service.details(again.value().id());
        REQUIRE(back.ok());
        CHECK(back.value().unit.note == mine.unit.note);
        CHECK(back.value().members.size() == 2);
    }

    SECTION("a change elsewhere that the save does not undo is no conflict")
    {
        const NetworkUnitDetails loaded = details.value();
        Database other;
        REQUIRE(other.open(office.location).ok());
        NetworkUnitDetails theirs = loaded;
        theirs.unit.note = QStringLiteral("Их примечание");
        REQUIRE(NetworkService(other).saveUnit(loaded, theirs).value().isSaved());
        NetworkUnitDetails mine = loaded;
        mine.unit.note = QStringLiteral("Их примечание");
        mine.unit.headName = QStringLiteral("Петрова А. И.");
        auto outcome = service.saveUnit(loaded, mine);
        REQUIRE(outcome.ok());
        CHECK(outcome.value().isSaved());
    }
}
