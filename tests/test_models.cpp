// Every model of the window under QAbstractItemModelTester in Fatal mode: a
// broken model contract (rows announced but not there, an index of the wrong
// model, data of a wrong type for its role) aborts the test program instead
// of printing a warning nobody reads. The models are fed real data: a small
// demonstration region in the middle of its academic year, read by the pages
// themselves, then sorted, filtered, selected and edited.
#include <catch2/catch.hpp>

#include "MainWindow.h"
#include "SupportFixture.h"
#include "TestSupport.h"
#include "models/AssignmentModels.h"
#include "models/DictionaryModel.h"
#include "models/JournalModels.h"
#include "models/OrganisationModel.h"
#include "models/RoadmapModels.h"
#include "models/RouteModels.h"
#include "pages/MonitoringPage.h"
#include "pages/Page.h"
#include "services/AssignmentService.h"
#include "services/DemoRegion.h"
#include "services/OrderService.h"
#include "storage/AssignmentRepository.h"
#include "storage/Database.h"
#include "storage/DictionaryRepository.h"
#include "storage/MethodistRepository.h"
#include "storage/OrderRepository.h"
#include "storage/OrganisationRepository.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QPushButton>
#include <QSet>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QTableView>
#include <QTest>

#include <memory>
#include <vector>

using namespace metodist;
using metodist::test::Scratch;
using metodist::test::SupportRegion;

namespace {

// The pages show the current academic year, so the region is in it today.
const QDate demoDay = QDate::currentDate();

// Testers for every model below `root` not watched yet: pages make some of
// theirs only when first shown, so the sweep is repeated as areas open.
struct Testers
{
    std::vector<std::unique_ptr<QAbstractItemModelTester>> testers;
    QSet<const QAbstractItemModel *> watched;

    void watch(QAbstractItemModel *model)
    {
        if (!model || watched.contains(model))
            return;
        watched.insert(model);
        testers.push_back(
            std::make_unique<QAbstractItemModelTester>(model, QAbstractItemModelTester::FailureReportingMode::Fatal));
    }
    void watchAll(QObject *root)
    {
        for (QAbstractItemModel *model : root->findChildren<QAbstractItemModel *>())
            watch(model);
        for (QTableView *view : root->findChildren<QTableView *>())
            watch(view->model());
    }
};

// What a user does to a table: sort by every column both ways, select rows
// (which fills the detail tables of the master–detail pages).
void exercise(QTableView *view)
{
    QAbstractItemModel *model = view->model();
    if (!model)
        return;
    if (view->isSortingEnabled()) {
        for (int column = 0; column < model->columnCount(); ++column) {
            view->sortByColumn(column, Qt::DescendingOrder);
            view->sortByColumn(column, Qt::AscendingOrder);
        }
    }
    for (int row : {0, model->rowCount() - 1, model->rowCount() / 2})
        if (row >= 0 && row < model->rowCount() && view->selectionModel())
            view->selectionModel()->setCurrentIndex(model->index(row, 0),
                                                    QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QApplication::processEvents();
}

} // namespace

TEST_CASE("models: every page's models over a demonstration region, sorted, filtered and reloaded", "[gui][models]")
{
    Scratch scratch;
    const QString path = test::databaseLocation(scratch, QStringLiteral("models.sqlite"));
    {
        Database db;
        REQUIRE(db.open(path).ok());
        DemoOptions options;
        options.teachers = 300;
        options.methodists = 8;
        options.today = demoDay;
        auto generated = DemoRegion::generate(db, options);
        INFO(generated.message().toStdString());
        REQUIRE(generated.ok());
    }
    MainWindow window;
    Testers testers;
    testers.watchAll(&window);
    REQUIRE(window.openDatabase(path));
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    auto *stack = window.findChild<QStackedWidget *>();
    REQUIRE(stack);

    int rowsSeen = 0;
    for (int area = 0; area < stack->count(); ++area) {
        INFO("area " << window.areaTitles().value(area).toStdString());
        window.showArea(area);
        QApplication::processEvents();
        testers.watchAll(&window);
        auto *page = qobject_cast<Page *>(stack->widget(area));
        REQUIRE(page);
        if (auto *monitoring = qobject_cast<MonitoringPage *>(page)) {
            auto *compute = monitoring->findChild<QPushButton *>(QStringLiteral("computeReport"));
            REQUIRE(compute);
            compute->click();
            CHECK(QTest::qWaitFor([&] { return bool(!monitoring->isComputing()); }, 20000));
            CHECK(monitoring->indicatorModel()->rowCount() > 0);
            CHECK(monitoring->municipalityModel()->rowCount() > 0);
        }
        // Background work (the monitoring) fills its tables a moment later;
        // a table with nothing to show (no orders yet) does not hold the test.
        const auto views = page->findChildren<QTableView *>();
        (void)QTest::qWaitFor([&] {
            for (QTableView *view : views)
                if (view->isVisible() && view->model() && view->model()->rowCount() == 0)
                    return false;
            return true;
        }, 1500);
        for (QTableView *view : page->findChildren<QTableView *>()) {
            testers.watchAll(&window);
            exercise(view);
            rowsSeen += view->model() ? view->model()->rowCount() : 0;
        }
        for (QLineEdit *filter : page->findChildren<QLineEdit *>()) {
            if (!filter->isVisible() || filter->isReadOnly())
                continue;
            filter->setText(QStringLiteral("ова"));
            QApplication::processEvents();
            filter->setText(QStringLiteral("нет такого ни у кого"));
            QApplication::processEvents();
            filter->clear();
            QApplication::processEvents();
        }
        page->reloadKeepingView();
        QApplication::processEvents();
        testers.watchAll(&window);
    }
    // Every model was populated somewhere; none of them aborted.
    CHECK(rowsSeen > 300);
    CHECK(testers.testers.size() >= 15);
    window.close();
}

TEST_CASE("models: the list models over real rows, filled, emptied and filled again", "[gui][models]")
{
    SupportRegion r;
    const qint64 m = r.methodist(QStringLiteral("Ёлкина"));
    const qint64 t1 = r.teacher(QStringLiteral("Андреева"));
    const qint64 t2 = r.teacher(QStringLiteral("Борисова"));
    r.teacher(QStringLiteral("Васильева"));
    r.assign({t1, t2}, m);

    MethodistLoadModel methodists;
    MethodistFilterProxy proxy;
    proxy.setSourceModel(&methodists);
    AssignmentListModel assignments(AssignmentListModel::teachersOfMethodist());
    AssignmentListModel history(AssignmentListModel::historyOfTeacher());
    QAbstractItemModelTester t1Tester(&methodists, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester t2Tester(&assignments, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester t3Tester(&history, QAbstractItemModelTester::FailureReportingMode::Fatal);

    auto load = MethodistRepository(r.db).withLoad(SupportRegion::year);
    REQUIRE(load.ok());
    methodists.setRows(load.value());
    CHECK(methodists.rowCount() == 1);
    CHECK(methodists.rowOf(m) == 0);
    proxy.setFilter(0, 0, QStringLiteral("ёлк"));
    CHECK(proxy.rowCount() == 1);
    proxy.setFilter(0, 0, QStringLiteral("никого"));
    CHECK(proxy.rowCount() == 0);
    proxy.setFilter(0, 0, QString());
    proxy.sort(MethodistLoadModel::LoadColumn, Qt::DescendingOrder);

    AssignmentFilter filter;
    filter.methodistId = m;
    auto listed = AssignmentRepository(r.db).list(filter);
    REQUIRE(listed.ok());
    assignments.setRows(listed.value());
    history.setRows(listed.value());
    CHECK(assignments.rowCount() == 2);
    assignments.setRows({});
    CHECK(assignments.rowCount() == 0);
    assignments.setRows(listed.value());
    methodists.setRows({});
    CHECK(proxy.rowCount() == 0);

    // The order register, and the plan preview for the teacher left over.
    OrderListModel orders;
    QAbstractItemModelTester orderTester(&orders, QAbstractItemModelTester::FailureReportingMode::Fatal);
    OrderService orderService(r.db);
    auto draft = orderService.draft(SupportRegion::year, QStringLiteral("15-од"), QDate(2025, 9, 3));
    REQUIRE(draft.ok());
    REQUIRE(orderService.create(draft.value(), filter).ok());
    auto listedOrders = OrderRepository(r.db).list();
    REQUIRE(listedOrders.ok());
    orders.setRows(listedOrders.value());
    CHECK(orders.rowCount() == 1);

    PlanGapModel gaps;
    PlanLoadModel loads;
    QAbstractItemModelTester gapTester(&gaps, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester loadTester(&loads, QAbstractItemModelTester::FailureReportingMode::Fatal);
    AssignmentService planner(r.db);
    // The fixture's methodist falls short of the РМА requirements: planned only on request.
    auto plan = planner.plan({SupportRegion::year, 0, 0, true});
    REQUIRE(plan.ok());
    auto report = planner.report(plan.value());
    REQUIRE(report.ok());
    gaps.setRows(report->gaps);
    loads.setRows(report->loads);
    CHECK(loads.rowCount() >= 1);
    gaps.setRows({});
    loads.setRows({});

    // The same plan in the order of assignment, the methodist left out.
    PlanPriorityModel priorities;
    PlanLeftOutModel leftOut;
    QAbstractItemModelTester priorityTester(&priorities, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester leftOutTester(&leftOut, QAbstractItemModelTester::FailureReportingMode::Fatal);
    auto strict = planner.plan({SupportRegion::year, 0, 0});
    REQUIRE(strict.ok());
    auto strictReport = planner.report(strict.value());
    REQUIRE(strictReport.ok());
    priorities.setRows(strictReport->priorities);
    leftOut.setRows(strictReport->leftOut);
    CHECK(priorities.rowCount() == 3);
    CHECK(leftOut.rowCount() == 1);
    priorities.setRows({});
    leftOut.setRows({});
    priorities.setRows(strictReport->priorities);
}

TEST_CASE("models: organisations and dictionary entries edited in place", "[gui][models]")
{
    SupportRegion r;
    OrganisationWriter(r.db).findOrCreate(r.city, QStringLiteral("МАОУ гимназия № 1"));

    OrganisationModel organisations;
    QAbstractItemModelTester organisationTester(&organisations, QAbstractItemModelTester::FailureReportingMode::Fatal);
    organisations.setDatabase(&r.db);
    organisations.reload();
    REQUIRE(organisations.rowCount() == 2);
    const QModelIndex flag = organisations.index(0, OrganisationModel::LowResultsColumn);
    REQUIRE(organisations.flags(flag) & Qt::ItemIsUserCheckable);
    REQUIRE(organisations.setData(flag, Qt::Checked, Qt::CheckStateRole));
    CHECK(organisations.data(flag, Qt::CheckStateRole).toInt() == Qt::Checked);
    organisations.reload();
    CHECK(organisations.data(organisations.index(0, OrganisationModel::LowResultsColumn), Qt::CheckStateRole).toInt()
          == Qt::Checked);
    organisations.setDatabase(nullptr);
    organisations.reload();
    CHECK(organisations.rowCount() == 0);

    DictionaryModel dictionary;
    QAbstractItemModelTester dictionaryTester(&dictionary, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSortFilterProxyModel sorted;
    sorted.setSourceModel(&dictionary);
    QAbstractItemModelTester sortedTester(&sorted, QAbstractItemModelTester::FailureReportingMode::Fatal);
    sorted.sort(DictionaryModel::NameColumn);
    dictionary.setSource(&r.db, QStringLiteral("municipalities"));
    CHECK(dictionary.rowCount() > 10);
    dictionary.setSource(&r.db, QStringLiteral("roadmap_stages"));
    REQUIRE(dictionary.rowCount() == 7);
    const QModelIndex name = dictionary.index(0, DictionaryModel::NameColumn);
    REQUIRE(dictionary.flags(name) & Qt::ItemIsEditable);
    REQUIRE(dictionary.setData(name, QStringLiteral("Аналитический этап"), Qt::EditRole));
    CHECK(dictionary.data(name, Qt::DisplayRole).toString() == QStringLiteral("Аналитический этап"));
    REQUIRE(DictionaryWriter(r.db).add(QStringLiteral("roadmap_stages"), QStringLiteral("Восьмой этап")).ok());
    dictionary.reload();
    CHECK(dictionary.rowCount() == 8);
    CHECK_FALSE(dictionary.setData(dictionary.index(0, DictionaryModel::CodeColumn), QStringLiteral("x"), Qt::EditRole));
    dictionary.setSource(nullptr, QString());
    CHECK(dictionary.rowCount() == 0);
}
