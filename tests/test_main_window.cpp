#include <catch2/catch.hpp>

#include "MainWindow.h"
#include "TestSupport.h"
#include "pages/DictionariesPage.h"
#include "pages/CataloguePage.h"
#include "pages/EventsPage.h"
#include "pages/HomePage.h"
#include "pages/NetworkPage.h"
#include "pages/MonitoringPage.h"
#include "models/DictionaryModel.h"
#include "pages/RoadmapPage.h"
#include "pages/RoutesPage.h"
#include "pages/WorkLogPage.h"
#include "storage/Database.h"
#include "storage/ServerAddress.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QListWidget>
#include <QSettings>
#include <QMenuBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QTest>

using namespace metodist;
using metodist::test::Scratch;

TEST_CASE("the main window opens on a fresh database with every area", "[gui]")
{
    Scratch scratch;
    const QString path = test::databaseLocation(scratch, QStringLiteral("gui.sqlite"));
    MainWindow window;
    REQUIRE(window.openDatabase(path, MainWindow::Opening::Create, QStringLiteral("tyumen")));
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));

    CHECK(window.currentLocation() == path);
    auto *navigation = window.findChild<QListWidget *>(QStringLiteral("navigation"));
    REQUIRE(navigation);
    auto *stack = window.findChild<QStackedWidget *>();
    REQUIRE(stack);
    // One navigation item per page; at least the registries, assignment,
    // roadmap, work log, routes, events calendar, monitoring and dictionaries.
    CHECK(stack->count() >= 9);
    CHECK(window.areaTitles().size() == stack->count());
    CHECK(navigation->count() == stack->count());
    // The work log follows the roadmap; the routes, their catalogue and the
    // events calendar follow one another.
    const auto areaOf = [stack](auto *pageType) {
        for (int i = 0; i < stack->count(); ++i)
            if (qobject_cast<std::remove_pointer_t<decltype(pageType)> *>(stack->widget(i)))
                return i;
        return -1;
    };
    const int roadmap = areaOf(static_cast<RoadmapPage *>(nullptr));
    REQUIRE(roadmap >= 0);
    CHECK(areaOf(static_cast<WorkLogPage *>(nullptr)) == roadmap + 1);
    const int routes = areaOf(static_cast<RoutesPage *>(nullptr));
    REQUIRE(routes >= 0);
    CHECK(areaOf(static_cast<CataloguePage *>(nullptr)) == routes + 1);
    CHECK(areaOf(static_cast<NetworkPage *>(nullptr)) == routes + 2);
    CHECK(areaOf(static_cast<EventsPage *>(nullptr)) == routes + 3);
    CHECK(window.areaTitles().value(roadmap + 1) == WorkLogPage::tr("Work log"));
    CHECK(window.areaTitles().value(routes + 1) == CataloguePage::tr("Programme catalogue"));
    CHECK(window.areaTitles().value(routes + 2) == NetworkPage::tr("Support network"));
    CHECK(window.areaTitles().value(routes + 3) == EventsPage::tr("Events calendar"));
    CHECK_FALSE(navigation->item(routes + 2)->icon().pixmap(24, 24).isNull());
    CHECK_FALSE(navigation->item(routes + 3)->icon().pixmap(24, 24).isNull());
    CHECK(QFile::exists(QStringLiteral(":/icons/network.svg")));
    CHECK(QFile::exists(QStringLiteral(":/icons/worklog.svg")));
    CHECK(QFile::exists(QStringLiteral(":/icons/calendar.svg")));
    CHECK_FALSE(navigation->item(roadmap + 1)->icon().pixmap(24, 24).isNull());
    CHECK_FALSE(navigation->item(routes + 1)->icon().pixmap(24, 24).isNull());
    // The home page comes first and leads to the monitoring.
    CHECK(areaOf(static_cast<HomePage *>(nullptr)) == 0);
    CHECK(window.areaTitles().value(0) == HomePage::tr("Home"));
    CHECK(QFile::exists(QStringLiteral(":/icons/home.svg")));
    CHECK_FALSE(navigation->item(0)->icon().pixmap(24, 24).isNull());
    const int monitoring = areaOf(static_cast<MonitoringPage *>(nullptr));
    REQUIRE(monitoring > 0);
    window.showArea(0);
    auto *openMonitoring = stack->widget(0)->findChild<QPushButton *>(QStringLiteral("openMonitoring"));
    REQUIRE(openMonitoring);
    openMonitoring->click();
    CHECK(stack->currentIndex() == monitoring);
    CHECK(navigation->currentRow() == monitoring);
    // It opens with the figures, not a blank page waiting for «Рассчитать».
    auto *monitoringPage = static_cast<MonitoringPage *>(stack->widget(monitoring));
    REQUIRE(QTest::qWaitFor([&] { return monitoringPage->report().has_value() && !monitoringPage->isComputing(); },
                            20000));
    // The title names the file, or the database on a server.
    CHECK(window.windowTitle().contains(test::onServer() ? ServerAddress::parse(path).value().database
                                                         : QStringLiteral("gui.sqlite")));
    CHECK(window.menuBar()->actions().size() >= 3);

    // The dictionaries area shows the region's municipalities from the database.
    const int dictionaryArea = areaOf(static_cast<DictionariesPage *>(nullptr));
    REQUIRE(dictionaryArea >= 0);
    window.showArea(dictionaryArea);
    auto *table = window.findChild<QTableView *>(QStringLiteral("dictionaryTable"));
    REQUIRE(table);
    QAbstractItemModelTester tester(table->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(table->model()->rowCount() == 26);
    auto *dictionaries = window.findChild<QListWidget *>(QStringLiteral("dictionaryList"));
    REQUIRE(dictionaries);
    auto *regionButton = window.findChild<QPushButton *>(QStringLiteral("loadRegion"));
    REQUIRE(regionButton);
    CHECK(regionButton->isVisibleTo(window.centralWidget()));
    dictionaries->setCurrentRow(4); // roadmap stages
    CHECK(table->model()->rowCount() == 7);
    // The seven stages are the model: not deleted, not added to; no regions' municipalities here.
    CHECK_FALSE(regionButton->isVisibleTo(window.centralWidget()));
    auto *removeButton = window.findChild<QPushButton *>(QStringLiteral("removeEntries"));
    REQUIRE(removeButton);
    CHECK_FALSE(removeButton->isVisibleTo(window.centralWidget()));
    CHECK(table->isColumnHidden(DictionaryModel::CodeColumn));

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
    const QString path = test::databaseLocation(scratch, QStringLiteral("remember.sqlite"));
    {
        MainWindow window;
        REQUIRE(window.openDatabase(path, MainWindow::Opening::Create));
        window.showArea(3);
        window.close();
    }
    MainWindow again;
    again.openStartupDatabase();
    CHECK(again.currentLocation() == path);
    auto *navigation = again.findChild<QListWidget *>(QStringLiteral("navigation"));
    CHECK(navigation->currentRow() == 3);
    again.close();

    // By name, not by place: a page moved by a later version is still the one
    // that opens; a page not known any more opens Главная.
    QSettings settings;
    CHECK(settings.value(QStringLiteral("mainWindow/page")).toString() == QStringLiteral("assignmentPage"));
    settings.setValue(QStringLiteral("mainWindow/page"), QStringLiteral("monitoringPage"));
    settings.sync();
    {
        MainWindow moved;
        auto *pages = moved.findChild<QListWidget *>(QStringLiteral("navigation"));
        CHECK(pages->currentItem()->text() == QStringLiteral("Мониторинг"));
    }
    settings.setValue(QStringLiteral("mainWindow/page"), QStringLiteral("someRemovedPage"));
    settings.sync();
    MainWindow unknown;
    CHECK(unknown.findChild<QListWidget *>(QStringLiteral("navigation"))->currentRow() == 0);
}
