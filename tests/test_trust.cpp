// Trust, tried as a hostile user would: a second program on the same file,
// commands that only read, interrupted backups, and files made to break the
// readers (bounded in memory and time, refused with a sentence).
#include <catch2/catch.hpp>

#include "SupportFixture.h"
#include "TestSupport.h"
#include "documents/CsvReader.h"
#include "documents/XlsxReader.h"
#include "documents/XlsxWriter.h"
#include "services/Importer.h"
#include "services/RegistryExport.h"
#include "storage/Database.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QThread>

#include <minizip/zip.h>
#include <csignal>
#include <sqlite3.h>
#include <unistd.h>

using namespace metodist;
using metodist::test::Run;
using metodist::test::Scratch;

namespace {

constexpr qint64 MiB = qint64(1) << 20;
// What a hostile file may cost the program: the bound the issue sets.
constexpr qint64 hostileDataLimit = 500 * MiB;

Run cli(const Scratch &scratch, const QStringList &arguments)
{
    return test::runProgram(QStringLiteral(METODIST_CLI), scratch, arguments);
}

Run cliOn(const Scratch &scratch, const QString &db, const QStringList &arguments)
{
    return cli(scratch, QStringList{QStringLiteral("--db"), db} + arguments);
}

// A file, or a fresh database on the test server.
QString initialised(const Scratch &scratch, const QString &name)
{
    const QString db = test::databaseLocation(scratch, name);
    const Run init = cliOn(scratch, db, {QStringLiteral("init"), QStringLiteral("--region"), QStringLiteral("tyumen")});
    INFO(init.err.toStdString());
    REQUIRE(init.exitCode == 0);
    return db;
}

// Russian digit groups are joined by a no-break space; tests match a plain one.
QString plain(QString text)
{
    return text.replace(QChar(0x00A0), u' ').replace(QChar(0x202F), u' ');
}

// Every file under a folder with its bytes: what "left untouched" means.
QMap<QString, QByteArray> snapshot(const QString &folder)
{
    QMap<QString, QByteArray> files;
    QDirIterator it(folder, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        files.insert(QDir(folder).relativeFilePath(path), test::readFile(path));
    }
    return files;
}

void writeTeachersCsv(const QString &path, const QStringList &rows)
{
    QByteArray csv = "Фамилия;Имя;Отчество;СНИЛС;Муниципалитет;Организация;Предмет\r\n";
    for (const QString &row : rows)
        csv += row.toUtf8() + "\r\n";
    test::writeFile(path, csv);
}

void makeForeignSqlite(const QString &path)
{
    sqlite3 *handle = nullptr;
    REQUIRE(sqlite3_open(QFile::encodeName(path).constData(), &handle) == SQLITE_OK);
    REQUIRE(sqlite3_exec(handle, "PRAGMA user_version = 7", nullptr, nullptr, nullptr) == SQLITE_OK);
    sqlite3_close(handle);
}

} // namespace

// About SQLite's write-ahead log file beside the database.
TEST_CASE("trust: a reading command of another program leaves the window's log in place", "[trust][sqlite-only]")
{
    Scratch scratch;
    const QString path = initialised(scratch, QStringLiteral("shared.sqlite"));
    // This process is the window: its own connection, and a second one as
    // every background task of the window opens.
    Database window;
    REQUIRE(window.open(path, OpenOptions::existing()).ok());
    Database task;
    REQUIRE(task.open(path, OpenOptions::existing()).ok());
    const QString wal = path + QStringLiteral("-wal");
    REQUIRE(QFileInfo::exists(wal));

    // Another program reads and quits.
    const Run list = cliOn(scratch, path, {QStringLiteral("list"), QStringLiteral("methodists")});
    INFO(list.err.toStdString());
    REQUIRE(list.exitCode == 0);
    // The log this process writes into is still the file on disk.
    CHECK(QFileInfo::exists(wal));

    // What the window writes now, a third program sees.
    const QString csv = scratch.path(QStringLiteral("one.csv"));
    writeTeachersCsv(csv, {QStringLiteral("Видимова;Анна;Петровна;;г. Тюмень;МАОУ СОШ № 5;математика")});
    auto imported = Importer(window, ImportKind::Teachers).importFile(csv);
    REQUIRE(imported.ok());
    REQUIRE(imported->written);
    const Run seen = cliOn(scratch, path, {QStringLiteral("list"), QStringLiteral("teachers")});
    CHECK(seen.exitCode == 0);
    CHECK(seen.out.contains(QStringLiteral("Видимова")));
}

// Compares the database's folder byte for byte.
TEST_CASE("trust: commands that only read leave every file as it was", "[trust][sqlite-only]")
{
    Scratch scratch;
    QDir().mkpath(scratch.path(QStringLiteral("registry")));
    QDir().mkpath(scratch.path(QStringLiteral("out")));
    const QString db = scratch.path(QStringLiteral("registry/reg.sqlite"));
    const Run demo = cliOn(scratch, db,
                           {QStringLiteral("demo"), QStringLiteral("--teachers"), QStringLiteral("300"),
                            QStringLiteral("--methodists"), QStringLiteral("8"), QStringLiteral("--today"),
                            QStringLiteral("2026-01-20")});
    INFO(demo.err.toStdString());
    REQUIRE(demo.exitCode == 0);
    const auto before = snapshot(scratch.path(QStringLiteral("registry")));
    REQUIRE(before.keys() == QStringList{QStringLiteral("reg.sqlite")});

    const QString out = scratch.path(QStringLiteral("out/"));
    const QList<QStringList> reading{
        {QStringLiteral("check")},
        {QStringLiteral("list"), QStringLiteral("teachers"), QStringLiteral("--search"), QStringLiteral("ов")},
        {QStringLiteral("list"), QStringLiteral("methodists"), QStringLiteral("--format"), QStringLiteral("json")},
        {QStringLiteral("export"), QStringLiteral("teachers"), out + QStringLiteral("t.csv")},
        {QStringLiteral("export"), QStringLiteral("methodists"), out + QStringLiteral("m.xlsx")},
        {QStringLiteral("assign"), QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("csv")},
        {QStringLiteral("assign"), QStringLiteral("auto"), QStringLiteral("--year"), QStringLiteral("2025/2026"),
         QStringLiteral("--dry-run")},
        {QStringLiteral("report"), QStringLiteral("monitoring"), QStringLiteral("--year"), QStringLiteral("2025/2026"),
         QStringLiteral("--format"), QStringLiteral("json")},
        {QStringLiteral("events"), QStringLiteral("list")},
        {QStringLiteral("network"), QStringLiteral("list"), QStringLiteral("--kind"), QStringLiteral("РМО"),
         QStringLiteral("--format"), QStringLiteral("json")},
        {QStringLiteral("network"), QStringLiteral("export"), out + QStringLiteral("n.xlsx"), QStringLiteral("--members")},
        {QStringLiteral("order"), QStringLiteral("settings")},
        {QStringLiteral("backup"), out + QStringLiteral("copy.sqlite")},
    };
    for (const QStringList &command : reading) {
        const Run run = cliOn(scratch, db, command);
        INFO(command.join(u' ').toStdString() << ": " << run.err.toStdString());
        CHECK(run.exitCode == 0);
        CHECK(snapshot(scratch.path(QStringLiteral("registry"))) == before);
    }
}

// Paths, empty files and other programs' SQLite files; a server database is made by its administrator.
TEST_CASE("trust: only init and demo create a database", "[trust][sqlite-only]")
{
    Scratch scratch;
    SECTION("a mistyped path: no folder, no file")
    {
        const QString missing = scratch.path(QStringLiteral("typo/reg.sqlite"));
        for (const QStringList &command :
             {QStringList{QStringLiteral("list"), QStringLiteral("teachers")}, QStringList{QStringLiteral("check")},
              QStringList{QStringLiteral("import"), QStringLiteral("teachers"), scratch.path(QStringLiteral("x.csv"))},
              QStringList{QStringLiteral("assign"), QStringLiteral("auto"), QStringLiteral("--year"),
                          QStringLiteral("2025/2026")}}) {
            const Run run = cliOn(scratch, missing, command);
            INFO(command.join(u' ').toStdString());
            CHECK(run.exitCode != 0);
            CHECK(run.err.contains(QStringLiteral("typo")));
        }
        CHECK_FALSE(QFileInfo::exists(scratch.path(QStringLiteral("typo"))));
    }
    SECTION("an empty file stays empty unless a database is made in it")
    {
        const QString empty = scratch.path(QStringLiteral("empty.sqlite"));
        test::writeFile(empty, {});
        for (const QStringList &command : {QStringList{QStringLiteral("check")},
                                           QStringList{QStringLiteral("list"), QStringLiteral("teachers")}}) {
            const Run run = cliOn(scratch, empty, command);
            CHECK(run.exitCode == 1);
            CHECK(run.err.contains(QStringLiteral("пуст")));
            CHECK(QFileInfo(empty).size() == 0);
            CHECK_FALSE(QFileInfo::exists(empty + QStringLiteral("-wal")));
        }
        CHECK(cliOn(scratch, empty, {QStringLiteral("init")}).exitCode == 0);
        CHECK(cliOn(scratch, empty, {QStringLiteral("check")}).exitCode == 0);
    }
    SECTION("another program's SQLite file, even an empty one, is refused by every command")
    {
        const QString foreign = scratch.path(QStringLiteral("other.db"));
        makeForeignSqlite(foreign);
        const QByteArray bytes = test::readFile(foreign);
        for (const QStringList &command : {QStringList{QStringLiteral("init")}, QStringList{QStringLiteral("check")},
                                           QStringList{QStringLiteral("list"), QStringLiteral("teachers")}}) {
            const Run run = cliOn(scratch, foreign, command);
            INFO(command.join(u' ').toStdString());
            CHECK(run.exitCode == 1);
            CHECK(run.err.contains(QStringLiteral("другой программы")));
        }
        CHECK(test::readFile(foreign) == bytes);
    }
}

// File and folder permissions.
TEST_CASE("trust: a read-only database in a read-only folder can be read", "[trust][sqlite-only]")
{
    Scratch scratch;
    const QString db = initialised(scratch, QStringLiteral("ro.sqlite"));
    const QString folder = scratch.path(QStringLiteral("shelf"));
    REQUIRE(QDir().mkpath(folder));
    const QString copy = folder + QStringLiteral("/ro.sqlite");
    REQUIRE(QFile::copy(db, copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther);
    QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner | QFile::ReadGroup | QFile::ExeGroup
                                      | QFile::ReadOther | QFile::ExeOther);
    QFile::setPermissions(scratch.root(), QFile::permissions(scratch.root()) | QFile::ReadOther | QFile::ExeOther);
    QStringList arguments{QStringLiteral("--db"), copy, QStringLiteral("list"), QStringLiteral("methodists")};
    QString program = QStringLiteral(METODIST_CLI);
    // Root writes anywhere: the reader runs as nobody, as an office user would.
    if (geteuid() == 0) {
        if (!QFileInfo::exists(QStringLiteral("/usr/bin/setpriv")))
        {
            WARN("running as root without setpriv: a read-only folder cannot be simulated");
            return;
        }
        const Run reach = test::runProgram(QStringLiteral("/usr/bin/setpriv"), scratch,
                                           {QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"),
                                            QStringLiteral("--clear-groups"), QStringLiteral("/usr/bin/test"),
                                            QStringLiteral("-x"), program});
        if (reach.exitCode != 0) {
            WARN("the build folder is closed to other users: a read-only folder cannot be simulated here");
            return;
        }
        arguments = QStringList{QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"),
                                QStringLiteral("--clear-groups"), program}
                    + arguments;
        program = QStringLiteral("/usr/bin/setpriv");
    }
    const Run run = test::runProgram(program, scratch, arguments);
    INFO(run.err.toStdString());
    CHECK(run.exitCode == 0);
    CHECK(QDir(folder).entryList(QDir::Files | QDir::Hidden) == QStringList{QStringLiteral("ro.sqlite")});
    QFile::setPermissions(folder, QFile::permissions(folder) | QFile::WriteOwner);
}

// A file's copy killed half-way, and the files such a copy used to leave.
TEST_CASE("trust: a backup is whole or absent, and check tells an unfinished file", "[trust][sqlite-only]")
{
    Scratch scratch;
    const QString db = scratch.path(QStringLiteral("big.sqlite"));
    REQUIRE(cliOn(scratch, db,
                  {QStringLiteral("demo"), QStringLiteral("--teachers"), QStringLiteral("20000"),
                   QStringLiteral("--methodists"), QStringLiteral("40"), QStringLiteral("--no-support-data")})
                .exitCode
            == 0);
    QDir().mkpath(scratch.path(QStringLiteral("copies")));

    // Killed at moments spread over the copy's run: what is left under the
    // target's name is a whole database or nothing, and a retry succeeds.
    for (int trial = 0; trial < 6; ++trial) {
        const QString target = scratch.path(QStringLiteral("copies/copy%1.sqlite").arg(trial));
        QProcess process;
        process.start(QStringLiteral(METODIST_CLI), {QStringLiteral("--db"), db, QStringLiteral("backup"), target});
        REQUIRE(process.waitForStarted());
        QThread::msleep(40 + 30 * trial);
        ::kill(pid_t(process.processId()), SIGKILL);
        process.waitForFinished();
        if (QFileInfo::exists(target)) {
            const Run check = cliOn(scratch, target, {QStringLiteral("check")});
            INFO("trial " << trial << ": " << check.err.toStdString());
            CHECK(check.exitCode == 0);
        } else {
            const Run retry = cliOn(scratch, db, {QStringLiteral("backup"), target});
            INFO(retry.err.toStdString());
            CHECK(retry.exitCode == 0);
            CHECK(cliOn(scratch, target, {QStringLiteral("check")}).exitCode == 0);
        }
    }

    SECTION("what an interrupted copy used to leave is not called healthy")
    {
        const QString zero = scratch.path(QStringLiteral("zero.sqlite"));
        test::writeFile(zero, {});
        test::writeFile(zero + QStringLiteral("-journal"), QByteArray(512, '\0'));
        const Run check = cliOn(scratch, zero, {QStringLiteral("check")});
        CHECK(check.exitCode == 1);
        CHECK(check.err.contains(QStringLiteral("не является базой данных Metodist")));

        // Marked as Metodist's but never given its schema.
        const QString bare = scratch.path(QStringLiteral("bare.sqlite"));
        sqlite3 *handle = nullptr;
        REQUIRE(sqlite3_open(QFile::encodeName(bare).constData(), &handle) == SQLITE_OK);
        const QByteArray mark = "PRAGMA application_id = " + QByteArray::number(Database::applicationId);
        REQUIRE(sqlite3_exec(handle, mark.constData(), nullptr, nullptr, nullptr) == SQLITE_OK);
        sqlite3_close(handle);
        const Run bareCheck = cliOn(scratch, bare, {QStringLiteral("check")});
        CHECK(bareCheck.exitCode == 1);
        CHECK(bareCheck.err.contains(QStringLiteral("не является базой данных Metodist")));
    }
}

namespace {

// An XLSX whose only sheet is `sheet`.
void makeWorkbook(const QString &path, const QByteArray &sheet)
{
    test::makeZip(path,
                  {{QStringLiteral("xl/workbook.xml"),
                    R"(<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Лист1" sheetId="1" r:id="rId1"/></sheets></workbook>)"},
                   {QStringLiteral("xl/_rels/workbook.xml.rels"),
                    R"(<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>)"},
                   {QStringLiteral("xl/worksheets/sheet1.xml"), sheet}});
}

QByteArray sheetWith(const QByteArray &rows)
{
    return R"(<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>)"
           R"(<row r="1"><c r="A1" t="inlineStr"><is><t>Фамилия</t></is></c><c r="B1" t="inlineStr"><is><t>Имя</t></is></c>)"
           R"(<c r="C1" t="inlineStr"><is><t>Муниципалитет</t></is></c><c r="D1" t="inlineStr"><is><t>Организация</t></is></c>)"
           R"(<c r="E1" t="inlineStr"><is><t>Предмет</t></is></c></row>)"
           + rows + "</sheetData></worksheet>";
}

// A zip bomb: a sheet part of `unpacked` bytes of repeated rows, deflated
// to a thousandth of that, written a megabyte at a time.
void makeBomb(const QString &path, qint64 unpacked)
{
    zipFile zip = zipOpen64(QFile::encodeName(path).constData(), APPEND_STATUS_CREATE);
    REQUIRE(zip);
    const auto part = [&](const char *name, const QByteArray &data) {
        REQUIRE(zipOpenNewFileInZip64(zip, name, nullptr, nullptr, 0, nullptr, 0, nullptr, Z_DEFLATED, Z_BEST_COMPRESSION, 1)
                == ZIP_OK);
        REQUIRE(zipWriteInFileInZip(zip, data.constData(), unsigned(data.size())) == ZIP_OK);
    };
    part("xl/workbook.xml",
         R"(<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Лист1" sheetId="1" r:id="rId1"/></sheets></workbook>)");
    REQUIRE(zipCloseFileInZip(zip) == ZIP_OK);
    part("xl/_rels/workbook.xml.rels",
         R"(<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>)");
    REQUIRE(zipCloseFileInZip(zip) == ZIP_OK);
    part("xl/worksheets/sheet1.xml", sheetWith({}).chopped(qsizetype(strlen("</sheetData></worksheet>"))));
    QByteArray rows;
    while (rows.size() < MiB)
        rows += "<row><c t=\"inlineStr\"><is><t>Бомбова</t></is></c><c t=\"inlineStr\"><is><t>Анна</t></is></c>"
                "<c t=\"inlineStr\"><is><t>г. Тюмень</t></is></c><c t=\"inlineStr\"><is><t>МАОУ СОШ № 5</t></is></c>"
                "<c t=\"inlineStr\"><is><t>математика</t></is></c></row>";
    for (qint64 written = 0; written < unpacked; written += rows.size())
        REQUIRE(zipWriteInFileInZip(zip, rows.constData(), unsigned(rows.size())) == ZIP_OK);
    REQUIRE(zipWriteInFileInZip(zip, "</sheetData></worksheet>", 24) == ZIP_OK);
    REQUIRE(zipCloseFileInZip(zip) == ZIP_OK);
    REQUIRE(zipClose(zip, nullptr) == ZIP_OK);
}

// Imports a hostile file with the program's memory bounded; it must be
// refused with one readable line, quickly.
Run importHostile(const Scratch &scratch, const QString &db, const QString &file)
{
    qint64 ms = 0;
    const Run run = test::runBounded(QStringLiteral(METODIST_CLI), scratch,
                                     {QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("teachers"),
                                      file, QStringLiteral("--dry-run")},
                                     hostileDataLimit, &ms);
    INFO(QFileInfo(file).fileName().toStdString() << ": exit " << run.exitCode << " in " << ms << " ms: "
                                                  << run.err.toStdString());
    CHECK(run.exitCode == 1); // refused, not crashed (-1) and not imported (0)
    CHECK(ms < 20000);
    return run;
}

} // namespace

TEST_CASE("trust: workbooks with references beyond a sheet are refused, naming the cell", "[trust][xlsx]")
{
    Scratch scratch;
    const QString db = initialised(scratch, QStringLiteral("x.sqlite"));
    const QList<std::pair<QByteArray, QString>> cases{
        {R"(<row r="300000000"><c t="inlineStr"><is><t>Иванова</t></is></c></row>)", QStringLiteral("300000000")},
        {R"(<row r="2"><c r="A2147483647" t="inlineStr"><is><t>Иванова</t></is></c></row>)",
         QStringLiteral("A2147483647")},
        {R"(<row r="7"><c r="ZZZZZZ7" t="inlineStr"><is><t>Иванова</t></is></c></row>)", QStringLiteral("ZZZZZZ7")},
        {R"(<row r="2"><c r="AAAAAAAAAAAAAAA1"><v>1</v></c></row>)", QStringLiteral("AAAAAAAAAAAAAAA1")},
        {R"(<row r="2"><c r="XFE2"><v>1</v></c></row>)", QStringLiteral("XFE2")},
        {R"(<row r="1048577"><c><v>1</v></c></row>)", QStringLiteral("1048577")},
    };
    int n = 0;
    for (const auto &[rows, named] : cases) {
        const QString file = scratch.path(QStringLiteral("ref%1.xlsx").arg(++n));
        makeWorkbook(file, sheetWith(rows));
        const Run run = importHostile(scratch, db, file);
        CHECK(run.err.contains(named));
    }
    // The last row and column of a sheet are still cells.
    const QString edge = scratch.path(QStringLiteral("edge.xlsx"));
    makeWorkbook(edge, sheetWith(R"(<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>край</t></is></c></row>)"));
    auto table = Importer::readFile(edge);
    REQUIRE(table.ok());
    CHECK(table->rowNumbers.last() == 1048576);
    CHECK(table->rows.last().size() == 16384);
}

TEST_CASE("trust: a zip bomb is refused in bounded memory and time", "[trust][xlsx]")
{
    Scratch scratch;
    const QString db = initialised(scratch, QStringLiteral("x.sqlite"));
    const QString bomb = scratch.path(QStringLiteral("bomb.xlsx"));
    makeBomb(bomb, 512 * MiB);
    CHECK(QFileInfo(bomb).size() < 4 * MiB);
    const Run run = importHostile(scratch, db, bomb);
    CHECK(run.err.contains(QStringLiteral("zip")));
}

TEST_CASE("trust: CSV files that would multiply in memory are refused with the right reason", "[trust][csv]")
{
    Scratch scratch;
    const QString db = initialised(scratch, QStringLiteral("x.sqlite"));
    const QByteArray header = "Фамилия;Имя;Отчество;СНИЛС;Муниципалитет;Организация;Предмет\r\n";
    struct Case
    {
        const char *name;
        QByteArray body;
        QString reason;
    };
    const QList<Case> cases{
        {"delimiters.csv", header + QByteArray(80 * MiB, ';') + "\r\n", QStringLiteral("16 384")},
        {"long-line.csv", header + QByteArray("ab;").repeated(17 * MiB) + "\r\n", QStringLiteral("16 384")},
        {"no-quotes.csv", header + QByteArray(50 * MiB, 'x') + "\r\n", QStringLiteral("32 767")},
        {"quoted-cell.csv", header + "Иванова;\"" + QByteArray(20 * MiB, 'x') + "\";Анна\r\n",
         QStringLiteral("кавычк")},
    };
    for (const Case &c : cases) {
        const QString file = scratch.path(QString::fromLatin1(c.name));
        test::writeFile(file, c.body);
        const Run run = importHostile(scratch, db, file);
        CHECK(plain(run.err).contains(c.reason));
    }
}

TEST_CASE("trust: half a million bad rows make a report of a screenful", "[trust][import]")
{
    Scratch scratch;
    const QString db = initialised(scratch, QStringLiteral("x.sqlite"));
    QStringList rows;
    for (int i = 0; i < 5000; ++i)
        rows << QStringLiteral("Ошибкина;Анна;Номер%1;12-34;г. Тюмень;МАОУ СОШ № 5;математика").arg(i);
    const QString file = scratch.path(QStringLiteral("bad.csv"));
    writeTeachersCsv(file, rows);
    const Run run = cliOn(scratch, db, {QStringLiteral("import"), QStringLiteral("teachers"), file});
    CHECK(run.exitCode == 1);
    const int lines = int(run.out.count(u'\n'));
    CHECK(lines > ImportReport::maxListedIssues);
    CHECK(lines < ImportReport::maxListedIssues + 20);
    // The first thousand row by row, then the rest counted.
    // Numbers as Russian prints them: a no-break space between thousands.
    CHECK(run.out.contains(QStringLiteral("Строка 1\u00A0001,")));
    CHECK_FALSE(run.out.contains(QStringLiteral("Строка 1\u00A0002,")));
    CHECK(run.out.contains(QStringLiteral("4\u00A0000")));
}


// A file nobody may write; a server's read-only role is another matter.
TEST_CASE("trust: a command that changes the database says when it may only read it", "[trust][sqlite-only]")
{
    Scratch scratch;
    const QString db = initialised(scratch, QStringLiteral("shelf.sqlite"));
    QFile::setPermissions(db, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther);
    QFile::setPermissions(scratch.root(), QFile::permissions(scratch.root()) | QFile::ReadOther | QFile::ExeOther);
    QStringList arguments{QStringLiteral("--db"), db, QStringLiteral("events"), QStringLiteral("add"),
                          QStringLiteral("--title"), QStringLiteral("Семинар"), QStringLiteral("--date"),
                          QStringLiteral("2026-01-20")};
    QString program = QStringLiteral(METODIST_CLI);
    if (geteuid() == 0) {
        const Run reach = test::runProgram(QStringLiteral("/usr/bin/setpriv"), scratch,
                                           {QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"),
                                            QStringLiteral("--clear-groups"), QStringLiteral("/usr/bin/test"),
                                            QStringLiteral("-x"), program});
        if (reach.exitCode != 0) {
            WARN("the build folder is closed to other users: a read-only file cannot be simulated here");
            return;
        }
        arguments = QStringList{QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"),
                                QStringLiteral("--clear-groups"), program}
                    + arguments;
        program = QStringLiteral("/usr/bin/setpriv");
    }
    const QByteArray before = test::readFile(db);
    const Run run = test::runProgram(program, scratch, arguments);
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(QStringLiteral("только читать")));
    CHECK(test::readFile(db) == before);
    QFile::setPermissions(db, QFile::permissions(db) | QFile::WriteOwner);
}
