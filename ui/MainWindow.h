#pragma once

#include "domain/Access.h"

#include <QMainWindow>
#include <QPointer>

#include <memory>
#include <vector>

class QLabel;
class QPushButton;
class QListWidget;
class QMenu;
class QStackedWidget;
class QTimer;

namespace metodist {

class BackgroundTask;
class ChangeWatch;
class Database;
class GuideDialog;
class Page;

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens (creating and filling with the dictionaries when new) a database
    // file; on failure shows why and keeps the current one.
    // Opens an existing database; Create also makes a missing file (a new
    // database, or the default one on first start), with the region's presets.
    enum class Opening { Existing, Create };
    bool openDatabase(const QString &location, Opening opening = Opening::Existing, const QString &regionCode = {});
    // The file given on the command line, else the last one used, else the
    // default file in the user's data folder.
    void openStartupDatabase(const QString &requested = {});
    QString currentLocation() const;
    QStringList areaTitles() const;
    void showArea(int index);
    // Makes a demonstration region in the new file `path` on a worker thread,
    // under a progress dialog with Cancel, and opens it when it is made (the
    // menu's command after its file dialog). A failed or cancelled one leaves
    // no file behind.
    void makeDemoDatabase(const QString &path);
    bool isMakingDemo() const;

    // Looks whether another program, another window or a job of this one
    // changed the database, and if so reads the page shown again (the others
    // when they are shown next). Called when the window is activated and on
    // the watch's slow timer; while a modal dialog is open (an editor, the
    // import wizard) the reading waits until it is closed.
    void checkForChanges();
    ChangeWatch *changeWatch() const { return m_watch; }

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void createActions();
    void createPages();
    void newDatabase();
    void newDemoDatabase();
    void demoDatabaseMade(const QString &error);
    void openDatabaseDialog();
    void connectToServer();
    void backupDatabase();
    void checkDatabase();
    void editPriorityOrder();
    void chooseLanguage(const QString &code);
    void showAbout();
    // What the connected role may do, and why (Help → «Мои права», the role in the status bar).
    void showAccess();
    void applyAccess();
    void showGuide();
    void rememberRecent(const QString &location);
    void rebuildRecentMenu();
    void updateTitle();
    void showError(const QString &title, const QString &message);
    void changedElsewhere();
    void applyChanges();
    void pageRefreshedAfterWriting(Page *page);

    std::unique_ptr<Database> m_db;
    QListWidget *m_navigation;
    QStackedWidget *m_stack;
    std::vector<Page *> m_pages;
    QMenu *m_recentMenu = nullptr;
    QLabel *m_databaseLabel;
    QPushButton *m_roleButton;
    QAction *m_priorityAction = nullptr;
    SessionAccess m_access;
    ChangeWatch *m_watch;
    // A change seen while a modal dialog was open, to be read after it.
    bool m_changesPending = false;
    QTimer *m_activationCheck;
    QTimer *m_applyLater;
    BackgroundTask *m_demoTask;
    QString m_demoPath; // the demonstration database being made
    QPointer<GuideDialog> m_guide; // the user guide, while it is open
};

} // namespace metodist
