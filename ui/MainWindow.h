#pragma once

#include <QMainWindow>

#include <memory>
#include <vector>

class QLabel;
class QListWidget;
class QMenu;
class QStackedWidget;

namespace metodist {

class Database;
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

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createPages();
    void newDatabase();
    void newDemoDatabase();
    void openDatabaseDialog();
    void backupDatabase();
    void checkDatabase();
    void chooseLanguage(const QString &code);
    void showAbout();
    void rememberRecent(const QString &location);
    void rebuildRecentMenu();
    void updateTitle();
    void showError(const QString &title, const QString &message);

    std::unique_ptr<Database> m_db;
    QListWidget *m_navigation;
    QStackedWidget *m_stack;
    std::vector<Page *> m_pages;
    QMenu *m_recentMenu = nullptr;
    QLabel *m_databaseLabel;
};

} // namespace metodist
