// metodist-screenshots --guide DB.sqlite OUTDIR: the pictures of the user
// guide (docs/guide/images), at the 1366×768 screen, scaled to the guide's
// width. DB is a demonstration region (metodist-cli demo); the tool works on a
// copy of it, and shows the automatic plan and the order on a second region
// made with nobody assigned yet. scripts/guide-images.sh runs it.
#include "ShotSupport.h"

#include "dialogs/ImportWizard.h"
#include "dialogs/PlanDialog.h"
#include "domain/AcademicYear.h"
#include "models/AssignmentModels.h"
#include "pages/MonitoringPage.h"
#include "services/OrderService.h"
#include "storage/Database.h"

#include <QCheckBox>
#include <QCoreApplication>
#include <QMenu>
#include <QMenuBar>
#include <QPainter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTemporaryDir>

using namespace metodist;

namespace shots {

namespace {

// The guide's text column is about this wide; wider pictures are scaled to it.
constexpr int guideWidth = 960;

void store(const QImage &image, const QString &path)
{
    saveScaled(image, path, guideWidth);
}

void window(MainWindow &widget, const QDir &out, const QString &name)
{
    // Not the tool's own doings («the database was changed by another window»).
    widget.statusBar()->clearMessage();
    settle(300);
    store(widget.grab().toImage(), out.filePath(name));
}

void dialog(QWidget &widget, const QDir &out, const QString &name)
{
    widget.show();
    settle(300);
    store(widget.grab().toImage(), out.filePath(name));
}

// The window with the menu `index` of its menu bar open, cut to the corner
// the menu is in.
void menu(MainWindow &main, int index, const QDir &out, const QString &name)
{
    const QList<QAction *> menus = main.menuBar()->actions();
    QMenu *open = index < menus.size() ? menus[index]->menu() : nullptr;
    if (!open)
        return;
    const QRect item = main.menuBar()->actionGeometry(menus[index]);
    open->popup(main.menuBar()->mapToGlobal(item.bottomLeft()));
    settle(300);
    QImage picture = main.grab().toImage();
    {
        QPainter painter(&picture);
        painter.drawPixmap(main.mapFromGlobal(open->pos()), open->grab());
    }
    const QPoint corner = main.mapFromGlobal(open->pos());
    const QRect cut(0, 0, std::min(picture.width(), corner.x() + open->width() + 240),
                    std::min(picture.height(), corner.y() + open->height() + 60));
    open->close();
    store(picture.copy(cut), out.filePath(name));
}

QString tr(const char *context, const char *text)
{
    return QCoreApplication::translate(context, text);
}

} // namespace

int guideShots(const QString &dbPath, const QDir &out)
{
    QTemporaryDir temp;
    const QString work = QDir(temp.path()).filePath(QStringLiteral("metodist.sqlite"));
    if (!temp.isValid() || !QFile::copy(dbPath, work))
        return 1;
    MainWindow main;
    main.resize(1366, 768);
    main.show();
    if (!main.openDatabase(work))
        return 1;

    // First start: the home page, the File and Help menus.
    showPage(main, QString(), 3000);
    window(main, out, QStringLiteral("home.png"));
    menu(main, 0, out, QStringLiteral("menu-file.png"));
    menu(main, main.menuBar()->actions().size() - 1, out, QStringLiteral("menu-help.png"));

    // Task 1: the teachers' list and its import.
    QWidget *teachers = showPage(main, QStringLiteral("teachersPage"));
    window(main, out, QStringLiteral("teachers.png"));
    {
        Database db;
        if (!db.open(work).ok())
            return 1;
        ImportWizard wizard(db, ImportKind::Teachers, &main);
        wizard.show();
        wizard.setFile(QStringLiteral(METODIST_BENCH_DIR "/guide-teachers.csv"));
        dialog(wizard, out, QStringLiteral("import-1-file.png"));
        wizard.next();
        dialog(wizard, out, QStringLiteral("import-2-columns.png"));
        wizard.next();
        waitWhile([&wizard] { return wizard.isWorking(); });
        if (wizard.currentId() == ImportWizard::MappingPage) {
            dialog(wizard, out, QStringLiteral("import-3-mapping.png"));
            wizard.next();
            waitWhile([&wizard] { return wizard.isWorking(); });
        }
        dialog(wizard, out, QStringLiteral("import-4-check.png"));
    }
    if (teachers) {
        selectRow(teachers, QStringLiteral("registryTable"));
        shootButton(teachers, QStringLiteral("assign"), out, QStringLiteral("assign.png"), {}, store);
    }

    // Task 3: the roadmap, before the plan's region replaces the database.
    if (QWidget *page = showPage(main, QStringLiteral("roadmapPage"))) {
        selectRow(page, QStringLiteral("roadmaps"));
        selectRow(page, QStringLiteral("stages"), 5);
        selectRow(page, QStringLiteral("activities"));
        window(main, out, QStringLiteral("roadmap.png"));
        shootButton(page, QStringLiteral("editActivity"), out, QStringLiteral("roadmap-activity.png"), {}, store);
        shootButton(page, QStringLiteral("timeline"), out, QStringLiteral("roadmap-timeline.png"), {}, store);
        page->findChild<QTabWidget *>(QStringLiteral("roadmapTabs"))->setCurrentIndex(1);
        window(main, out, QStringLiteral("roadmap-summary.png"));
    }
    if (QWidget *page = showPage(main, QStringLiteral("routesPage"))) {
        selectRow(page, QStringLiteral("routes"));
        window(main, out, QStringLiteral("routes.png"));
    }

    // Task 4: the monitoring report and a list behind a figure.
    if (auto *page = qobject_cast<MonitoringPage *>(showPage(main, QStringLiteral("monitoringPage")))) {
        page->computeIfEmpty();
        waitWhile([page] { return page->isComputing(); });
        window(main, out, QStringLiteral("monitoring.png"));
        if (page->report() && !page->report()->indicators.isEmpty()) {
            const QString code = page->report()->indicators.first().code;
            shootDialog([page, code] { page->openDrillDown(code, DrillPart::Numerator, 0); }, out,
                        QStringLiteral("monitoring-list.png"), {}, store);
        }
        page->findChild<QTabWidget *>(QStringLiteral("monitoringTabs"))->setCurrentIndex(2);
        window(main, out, QStringLiteral("monitoring-municipalities.png"));
    }

    // Task 2: the automatic plan and the order, on a region nobody is assigned in yet.
    const QString planning = QDir(temp.path()).filePath(QStringLiteral("metodist-2026.sqlite"));
    if (!makePlanningRegion(planning) || !main.openDatabase(planning))
        return 1;
    QWidget *page = showPage(main, QStringLiteral("assignmentPage"));
    if (!page)
        return 1;
    qint64 run = 0;
    shootButton(page, QStringLiteral("plan"), out, QStringLiteral("plan-start.png"), [&](QDialog *shown) {
        auto *plan = qobject_cast<PlanDialog *>(shown);
        plan->compute();
        waitWhile([plan] { return plan->isWorking(); });
        dialog(*plan, out, QStringLiteral("plan-preview.png"));
        // The order is opened on its own below, not by the plan's end.
        plan->findChild<QCheckBox *>(QStringLiteral("createOrder"))->setChecked(false);
        plan->apply();
        waitWhile([plan] { return plan->isWorking(); });
        run = plan->runId();
    }, [](const QImage &, const QString &) {});
    settle(1000);
    selectRow(page, QStringLiteral("methodists"));
    window(main, out, QStringLiteral("assignment.png"));
    page->findChild<QTabWidget *>(QStringLiteral("tabs"))->setCurrentIndex(1);
    settle(300);
    shootButton(page, QStringLiteral("newOrder"), out, QStringLiteral("order-new.png"), {}, store);
    shootButton(page, tr("metodist::OrdersPanel", "Order se&ttings…"), out, QStringLiteral("order-settings.png"), {},
                store);
    {
        Database db;
        if (!db.open(planning).ok())
            return 1;
        const QString year = AcademicYear::containing(QDate::currentDate()).text();
        auto draft = OrderService(db).draft(year, QStringLiteral("125-о"), QDate::currentDate());
        AssignmentFilter ofRun;
        ofRun.planningRunId = run;
        if (run == 0 || !draft || !OrderService(db).create(draft.value(), ofRun))
            return 1;
    }
    main.checkForChanges();
    settle(1500);
    selectRow(page, QStringLiteral("orders"));
    window(main, out, QStringLiteral("orders.png"));
    shootButton(page, tr("metodist::OrdersPanel", "&Print preview…"), out, QStringLiteral("order-preview.png"),
                [](QDialog *preview) { preview->resize(960, 680); }, store);
    return 0;
}

} // namespace shots
