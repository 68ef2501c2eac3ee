// The old Excel format (.xls, through FreeXL and XlsPreflight) and
// OpenDocument spreadsheets (.ods): the same rows and the same registry as
// from the same data in .xlsx, and hostile files refused quickly, with a
// sentence. The fixtures teachers_old_formats.{xlsx,xls,ods} were made from
// teachers_old_formats.fods by LibreOffice 7.4:
//     soffice --headless --convert-to xls teachers_old_formats.fods   (and xlsx, ods)
#include <catch2/catch.hpp>

#include "TestSupport.h"
#include "documents/OdsReader.h"
#include "documents/SheetStream.h"
#include "documents/XlsPreflight.h"
#include "documents/XlsReader.h"
#include "services/Importer.h"
#include "services/Setup.h"
#include "storage/DevelopmentRepository.h"
#include "storage/TeacherRepository.h"

#include <QDate>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>

#include <cstring>

using namespace metodist;
using metodist::test::Scratch;

namespace {

QString fixture(const QString &name)
{
    return QDir(QStringLiteral(METODIST_FIXTURES)).filePath(name);
}

const QStringList formats{QStringLiteral("xlsx"), QStringLiteral("xls"), QStringLiteral("ods")};

QString oldFormats(const QString &suffix)
{
    return fixture(QStringLiteral("teachers_old_formats.") + suffix);
}

SourceTable read(const QString &path, const QString &sheet)
{
    auto table = Importer::readFile(path, sheet);
    INFO(path.toStdString() << ": " << table.message().toStdString());
    REQUIRE(table.ok());
    return table.value();
}

// An XLSX date cell is the day number; .xls and .ods say it is a date.
void datesAsText(SourceTable &table, const QString &header)
{
    const int column = int(table.rows[1].indexOf(header));
    REQUIRE(column >= 0);
    for (int i = 2; i < table.rows.size(); ++i)
        if (column < table.rows[i].size() && !table.rows[i][column].isEmpty())
            table.rows[i][column] = QDate(1899, 12, 30).addDays(table.rows[i][column].toInt()).toString(Qt::ISODate);
}

// Everything the registry holds of the imported teachers and their courses.
QStringList registry(const QString &path)
{
    Scratch scratch;
    Database db;
    REQUIRE(db.open(scratch.path(QStringLiteral("old.sqlite"))).ok());
    REQUIRE(Setup::initialise(db, QStringLiteral("tyumen")).ok());
    for (const auto &[kind, sheet] : {std::pair{ImportKind::Teachers, QStringLiteral("Педагоги")},
                                      std::pair{ImportKind::Development, QStringLiteral("ПК")}}) {
        ImportOptions options;
        options.sheet = sheet;
        auto report = Importer(db, kind, options).importFile(path);
        INFO(path.toStdString() << ": " << report.message().toStdString());
        REQUIRE(report.ok());
        QStringList issues;
        for (const ImportIssue &issue : report.value().issues)
            issues << issue.text();
        INFO(issues.join(u'\n').toStdString());
        CHECK(report.value().errorCount() == 0);
        CHECK(report.value().written);
    }
    QStringList lines;
    auto teachers = TeacherRepository(db).page({}, {}, 100);
    REQUIRE(teachers.ok());
    for (const TeacherRow &t : teachers.value()) {
        lines << QStringList{t.fullName(), t.snils, t.municipality, t.organisation, t.position, t.subject,
                             QString::number(t.experienceYears.value_or(-1)), t.qualificationCategory}
                     .join(u'|');
        for (const PkRecord &pk : DevelopmentRepository(db).pkOfTeacher(t.id).value())
            lines << QStringLiteral("  ПК %1|%2|%3|%4")
                         .arg(pk.program)
                         .arg(pk.hours.value_or(-1))
                         .arg(pk.federalRegistry)
                         .arg(pk.completedOn.toString(Qt::ISODate));
    }
    lines.sort();
    return lines;
}

} // namespace

TEST_CASE("old sheets: .xls and .ods give the rows .xlsx gives", "[oldsheets]")
{
    for (const QString sheet : {QStringLiteral("Педагоги"), QStringLiteral("ПК")}) {
        SourceTable xlsx = read(oldFormats(QStringLiteral("xlsx")), sheet);
        const SourceTable xls = read(oldFormats(QStringLiteral("xls")), sheet);
        const SourceTable ods = read(oldFormats(QStringLiteral("ods")), sheet);
        datesAsText(xlsx, sheet == u"ПК" ? QStringLiteral("Дата окончания") : QStringLiteral("Дата рождения"));
        CHECK(xlsx.rowNumbers == QList<int>{1, 2, 3, 5, 6}.mid(0, xlsx.rows.size()));
        CHECK(xls.rowNumbers == xlsx.rowNumbers);
        CHECK(ods.rowNumbers == xlsx.rowNumbers);
        CHECK(xls.rows == xlsx.rows);
        CHECK(ods.rows == xlsx.rows);
        CHECK_FALSE(xls.csv);
        CHECK_FALSE(ods.csv);
    }
    const SourceTable teachers = read(oldFormats(QStringLiteral("xls")), QStringLiteral("Педагоги"));
    REQUIRE(teachers.rows.size() == 5);
    CHECK(teachers.rows[0] == QStringList{QStringLiteral("Список педагогов, нуждающихся в методическом сопровождении")});
    // A formula's cached result (FreeXL reads none), a number without ".0", a date.
    CHECK(teachers.rows[3].mid(0, 5)
          == QStringList{QStringLiteral("2"), QStringLiteral("Семёнов"), QStringLiteral("Игорь"), QStringLiteral("Ильич"),
                         QStringLiteral("200300430")});
    CHECK(teachers.rows[3].last() == QStringLiteral("1995-11-02"));
    CHECK(teachers.rows[4][4].isEmpty()); // no СНИЛС
    const SourceTable courses = read(oldFormats(QStringLiteral("ods")), QStringLiteral("ПК"));
    CHECK(courses.rows[3][3] == QStringLiteral("Методика обучения\nпредмету")); // two paragraphs
    CHECK(courses.rows[3][6] == QStringLiteral("2025-03-25"));
}

TEST_CASE("old sheets: a teachers import from .xls and .ods gives the registry .xlsx gives", "[oldsheets]")
{
    const QStringList expected = registry(oldFormats(QStringLiteral("xlsx")));
    INFO(expected.join(u'\n').toStdString());
    REQUIRE(expected.size() == 5); // three teachers, two courses
    CHECK(expected.contains(QStringLiteral("Семёнов Игорь Ильич|00200300430|г. Тобольск|МАОУ «Гимназия № 1» "
                                           "г. Тобольска|учитель|физика|3|без категории")));
    CHECK(expected.contains(QStringLiteral("  ПК Методика обучения предмету|72|0|2025-03-25")));
    CHECK(expected.contains(QStringLiteral("  ПК Школа современного учителя|36|1|2026-03-25")));
    CHECK(registry(oldFormats(QStringLiteral("xls"))) == expected);
    CHECK(registry(oldFormats(QStringLiteral("ods"))) == expected);
}

TEST_CASE("old sheets: sheet names, a missing sheet, the first sheet by default", "[oldsheets]")
{
    for (const QString &suffix : formats) {
        INFO(suffix.toStdString());
        auto names = Workbooks::sheetNames(oldFormats(suffix));
        REQUIRE(names.ok());
        CHECK(names.value() == QStringList{QStringLiteral("Педагоги"), QStringLiteral("ПК")});
        auto missing = Importer::readFile(oldFormats(suffix), QStringLiteral("Нет такого"));
        REQUIRE_FALSE(missing.ok());
        CHECK(missing.message().contains(QStringLiteral("«Нет такого»")));
        CHECK(missing.message().contains(QStringLiteral("Педагоги, ПК")));
        CHECK(read(oldFormats(suffix), QString()).rows.size() == 5);
    }
    CHECK(Workbooks::isWorkbook(QStringLiteral("a.XLS")));
    CHECK(Workbooks::isWorkbook(QStringLiteral("a.ods")));
    CHECK_FALSE(Workbooks::isWorkbook(QStringLiteral("a.csv")));
    CHECK(Workbooks::patterns().contains(QStringLiteral("*.xls")));
}
