// What a person sees of the audit: the window that follows another
// connection's commit on a server without being reopened, and the «History
// of changes» dialog of a teacher on either engine.
#include <catch2/catch.hpp>

#include "MainWindow.h"
#include "TestSupport.h"
#include "dialogs/HistoryDialog.h"
#include "dialogs/PersonDialog.h"
#include "models/RegistryModel.h"
#include "pages/RegistryPage.h"
#include "services/AssignmentService.h"
#include "services/PersonService.h"
#include "services/Setup.h"
#include "storage/ChangeWatch.h"
#include "storage/DictionaryRepository.h"
#include "storage/MethodistRepository.h"
#include "storage/TeacherRepository.h"

#include <QAbstractItemModel>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QTimer>

using namespace metodist;
using metodist::test::Scratch;

namespace {

qint64 addTeacher(Database &db, const QString &lastName, qint64 subjectId = 0)
{
    Teacher teacher;
    teacher.lastName = lastName;
    teacher.firstName = QStringLiteral("Анна");
    teacher.subjectId = subjectId;
    auto id = TeacherWriter(db).insert(teacher);
    REQUIRE(id.ok());
    return id.value();
}

RegistryPage *teachersPage(MainWindow &window)
{
    auto *page = window.findChild<RegistryPage *>(QStringLiteral("teachersPage"));
    REQUIRE(page);
    window.showArea(window.areaTitles().indexOf(page->title()));
    return page;
}

QStringList column(const QAbstractItemModel *model, int column)
{
    QStringList texts;
    for (int row = 0; row < model->rowCount(); ++row)
        texts << model->index(row, column).data().toString();
    return texts;
}

} // namespace

TEST_CASE("the window on a server shows what another connection committed, without being asked", "[live][gui]")
{
    if (!test::onServer())
        return;
    Scratch scratch;
    const QString url = test::databaseLocation(scratch, QStringLiteral("shared"));
    {
        Database db;
        REQUIRE(db.open(url).ok());
        REQUIRE(Setup::initialise(db, QStringLiteral("tyumen")).ok());
    }
    MainWindow window;
    REQUIRE(window.openDatabase(url));
    REQUIRE(window.changeWatch()->isEnabled());
    RegistryPage *page = teachersPage(window);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    CHECK(page->model()->total() == 0);

    // The methodist's PC: another connection to the same database.
    Database methodist;
    REQUIRE(methodist.open(url).ok());
    addTeacher(methodist, QStringLiteral("Новая"));
    // Nobody calls checkForChanges(): the server's notification is enough.
    CHECK(QTest::qWaitFor([page] { return page->model()->total() == 1; }, 5000));

}

TEST_CASE("a teacher's history of changes opens from her card and is saved to CSV", "[history][gui]")
{
    Scratch scratch;
    const QString location = test::databaseLocation(scratch, QStringLiteral("history.sqlite"));
    Database db;
    REQUIRE(db.open(location).ok());
    REQUIRE(Setup::initialise(db, QStringLiteral("kaliningrad")).ok());
    DictionaryRepository dictionaries(db);
    const qint64 city = dictionaries.findByName(QStringLiteral("municipalities"),
                                                QStringLiteral("Городской округ «Город Калининград»")).value();
    const qint64 maths = dictionaries.findByName(QStringLiteral("subjects"), QStringLiteral("Математика")).value();
    Methodist m;
    m.lastName = QStringLiteral("Орлов");
    m.firstName = QStringLiteral("Пётр");
    m.municipalityId = city;
    m.subjectId = maths;
    const qint64 methodistId = MethodistWriter(db).insert(m).value();
    const qint64 teacherId = addTeacher(db, QStringLiteral("Ёлкина"), maths);
    REQUIRE(AssignmentService(db).assign({{teacherId}, methodistId, QStringLiteral("2025/2026"), 0, QDate(2025, 9, 1),
                                          QStringLiteral("по заявке")})
                .ok());

    PersonDialog card(db, ImportKind::Teachers, teacherId);
    auto *button = card.findChild<QPushButton *>(QStringLiteral("historyButton"));
    REQUIRE(button);
    bool opened = false;
    QStringList actions, values;
    QString note;
    QTimer::singleShot(0, &card, [&] {
        auto *shown = card.findChild<HistoryDialog *>();
        if (!shown)
            return;
        opened = true;
        actions = column(shown->table()->model(), 2);
        values = column(shown->table()->model(), 6);
        note = shown->noteText();
        const Status written = shown->exportTo(scratch.path(QStringLiteral("history.csv")));
        CHECK(written.ok());
        shown->reject();
    });
    button->click();
    REQUIRE(opened);
    REQUIRE_FALSE(actions.isEmpty());
    CHECK(values.contains(QStringLiteral("Орлов Пётр")));
    const QString csv = QString::fromUtf8(test::readFile(scratch.path(QStringLiteral("history.csv"))));
    CHECK(csv.contains(QStringLiteral("Орлов Пётр")));
    if (test::onServer()) {
        CHECK(note.isEmpty());
        CHECK(actions.contains(HistoryService::tr("Added")));
    } else {
        // A file says plainly that the full history is a server's.
        CHECK(note == HistoryService::fileNote());
        CHECK(actions.contains(HistoryService::tr("Assigned")));
    }
}
