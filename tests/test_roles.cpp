#include <catch2/catch.hpp>

// Roles of a shared registry on a server (schema 12): the server itself
// decides what each login reads and writes — grants and row policies — so
// these cases go past the program's services too, with plain SQL, as a
// modified client would. On a file there are no roles.

#include "MainWindow.h"
#include "SupportFixture.h"
#include "pages/UsersPage.h"
#include "services/RoadmapService.h"
#include "storage/AccessRepository.h"
#include "storage/ServerAddress.h"
#include "storage/WorkLogRepository.h"

#include <QCoreApplication>
#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>
#include <QRegularExpression>

using namespace metodist;
using metodist::test::Scratch;
using metodist::test::SupportRegion;

namespace {

// Logins are the server's (one set for all its databases): unique per run,
// dropped at the end.
struct Logins
{
    Database &admin;
    QStringList made;
    QString name(const QString &stem)
    {
        const QString login = QStringLiteral("%1_%2").arg(stem).arg(QCoreApplication::applicationPid());
        made << login;
        return login;
    }
    ~Logins()
    {
        for (const QString &login : made)
            admin.exec(QStringLiteral("DROP ROLE IF EXISTS %1").arg(login)); // made of [a-z0-9_] here
    }
};

QString as(const QString &url, const QString &login)
{
    ServerAddress address = ServerAddress::parse(url).value();
    address.user = login;
    return address.toUrl();
}

QList<qint64> visibleTeachers(const Database &db)
{
    QList<qint64> ids;
    auto query = db.exec(QStringLiteral("SELECT id FROM teachers ORDER BY id"));
    REQUIRE(query.ok());
    while (query.value().next())
        ids << query.value().value(0).toLongLong();
    return ids;
}

WorkLogEntry entry(SupportRegion &r, qint64 methodistId, qint64 teacherId)
{
    WorkLogEntry e;
    e.methodistId = methodistId;
    e.teacherId = teacherId;
    e.workKindId = r.code(QStringLiteral("work_kinds"), QStringLiteral("lesson_visits"));
    e.workedOn = QDate(2025, 10, 1);
    return e;
}

} // namespace

TEST_CASE("a file has no users: everything is its owner's", "[roles]")
{
    if (test::onServer())
        return;
    SupportRegion r;
    auto access = AccessRepository(r.db).current();
    REQUIRE(access.ok());
    CHECK_FALSE(access.value().onServer);
    CHECK(access.value().may(Capability::EditRegistries));
    CHECK(access.value().may(Capability::PlanAssignments));
    CHECK_FALSE(access.value().may(Capability::ManageUsers));
    const Status refused = AccessWriter(r.db).addAccount(QStringLiteral("ivanova"), StaffRole::Coordinator);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.message().contains(QRegularExpression(QStringLiteral("server|сервер"), QRegularExpression::CaseInsensitiveOption)));
}

TEST_CASE("roles on a server: each login reads and writes what its role allows, whatever the client",
          "[roles][server]")
{
    if (!test::onServer())
        return;
    SupportRegion r;
    Logins logins{r.db, {}};
    const QString url = r.db.location();
    const qint64 first = r.methodist(QStringLiteral("Первова"));
    const qint64 second = r.methodist(QStringLiteral("Вторых"));
    const qint64 t1 = r.teacher(QStringLiteral("Один"));
    const qint64 t2 = r.teacher(QStringLiteral("Два"));
    const qint64 t3 = r.teacher(QStringLiteral("Три"));
    const qint64 t4 = r.teacher(QStringLiteral("Четыре")); // nobody's
    r.assign({t1, t2}, first);
    r.assign({t3}, second);

    // The owner (here a superuser) administers the registry.
    auto owner = AccessRepository(r.db).current();
    REQUIRE(owner.ok());
    CHECK(owner.value().role == StaffRole::Administrator);
    CHECK(owner.value().may(Capability::ManageUsers));

    const QString coordinator = logins.name(QStringLiteral("coord"));
    const QString methodist = logins.name(QStringLiteral("meth"));
    const QString viewer = logins.name(QStringLiteral("view"));
    AccessWriter users(r.db);
    REQUIRE(users.addAccount(coordinator, StaffRole::Coordinator).ok());
    REQUIRE(users.addAccount(viewer, StaffRole::Viewer).ok());
    const Status unlinked = users.addAccount(methodist, StaffRole::Methodist);
    REQUIRE_FALSE(unlinked.ok()); // a methodist's login needs their record
    CHECK(unlinked.message().contains(QStringLiteral("--methodist")));
    REQUIRE(users.addAccount(methodist, StaffRole::Methodist, first).ok());
    CHECK_FALSE(users.addAccount(QStringLiteral("Bad Name; DROP TABLE teachers"), StaffRole::Viewer).ok());
    CHECK_FALSE(users.addAccount(QStringLiteral("metodist_coordinator"), StaffRole::Viewer).ok());

    auto listed = AccessRepository(r.db).accounts();
    REQUIRE(listed.ok());
    QMap<QString, StaffAccount> byLogin;
    for (const StaffAccount &a : listed.value())
        byLogin.insert(a.login, a);
    REQUIRE(byLogin.contains(coordinator));
    CHECK(byLogin[coordinator].role == StaffRole::Coordinator);
    CHECK(byLogin[viewer].role == StaffRole::Viewer);
    CHECK(byLogin[methodist].role == StaffRole::Methodist);
    CHECK(byLogin[methodist].methodistId == first);
    CHECK(byLogin[methodist].methodistName.startsWith(QStringLiteral("Первова")));

    SECTION("a methodist sees their own teachers and keeps their own work")
    {
        Database db;
        REQUIRE(db.open(as(url, methodist), OpenOptions::existing()).ok());
        auto access = AccessRepository(db).current();
        REQUIRE(access.ok());
        CHECK(access.value().role == StaffRole::Methodist);
        CHECK(access.value().methodistId == first);
        CHECK(access.value().may(Capability::EditOwnSupport));
        CHECK_FALSE(access.value().may(Capability::EditRegistries));

        CHECK(visibleTeachers(db) == QList<qint64>{t1, t2});
        CHECK_FALSE(TeacherRepository(db).get(t3).ok());
        WorkLogWriter log(db);
        CHECK(log.insert(entry(r, first, t1)).ok());
        const auto othersTeacher = log.insert(entry(r, first, t3));
        REQUIRE_FALSE(othersTeacher.ok());
        CHECK(othersTeacher.status().dbError() == DbError::Denied);
        CHECK(othersTeacher.message().contains(QRegularExpression(QStringLiteral("role|рол"), QRegularExpression::CaseInsensitiveOption)));
        CHECK_FALSE(log.insert(entry(r, second, t3)).ok());
        CHECK(RoadmapService(db).create(first, SupportRegion::year).ok());
        CHECK_FALSE(RoadmapService(db).create(second, SupportRegion::year).ok());

        // Past the services, as a modified client: still refused, or nothing.
        Teacher renamed = TeacherRepository(db).get(t1).value();
        renamed.lastName = QStringLiteral("Другая");
        const Status update = TeacherWriter(db).update(renamed);
        REQUIRE_FALSE(update.ok());
        CHECK(update.dbError() == DbError::Denied);
        CHECK_FALSE(db.exec(QStringLiteral("INSERT INTO staff_accounts (login, methodist_id) VALUES ('x', ?)"),
                            {second}).ok());
        CHECK_FALSE(db.exec(QStringLiteral("UPDATE staff_accounts SET methodist_id = ?"), {second}).ok());
        auto stolen = db.exec(QStringLiteral("UPDATE work_log SET methodist_id = ? WHERE methodist_id = ?"),
                              {second, first});
        CHECK_FALSE(stolen.ok());
        CHECK_FALSE(AccessWriter(db).addAccount(QStringLiteral("friend_of_meth"), StaffRole::Administrator).ok());
    }
    SECTION("a viewer reads everything and writes nothing")
    {
        Database db;
        REQUIRE(db.open(as(url, viewer), OpenOptions::existing()).ok());
        CHECK(AccessRepository(db).current().value().role == StaffRole::Viewer);
        CHECK(visibleTeachers(db) == QList<qint64>{t1, t2, t3, t4});
        CHECK_FALSE(OrganisationWriter(db).findOrCreate(r.city, QStringLiteral("МАОУ СОШ № 99")).ok());
        CHECK_FALSE(WorkLogWriter(db).insert(entry(r, first, t1)).ok());
        CHECK_FALSE(db.exec(QStringLiteral("DELETE FROM teachers")).ok());
    }
    SECTION("a coordinator keeps the registries but gives no roles")
    {
        Database db;
        REQUIRE(db.open(as(url, coordinator), OpenOptions::existing()).ok());
        CHECK(AccessRepository(db).current().value().role == StaffRole::Coordinator);
        CHECK(visibleTeachers(db).size() == 4);
        CHECK(OrganisationWriter(db).findOrCreate(r.city, QStringLiteral("МАОУ СОШ № 99")).ok());
        auto assigned = AssignmentService(db).assign({{t4}, second, SupportRegion::year, 0, QDate(2025, 9, 1),
                                                      QStringLiteral("тест")});
        CHECK(assigned.ok());
        CHECK(AccessRepository(db).accounts().ok());
        CHECK_FALSE(AccessWriter(db).addAccount(QStringLiteral("friend_of_coord"), StaffRole::Coordinator).ok());
        CHECK_FALSE(db.exec(QStringLiteral("DELETE FROM staff_accounts")).ok());
    }
    SECTION("a new role takes effect at the next connection; a removed one sees nothing")
    {
        REQUIRE(users.setRole(methodist, StaffRole::Viewer).ok());
        REQUIRE(users.removeAccount(viewer).ok());
        Database formerMethodist;
        REQUIRE(formerMethodist.open(as(url, methodist), OpenOptions::existing()).ok());
        CHECK(AccessRepository(formerMethodist).current().value().role == StaffRole::Viewer);
        CHECK(visibleTeachers(formerMethodist).size() == 4);
        // A login without a role cannot even read which schema the registry has.
        Database former;
        const Status refused = former.open(as(url, viewer), OpenOptions::existing());
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.message().contains(QRegularExpression(QStringLiteral("role|рол"), QRegularExpression::CaseInsensitiveOption)));
        CHECK_FALSE(users.setRole(QStringLiteral("nobody_here"), StaffRole::Viewer).ok());
    }
}

TEST_CASE("the command line adds users, lists them and changes roles", "[roles][server][cli]")
{
    if (!test::onServer())
        return;
    SupportRegion r;
    Logins logins{r.db, {}};
    const qint64 first = r.methodist(QStringLiteral("Первова"));
    const QString url = r.db.location();
    const QString login = logins.name(QStringLiteral("clim"));
    const auto cli = [&](const QStringList &arguments) {
        return test::runProgram(QStringLiteral(METODIST_CLI), r.scratch, QStringList{QStringLiteral("--db"), url} + arguments);
    };
    auto added = cli({QStringLiteral("user"), QStringLiteral("add"), login, QStringLiteral("--role"),
                      QStringLiteral("methodist"), QStringLiteral("--methodist"), QString::number(first)});
    INFO(added.err.toStdString());
    REQUIRE(added.exitCode == 0);
    auto list = cli({QStringLiteral("user"), QStringLiteral("list")});
    REQUIRE(list.exitCode == 0);
    CHECK(list.out.contains(login));
    CHECK(list.out.contains(QStringLiteral("Первова")));
    auto role = cli({QStringLiteral("user"), QStringLiteral("role"), login, QStringLiteral("координатор")});
    REQUIRE(role.exitCode == 0);
    auto check = test::runProgram(QStringLiteral(METODIST_CLI), r.scratch,
                                  {QStringLiteral("--db"), as(url, login), QStringLiteral("check")});
    INFO(check.err.toStdString());
    REQUIRE(check.exitCode == 0);
    CHECK(check.out.contains(login));
    CHECK(check.out.contains(SessionAccess::roleTitle(StaffRole::Coordinator)));
    auto wrong = cli({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("x"), QStringLiteral("--role"),
                      QStringLiteral("king")});
    CHECK(wrong.exitCode == 2);
}

TEST_CASE("the window offers a role only the work it may do, and the administrator the users page",
          "[roles][server][gui]")
{
    if (!test::onServer())
        return;
    SupportRegion r;
    Logins logins{r.db, {}};
    const qint64 first = r.methodist(QStringLiteral("Первова"));
    r.assign({r.teacher(QStringLiteral("Один"))}, first);
    const QString url = r.db.location();
    const QString methodist = logins.name(QStringLiteral("winm"));
    REQUIRE(AccessWriter(r.db).addAccount(methodist, StaffRole::Methodist, first).ok());

    const auto usersItemHidden = [](MainWindow &window) {
        auto *navigation = window.findChild<QListWidget *>(QStringLiteral("navigation"));
        REQUIRE(navigation);
        const int row = window.areaTitles().indexOf(UsersPage::tr("Users"));
        REQUIRE(row >= 0);
        return navigation->item(row)->isHidden();
    };
    const auto hidden = [](MainWindow &window, const char *name) {
        auto *button = window.findChild<QPushButton *>(QString::fromLatin1(name));
        REQUIRE(button);
        return button->isHidden();
    };
    {
        MainWindow window;
        REQUIRE(window.openDatabase(as(url, methodist)));
        CHECK(hidden(window, "assign"));       // assignment is a coordinator's
        CHECK(hidden(window, "plan"));
        CHECK(hidden(window, "addEvent"));     // the calendar is the registry's
        CHECK_FALSE(hidden(window, "createRoadmap")); // their own roadmap
        CHECK_FALSE(hidden(window, "addEntry"));      // their own work log
        CHECK(usersItemHidden(window));
        auto *role = window.findChild<QPushButton *>(QStringLiteral("role"));
        REQUIRE(role);
        CHECK(role->text().contains(methodist));
        CHECK(role->text().contains(SessionAccess::roleTitle(StaffRole::Methodist)));
    }
    {
        MainWindow window;
        REQUIRE(window.openDatabase(url));
        CHECK_FALSE(hidden(window, "assign"));
        CHECK_FALSE(hidden(window, "plan"));
        CHECK_FALSE(usersItemHidden(window));
        auto *users = window.findChild<QTableWidget *>(QStringLiteral("users"));
        REQUIRE(users);
        bool listed = false;
        for (int row = 0; row < users->rowCount(); ++row)
            listed = listed || users->item(row, 0)->text() == methodist;
        CHECK(listed);
    }
}
