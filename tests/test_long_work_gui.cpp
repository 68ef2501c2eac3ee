// Long work in the window goes through BackgroundTask: on a database file it
// runs on a worker thread (the call that starts it returns at once, the
// result comes in the finished() slot), its progress dialog's Cancel stops
// it, and a stopped write leaves nothing behind. A database in memory runs
// the same work on the GUI thread and must come to the same ends.
#include <catch2/catch.hpp>

#include "MainWindow.h"
#include "TestSupport.h"
#include "dialogs/ImportWizard.h"
#include "dialogs/PlanDialog.h"
#include "domain/AcademicYear.h"
#include "services/DemoRegion.h"
#include "services/Setup.h"
#include "storage/AssignmentRepository.h"
#include "storage/Database.h"
#include "storage/TeacherRepository.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QSqlQuery>
#include <QTest>

using namespace metodist;
using metodist::test::Scratch;

namespace {

constexpr int patienceMs = 20000;

QString fixture(const char *name)
{
    return QDir(QStringLiteral(METODIST_FIXTURES)).filePath(QString::fromUtf8(name));
}

QString currentYear()
{
    return AcademicYear::containing(QDate::currentDate()).text();
}

void generate(Database &db)
{
    DemoOptions options;
    options.teachers = 300;
    options.methodists = 8;
    options.supportData = false; // the dialog plans the assignments itself
    REQUIRE(DemoRegion::generate(db, options).ok());
}

qint64 planningRuns(const Database &db)
{
    auto runs = db.exec(QStringLiteral("SELECT count(*) FROM planning_runs"));
    REQUIRE(runs.ok());
    REQUIRE(runs.value().next());
    return runs.value().value(0).toLongLong();
}

// The window's connection holds the write lock, so the work waits for it.
// On SQLite the transaction alone does that (BEGIN IMMEDIATE); a server's
// transaction waits for nobody, so it also locks the tables the work writes
// against writing (reading stays free).
void holdWrites(Database &db, const QString &tables)
{
    if (test::onServer())
        REQUIRE(db.exec(QStringLiteral("LOCK TABLE %1 IN EXCLUSIVE MODE").arg(tables)).ok());
}

// Presses Cancel in the progress dialog of the work `owner` started, as the
// user does (the dialog may not be shown yet: it waits a moment first).
void pressCancel(QWidget &owner)
{
    // The dialogs of work that has ended are deleted later: now.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    const auto dialogs = owner.findChildren<QProgressDialog *>(QStringLiteral("backgroundProgress"));
    REQUIRE(dialogs.size() == 1);
    auto *cancel = dialogs.first()->findChild<QPushButton *>();
    REQUIRE(cancel);
    cancel->click();
}

} // namespace

TEST_CASE("long work: the plan dialog computes and writes on a worker thread over a file", "[gui][longwork]")
{
    Scratch scratch;
    Database db;
    REQUIRE(db.open(test::databaseLocation(scratch, QStringLiteral("plan.sqlite"))).ok());
    generate(db);
    AssignmentRepository assignments(db);

    PlanDialog dialog(db, currentYear());
    dialog.show();
    auto *compute = dialog.findChild<QPushButton *>(QStringLiteral("compute"));
    auto *apply = dialog.findChild<QPushButton *>(QStringLiteral("apply"));
    REQUIRE(compute);
    REQUIRE(apply);
    dialog.compute();
    // compute() has returned before the plan came: the window was free meanwhile.
    CHECK(dialog.isWorking());
    CHECK_FALSE(dialog.report().has_value());
    CHECK_FALSE(compute->isEnabled());
    REQUIRE(QTest::qWaitFor([&] { return !dialog.isWorking(); }, patienceMs));
    REQUIRE(dialog.report().has_value());
    const qint64 planned = dialog.report()->assigned;
    REQUIRE(planned > 0);
    CHECK(compute->isEnabled());
    CHECK(apply->isEnabled());

    SECTION("applied: the whole plan written, delivered in the finished slot")
    {
        apply->click();
        CHECK(dialog.isWorking());
        CHECK(dialog.runId() == 0);
        CHECK_FALSE(apply->isEnabled());
        REQUIRE(QTest::qWaitFor([&] { return !dialog.isWorking(); }, patienceMs));
        CHECK(dialog.result() == QDialog::Accepted);
        REQUIRE(dialog.runId() > 0);
        AssignmentFilter ofRun;
        ofRun.planningRunId = dialog.runId();
        CHECK(assignments.count(ofRun).value() == planned);
        CHECK(planningRuns(db) == 1);
    }

    SECTION("cancelled: the computation shows nothing, the write leaves nothing")
    {
        dialog.compute();
        pressCancel(dialog);
        REQUIRE(QTest::qWaitFor([&] { return !dialog.isWorking(); }, patienceMs));
        CHECK_FALSE(dialog.report().has_value());
        CHECK_FALSE(apply->isEnabled());
        CHECK(compute->isEnabled());

        dialog.compute();
        REQUIRE(QTest::qWaitFor([&] { return !dialog.isWorking(); }, patienceMs));
        REQUIRE(dialog.report().has_value());
        {
            // The window's connection holds the write lock, so the work waits
            // for it and is surely still running when Cancel is pressed.
            Transaction hold(db);
            REQUIRE(hold.status().ok());
            holdWrites(db, QStringLiteral("planning_runs, assignments"));
            apply->click();
            REQUIRE(dialog.isWorking());
            pressCancel(dialog);
        }
        REQUIRE(QTest::qWaitFor([&] { return !dialog.isWorking(); }, patienceMs));
        CHECK(dialog.result() != QDialog::Accepted);
        CHECK(dialog.runId() == 0);
        // Core's word: the write stopped at its first step and rolled back.
        CHECK(dialog.errorText() == AssignmentWriter::tr("Cancelled; nothing was written."));
        CHECK(assignments.count({}).value() == 0);
        CHECK(planningRuns(db) == 0);
        // Nothing changed, so the plan still holds and can be applied after all.
        REQUIRE(dialog.report().has_value());
        REQUIRE(apply->isEnabled());
        apply->click();
        REQUIRE(QTest::qWaitFor([&] { return !dialog.isWorking(); }, patienceMs));
        CHECK(dialog.result() == QDialog::Accepted);
        CHECK(assignments.count({}).value() == planned);
    }
}

TEST_CASE("long work: the import wizard checks and imports on a worker thread over a file", "[gui][longwork]")
{
    Scratch scratch;
    Database db;
    REQUIRE(db.open(test::databaseLocation(scratch, QStringLiteral("import.sqlite"))).ok());
    REQUIRE(Setup::initialise(db, QStringLiteral("tyumen")).ok());

    ImportWizard wizard(db, ImportKind::Teachers);
    wizard.show();
    wizard.setFile(fixture("teachers_cp1251.csv"));
    wizard.next();
    REQUIRE(wizard.currentId() == ImportWizard::ColumnsPage);
    wizard.next();
    // The check runs on its own thread: the page stays and its buttons wait.
    CHECK(wizard.isWorking());
    CHECK(wizard.currentId() == ImportWizard::ColumnsPage);
    for (QWizard::WizardButton which : {QWizard::BackButton, QWizard::NextButton, QWizard::CancelButton})
        CHECK_FALSE(wizard.button(which)->isEnabled());
    REQUIRE(QTest::qWaitFor([&] { return !wizard.isWorking(); }, patienceMs));
    REQUIRE(wizard.currentId() == ImportWizard::CheckPage);
    CHECK(wizard.lastReport().dataRows == 3);
    CHECK(wizard.button(QWizard::FinishButton)->isEnabled());
    CHECK(wizard.button(QWizard::CancelButton)->isEnabled());
    CHECK(wizard.button(QWizard::BackButton)->isEnabled());
    CHECK(TeacherRepository(db).count().value() == 0);

    {
        // Cancelled while the work waits for the write lock the window holds.
        Transaction hold(db);
        REQUIRE(hold.status().ok());
        holdWrites(db, QStringLiteral("teachers"));
        wizard.button(QWizard::FinishButton)->click();
        REQUIRE(wizard.isWorking());
        CHECK_FALSE(wizard.button(QWizard::FinishButton)->isEnabled());
        pressCancel(wizard);
    }
    REQUIRE(QTest::qWaitFor([&] { return !wizard.isWorking(); }, patienceMs));
    CHECK(wizard.isVisible());
    CHECK(wizard.result() != QDialog::Accepted);
    CHECK(wizard.currentId() == ImportWizard::CheckPage);
    CHECK(TeacherRepository(db).count().value() == 0);
    auto *box = wizard.findChild<QMessageBox *>(QStringLiteral("importMessage"));
    REQUIRE(box);
    CHECK(box->icon() == QMessageBox::Information);
    CHECK(box->text() == ImportWizard::tr("The import was cancelled; the database was not changed."));
    box->close();
    CHECK(wizard.button(QWizard::FinishButton)->isEnabled());

    // And imported after all, the result delivered in the finished slot.
    wizard.button(QWizard::FinishButton)->click();
    CHECK(wizard.isWorking());
    REQUIRE(QTest::qWaitFor([&] { return !wizard.isWorking(); }, patienceMs));
    CHECK(wizard.result() == QDialog::Accepted);
    CHECK(wizard.lastReport().created == 3);
    CHECK(TeacherRepository(db).count().value() == 3);
}

// A database in memory is SQLite's alone.
TEST_CASE("long work: a database in memory runs the same work on the GUI thread", "[gui][longwork][sqlite-only]")
{
    Database db;
    REQUIRE(db.open(QStringLiteral(":memory:")).ok());
    generate(db);

    PlanDialog plan(db, currentYear());
    plan.show();
    plan.compute();
    // No second connection to a database in memory: done before compute() returns.
    CHECK_FALSE(plan.isWorking());
    REQUIRE(plan.report().has_value());
    const qint64 planned = plan.report()->assigned;
    REQUIRE(planned > 0);
    plan.apply();
    CHECK_FALSE(plan.isWorking());
    CHECK(plan.result() == QDialog::Accepted);
    CHECK(AssignmentRepository(db).count({}).value() == planned);

    Database tyumen;
    REQUIRE(tyumen.open(QStringLiteral(":memory:")).ok());
    REQUIRE(Setup::initialise(tyumen, QStringLiteral("tyumen")).ok());
    ImportWizard wizard(tyumen, ImportKind::Teachers);
    wizard.show();
    wizard.setFile(fixture("teachers_cp1251.csv"));
    wizard.next();
    REQUIRE(wizard.currentId() == ImportWizard::ColumnsPage);
    wizard.next();
    // The page changes once the check's slot is over, not inside it.
    REQUIRE(QTest::qWaitFor([&] { return !wizard.isWorking(); }, patienceMs));
    REQUIRE(wizard.currentId() == ImportWizard::CheckPage);
    wizard.button(QWizard::FinishButton)->click();
    REQUIRE(QTest::qWaitFor([&] { return !wizard.isWorking(); }, patienceMs));
    CHECK(wizard.result() == QDialog::Accepted);
    CHECK(wizard.lastReport().created == 3);
    CHECK(TeacherRepository(tyumen).count().value() == 3);
}

// The window makes a demonstration database as a new file only.
TEST_CASE("long work: a cancelled demonstration database leaves no file", "[gui][longwork][sqlite-only]")
{
    Scratch scratch;
    const QString path = scratch.path(QStringLiteral("demo.sqlite"));
    MainWindow window;
    window.show();
    window.makeDemoDatabase(path);
    CHECK(window.isMakingDemo());
    pressCancel(window);
    REQUIRE(QTest::qWaitFor([&] { return !window.isMakingDemo(); }, patienceMs));
    for (const char *suffix : {"", "-wal", "-shm"})
        CHECK_FALSE(QFile::exists(path + QString::fromLatin1(suffix)));
    CHECK(window.currentLocation() != path);
}
