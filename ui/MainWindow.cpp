#include "MainWindow.h"

#include "Application.h"
#include "BackgroundTask.h"
#include "dialogs/GuideDialog.h"
#include "dialogs/PriorityDialog.h"
#include "domain/ReferenceData.h"
#include "pages/AssignmentPage.h"
#include "pages/CataloguePage.h"
#include "pages/NetworkPage.h"
#include "pages/DictionariesPage.h"
#include "pages/EventsPage.h"
#include "pages/HomePage.h"
#include "pages/MonitoringPage.h"
#include "pages/RegistryPage.h"
#include "pages/RoadmapPage.h"
#include "pages/RoutesPage.h"
#include "pages/UsersPage.h"
#include "pages/WorkLogPage.h"
#include "services/DemoRegion.h"
#include "services/Setup.h"
#include "storage/AccessRepository.h"
#include "storage/ChangeWatch.h"
#include "storage/Database.h"
#include "storage/ServerAddress.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFile>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>

namespace metodist {

namespace {

constexpr int maxRecentFiles = 8;
const QString recentKey = QStringLiteral("files/recent");

QString databaseFilter()
{
    return MainWindow::tr("Metodist databases (*.sqlite *.db);;All files (*)");
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_navigation(new QListWidget(this))
    , m_stack(new QStackedWidget(this))
    , m_databaseLabel(new QLabel(this))
    , m_roleButton(new QPushButton(this))
    , m_watch(new ChangeWatch(this))
    , m_activationCheck(new QTimer(this))
    , m_applyLater(new QTimer(this))
    , m_demoTask(new BackgroundTask(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/metodist.svg")));
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setIconSize(QSize(24, 24));
    m_navigation->setSpacing(2);
    QFont navFont = m_navigation->font();
    navFont.setPointSizeF(navFont.pointSizeF() * 1.15);
    m_navigation->setFont(navFont);

    createPages();
    auto *splitter = new QSplitter(this);
    splitter->setObjectName(QStringLiteral("mainSplitter"));
    splitter->addWidget(m_navigation);
    splitter->addWidget(m_stack);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    int widest = 0;
    for (const QString &title : areaTitles())
        widest = std::max(widest, m_navigation->fontMetrics().horizontalAdvance(title));
    m_navigation->setMinimumWidth(widest + m_navigation->iconSize().width() + 48);
    splitter->setSizes({m_navigation->minimumWidth(), 900});
    setCentralWidget(splitter);
    statusBar()->addPermanentWidget(m_databaseLabel);
    // The role on a server, a click away from what it allows and why.
    m_roleButton->setObjectName(QStringLiteral("role"));
    m_roleButton->setFlat(true);
    m_roleButton->setVisible(false);
    connect(m_roleButton, &QPushButton::clicked, this, &MainWindow::showAccess);
    statusBar()->addPermanentWidget(m_roleButton);
    createActions();

    connect(m_navigation, &QListWidget::currentRowChanged, this, &MainWindow::showArea);

    connect(m_watch, &ChangeWatch::changed, this, &MainWindow::changedElsewhere);
    // An activation looks once the event that caused it is over: a page
    // that reloads after its own modal job (an import) has done so by then.
    m_activationCheck->setSingleShot(true);
    m_activationCheck->setInterval(0);
    connect(m_activationCheck, &QTimer::timeout, this, &MainWindow::checkForChanges);
    connect(qApp, &QGuiApplication::applicationStateChanged, this, [this](Qt::ApplicationState state) {
        if (state == Qt::ApplicationActive)
            m_activationCheck->start();
    });
    m_applyLater->setSingleShot(true);
    m_applyLater->setInterval(500);
    connect(m_applyLater, &QTimer::timeout, this, &MainWindow::applyChanges);
    m_demoTask->useProgressDialog(0);
    connect(m_demoTask, &BackgroundTask::finished, this, &MainWindow::demoDatabaseMade);

    QSettings settings;
    resize(1180, 760);
    restoreGeometry(settings.value(QStringLiteral("mainWindow/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("mainWindow/state")).toByteArray());
    // The page is remembered by name: pages added in a later version do not
    // shift it (an index opened the wrong page once Главная came first).
    const QString remembered = settings.value(QStringLiteral("mainWindow/page")).toString();
    const auto found = std::find_if(m_pages.begin(), m_pages.end(),
                                    [&remembered](const Page *page) { return page->objectName() == remembered; });
    m_navigation->setCurrentRow(found == m_pages.end() ? 0 : int(found - m_pages.begin()));
    updateTitle();
}

MainWindow::~MainWindow()
{
    m_watch->setDatabase(nullptr);
    for (Page *page : m_pages)
        page->setDatabase(nullptr);
}

void MainWindow::createPages()
{
    auto *home = new HomePage(m_stack);
    m_pages.push_back(home);
    m_pages.push_back(new RegistryPage(ImportKind::Methodists, m_stack));
    m_pages.push_back(new RegistryPage(ImportKind::Teachers, m_stack));
    m_pages.push_back(new AssignmentPage(m_stack));
    m_pages.push_back(new RoadmapPage(m_stack));
    m_pages.push_back(new WorkLogPage(m_stack));
    m_pages.push_back(new RoutesPage(m_stack));
    m_pages.push_back(new CataloguePage(m_stack));
    m_pages.push_back(new NetworkPage(m_stack));
    m_pages.push_back(new EventsPage(m_stack));
    auto *monitoring = new MonitoringPage(m_stack);
    m_pages.push_back(monitoring);
    m_pages.push_back(new DictionariesPage(m_stack));
    m_pages.push_back(new UsersPage(m_stack));

    const QStringList icons{QStringLiteral("home"),     QStringLiteral("methodists"), QStringLiteral("teachers"),
                            QStringLiteral("assignment"), QStringLiteral("roadmap"),  QStringLiteral("worklog"),
                            QStringLiteral("routes"),   QStringLiteral("catalogue"), QStringLiteral("network"), QStringLiteral("calendar"),   QStringLiteral("monitoring"),
                            QStringLiteral("dictionaries"), QStringLiteral("users")};
    for (size_t i = 0; i < m_pages.size(); ++i) {
        Page *page = m_pages[i];
        m_stack->addWidget(page);
        auto *item = new QListWidgetItem(QIcon(QStringLiteral(":/icons/%1.svg").arg(icons.value(int(i)))),
                                         page->title(), m_navigation);
        item->setSizeHint(QSize(0, 40));
        connect(page, &Page::statusMessage, this, [this](const QString &text) { statusBar()->showMessage(text, 8000); });
        connect(page, &Page::refreshedAfterWriting, this, [this, page] { pageRefreshedAfterWriting(page); });
    }
    connect(home, &HomePage::monitoringRequested, this, [this, monitoring] {
        showArea(int(std::find(m_pages.begin(), m_pages.end(), monitoring) - m_pages.begin()));
    });
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *create = file->addAction(tr("&New database…"), this, &MainWindow::newDatabase);
    create->setShortcut(QKeySequence::New);
    QAction *open = file->addAction(tr("&Open database…"), this, &MainWindow::openDatabaseDialog);
    open->setShortcut(QKeySequence::Open);
    file->addAction(tr("&Connect to a server…"), this, &MainWindow::connectToServer);
    file->addAction(tr("New &demonstration database…"), this, &MainWindow::newDemoDatabase);
    m_recentMenu = file->addMenu(tr("Open &recent"));
    file->addSeparator();
    file->addAction(tr("&Back up the database…"), this, &MainWindow::backupDatabase);
    file->addAction(tr("&Check the database"), this, &MainWindow::checkDatabase);
    file->addSeparator();
    QAction *quit = file->addAction(tr("E&xit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    rebuildRecentMenu();

    QMenu *settingsMenu = menuBar()->addMenu(tr("&Settings"));
    QMenu *language = settingsMenu->addMenu(tr("&Language"));
    auto *group = new QActionGroup(this);
    for (const auto &[code, name] : {std::pair{QStringLiteral("ru"), QStringLiteral("Русский")},
                                     std::pair{QStringLiteral("en"), QStringLiteral("English")}}) {
        QAction *action = language->addAction(name);
        action->setCheckable(true);
        action->setChecked(Application::language() == code);
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, code] { chooseLanguage(code); });
    }
    m_priorityAction = settingsMenu->addAction(tr("&Order of assignment…"), this, &MainWindow::editPriorityOrder);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *guide = help->addAction(tr("&User guide"), this, &MainWindow::showGuide);
    guide->setObjectName(QStringLiteral("userGuide"));
    guide->setShortcut(QKeySequence(Qt::Key_F1));
    help->addAction(tr("My &rights in this registry…"), this, &MainWindow::showAccess);
    help->addSeparator();
    help->addAction(tr("&About Metodist"), this, &MainWindow::showAbout);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

QStringList MainWindow::areaTitles() const
{
    QStringList titles;
    for (const Page *page : m_pages)
        titles << page->title();
    return titles;
}

void MainWindow::showArea(int index)
{
    if (index < 0 || index >= int(m_pages.size()))
        return;
    if (m_navigation->currentRow() != index)
        m_navigation->setCurrentRow(index);
    m_stack->setCurrentIndex(index);
    // The monitoring page opens with the figures, as the home page has them.
    if (auto *monitoring = qobject_cast<MonitoringPage *>(m_stack->widget(index)))
        monitoring->computeIfEmpty();
}

QString MainWindow::currentLocation() const
{
    return m_db ? m_db->location() : QString();
}

bool MainWindow::openDatabase(const QString &location, Opening opening, const QString &regionCode)
{
    auto db = std::make_unique<Database>();
    const OpenOptions options = opening == Opening::Create ? OpenOptions::creating() : OpenOptions::existing();
    if (Status status = db->open(location, options); !status) {
        showError(tr("Cannot open the database"), status.message());
        return false;
    }
    if (db->wasCreated() || !regionCode.isEmpty()) {
        if (auto setup = Setup::initialise(*db, regionCode); !setup) {
            showError(tr("Cannot open the database"), setup.message());
            return false;
        }
    }
    m_watch->setDatabase(nullptr);
    m_changesPending = false;
    for (Page *page : m_pages)
        page->setDatabase(nullptr);
    m_db = std::move(db);
    // The role first: pages read what it lets them see.
    auto access = AccessRepository(*m_db).current();
    m_access = access ? access.value() : SessionAccess::everything(QString(), m_db->dialect() != Dialect::SQLite);
    applyAccess();
    for (Page *page : m_pages)
        page->setDatabase(m_db.get());
    m_watch->setDatabase(m_db.get());
    rememberRecent(m_db->location());
    updateTitle();
    if (!m_db->upgradeBackupPath().isEmpty())
        statusBar()->showMessage(tr("The database was upgraded; a copy of the old file is in %1.")
                                     .arg(m_db->upgradeBackupPath()));
    return true;
}

void MainWindow::openStartupDatabase(const QString &requested)
{
    if (!requested.isEmpty()) {
        openDatabase(requested);
        return;
    }
    const QStringList recent = QSettings().value(recentKey).toStringList();
    if (!recent.isEmpty() && (Database::isServerUrl(recent.first()) || QFileInfo::exists(recent.first()))
        && openDatabase(recent.first()))
        return;
    // The default file is made on first start.
    openDatabase(Database::defaultLocation(), Opening::Create);
}

void MainWindow::newDatabase()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("New database"),
                                                      QDir::home().filePath(tr("metodist.sqlite")), databaseFilter());
    if (path.isEmpty())
        return;
    if (QFileInfo::exists(path)) {
        showError(tr("New database"), tr("The file «%1» already exists; choose another name or open it.").arg(path));
        return;
    }
    QStringList names{tr("No region (add municipalities by hand)")};
    QStringList codes{QString()};
    for (const RegionPreset &region : ReferenceData::regions()) {
        names << region.name;
        codes << region.code;
    }
    bool ok = false;
    const QString chosen = QInputDialog::getItem(this, tr("New database"), tr("Region of the database:"), names, 0,
                                                 false, &ok);
    if (!ok)
        return;
    if (openDatabase(path, Opening::Create, codes.value(names.indexOf(chosen))))
        statusBar()->showMessage(tr("Created %1.").arg(path), 8000);
}

void MainWindow::newDemoDatabase()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("New demonstration database"),
                                                      QDir::home().filePath(tr("metodist-demo.sqlite")),
                                                      databaseFilter());
    if (!path.isEmpty())
        makeDemoDatabase(path);
}

void MainWindow::makeDemoDatabase(const QString &path)
{
    if (m_demoTask->isRunning())
        return;
    if (QFileInfo::exists(path)) {
        // Never into a file that is there: a failure removes what it made.
        showError(tr("New demonstration database"),
                  tr("The file «%1» already exists; choose another name.").arg(path));
        return;
    }
    // Made on a worker thread with a connection of its own, opened there.
    m_demoPath = path;
    m_demoTask->startStandalone(tr("Generating a region of Kaliningrad's size…"), [path](Progress &progress) {
        Status status = Status::success();
        {
            Database db;
            status = db.open(path, OpenOptions::creating());
            if (status)
                status = DemoRegion::generate(db, DemoOptions{}, &progress).status();
        }
        if (!status) {
            // Nothing half-made stays behind, also when the window closes meanwhile.
            for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
                QFile::remove(path + suffix);
        }
        return status;
    });
}

bool MainWindow::isMakingDemo() const
{
    return m_demoTask->isRunning();
}

void MainWindow::demoDatabaseMade(const QString &error)
{
    if (!error.isEmpty() && m_demoTask->wasStopped()) {
        statusBar()->showMessage(error, 8000); // the user knows why
        return;
    }
    if (!error.isEmpty())
        return showError(tr("New demonstration database"), error);
    openDatabase(m_demoPath);
}

void MainWindow::openDatabaseDialog()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open database"),
                                                      QFileInfo(currentLocation()).absolutePath(), databaseFilter());
    if (!path.isEmpty())
        openDatabase(path);
}

// An office's shared registry: the address of its PostgreSQL database. The
// password is not asked for: libpq reads it from ~/.pgpass or PGPASSWORD, and
// an address with one in it is refused, so none reaches the recent list.
void MainWindow::connectToServer()
{
    QString suggestion = QStringLiteral("postgresql://%1@server/metodist").arg(qEnvironmentVariable("USER"));
    for (const QString &location : QSettings().value(recentKey).toStringList())
        if (Database::isServerUrl(location)) {
            suggestion = location;
            break;
        }
    bool accepted = false;
    const QString url = QInputDialog::getText(
        this, tr("Connect to a server"),
        tr("The address of the office's database on its PostgreSQL server,\n"
           "postgresql://user@server:5432/database. The password is taken from\n"
           "~/.pgpass (or the PGPASSWORD variable), never from the address.\n"
           "An empty database gets a new registry."),
        QLineEdit::Normal, suggestion, &accepted).trimmed();
    if (!accepted || url.isEmpty())
        return;
    if (auto address = ServerAddress::parse(url); !address)
        return showError(tr("Connect to a server"), address.message());
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const bool opened = openDatabase(url, Opening::Create);
    QApplication::restoreOverrideCursor();
    if (!opened)
        return;
    // The description is a courtesy: when the server cannot give it, the
    // status bar names the address instead.
    const auto described = m_db->serverDescription();
    statusBar()->showMessage(tr("Connected: %1.").arg(described ? described.value() : url), 8000);
}

void MainWindow::editPriorityOrder()
{
    if (!m_db)
        return;
    PriorityDialog dialog(*m_db, this);
    dialog.exec();
}

void MainWindow::backupDatabase()
{
    if (!m_db)
        return;
    const QFileInfo info(m_db->location());
    QString suggestion = info.dir().filePath(
        QStringLiteral("%1-%2.sqlite").arg(info.completeBaseName(), QDate::currentDate().toString(Qt::ISODate)));
    QString filter = databaseFilter();
    if (Database::isServerUrl(m_db->location())) { // pg_dump's file, read back by pg_restore
        const auto address = ServerAddress::parse(m_db->location());
        suggestion = QDir::home().filePath(QStringLiteral("%1-%2.dump").arg(
            address ? address.value().database : QStringLiteral("metodist"), QDate::currentDate().toString(Qt::ISODate)));
        filter = tr("PostgreSQL copies (*.dump)");
    }
    const QString path = QFileDialog::getSaveFileName(this, tr("Back up the database"), suggestion, filter,
                                                      nullptr, QFileDialog::DontConfirmOverwrite);
    if (path.isEmpty())
        return;
    if (Status status = m_db->backupTo(path); !status)
        return showError(tr("Backup"), status.message());
    statusBar()->showMessage(tr("Backup written to %1.").arg(path), 8000);
}

void MainWindow::checkDatabase()
{
    if (!m_db)
        return;
    auto problems = m_db->integrityCheck();
    if (!problems)
        return showError(tr("Database check"), problems.message());
    if (problems.value().isEmpty())
        QMessageBox::information(this, tr("Database check"),
                                 tr("No problems found. Schema version: %1.").arg(m_db->schemaVersion()));
    else
        showError(tr("Database check"), tr("Problems found:\n%1").arg(problems.value().join(u'\n')));
}

void MainWindow::chooseLanguage(const QString &code)
{
    if (code == Application::language())
        return;
    Application::setLanguage(code);
    QMessageBox::information(this, tr("Language"), tr("The language changes when the program is started again."));
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Metodist"),
                       tr("<h3>Metodist %1</h3>"
                          "<p>The registry of the regional methodical active, assignment of teachers to regional "
                          "methodists, roadmaps, individual routes and monitoring of methodical support.</p>"
                          "<p>Database: %2<br>Schema version: %3</p>")
                           .arg(Application::version(), currentLocation().toHtmlEscaped(),
                                m_db ? QString::number(m_db->schemaVersion()) : QStringLiteral("—")));
}

void MainWindow::applyAccess()
{
    for (size_t i = 0; i < m_pages.size(); ++i) {
        m_pages[i]->setAccess(m_access);
        // The users page is the administrator's, on a server.
        if (qobject_cast<UsersPage *>(m_pages[i]))
            if (QListWidgetItem *item = m_navigation->item(int(i)))
                item->setHidden(!m_access.may(Capability::ManageUsers));
    }
    if (m_priorityAction)
        m_priorityAction->setVisible(m_access.may(Capability::PlanAssignments));
    m_roleButton->setText(m_access.summary());
    m_roleButton->setToolTip(tr("What this role may do, and why"));
    m_roleButton->setVisible(m_access.onServer);
}

void MainWindow::showAccess()
{
    QStringList paragraphs;
    for (const QString &line : m_access.explanation())
        paragraphs << QStringLiteral("<p>%1</p>").arg(line.toHtmlEscaped());
    QMessageBox::information(this, tr("My rights in this registry"), paragraphs.join(QString()));
}

void MainWindow::showGuide()
{
    // One guide window, brought forward when it is open already.
    if (!m_guide) {
        m_guide = new GuideDialog(GuideDialog::locate(QCoreApplication::applicationDirPath()), this);
        m_guide->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_guide->show();
    m_guide->raise();
    m_guide->activateWindow();
}

void MainWindow::rememberRecent(const QString &location)
{
    QSettings settings;
    QStringList recent = settings.value(recentKey).toStringList();
    // A server is remembered by its address (which never holds a password).
    const QString absolute = Database::isServerUrl(location) ? location : QFileInfo(location).absoluteFilePath();
    recent.removeAll(absolute);
    recent.prepend(absolute);
    while (recent.size() > maxRecentFiles)
        recent.removeLast();
    settings.setValue(recentKey, recent);
    rebuildRecentMenu();
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = QSettings().value(recentKey).toStringList();
    for (const QString &path : recent)
        m_recentMenu->addAction(QDir::toNativeSeparators(path), this, [this, path] { openDatabase(path); });
    m_recentMenu->setEnabled(!recent.isEmpty());
}

void MainWindow::updateTitle()
{
    QString file = m_db ? QFileInfo(m_db->location()).fileName() : QString();
    const bool server = m_db && Database::isServerUrl(m_db->location());
    if (server) {
        const auto address = ServerAddress::parse(m_db->location());
        file = address ? tr("%1 on the server").arg(address.value().database) : m_db->location();
    }
    setWindowTitle(file.isEmpty() ? tr("Metodist") : tr("%1 — Metodist").arg(file));
    // A server's address can be long (a socket folder): the status bar names
    // the database, the tooltip gives the whole address.
    m_databaseLabel->setText(!m_db   ? tr("No database is open")
                             : server ? tr("Database: %1 (schema %2)").arg(file).arg(m_db->schemaVersion())
                                      : tr("Database: %1 (schema %2)")
                                            .arg(QDir::toNativeSeparators(m_db->location()))
                                            .arg(m_db->schemaVersion()));
    m_databaseLabel->setToolTip(m_db ? QDir::toNativeSeparators(m_db->location()) : QString());
}

void MainWindow::showError(const QString &title, const QString &message)
{
    QMessageBox::warning(this, title, message);
}

void MainWindow::checkForChanges()
{
    m_watch->check();
    applyChanges();
}

void MainWindow::changedElsewhere()
{
    m_changesPending = true;
    applyChanges();
}

void MainWindow::applyChanges()
{
    if (!m_changesPending || !m_db)
        return;
    // Reading under an open editor or the import wizard could pull the rows
    // they work on from under them: after they are closed.
    if (QApplication::activeModalWidget()) {
        m_applyLater->start();
        return;
    }
    m_changesPending = false;
    auto *shown = qobject_cast<Page *>(m_stack->currentWidget());
    for (Page *page : m_pages)
        if (page != shown)
            page->markStale();
    if (shown)
        shown->reloadKeepingView();
    statusBar()->showMessage(tr("The database was changed by another program or window; the data shown is up to "
                                "date again."),
                             8000);
}

void MainWindow::pageRefreshedAfterWriting(Page *page)
{
    // The page has read its own job's change already; the others read it when shown.
    if (!m_watch->acknowledge() && !m_changesPending)
        return;
    m_changesPending = false;
    for (Page *other : m_pages)
        if (other != page)
            other->markStale();
}

void MainWindow::changeEvent(QEvent *event)
{
    QMainWindow::changeEvent(event);
    if (event->type() == QEvent::ActivationChange && isActiveWindow())
        m_activationCheck->start();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("mainWindow/state"), saveState());
    if (const int row = m_navigation->currentRow(); row >= 0 && row < int(m_pages.size()))
        settings.setValue(QStringLiteral("mainWindow/page"), m_pages[size_t(row)]->objectName());
    settings.remove(QStringLiteral("mainWindow/area"));
    event->accept();
}

} // namespace metodist
