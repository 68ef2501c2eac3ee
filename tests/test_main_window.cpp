#include <catch2/catch.hpp>

#include "MainWindow.h"
#include "TestSupport.h"
#include "storage/Database.h"

#include <QAbstractItemModelTester>
#include <QListWidget>
#include <QMenuBar>
#include <QStackedWidget>
#include <QTableView>
#include <QTest>

using namespace metodist;
using metodist::test::Scratch;

TEST_CASE("the main window opens on a fresh database with every area", "[gui]")
{
    Scratch scratch;
    const QString path = scratch.path(QStringLiteral("gui.sqlite"));
    MainWindow window;
    REQUIRE(window.openDatabase(path, QStringLiteral("tyumen")));
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));

    CHECK(window.currentLocation() == path);
    CHECK(window.areaTitles().size() == 7);
    auto *navigation = window.findChild<QListWidget *>(QStringLiteral("navigation"));
    REQUIRE(navigation);
    CHECK(navigation->count() == 7);
    CHECK(window.windowTitle().contains(QStringLiteral("gui.sqlite")));
    CHECK(window.menuBar()->actions().size() >= 3);

    // The dictionaries area shows the region's municipalities from the database.
    window.showArea(6);
    auto *table = window.findChild<QTableView *>(QStringLiteral("dictionaryTable"));
    REQUIRE(table);
    QAbstractItemModelTester tester(table->model(), QAbstractItemModelTester::FailureReportingMode::Warning);
    CHECK(table->model()->rowCount() == 26);
    auto *dictionaries = window.findChild<QListWidget *>(QStringLiteral("dictionaryList"));
    REQUIRE(dictionaries);
    dictionaries->setCurrentRow(4); // roadmap stages
    CHECK(table->model()->rowCount() == 7);

    // Editing a name in place goes to the database.
    const QModelIndex first = table->model()->index(0, 0);
    REQUIRE(table->model()->setData(first, QStringLiteral("Аналитический этап"), Qt::EditRole));
    window.close();

    Database db;
    REQUIRE(db.open(path).ok());
    auto query = db.exec(QStringLiteral("SELECT name FROM dictionary_entries WHERE dictionary = 'roadmap_stages' "
                                        "ORDER BY position LIMIT 1"));
    REQUIRE(query.ok());
    REQUIRE(query.value().next());
    CHECK(query.value().value(0).toString() == QStringLiteral("Аналитический этап"));
}

TEST_CASE("the main window remembers its area and recent files", "[gui]")
{
    Scratch scratch;
    const QString path = scratch.path(QStringLiteral("remember.sqlite"));
    {
        MainWindow window;
        REQUIRE(window.openDatabase(path));
        window.showArea(3);
        window.close();
    }
    MainWindow again;
    again.openStartupDatabase();
    CHECK(again.currentLocation() == path);
    auto *navigation = again.findChild<QListWidget *>(QStringLiteral("navigation"));
    CHECK(navigation->currentRow() == 3);
}
