// Pictures of what a person sees, for reviewing the UI without a desktop:
//   QT_QPA_PLATFORM=offscreen build/bench/metodist-screenshots DB.sqlite FILE.csv OUTDIR
// writes the teachers page (also sorted by organisation), the editor of the first teacher, and the import
// wizard's column, value-mapping (when the file has values no dictionary
// knows) and check pages for FILE.csv; then, on a demonstration
// region made in OUTDIR (2000 teachers, 40 methodists), the plan preview, the
// assignment page's two tabs after the plan is applied, the manual
// assignment dialog with a warning, the order dialogs and a teacher's card.
//   metodist-screenshots --network-unit DB.sqlite OUTDIR
// writes the editor of the network unit with the most members and an empty one.
//   metodist-screenshots --gantt DB.sqlite OUTDIR
// writes the timeline (Gantt) of the first roadmap, with its legend and today's line.
//   xvfb-run -a -s "-screen 0 1366x768x24" metodist-screenshots --dialogs DB.sqlite OUTDIR
// writes every dialog a user can open (DialogShots.cpp), each opened by its
// button or menu command on a copy of DB, as dialog-AREA-WHAT.png; it fails
// (exit code 3) when a dialog is larger than 1366×768 and marks on stderr
// those taller than 700.
//   metodist-screenshots --guide DB.sqlite OUTDIR
// writes the pictures of the user guide (GuideShots.cpp; scripts/guide-images.sh
// runs it into docs/guide/images).
// DB is a demonstration region: metodist-cli --db DB.sqlite demo --region kaliningrad.
#include "Application.h"
#include "ShotSupport.h"
#include "MainWindow.h"
#include "services/RoadmapService.h"
#include "pages/GanttChart.h"
#include "dialogs/AssignDialog.h"
#include "dialogs/ImportWizard.h"
#include "dialogs/NetworkUnitDialog.h"
#include "dialogs/OrderDialog.h"
#include "dialogs/OrderSettingsDialog.h"
#include "dialogs/PersonDialog.h"
#include "dialogs/PlanDialog.h"
#include "domain/AcademicYear.h"
#include "models/AssignmentModels.h"
#include "models/RegistryModel.h"
#include "pages/AssignmentPage.h"
#include "pages/RegistryPage.h"
#include "services/DemoRegion.h"
#include "services/NetworkService.h"
#include "services/OrderService.h"
#include "documents/OrderPdf.h"
#include "storage/OrderRepository.h"
#include "storage/AssignmentRepository.h"
#include "storage/Database.h"

#include <QApplication>
#include <QListWidget>
#include <QElapsedTimer>
#include <QTextStream>
#include <QDir>
#include <QEventLoop>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>

using namespace metodist;

namespace {

using shots::save;
using shots::waitWhile;

int assignmentShots(const QDir &out)
{
    const QString path = out.filePath(QStringLiteral("assignment-demo.sqlite"));
    QFile::remove(path);
    {
        Database db;
        DemoOptions options;
        options.teachers = 2000;
        options.methodists = 40;
        options.supportData = false; // the plan dialog needs teachers left to assign
        if (!db.open(path).ok() || !DemoRegion::generate(db, options).ok())
            return 1;
        const QString year = AcademicYear::containing(QDate::currentDate()).text();
        PlanDialog plan(db, year);
        plan.compute();
        waitWhile([&plan] { return plan.isWorking(); });
        save(plan, out, QStringLiteral("plan-preview.png"));
        plan.apply();
        waitWhile([&plan] { return plan.isWorking(); });
        if (plan.runId() == 0)
            return 1;
        OrderDialog order(db, year);
        order.setPlanningRun(plan.runId());
        save(order, out, QStringLiteral("order-dialog.png"));
        auto draft = OrderService(db).draft(year, QStringLiteral("125-о"), QDate::currentDate());
        AssignmentFilter ofRun;
        ofRun.planningRunId = plan.runId();
        if (!draft || !OrderService(db).create(draft.value(), ofRun))
            return 1;
        // The print preview, painted by the same code as the PDF.
        auto document = OrderService(db).document(OrderRepository(db).list().value().first().id);
        QPrinter printer(QPrinter::HighResolution);
        QPrintPreviewDialog preview(&printer);
        QObject::connect(&preview, &QPrintPreviewDialog::paintRequested, [&](QPrinter *device) {
            OrderPdf::paint(document.value(), OrderLayout(), device);
        });
        preview.resize(900, 1000);
        save(preview, out, QStringLiteral("order-print-preview.png"));
        preview.findChild<QPrintPreviewWidget *>()->setCurrentPage(2);
        save(preview, out, QStringLiteral("order-print-preview-2.png"));
        OrderService(db).exportTo(OrderRepository(db).list().value().first().id, out.filePath(QStringLiteral("order.pdf")));
        OrderSettingsDialog settings(db);
        save(settings, out, QStringLiteral("order-settings.png"));

        // Two teachers of one methodist, offered a methodist of another subject.
        auto rows = AssignmentRepository(db).list(ofRun);
        if (!rows || rows.value().size() < 2)
            return 1;
        const AssignmentRow first = rows.value().at(0);
        AssignDialog assign(db, {first.teacherId, rows.value().at(1).teacherId});
        for (const MethodistLoadRow &m : MethodistRepository(db).withLoad(year).value())
            if (m.subject != first.methodistSubject && assign.selectMethodist(m.id))
                break;
        save(assign, out, QStringLiteral("assign-warning.png"));
        PersonDialog card(db, ImportKind::Teachers, first.teacherId);
        save(card, out, QStringLiteral("teacher-card-history.png"));
    }

    MainWindow window;
    window.resize(1280, 800);
    window.show();
    if (!window.openDatabase(path))
        return 1;
    window.showArea(3); // Главная, Методисты, Педагоги, Закрепление
    auto *page = window.findChild<AssignmentPage *>(QStringLiteral("assignmentPage"));
    page->findChild<QTableView *>(QStringLiteral("methodists"))->selectRow(0);
    save(window, out, QStringLiteral("assignment-methodists.png"));
    page->findChild<QTabWidget *>(QStringLiteral("tabs"))->setCurrentIndex(1);
    page->findChild<QTableView *>(QStringLiteral("orders"))->selectRow(0);
    save(window, out, QStringLiteral("assignment-orders.png"));
    return 0;
}

} // namespace

// Every page of the window at the two screens an office has (1366×768, the
// common laptop, and 1920×1080): page-NN-WIDTHxHEIGHT.png.
int everyPage(const QString &dbPath, const QDir &out)
{
    MainWindow window;
    window.show();
    if (!window.openDatabase(dbPath))
        return 1;
    auto *navigation = window.findChild<QListWidget *>();
    const int pages = navigation ? navigation->count() : 0;
    bool fits = true;
    // Each page's own least width: the stack takes the widest.
    if (auto *stack = window.findChild<QStackedWidget *>()) {
        for (int i = 0; i < stack->count(); ++i) {
            QWidget *page = stack->widget(i);
            QTextStream(stderr) << "page " << i << " (" << page->metaObject()->className() << "): at least "
                                << page->minimumSizeHint().width() << " wide" << Qt::endl;
            // METODIST_WIDTHS=1: which widgets make a page wide.
            if (qEnvironmentVariableIsSet("METODIST_WIDTHS"))
                for (QWidget *child : page->findChildren<QWidget *>())
                    if (child->isVisibleTo(page) && child->minimumSizeHint().width() > 300)
                        QTextStream(stderr) << "    " << child->metaObject()->className() << " "
                                            << child->objectName() << " " << child->minimumSizeHint().width()
                                            << Qt::endl;
        }
    }
    for (const QSize size : {QSize(1366, 768), QSize(1920, 1080)}) {
        window.resize(size);
        for (int index = 0; index < pages; ++index) {
            window.showArea(index);
            // Pages that load in the background get a moment to fill.
            QElapsedTimer waited;
            waited.start();
            while (waited.elapsed() < 1500)
                QApplication::processEvents(QEventLoop::AllEvents, 50);
            if (size.width() == 1366) {
                // A page wider than the laptop's screen forces the window past it.
                const QSize least = window.minimumSizeHint().expandedTo(window.minimumSize());
                QTextStream(stderr) << "page " << index << ": window at least " << least.width() << "x"
                                    << least.height() << ", shown " << window.width() << "x" << window.height()
                                    << Qt::endl;
                if (window.width() > size.width())
                    fits = false;
            }
            window.grab().save(out.filePath(QStringLiteral("page-%1-%2x%3.png")
                                                .arg(index, 2, 10, QLatin1Char('0'))
                                                .arg(size.width())
                                                .arg(size.height())));
        }
    }
    // The editors of a methodist and a teacher as they open.
    Database db;
    if (!db.open(dbPath).ok())
        return 1;
    if (auto methodists = MethodistRepository(db).withLoad(AcademicYear::containing(QDate::currentDate()).text());
        methodists && !methodists->isEmpty()) {
        PersonDialog card(db, ImportKind::Methodists, methodists->first().id);
        save(card, out, QStringLiteral("dialog-methodist.png"));
    }
    if (auto teachers = AssignmentRepository(db).list({}); teachers && !teachers->isEmpty()) {
        PersonDialog card(db, ImportKind::Teachers, teachers->first().teacherId);
        save(card, out, QStringLiteral("dialog-teacher.png"));
    }
    return pages > 0 && fits ? 0 : 1;
}

// The editor of the network's unit with the most members, and an empty one.
int networkUnitShots(const QString &dbPath, const QDir &out)
{
    Database db;
    if (!db.open(dbPath).ok())
        return 1;
    auto units = NetworkService(db).units();
    if (!units || units.value().isEmpty())
        return 1;
    NetworkUnit biggest = units.value().first();
    for (const NetworkUnit &u : units.value())
        if (u.members > biggest.members)
            biggest = u;
    NetworkUnitDialog editor(db, biggest.id);
    save(editor, out, QStringLiteral("network-unit-editor.png"));
    NetworkUnitDialog empty(db, 0);
    save(empty, out, QStringLiteral("network-unit-editor-new.png"));
    return editor.width() <= 1366 && editor.height() <= 768 ? 0 : 3;
}

// The timeline of the first roadmap of the database, as its dialog shows it.
int ganttShot(const QString &dbPath, const QDir &out)
{
    Database db;
    if (!db.open(dbPath).ok())
        return 1;
    const QDate today = QDate::currentDate();
    const QString year = AcademicYear::containing(today).text();
    RoadmapService roadmaps(db);
    auto overview = roadmaps.overview(year);
    if (!overview || overview->isEmpty())
        return 1;
    auto roadmap = roadmaps.get(overview->first().methodistId, year);
    if (!roadmap)
        return 1;
    GanttChart chart;
    chart.setBars(RoadmapRules::gantt(roadmap.value(), today), today);
    chart.resize(1100, chart.sizeHint().height());
    return chart.grab().save(out.filePath(QStringLiteral("gantt.png"))) ? 0 : 1;
}

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    if (argc == 4 && QString::fromLocal8Bit(argv[1]) == u"--pages") {
        QApplication::setFont(QFont(QStringLiteral("DejaVu Sans"), 10));
        Application::configureIdentity();
        Application::installTranslations(app);
        return everyPage(QString::fromLocal8Bit(argv[2]), QDir(QString::fromLocal8Bit(argv[3])));
    }
    if (argc == 4 && QString::fromLocal8Bit(argv[1]) == u"--gantt") {
        QApplication::setFont(QFont(QStringLiteral("DejaVu Sans"), 10));
        Application::configureIdentity();
        Application::installTranslations(app);
        return ganttShot(QString::fromLocal8Bit(argv[2]), QDir(QString::fromLocal8Bit(argv[3])));
    }
    if (argc == 4 && (QString::fromLocal8Bit(argv[1]) == u"--dialogs" || QString::fromLocal8Bit(argv[1]) == u"--guide")) {
        QApplication::setFont(QFont(QStringLiteral("DejaVu Sans"), 10));
        Application::configureIdentity();
        Application::installTranslations(app);
        const QDir out(QString::fromLocal8Bit(argv[3]));
        if (!out.exists() && !QDir().mkpath(out.path()))
            return 1;
        return QString::fromLocal8Bit(argv[1]) == u"--guide" ? shots::guideShots(QString::fromLocal8Bit(argv[2]), out)
                                                            : shots::dialogShots(QString::fromLocal8Bit(argv[2]), out);
    }
    if (argc == 4 && QString::fromLocal8Bit(argv[1]) == u"--network-unit") {
        QApplication::setFont(QFont(QStringLiteral("DejaVu Sans"), 10));
        Application::configureIdentity();
        Application::installTranslations(app);
        return networkUnitShots(QString::fromLocal8Bit(argv[2]), QDir(QString::fromLocal8Bit(argv[3])));
    }
    if (argc < 4)
        return 2;
    const QString dbPath = QString::fromLocal8Bit(argv[1]);
    const QString csv = QString::fromLocal8Bit(argv[2]);
    const QDir out(QString::fromLocal8Bit(argv[3]));
    QApplication::setFont(QFont(QStringLiteral("DejaVu Sans"), 10));
    Application::configureIdentity();
    Application::installTranslations(app);

    MainWindow window;
    window.resize(1280, 800);
    window.show();
    if (!window.openDatabase(dbPath))
        return 1;
    window.showArea(2); // Главная, Методисты, Педагоги
    QApplication::processEvents();
    window.grab().save(out.filePath(QStringLiteral("teachers-page.png")));

    auto *page = window.findChild<RegistryPage *>(QStringLiteral("teachersPage"));
    // Sorted by organisation as a header click does it (the view asks the model).
    page->findChild<QTableView *>()->sortByColumn(3, Qt::AscendingOrder);
    QApplication::processEvents();
    window.grab().save(out.filePath(QStringLiteral("teachers-page-by-organisation.png")));
    page->findChild<QTableView *>()->sortByColumn(0, Qt::AscendingOrder);

    Database db;
    if (!db.open(dbPath).ok())
        return 1;
    PersonDialog editor(db, ImportKind::Teachers, page->model()->idAt(0));
    editor.show();
    QApplication::processEvents();
    editor.grab().save(out.filePath(QStringLiteral("teacher-editor.png")));
    PersonDialog methodist(db, ImportKind::Methodists, 0);
    methodist.show();
    QApplication::processEvents();
    methodist.grab().save(out.filePath(QStringLiteral("methodist-editor-empty.png")));

    ImportWizard wizard(db, ImportKind::Teachers);
    wizard.show();
    wizard.setFile(csv);
    wizard.next();
    QApplication::processEvents();
    wizard.grab().save(out.filePath(QStringLiteral("import-columns.png")));
    wizard.next();
    waitWhile([&wizard] { return wizard.isWorking(); });
    QApplication::processEvents();
    if (wizard.currentId() == ImportWizard::MappingPage) {
        // Values no dictionary knows: the mapping step, as the check offers it.
        wizard.grab().save(out.filePath(QStringLiteral("import-mapping.png")));
        wizard.next();
        waitWhile([&wizard] { return wizard.isWorking(); });
        QApplication::processEvents();
    }
    wizard.grab().save(out.filePath(QStringLiteral("import-check.png")));
    return assignmentShots(out);
}
