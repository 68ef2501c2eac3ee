// The window follows changes another connection makes to its file: the
// watch in core, the window's reading again, and what it leaves alone.
#include <catch2/catch.hpp>

#include "MainWindow.h"
#include "TestSupport.h"
#include "models/RegistryModel.h"
#include "pages/HomePage.h"
#include "pages/RegistryPage.h"
#include "services/DemoRegion.h"
#include "services/Importer.h"
#include "services/Setup.h"
#include "storage/ChangeWatch.h"
#include "storage/Database.h"
#include "storage/TeacherRepository.h"

#include <QApplication>
#include <QDialog>
#include <QDir>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace metodist;
using metodist::test::Scratch;

namespace {

QString fixture(const char *name)
{
    return QDir(QStringLiteral(METODIST_FIXTURES)).filePath(QString::fromUtf8(name));
}

qint64 addTeacher(Database &db, const QString &lastName)
{
    Teacher teacher;
    teacher.lastName = lastName;
    teacher.firstName = QStringLiteral("Анна");
    auto id = TeacherWriter(db).insert(teacher);
    REQUIRE(id.ok());
    return id.value();
}

RegistryPage *teachersPage(MainWindow &window)
{
    auto *page = window.findChild<RegistryPage *>(QStringLiteral("teachersPage"));
    REQUIRE(page);
    window.showArea(window.areaTitles().indexOf(page->title()));
    return page;
}

// A Tyumen file with the teachers of the Windows-1251 fixture, closed again.
void makeRegistry(const QString &path)
{
    Database db;
    REQUIRE(db.open(path).ok());
    REQUIRE(Setup::initialise(db, QStringLiteral("tyumen")).ok());
    REQUIRE(Importer(db, ImportKind::Teachers).importFile(fixture("teachers_cp1251.csv")).ok());
}

} // namespace

TEST_CASE("change watch: a commit of another connection is news, the connection's own is not", "[live]")
{
    Scratch scratch;
    const QString path = scratch.path(QStringLiteral("watch.sqlite"));
    Database first;
    REQUIRE(first.open(path).ok());
    Database second;
    REQUIRE(second.open(path).ok());

    ChangeWatch watch;
    watch.setEnabled(false);
    watch.setDatabase(&first);
    QSignalSpy changed(&watch, &ChangeWatch::changed);
    CHECK_FALSE(watch.check());

    addTeacher(first, QStringLiteral("Своя"));
    CHECK_FALSE(watch.check());
    CHECK(changed.isEmpty());

    addTeacher(second, QStringLiteral("Чужая"));
    CHECK(watch.check());
    CHECK(changed.size() == 1);
    CHECK_FALSE(watch.check()); // seen once
    CHECK(changed.size() == 1);

    // Taken as seen without a signal, for a reader that has read again anyway.
    addTeacher(second, QStringLiteral("Третья"));
    CHECK(watch.acknowledge());
    CHECK_FALSE(watch.check());
    CHECK(changed.size() == 1);

    // The slow timer looks on its own while enabled.
    watch.setInterval(50);
    watch.setEnabled(true);
    addTeacher(second, QStringLiteral("Четвёртая"));
    CHECK(changed.wait(3000));
    CHECK(changed.size() == 2);

    // Nothing to watch: no news and no failure.
    watch.setDatabase(nullptr);
    addTeacher(second, QStringLiteral("Пятая"));
    CHECK_FALSE(watch.check());
}

TEST_CASE("the window shows teachers metodist-cli imported into its file without reopening it", "[live][gui]")
{
    Scratch scratch;
    const QString path = scratch.path(QStringLiteral("shared.sqlite"));
    makeRegistry(path);
    MainWindow window;
    REQUIRE(window.openDatabase(path));
    window.changeWatch()->setEnabled(false); // the test looks by itself
    RegistryPage *page = teachersPage(window);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    CHECK(page->model()->total() == 3);

    const auto run = metodist::test::runProgram(
        QStringLiteral(METODIST_CLI), scratch,
        {QStringLiteral("--db"), path, QStringLiteral("import"), QStringLiteral("teachers"),
         fixture("teachers_utf8_tab.csv")});
    INFO(run.out.toStdString() << run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(page->model()->total() == 3); // nothing has looked yet

    window.checkForChanges(); // what activation and the timer call
    CHECK(page->model()->total() == 4);
    CHECK(page->model()->rowCount() == 4);
}

TEST_CASE("reading again keeps the selection and the scroll position of the registry", "[live][gui]")
{
    Scratch scratch;
    const QString path = scratch.path(QStringLiteral("big.sqlite"));
    {
        Database db;
        REQUIRE(db.open(path).ok());
        DemoOptions options;
        options.teachers = 450;
        options.methodists = 5;
        options.supportData = false;
        REQUIRE(DemoRegion::generate(db, options).ok());
    }
    MainWindow window;
    REQUIRE(window.openDatabase(path));
    window.changeWatch()->setEnabled(false);
    RegistryPage *page = teachersPage(window);
    window.resize(1200, 700);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    auto *table = page->findChild<QTableView *>(QStringLiteral("registryTable"));
    REQUIRE(table);
    // Far down, past the first page of rows, one teacher chosen.
    while (page->model()->canFetchMore({}))
        page->model()->fetchMore({});
    table->selectRow(300);
    table->verticalScrollBar()->setValue(290);
    const qint64 chosen = page->model()->idAt(300);
    const int scrolled = table->verticalScrollBar()->value();
    REQUIRE(scrolled > 200);

    Database other;
    REQUIRE(other.open(path).ok());
    addTeacher(other, QStringLiteral("Яковлева")); // sorts after everyone shown above
    window.checkForChanges();

    CHECK(page->model()->total() == 451);
    CHECK(table->verticalScrollBar()->value() == scrolled);
    const QModelIndexList selected = table->selectionModel()->selectedRows();
    REQUIRE(selected.size() == 1);
    CHECK(page->model()->idAt(selected.first().row()) == chosen);
}

TEST_CASE("the window reads again after a modal dialog, and not twice after a page's own job", "[live][gui]")
{
    Scratch scratch;
    const QString path = scratch.path(QStringLiteral("modal.sqlite"));
    {
        Database db;
        REQUIRE(db.open(path).ok());
        REQUIRE(Setup::initialise(db, QStringLiteral("tyumen")).ok());
    }
    MainWindow window;
    REQUIRE(window.openDatabase(path));
    window.changeWatch()->setEnabled(false);
    RegistryPage *page = teachersPage(window);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    Database other;
    REQUIRE(other.open(path).ok());
    QSignalSpy resets(page->model(), &QAbstractItemModel::modelReset);

    SECTION("a change seen under a modal editor is read once it is closed")
    {
        QDialog editor(&window);
        editor.open();
        REQUIRE(QApplication::activeModalWidget() == &editor);
        addTeacher(other, QStringLiteral("Модальная"));
        window.checkForChanges();
        CHECK(resets.isEmpty());
        CHECK(page->model()->total() == 0);
        editor.close();
        CHECK(QTest::qWaitFor([page] { return page->model()->total() == 1; }, 5000));
    }

    SECTION("a page that read again after its own job is not read again for it")
    {
        addTeacher(other, QStringLiteral("Импортированная")); // as the import wizard's own connection does
        page->model()->reload();                             // what the page does after the wizard
        emit page->refreshedAfterWriting();
        resets.clear();
        window.checkForChanges();
        CHECK(resets.isEmpty());
        CHECK(page->model()->total() == 1);
    }
}

TEST_CASE("reading in the background is no change: the home page does not count again and again", "[live][gui]")
{
    Scratch scratch;
    const QString path = scratch.path(QStringLiteral("home.sqlite"));
    makeRegistry(path);
    MainWindow window;
    REQUIRE(window.openDatabase(path));
    window.changeWatch()->setEnabled(false);
    auto *home = window.findChild<HomePage *>();
    REQUIRE(home);
    window.showArea(0);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    // The indicators are counted on a connection of their own.
    // QTRY_* would fail silently under Catch: waited for by hand.
    REQUIRE(QTest::qWaitFor([home] { return home->report().has_value() && !home->isComputing(); }, 20000));
    QTest::qWait(300); // nothing else is on its way
    REQUIRE_FALSE(home->isComputing());
    CHECK_FALSE(window.changeWatch()->check());

    // A change elsewhere counts them again, once.
    QSignalSpy counted(home, &HomePage::reportChanged);
    Database other;
    REQUIRE(other.open(path).ok());
    addTeacher(other, QStringLiteral("Новая"));
    window.checkForChanges();
    CHECK(QTest::qWaitFor([&counted] { return counted.size() == 1; }, 20000));
    REQUIRE(QTest::qWaitFor([home] { return !home->isComputing(); }, 20000));
    CHECK_FALSE(window.changeWatch()->check());
    QTest::qWait(300);
    CHECK(counted.size() == 1);
}
