// metodist-screenshots --dialogs DB.sqlite OUTDIR: every dialog a user can
// open, each opened as the user opens it (a button of its page, a menu) on a
// copy of DB (a demonstration region: metodist-cli demo), into one folder:
// dialog-AREA-WHAT.png. The automatic plan and the order after it
// are shown on a second region made with nobody assigned yet. Sizes go to
// stderr, with a mark on those taller than 700 (they do not fit a 768 screen
// with a title bar and a panel); the exit code is 3 when a dialog is larger
// than 1366×768.
#include "ShotSupport.h"

#include "dialogs/ConflictDialog.h"
#include "dialogs/ImportWizard.h"
#include "dialogs/NetworkUnitDialog.h"
#include "dialogs/PlanDialog.h"
#include "domain/AcademicYear.h"
#include "pages/MonitoringPage.h"
#include "services/DemoRegion.h"
#include "services/NetworkService.h"
#include "storage/Database.h"

#include <QAction>
#include <QCheckBox>
#include <QCoreApplication>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTextBrowser>

using namespace metodist;

namespace shots {

namespace {

QString tr(const char *context, const char *text)
{
    return QCoreApplication::translate(context, text);
}

// A menu command of the window by its text.
QAction *menuAction(MainWindow &window, const QString &text)
{
    for (QAction *action : window.menuBar()->findChildren<QAction *>())
        if (action->text() == text)
            return action;
    for (QMenu *menu : window.findChildren<QMenu *>())
        for (QAction *action : menu->actions())
            if (action->text() == text)
                return action;
    return nullptr;
}

} // namespace

bool makePlanningRegion(const QString &path)
{
    QFile::remove(path);
    Database db;
    DemoOptions options;
    options.teachers = 2000;
    options.methodists = 40;
    options.supportData = false; // the plan needs teachers left to assign
    return db.open(path).ok() && DemoRegion::generate(db, options).ok();
}

int dialogShots(const QString &dbPath, const QDir &out)
{
    QTemporaryDir temp;
    const QString work = QDir(temp.path()).filePath(QStringLiteral("work.sqlite"));
    if (!temp.isValid() || !QFile::copy(dbPath, work))
        return 1;
    QList<QSize> sizes;
    const auto shot = [&sizes](QSize size) { sizes << size; };

    MainWindow window;
    window.resize(1366, 768);
    window.show();
    if (!window.openDatabase(work))
        return 1;

    // The registries: the editors of a person, new and existing, and the manual assignment.
    if (QWidget *page = showPage(window, QStringLiteral("methodistsPage"))) {
        selectRow(page, QStringLiteral("registryTable"));
        shot(shootButton(page, tr("metodist::RegistryPage", "&Edit…"), out, QStringLiteral("dialog-methodist-edit.png")));
        shot(shootButton(page, tr("metodist::RegistryPage", "&Add…"), out, QStringLiteral("dialog-methodist-new.png")));
    }
    if (QWidget *page = showPage(window, QStringLiteral("teachersPage"))) {
        selectRow(page, QStringLiteral("registryTable"));
        // The teacher's card, and from it the forms of a course and of a diagnostics result.
        shot(shootButton(page, tr("metodist::RegistryPage", "&Edit…"), out, QStringLiteral("dialog-teacher-edit.png"),
                         [&](QDialog *card) {
                             shot(shootButton(card, tr("metodist::DevelopmentPanel", "Add ПК…"), out,
                                              QStringLiteral("dialog-teacher-add-course.png")));
                             shot(shootButton(card, tr("metodist::DevelopmentPanel", "Add diagnostics…"), out,
                                              QStringLiteral("dialog-teacher-add-diagnostics.png")));
                             shot(shootButton(card, QStringLiteral("historyButton"), out,
                                              QStringLiteral("dialog-teacher-history.png")));
                         }));
        shot(shootButton(page, QStringLiteral("assign"), out, QStringLiteral("dialog-teacher-assign.png")));
    }
    // The import wizard, step by step, on a file with values no dictionary knows.
    {
        Database db;
        if (db.open(work).ok()) {
            ImportWizard wizard(db, ImportKind::Teachers);
            wizard.show();
            wizard.setFile(QStringLiteral(METODIST_BENCH_DIR "/guide-teachers.csv"));
            settle(300);
            save(wizard, out, QStringLiteral("dialog-import-1-file.png"));
            wizard.next();
            settle(300);
            save(wizard, out, QStringLiteral("dialog-import-2-columns.png"));
            wizard.next();
            waitWhile([&wizard] { return wizard.isWorking(); });
            settle(300);
            if (wizard.currentId() == ImportWizard::MappingPage) {
                save(wizard, out, QStringLiteral("dialog-import-3-mapping.png"));
                wizard.next();
                waitWhile([&wizard] { return wizard.isWorking(); });
                settle(300);
            }
            save(wizard, out, QStringLiteral("dialog-import-4-check.png"));
            shot(wizard.size());
        }
    }
    // Assignment: ending an assignment, the order's dialogs.
    if (QWidget *page = showPage(window, QStringLiteral("assignmentPage"))) {
        selectRow(page, QStringLiteral("methodists"));
        for (QTableView *table : page->findChildren<QTableView *>())
            if (table->objectName() != QLatin1String("methodists") && table->isVisible() && table->model()->rowCount()) {
                table->selectRow(0);
                break;
            }
        settle(300);
        shot(shootButton(page, QStringLiteral("endAssignment"), out, QStringLiteral("dialog-assignment-end.png")));
        page->findChild<QTabWidget *>(QStringLiteral("tabs"))->setCurrentIndex(1);
        settle(300);
        shot(shootButton(page, QStringLiteral("newOrder"), out, QStringLiteral("dialog-order-new.png")));
        shot(shootButton(page, tr("metodist::OrdersPanel", "Order se&ttings…"), out,
                         QStringLiteral("dialog-order-settings.png")));
    }
    // The roadmap: a stage's dates, an activity, closing a stage, the timeline, a new roadmap, the lists of the summing up.
    if (QWidget *page = showPage(window, QStringLiteral("roadmapPage"))) {
        selectRow(page, QStringLiteral("roadmaps"));
        selectRow(page, QStringLiteral("stages"), 5);
        selectRow(page, QStringLiteral("activities"));
        shot(shootButton(page, QStringLiteral("planStage"), out, QStringLiteral("dialog-roadmap-stage-dates.png")));
        shot(shootButton(page, QStringLiteral("editActivity"), out, QStringLiteral("dialog-roadmap-activity.png")));
        shot(shootButton(page, QStringLiteral("addActivity"), out, QStringLiteral("dialog-roadmap-activity-new.png")));
        shot(shootButton(page, QStringLiteral("closeStage"), out, QStringLiteral("dialog-roadmap-close-stage.png")));
        shot(shootButton(page, QStringLiteral("timeline"), out, QStringLiteral("dialog-roadmap-timeline.png")));
        shot(shootButton(page, QStringLiteral("createRoadmap"), out, QStringLiteral("dialog-roadmap-new.png")));
        page->findChild<QTabWidget *>(QStringLiteral("roadmapTabs"))->setCurrentIndex(1);
        settle(500);
        int n = 1;
        for (QAbstractButton *show : page->findChildren<QAbstractButton *>())
            if (show->objectName().startsWith(QLatin1String("show")) && show->isVisible())
                shot(shootDialog([show] { show->click(); }, out,
                                 QStringLiteral("dialog-roadmap-summary-list-%1.png").arg(n++)));
    }
    if (QWidget *page = showPage(window, QStringLiteral("workLogPage"))) {
        selectRow(page, QStringLiteral("workLog"));
        shot(shootButton(page, QStringLiteral("editEntry"), out, QStringLiteral("dialog-worklog-entry.png")));
        shot(shootButton(page, QStringLiteral("addEntry"), out, QStringLiteral("dialog-worklog-entry-new.png")));
    }
    if (QWidget *page = showPage(window, QStringLiteral("routesPage"))) {
        selectRow(page, QStringLiteral("routes"));
        selectRow(page, QStringLiteral("routeItems"));
        shot(shootButton(page, QStringLiteral("editItem"), out, QStringLiteral("dialog-route-item.png")));
        // A teacher found and chosen: the items the diagnostics suggest.
        shot(shootButton(page, QStringLiteral("createRoute"), out, QStringLiteral("dialog-route-from-diagnostics.png"),
                         [](QDialog *dialog) {
                             dialog->findChild<QLineEdit *>()->setText(QStringLiteral("Иван"));
                             settle(500);
                             if (auto *matches = dialog->findChild<QListWidget *>(QStringLiteral("teacherMatches")))
                                 matches->setCurrentRow(0);
                         }));
        shot(shootButton(page, QStringLiteral("createEmptyRoute"), out, QStringLiteral("dialog-route-empty.png")));
    }
    if (QWidget *page = showPage(window, QStringLiteral("eventsPage"))) {
        selectRow(page, {});
        shot(shootButton(page, QStringLiteral("editEvent"), out, QStringLiteral("dialog-event.png")));
        shot(shootButton(page, QStringLiteral("addEvent"), out, QStringLiteral("dialog-event-new.png")));
    }
    if (QWidget *page = showPage(window, QStringLiteral("networkPage"))) {
        shot(shootButton(page, QStringLiteral("addNetworkUnit"), out, QStringLiteral("dialog-network-unit-new.png")));
        // The unit with the most members, as a double click on its row opens it.
        Database db;
        if (db.open(work).ok()) {
            if (auto units = NetworkService(db).units(); units && !units->isEmpty()) {
                NetworkUnit biggest = units->first();
                for (const NetworkUnit &unit : units.value())
                    if (unit.members > biggest.members)
                        biggest = unit;
                NetworkUnitDialog editor(db, biggest.id, &window);
                save(editor, out, QStringLiteral("dialog-network-unit.png"));
                shot(editor.size());
            }
        }
    }
    if (auto *page = qobject_cast<MonitoringPage *>(showPage(window, QStringLiteral("monitoringPage")))) {
        page->computeIfEmpty();
        waitWhile([page] { return page->isComputing(); });
        settle(500);
        shot(shootButton(page, QStringLiteral("enterValues"), out, QStringLiteral("dialog-monitoring-manual-values.png")));
        if (page->report() && !page->report()->indicators.isEmpty()) {
            const QString code = page->report()->indicators.first().code;
            shot(shootDialog([page, code] { page->openDrillDown(code, DrillPart::Numerator, 0); }, out,
                             QStringLiteral("dialog-monitoring-list.png")));
        }
    }
    // The menus' dialogs.
    if (QAction *priority = menuAction(window, tr("metodist::MainWindow", "&Order of assignment…")))
        shot(shootDialog([priority] { priority->trigger(); }, out, QStringLiteral("dialog-settings-priority.png")));
    if (QAction *guide = window.findChild<QAction *>(QStringLiteral("userGuide")))
    {
        shot(shootDialog([guide] { guide->trigger(); }, out, QStringLiteral("dialog-help-guide.png")));
        // Further in: the roadmap's table of stages and a picture (in a new
        // window: the closed one is deleted first).
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        shot(shootDialog([guide] { guide->trigger(); }, out, QStringLiteral("dialog-help-guide-roadmap.png"),
                         [](QDialog *dialog) { dialog->findChild<QTextBrowser *>()->scrollToAnchor(QStringLiteral("roadmap")); }));
    }
    if (QAction *about = menuAction(window, tr("metodist::MainWindow", "&About Metodist")))
        shot(shootDialog([about] { about->trigger(); }, out, QStringLiteral("dialog-help-about.png")));

    // An editor's save that met someone else's change.
    {
        const QList<FieldDifference> differences{
            {tr("EditFields", "Organisation"), QStringLiteral("МАОУ СОШ № 13"), QStringLiteral("МАОУ СОШ № 8"), true},
            {tr("EditFields", "Position"), QStringLiteral("учитель"), QStringLiteral("заместитель директора"), true},
            {tr("EditFields", "Experience, years"), QStringLiteral("12"), QStringLiteral("11"), false}};
        ConflictDialog conflict(QStringLiteral("Абрамов Семён Петрович"), differences, false, &window);
        save(conflict, out, QStringLiteral("dialog-edit-conflict.png"));
        shot(conflict.size());
    }

    // The automatic plan and the order made from it, on a region nobody is assigned in yet.
    const QString planning = QDir(temp.path()).filePath(QStringLiteral("planning.sqlite"));
    if (!makePlanningRegion(planning) || !window.openDatabase(planning))
        return 1;
    if (QWidget *page = showPage(window, QStringLiteral("assignmentPage"))) {
        // The plan as it opens and its preview; applying it closes the dialog.
        shot(shootButton(page, QStringLiteral("plan"), out, QStringLiteral("dialog-plan-1-start.png"), [&](QDialog *dialog) {
            auto *plan = qobject_cast<PlanDialog *>(dialog);
            save(*plan, out, QStringLiteral("dialog-plan-1-start.png"));
            plan->compute();
            waitWhile([plan] { return plan->isWorking(); });
            settle(300);
            save(*plan, out, QStringLiteral("dialog-plan-2-preview.png"));
            // The order is opened on its own below, not by the plan's end.
            plan->findChild<QCheckBox *>(QStringLiteral("createOrder"))->setChecked(false);
            plan->apply();
            waitWhile([plan] { return plan->isWorking(); });
        }, [](const QImage &, const QString &) {}));
        page->findChild<QTabWidget *>(QStringLiteral("tabs"))->setCurrentIndex(1);
        settle(300);
        shot(shootButton(page, QStringLiteral("newOrder"), out, QStringLiteral("dialog-order-new-after-plan.png")));
    }
    int larger = 0;
    for (const QSize &size : sizes)
        if (size.width() > 1366 || size.height() > 768)
            ++larger;
    QTextStream(stderr) << "dialogs: " << sizes.size() << ", larger than 1366x768: " << larger << Qt::endl;
    return larger == 0 ? 0 : 3;
}

} // namespace shots
