#include <catch2/catch.hpp>

#include "TestSupport.h"
#include "dialogs/AssignDialog.h"
#include "dialogs/AssignmentHistoryPanel.h"
#include "dialogs/OrderDialog.h"
#include "dialogs/OrderSettingsDialog.h"
#include "dialogs/PlanDialog.h"
#include "dialogs/PriorityDialog.h"
#include "domain/AcademicYear.h"
#include "models/AssignmentModels.h"
#include "pages/AssignmentPage.h"
#include "pages/OrdersPanel.h"
#include "pages/RegistryPage.h"
#include "services/AssignmentService.h"
#include "services/DemoRegion.h"
#include "services/OrderService.h"
#include "services/Setup.h"
#include "storage/AssignmentRepository.h"
#include "storage/DictionaryRepository.h"
#include "storage/MethodistRepository.h"
#include "storage/OrganisationRepository.h"
#include "storage/TeacherRepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTest>

using namespace metodist;
using metodist::test::Scratch;

namespace Catch {
template<>
struct StringMaker<QString>
{
    static std::string convert(const QString &value) { return '"' + value.toStdString() + '"'; }
};
} // namespace Catch

namespace {

// The year every dialog starts with.
QString currentYear()
{
    return AcademicYear::containing(QDate::currentDate()).text();
}

qint64 codeIn(Database &db, const QString &dictionary, const QString &code)
{
    // Kept in a variable: a range-for over value() of a temporary Result dangles.
    const auto entries = DictionaryRepository(db).entries(dictionary);
    for (const DictionaryEntry &e : entries.value())
        if (e.code == code)
            return e.id;
    return 0;
}

QPushButton *okButton(QWidget *dialog)
{
    auto *box = dialog->findChild<QDialogButtonBox *>();
    REQUIRE(box);
    return box->button(QDialogButtonBox::Ok);
}

// A region of a few hundred synthetic teachers with a plan applied.
struct PlannedRegion
{
    Scratch scratch;
    Database db;
    qint64 runId = 0;
    qint64 assigned = 0;

    explicit PlannedRegion(int teachers = 300, int methodists = 8)
    {
        REQUIRE(db.open(test::databaseLocation(scratch, QStringLiteral("planned.sqlite"))).ok());
        DemoOptions options;
        options.teachers = teachers;
        options.methodists = methodists;
        options.supportData = false; // the tests plan the assignments themselves
        REQUIRE(DemoRegion::generate(db, options).ok());
    }

    void apply()
    {
        AssignmentService service(db);
        auto plan = service.plan({currentYear(), 0, 0});
        REQUIRE(plan.ok());
        assigned = qint64(plan->plan.assignments.size());
        REQUIRE(assigned > 0);
        auto run = service.apply(plan.value(), QDate::currentDate());
        REQUIRE(run.ok());
        runId = run.value();
    }
};

} // namespace

TEST_CASE("manual assignment warns about another subject and needs a reason", "[gui][assignment]")
{
    Scratch scratch;
    Database db;
    REQUIRE(db.open(test::databaseLocation(scratch, QStringLiteral("manual.sqlite"))).ok());
    REQUIRE(Setup::initialise(db, QStringLiteral("kaliningrad")).ok());
    DictionaryRepository dictionaries(db);
    const qint64 city = dictionaries.findByName(QStringLiteral("municipalities"), QStringLiteral("Городской округ «Город Калининград»")).value();
    const qint64 maths = dictionaries.findByName(QStringLiteral("subjects"), QStringLiteral("Математика")).value();
    const qint64 physics = dictionaries.findByName(QStringLiteral("subjects"), QStringLiteral("Физика")).value();
    REQUIRE(city > 0);
    REQUIRE(maths > 0);
    REQUIRE(physics > 0);
    const qint64 school = OrganisationWriter(db).findOrCreate(city, QStringLiteral("МАОУ СОШ № 1")).value();
    QList<qint64> teachers;
    for (const QString &surname : {QStringLiteral("Ёлкина"), QStringLiteral("Иванова"), QStringLiteral("Петрова")}) {
        Teacher t;
        t.lastName = surname;
        t.firstName = QStringLiteral("Анна");
        t.organisationId = school;
        t.subjectId = maths;
        teachers << TeacherWriter(db).insert(t).value();
    }
    const auto methodist = [&](const QString &surname, qint64 subject) {
        Methodist m;
        m.lastName = surname;
        m.firstName = QStringLiteral("Пётр");
        m.municipalityId = city;
        m.subjectId = subject;
        m.qualificationCategoryId = codeIn(db, QStringLiteral("qualification_categories"), QStringLiteral("highest"));
        m.educationLevelId = codeIn(db, QStringLiteral("education_levels"), QStringLiteral("higher_pedagogical"));
        m.experienceYears = 12;
        return MethodistWriter(db).insert(m).value();
    };
    // «Абрамов» sorts first by name; the mathematician must still come first.
    const qint64 physicist = methodist(QStringLiteral("Абрамов"), physics);
    const qint64 mathematician = methodist(QStringLiteral("Яковлев"), maths);

    // No order yet: the Orders tab says how one is made.
    {
        AssignmentPage assignment;
        assignment.setDatabase(&db);
        assignment.refresh(); // as when the page is shown
        auto *noOrders = assignment.findChild<QLabel *>(QStringLiteral("noOrders"));
        REQUIRE(noOrders);
        CHECK_FALSE(noOrders->isHidden());
        CHECK(noOrders->text().contains(OrdersPanel::tr("&New order…").remove(u'&')));
    }

    // The Teachers page offers the dialog for selected rows only.
    RegistryPage page(ImportKind::Teachers);
    page.setDatabase(&db);
    auto *assignButton = page.findChild<QPushButton *>(QStringLiteral("assign"));
    REQUIRE(assignButton);
    CHECK_FALSE(assignButton->isEnabled());
    page.findChild<QTableView *>(QStringLiteral("registryTable"))->selectRow(0);
    CHECK(assignButton->isEnabled());

    AssignDialog dialog(db, {teachers[0], teachers[1]});
    dialog.show();
    auto *table = dialog.findChild<QTableView *>(QStringLiteral("methodists"));
    REQUIRE(table);
    REQUIRE(table->model()->rowCount() == 2);
    CHECK(table->model()->index(0, 0).data().toString().startsWith(QStringLiteral("Яковлев")));
    CHECK_FALSE(okButton(&dialog)->isEnabled()); // nobody chosen yet

    // Same subject, room, eligible: no warning, no reason asked.
    table->selectRow(0);
    CHECK(dialog.methodistId() == mathematician);
    CHECK(dialog.warnings().isEmpty());
    CHECK(okButton(&dialog)->isEnabled());
    auto *reason = dialog.findChild<QLineEdit *>(QStringLiteral("overrideReason"));
    REQUIRE(reason);
    CHECK_FALSE(reason->isVisible());

    // Another subject: the warning shows and OK waits for a reason.
    REQUIRE(dialog.selectMethodist(physicist));
    REQUIRE(dialog.warnings().size() == 1);
    auto *warnings = dialog.findChild<QLabel *>(QStringLiteral("warnings"));
    REQUIRE(warnings);
    CHECK(warnings->isVisible());
    CHECK(warnings->text().contains(dialog.warnings().first()));
    CHECK(reason->isVisible());
    CHECK_FALSE(okButton(&dialog)->isEnabled());
    reason->insert(QStringLiteral("   "));
    CHECK_FALSE(okButton(&dialog)->isEnabled());
    reason->setText(QStringLiteral("в округе нет методиста по математике"));
    REQUIRE(okButton(&dialog)->isEnabled());
    CHECK(AssignmentRepository(db).count({}).value() == 0); // nothing before OK

    okButton(&dialog)->click();
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(dialog.assignedCount() == 2);
    AssignmentFilter ofPhysicist;
    ofPhysicist.methodistId = physicist;
    const QList<AssignmentRow> rows = AssignmentRepository(db).list(ofPhysicist).value();
    REQUIRE(rows.size() == 2);
    for (const AssignmentRow &row : rows) {
        CHECK(row.academicYear == currentYear());
        CHECK(row.overrideReason == QStringLiteral("в округе нет методиста по математике"));
        CHECK((row.teacherId == teachers[0] || row.teacherId == teachers[1]));
    }

    // Moving one of them to the mathematician: a note, no warning; the card keeps both.
    AssignDialog again(db, {teachers[0], teachers[2]});
    REQUIRE(again.selectMethodist(mathematician));
    CHECK(again.warnings().isEmpty());
    auto *note = again.findChild<QLabel *>(QStringLiteral("note"));
    REQUIRE(note);
    CHECK_FALSE(note->text().isEmpty());
    okButton(&again)->click();
    CHECK(again.assignedCount() == 2);
    AssignmentHistoryPanel history(db, ImportKind::Teachers, teachers[0]);
    CHECK(history.rowCount() == 2);
    AssignmentHistoryPanel ofMethodist(db, ImportKind::Methodists, mathematician);
    CHECK(ofMethodist.rowCount() == 2);
}

TEST_CASE("plan dialog previews the service's plan and writes only on Apply", "[gui][assignment]")
{
    PlannedRegion region;
    Database &db = region.db;
    AssignmentRepository assignments(db);
    AssignmentService service(db);
    const QString year = currentYear();

    // A plan that goes stale: loads change between Compute and Apply.
    PlanDialog stale(db, year);
    stale.show();
    auto *apply = stale.findChild<QPushButton *>(QStringLiteral("apply"));
    REQUIRE(apply);
    CHECK_FALSE(apply->isEnabled());
    stale.findChild<QPushButton *>(QStringLiteral("compute"))->click();
    REQUIRE(QTest::qWaitFor([&] { return !stale.isWorking(); }, 20000));
    REQUIRE(stale.report().has_value());
    CHECK(assignments.count({}).value() == 0);
    const auto firstPlan = service.plan({year, 0, 0});
    REQUIRE(firstPlan.ok());
    const PlannedAssignment taken = firstPlan->plan.assignments.front();
    REQUIRE(service.assign({{taken.teacherId}, taken.methodistId, year, 0, {}, QStringLiteral("тест")}).ok());
    apply->click();
    REQUIRE(QTest::qWaitFor([&] { return !stale.isWorking(); }, 20000));
    CHECK(stale.runId() == 0);
    CHECK_FALSE(stale.errorText().isEmpty());
    CHECK(stale.result() != QDialog::Accepted);
    CHECK(assignments.count({}).value() == 1);
    // The error box is open, not exec()'d: the test goes on and closes it.
    for (QMessageBox *box : stale.findChildren<QMessageBox *>())
        box->close();

    // What the dialog must show is what the service reports.
    auto expectedPlan = service.plan({year, 0, 0});
    REQUIRE(expectedPlan.ok());
    const PlanReport expected = service.report(expectedPlan.value()).value();
    REQUIRE(expected.assigned > 0);
    REQUIRE(expected.unassigned > 0); // 8 methodists cannot cover every subject

    PlanDialog dialog(db, year);
    dialog.show();
    dialog.compute();
    REQUIRE(QTest::qWaitFor([&] { return !dialog.isWorking(); }, 20000));
    REQUIRE(dialog.report().has_value());
    CHECK(dialog.report()->candidates == expected.candidates);
    CHECK(dialog.report()->assigned == expected.assigned);
    const QString summary = dialog.findChild<QLabel *>(QStringLiteral("summary"))->text();
    const QLocale locale;
    for (qint64 number : {expected.candidates, expected.assigned, expected.sameMunicipality, expected.unassigned})
        CHECK(summary.contains(QStringLiteral("<b>%1</b>").arg(locale.toString(number))));
    auto *gaps = dialog.findChild<QTableView *>(QStringLiteral("gaps"));
    auto *loads = dialog.findChild<QTableView *>(QStringLiteral("loads"));
    REQUIRE(gaps);
    REQUIRE(loads);
    CHECK(gaps->model()->rowCount() == expected.gaps.size());
    CHECK(loads->model()->rowCount() == expected.loads.size());
    qint64 gapTotal = 0, added = 0;
    for (int row = 0; row < gaps->model()->rowCount(); ++row)
        gapTotal += gaps->model()->index(row, 2).data().toLongLong();
    for (int row = 0; row < loads->model()->rowCount(); ++row)
        added += loads->model()->index(row, 4).data().toLongLong();
    CHECK(gapTotal == expected.unassigned);
    CHECK(added == expected.assigned);
    CHECK(assignments.count({}).value() == 1);

    // Another filter makes the preview stale until computed again.
    auto *municipality = dialog.findChild<QComboBox *>(QStringLiteral("municipality"));
    municipality->setCurrentIndex(1);
    CHECK_FALSE(dialog.report().has_value());
    CHECK_FALSE(dialog.findChild<QPushButton *>(QStringLiteral("apply"))->isEnabled());
    municipality->setCurrentIndex(0);
    dialog.compute();
    REQUIRE(QTest::qWaitFor([&] { return !dialog.isWorking(); }, 20000));
    REQUIRE(dialog.report().has_value());

    dialog.findChild<QPushButton *>(QStringLiteral("apply"))->click();
    REQUIRE(QTest::qWaitFor([&] { return !dialog.isWorking(); }, 20000));
    CHECK(dialog.result() == QDialog::Accepted);
    REQUIRE(dialog.runId() > 0);
    CHECK(dialog.createOrderRequested());
    AssignmentFilter ofRun;
    ofRun.planningRunId = dialog.runId();
    CHECK(assignments.count(ofRun).value() == expected.assigned);
    CHECK(assignments.count({}).value() == 1 + expected.assigned);
}

TEST_CASE("assignment page lists methodists' loads and the orders", "[gui][assignment]")
{
    PlannedRegion region;
    region.apply();
    Database &db = region.db;
    const QString year = currentYear();
    OrderService orders(db);
    auto draft = orders.draft(year, QStringLiteral("125-о"), QDate::currentDate());
    REQUIRE(draft.ok());
    AssignmentFilter ofRun;
    ofRun.planningRunId = region.runId;
    ofRun.withoutOrder = true;
    REQUIRE(orders.create(draft.value(), ofRun).ok());

    AssignmentPage page;
    page.setDatabase(&db);
    page.resize(1100, 700);
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    MethodistLoadModel *methodists = page.methodistModel();
    REQUIRE(methodists->rowCount() == 8);
    qint64 total = 0;
    qint64 busiest = 0;
    int busiestLoad = -1;
    for (int row = 0; row < methodists->rowCount(); ++row) {
        const MethodistLoadRow &m = methodists->rowAt(row);
        CHECK(m.load == AssignmentRepository(db).load(m.id, year).value());
        CHECK(methodists->index(row, MethodistLoadModel::LoadColumn).data().toString()
              == QStringLiteral("%1 / %2").arg(m.load).arg(m.capacity));
        total += m.load;
        if (m.load > busiestLoad) {
            busiestLoad = m.load;
            busiest = m.id;
        }
    }
    CHECK(total == region.assigned);

    // The busiest methodist's teachers, each under the order.
    REQUIRE(page.selectMethodist(busiest));
    REQUIRE(page.teacherModel()->rowCount() == busiestLoad);
    const int orderColumn = page.teacherModel()->columnCount() - 1;
    CHECK(page.teacherModel()->index(0, orderColumn).data().toString().contains(QStringLiteral("125-о")));

    // The search narrows the table, not the model.
    const QString surname = methodists->rowAt(0).name.section(u' ', 0, 0);
    page.findChild<QLineEdit *>(QStringLiteral("search"))->setText(surname.toUpper());
    auto *table = page.findChild<QTableView *>(QStringLiteral("methodists"));
    CHECK(table->model()->rowCount() >= 1);
    CHECK(table->model()->rowCount() < methodists->rowCount());

    REQUIRE(page.orderModel()->rowCount() == 1);
    // With an order, no word on how to make one.
    CHECK(page.findChild<QLabel *>(QStringLiteral("noOrders"))->isHidden());
    const Order &order = page.orderModel()->rowAt(0);
    CHECK(order.number == QStringLiteral("125-о"));
    CHECK(order.academicYear == year);
    CHECK(order.assignmentCount == region.assigned);
    CHECK(page.orderModel()->index(0, 3).data().toLongLong() == region.assigned);
}

TEST_CASE("order dialog takes a planning run's assignments once", "[gui][assignment]")
{
    PlannedRegion region(120, 4);
    region.apply();
    OrderDialog dialog(region.db, currentYear());
    dialog.setPlanningRun(region.runId);
    CHECK(dialog.selectedCount() == region.assigned);
    CHECK_FALSE(okButton(&dialog)->isEnabled()); // no number yet
    dialog.findChild<QLineEdit *>(QStringLiteral("number"))->setText(QStringLiteral("7-о"));
    REQUIRE(okButton(&dialog)->isEnabled());
    okButton(&dialog)->click();
    REQUIRE(dialog.orderId() > 0);
    AssignmentFilter ofOrder;
    ofOrder.orderId = dialog.orderId();
    CHECK(AssignmentRepository(region.db).count(ofOrder).value() == region.assigned);

    // Everything is in an order now: a second one has nothing to take.
    OrderDialog second(region.db, currentYear());
    second.findChild<QLineEdit *>(QStringLiteral("number"))->setText(QStringLiteral("8-о"));
    CHECK(second.selectedCount() == 0);
    CHECK_FALSE(okButton(&second)->isEnabled());
    CHECK_FALSE(second.findChild<QLabel *>(QStringLiteral("error"))->text().isEmpty());
}

TEST_CASE("order settings check the layout as it is edited", "[gui][assignment]")
{
    Scratch scratch;
    Database db;
    REQUIRE(db.open(test::databaseLocation(scratch, QStringLiteral("settings.sqlite"))).ok());
    OrderSettingsDialog dialog(db);
    CHECK(okButton(&dialog)->isEnabled());
    auto *fontSize = dialog.findChild<QSpinBox *>(QStringLiteral("fontSize"));
    REQUIRE(fontSize);
    fontSize->setValue(16);
    CHECK_FALSE(okButton(&dialog)->isEnabled());
    CHECK_FALSE(dialog.findChild<QLabel *>(QStringLiteral("problem"))->text().isEmpty());
    fontSize->setValue(13);
    dialog.findChild<QLineEdit *>(QStringLiteral("institution"))->setText(QStringLiteral("КОИРО"));
    REQUIRE(okButton(&dialog)->isEnabled());
    okButton(&dialog)->click();
    const OrderSettings saved = OrderService(db).settings().value();
    CHECK(saved.institution == QStringLiteral("КОИРО"));
    CHECK(saved.layout.fontSize == 13);
    CHECK(saved.layout.fontFamily == OrderLayout().fontFamily); // not a local substitute
}

TEST_CASE("methodists over capacity or short of the requirements stand out", "[gui][assignment]")
{
    MethodistLoadModel model;
    MethodistLoadRow full;
    full.name = QStringLiteral("Полная Анна");
    full.capacity = 60;
    full.load = 61;
    MethodistLoadRow short_;
    short_.name = QStringLiteral("Неполная Вера");
    short_.load = 10;
    short_.shortfalls = QStringList{QStringLiteral("нет высшей категории")};
    MethodistLoadRow fine;
    fine.name = QStringLiteral("Обычная Ольга");
    fine.load = 60;
    model.setRows({full, short_, fine});
    const QModelIndex load = model.index(0, MethodistLoadModel::LoadColumn);
    CHECK(load.data().toString() == QStringLiteral("61 / 60"));
    CHECK(load.data(Qt::BackgroundRole).isValid());
    CHECK(model.index(0, 0).data(Qt::ToolTipRole).toString().contains(QStringLiteral("61")));
    CHECK_FALSE(model.index(1, 0).data(Qt::BackgroundRole).isValid());
    CHECK(model.index(1, 0).data(Qt::ForegroundRole).isValid());
    CHECK(model.index(1, 2).data(Qt::ToolTipRole).toString().contains(QStringLiteral("нет высшей категории")));
    CHECK_FALSE(model.index(2, 0).data(Qt::BackgroundRole).isValid());
    CHECK_FALSE(model.index(2, 0).data(Qt::ForegroundRole).isValid());
    CHECK(model.index(2, 0).data(Qt::ToolTipRole).isNull());
}

TEST_CASE("plan dialog shows the order of assignment and the methodists it leaves out", "[gui][assignment]")
{
    PlannedRegion region;
    Database &db = region.db;
    const QString year = currentYear();
    // Every methodist meets the РМА requirements but one.
    const auto loads = MethodistRepository(db).withLoad(year);
    REQUIRE(loads.ok());
    REQUIRE_FALSE(loads->isEmpty());
    const DictionaryRepository dictionaries(db);
    const qint64 highest =
        dictionaries.findByCodeOrName(QStringLiteral("qualification_categories"), QStringLiteral("highest")).value();
    const qint64 pedagogical =
        dictionaries.findByCodeOrName(QStringLiteral("education_levels"), QStringLiteral("higher_pedagogical")).value();
    for (const MethodistLoadRow &row : loads.value()) {
        Methodist m = MethodistRepository(db).get(row.id).value();
        m.qualificationCategoryId = row.id == loads->front().id ? 0 : highest;
        m.educationLevelId = pedagogical;
        m.experienceYears = std::max(m.experienceYears.value_or(0), 5);
        REQUIRE(MethodistWriter(db).update(m).ok());
    }
    const Methodist shortOne = MethodistRepository(db).get(loads->front().id).value();
    AssignmentService service(db);
    const PlanReport expected = service.report(service.plan({year, 0, 0}).value()).value();
    REQUIRE(expected.leftOut.size() == 1);
    CHECK(expected.leftOut[0].methodistId == shortOne.id);

    PlanDialog dialog(db, year);
    dialog.show();
    auto *include = dialog.findChild<QCheckBox *>(QStringLiteral("includeIneligible"));
    auto *priorities = dialog.findChild<QTableView *>(QStringLiteral("priorities"));
    auto *leftOut = dialog.findChild<QTableView *>(QStringLiteral("leftOut"));
    REQUIRE(include);
    REQUIRE(priorities);
    REQUIRE(leftOut);
    CHECK(dialog.findChild<QPushButton *>(QStringLiteral("priorityOrder")));
    CHECK_FALSE(include->isChecked());
    dialog.compute();
    REQUIRE(QTest::qWaitFor([&] { return !dialog.isWorking(); }, 20000));
    REQUIRE(dialog.report().has_value());
    CHECK(priorities->model()->rowCount() == 3);
    CHECK(priorities->model()->index(0, PlanPriorityModel::WaitingColumn).data().toLongLong()
          == expected.priorities[0].candidates);
    CHECK(priorities->model()->index(0, PlanPriorityModel::CoveredColumn).data().toLongLong()
          == expected.priorities[0].covered);
    REQUIRE(leftOut->model()->rowCount() == 1);
    CHECK(leftOut->model()->index(0, 3).data().toString().contains(expected.leftOut[0].shortfalls.first()));
    const QString summary = dialog.findChild<QLabel *>(QStringLiteral("summary"))->text();
    CHECK(summary.contains(expected.coverageText(QLocale()).toHtmlEscaped()));

    // Asked to, the plan gives that methodist teachers too.
    include->setChecked(true);
    CHECK_FALSE(dialog.report().has_value());
    dialog.compute();
    REQUIRE(QTest::qWaitFor([&] { return !dialog.isWorking(); }, 20000));
    REQUIRE(dialog.report().has_value());
    CHECK(leftOut->model()->rowCount() == 0);
    CHECK(dialog.report()->assigned >= expected.assigned);
    bool planned = false;
    for (const PlanReport::Load &load : dialog.report()->loads)
        planned = planned || load.methodistId == shortOne.id;
    CHECK(planned);
}

TEST_CASE("priority dialog edits the order of assignment rank by rank", "[gui][assignment]")
{
    Scratch scratch;
    Database db;
    REQUIRE(db.open(test::databaseLocation(scratch, QStringLiteral("priority.sqlite"))).ok());
    REQUIRE(Setup::initialise(db, QStringLiteral("kaliningrad")).ok());
    const QString lowResults = QStringLiteral("low_results"), school = PriorityOrder::lowResultSchoolCode(),
                  difficulties = QStringLiteral("professional_difficulties"),
                  young = QStringLiteral("young_specialists"), burnout = QStringLiteral("burnout");

    PriorityDialog dialog(db);
    auto *ranks = dialog.findChild<QListWidget *>(QStringLiteral("ranks"));
    REQUIRE(ranks);
    const auto click = [&dialog](const char *name) {
        auto *button = dialog.findChild<QPushButton *>(QString::fromLatin1(name));
        REQUIRE(button);
        REQUIRE(button->isEnabled());
        button->click();
    };
    REQUIRE(ranks->count() == 3);
    CHECK(dialog.order() == PriorityOrder::shipped());
    CHECK(ranks->item(0)->text().startsWith(QStringLiteral("1. ")));
    ranks->setCurrentRow(0);
    CHECK_FALSE(dialog.findChild<QPushButton *>(QStringLiteral("up"))->isEnabled());

    ranks->setCurrentRow(1);
    click("up");
    CHECK(dialog.order().ranks() == QList<QStringList>{{difficulties}, {lowResults, school}, {young}});
    click("down");
    click("up");
    ranks->setCurrentRow(1);
    click("split");
    CHECK(dialog.order().ranks() == QList<QStringList>{{difficulties}, {lowResults}, {school}, {young}});
    ranks->setCurrentRow(2);
    click("join");
    CHECK(dialog.order().ranks() == QList<QStringList>{{difficulties}, {lowResults, school}, {young}});
    auto *available = dialog.findChild<QComboBox *>(QStringLiteral("available"));
    REQUIRE(available);
    CHECK(available->findData(lowResults) < 0); // in the order already
    available->setCurrentIndex(available->findData(burnout));
    click("add");
    CHECK(dialog.order().ranks().size() == 4);
    CHECK(dialog.order().ranks().last() == QStringList{burnout});
    ranks->setCurrentRow(2);
    click("remove");
    CHECK(dialog.order().ranks() == QList<QStringList>{{difficulties}, {lowResults, school}, {burnout}});
    okButton(&dialog)->click();
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(PriorityService::order(db).value() == dialog.order());

    // Restore Defaults shows the shipped order; Cancel keeps the saved one.
    PriorityDialog again(db);
    CHECK(again.order() == dialog.order());
    again.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::RestoreDefaults)->click();
    CHECK(again.order() == PriorityOrder::shipped());
    again.reject();
    CHECK(PriorityService::order(db).value() == dialog.order());
}
