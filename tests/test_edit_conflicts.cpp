// An editor does not save over a record someone else changed (or deleted)
// since it was opened: the core's checked save and the person editor.
#include <catch2/catch.hpp>

#include "SupportFixture.h"
#include "TestSupport.h"
#include "GuiTestSupport.h"
#include "dialogs/ConflictDialog.h"
#include "dialogs/PersonDialog.h"
#include "dialogs/RouteItemDialog.h"
#include "models/RouteModels.h"
#include "pages/RoutesPage.h"
#include "services/EventService.h"
#include "services/RoadmapService.h"
#include "services/RouteService.h"
#include "services/WorkLogService.h"
#include "storage/EventRepository.h"
#include "storage/WorkLogRepository.h"
#include "services/EditFields.h"
#include "services/Importer.h"
#include "services/PersonService.h"
#include "services/Setup.h"
#include "storage/Database.h"
#include "storage/MethodistRepository.h"
#include "storage/OrganisationRepository.h"
#include "storage/TeacherRepository.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScreen>
#include <QSpinBox>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTimer>

using namespace metodist;
using metodist::test::Scratch;

namespace {

QString fixture(const char *name)
{
    return QDir(QStringLiteral(METODIST_FIXTURES)).filePath(QString::fromUtf8(name));
}

// A registry of three teachers in Tyumen region, open twice: as the editor's
// window has it and as another program does.
struct TwoConnections
{
    Scratch scratch;
    QString path = test::databaseLocation(scratch, QStringLiteral("shared.sqlite"));
    Database mine;
    Database other;
    qint64 teacherId = 0;

    TwoConnections()
    {
        REQUIRE(mine.open(path).ok());
        REQUIRE(Setup::initialise(mine, QStringLiteral("tyumen")).ok());
        REQUIRE(Importer(mine, ImportKind::Teachers).importFile(fixture("teachers_cp1251.csv")).ok());
        REQUIRE(other.open(path).ok());
        RegistryFilter filter;
        filter.search = QStringLiteral("Ёлкин");
        const auto rows = TeacherRepository(mine).page(filter, {}, 1);
        REQUIRE(rows.ok());
        REQUIRE(rows.value().size() == 1);
        teacherId = rows.value().first().id;
    }

    Teacher stored(const Database &db) const
    {
        auto teacher = TeacherRepository(db).get(teacherId);
        REQUIRE(teacher.ok());
        return teacher.value();
    }

    void renameElsewhere(const QString &lastName)
    {
        Teacher t = stored(other);
        t.lastName = lastName;
        REQUIRE(TeacherWriter(other).update(t).ok());
    }

    PlaceOfWork placeOf(const Teacher &t) const
    {
        auto organisation = OrganisationRepository(mine).get(t.organisationId);
        REQUIRE(organisation.ok());
        return {organisation->municipalityId, organisation->name};
    }
};

const FieldDifference *field(const QList<FieldDifference> &differences, const QString &label)
{
    for (const FieldDifference &d : differences)
        if (d.label == label)
            return &d;
    return nullptr;
}

} // namespace

TEST_CASE("checked save: a change made elsewhere is not undone without asking", "[conflict]")
{
    TwoConnections files;
    PersonService service(files.mine);
    const Teacher loaded = files.stored(files.mine);
    const PlaceOfWork place = files.placeOf(loaded);
    Teacher edited = loaded;
    edited.firstName = QStringLiteral("Павел");

    SECTION("nothing changed elsewhere: saved")
    {
        auto outcome = service.saveTeacher(loaded, edited, place);
        REQUIRE(outcome.ok());
        CHECK(outcome.value().isSaved());
        CHECK(outcome.value().id() == files.teacherId);
        CHECK(files.stored(files.other).firstName == QStringLiteral("Павел"));
    }

    SECTION("the surname changed elsewhere: a conflict with both versions, nothing written")
    {
        files.renameElsewhere(QStringLiteral("Ёлкина-Другая"));
        auto outcome = service.saveTeacher(loaded, edited, place);
        REQUIRE(outcome.ok());
        REQUIRE_FALSE(outcome.value().isSaved());
        const EditConflict<Teacher> &conflict = outcome.value().conflict();
        CHECK_FALSE(conflict.deleted());
        REQUIRE(conflict.stored);
        CHECK(conflict.stored->lastName == QStringLiteral("Ёлкина-Другая"));
        // The names as the translated editor labels them.
        const FieldDifference *surname = field(conflict.differences, EditFields::tr("Surname"));
        REQUIRE(surname);
        CHECK(surname->yours == loaded.lastName);
        CHECK(surname->stored == QStringLiteral("Ёлкина-Другая"));
        CHECK(surname->changedElsewhere);
        const FieldDifference *first = field(conflict.differences, EditFields::tr("First name"));
        REQUIRE(first);
        CHECK(first->yours == QStringLiteral("Павел"));
        CHECK_FALSE(first->changedElsewhere);
        CHECK(conflict.differences.size() == 2);
        const Teacher now = files.stored(files.other);
        CHECK(now.lastName == QStringLiteral("Ёлкина-Другая"));
        CHECK(now.firstName == loaded.firstName);

        // Told to overwrite, the editor's version is written whole.
        auto overwritten = service.saveTeacher(loaded, edited, place, SaveMode::Overwrite);
        REQUIRE(overwritten.ok());
        CHECK(overwritten.value().isSaved());
        CHECK(files.stored(files.other).lastName == loaded.lastName);
        CHECK(files.stored(files.other).firstName == QStringLiteral("Павел"));
    }

    SECTION("a change elsewhere the save agrees with is no conflict")
    {
        files.renameElsewhere(QStringLiteral("Ёлкина"));
        edited.lastName = QStringLiteral("Ёлкина");
        auto outcome = service.saveTeacher(loaded, edited, place);
        REQUIRE(outcome.ok());
        CHECK(outcome.value().isSaved());
        CHECK(files.stored(files.other).firstName == QStringLiteral("Павел"));
    }

    SECTION("deleted elsewhere: said so; saved again only as a new record when told")
    {
        REQUIRE(TeacherWriter(files.other).remove(files.teacherId).ok());
        auto outcome = service.saveTeacher(loaded, edited, place);
        REQUIRE(outcome.ok());
        REQUIRE_FALSE(outcome.value().isSaved());
        CHECK(outcome.value().conflict().deleted());
        CHECK(TeacherRepository(files.other).count().value() == 2);

        auto again = service.saveTeacher(loaded, edited, place, SaveMode::Overwrite);
        REQUIRE(again.ok());
        REQUIRE(again.value().isSaved());
        CHECK(again.value().id() != files.teacherId);
        CHECK(TeacherRepository(files.other).get(again.value().id()).value().firstName == QStringLiteral("Павел"));
    }

    SECTION("a methodist's capacity changed elsewhere")
    {
        Methodist m;
        m.lastName = QStringLiteral("Смирнова");
        m.firstName = QStringLiteral("Елена");
        m.municipalityId = place.municipalityId;
        m.subjectId = loaded.subjectId;
        auto id = MethodistWriter(files.mine).insert(m);
        REQUIRE(id.ok());
        const Methodist before = service.methodist(id.value()).value();
        Methodist theirs = before;
        theirs.capacity = 80;
        REQUIRE(MethodistWriter(files.other).update(theirs).ok());
        Methodist mine = before;
        mine.position = QStringLiteral("учитель");
        auto outcome = service.saveMethodist(before, mine, {place.municipalityId, QString()});
        REQUIRE(outcome.ok());
        REQUIRE_FALSE(outcome.value().isSaved());
        const FieldDifference *load = field(outcome.value().conflict().differences, EditFields::tr("Load (teachers)"));
        REQUIRE(load);
        CHECK(load->yours == QStringLiteral("60"));
        CHECK(load->stored == QStringLiteral("80"));
        CHECK(MethodistRepository(files.other).get(id.value()).value().position.isEmpty());
    }
}

namespace {

// What the conflict dialog showed, read while it was open.
struct Shown
{
    bool conflict = false;
    QString heading;
    QList<QStringList> rows;
};

// Clicks OK in the editor; the conflict dialog that comes up is read and
// answered with the button of that object name (none: nothing comes up).
Shown pressOk(PersonDialog &editor, const QString &answer)
{
    Shown shown;
    QTimer timer;
    timer.setSingleShot(true);
    QObject::connect(&timer, &QTimer::timeout, [&] {
        auto *dialog = qobject_cast<ConflictDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        shown.conflict = true;
        if (auto *heading = dialog->findChild<QLabel *>(QStringLiteral("heading")))
            shown.heading = heading->text();
        if (auto *table = dialog->findChild<QTableWidget *>(QStringLiteral("differences")))
            for (int row = 0; row < table->rowCount(); ++row)
                shown.rows.append({table->item(row, 0)->text(), table->item(row, 1)->text(),
                                   table->item(row, 2)->text()});
        if (const QByteArray folder = qgetenv("METODIST_SCREENSHOTS"); !folder.isEmpty()) {
            dialog->adjustSize();
            static int shot = 0;
            dialog->grab().save(QDir(QString::fromLocal8Bit(folder))
                                    .filePath(QStringLiteral("conflict-dialog-%1.png").arg(++shot)));
            // On a real screen (-platform xcb under Xvfb), the whole of it.
            if (QGuiApplication::platformName() != u"offscreen" && QTest::qWaitForWindowExposed(dialog)) {
                QTest::qWait(500);
                QGuiApplication::primaryScreen()->grabWindow(0).save(
                    QDir(QString::fromLocal8Bit(folder)).filePath(QStringLiteral("screen-%1.png").arg(shot)));
            }
        }
        if (auto *button = dialog->findChild<QPushButton *>(answer))
            button->click();
        else
            dialog->reject();
    });
    timer.start(0);
    editor.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    return shown;
}

} // namespace

TEST_CASE("person editor: someone else's change is shown beside the user's, and kept unless told", "[conflict][gui]")
{
    TwoConnections files;
    const Teacher loaded = files.stored(files.mine);
    PersonDialog editor(files.mine, ImportKind::Teachers, files.teacherId);
    editor.show();
    auto *lastName = editor.findChild<QLineEdit *>(QStringLiteral("lastName"));
    auto *firstName = editor.findChild<QLineEdit *>(QStringLiteral("firstName"));
    REQUIRE(lastName);
    REQUIRE(firstName);
    CHECK(lastName->text() == loaded.lastName);

    files.renameElsewhere(QStringLiteral("Ёлкина-Другая"));
    firstName->setText(QStringLiteral("Павел"));

    SECTION("back to editing, then save mine")
    {
        const Shown first = pressOk(editor, QStringLiteral("keepEditing"));
        REQUIRE(first.conflict);
        CHECK(first.heading.contains(loaded.fullName()));
        const QStringList surname{EditFields::tr("Surname"), loaded.lastName, QStringLiteral("Ёлкина-Другая")};
        const QStringList name{EditFields::tr("First name"), QStringLiteral("Павел"), loaded.firstName};
        CHECK(first.rows == QList<QStringList>{surname, name});
        CHECK(editor.isVisible()); // still editing
        CHECK(editor.result() != QDialog::Accepted);
        CHECK(files.stored(files.other).lastName == QStringLiteral("Ёлкина-Другая"));
        CHECK(files.stored(files.other).firstName == loaded.firstName);

        const Shown second = pressOk(editor, QStringLiteral("overwrite"));
        CHECK(second.conflict);
        CHECK(editor.result() == QDialog::Accepted);
        CHECK(files.stored(files.other).lastName == loaded.lastName);
        CHECK(files.stored(files.other).firstName == QStringLiteral("Павел"));
    }

    SECTION("take the saved version: the form shows it, and saving it again is no conflict")
    {
        const Shown shown = pressOk(editor, QStringLiteral("takeStored"));
        REQUIRE(shown.conflict);
        CHECK(editor.isVisible());
        CHECK(lastName->text() == QStringLiteral("Ёлкина-Другая"));
        CHECK(firstName->text() == loaded.firstName);
        firstName->setText(QStringLiteral("Павел"));
        const Shown again = pressOk(editor, QStringLiteral("keepEditing"));
        CHECK_FALSE(again.conflict);
        CHECK(editor.result() == QDialog::Accepted);
        CHECK(files.stored(files.other).lastName == QStringLiteral("Ёлкина-Другая"));
        CHECK(files.stored(files.other).firstName == QStringLiteral("Павел"));
    }
}

TEST_CASE("person editor: a person deleted elsewhere is said to be deleted", "[conflict][gui]")
{
    TwoConnections files;
    const Teacher loaded = files.stored(files.mine);
    PersonDialog editor(files.mine, ImportKind::Teachers, files.teacherId);
    editor.show();
    REQUIRE(TeacherWriter(files.other).remove(files.teacherId).ok());
    const Shown shown = pressOk(editor, QStringLiteral("takeStored")); // «discard my changes»
    REQUIRE(shown.conflict);
    CHECK(shown.heading.contains(loaded.fullName()));
    CHECK(shown.rows.isEmpty());
    CHECK_FALSE(editor.isVisible());
    CHECK(editor.result() == QDialog::Rejected);
    CHECK(TeacherRepository(files.other).count().value() == 2);
}

namespace {

// The support region of the other tests, with a second connection on its file.
struct SupportFiles
{
    metodist::test::SupportRegion r{QStringLiteral("support-conflicts.sqlite")};
    Database other;
    qint64 methodistId = 0;
    qint64 teacherId = 0;

    SupportFiles()
    {
        methodistId = r.methodist(QStringLiteral("Орлов"));
        teacherId = r.teacher(QStringLiteral("Белова"));
        r.assign({teacherId}, methodistId);
        REQUIRE(other.open(r.db.location()).ok());
    }

    qint64 firstOf(const QString &dictionary)
    {
        auto entries = DictionaryRepository(r.db).entries(dictionary);
        REQUIRE(entries.ok());
        REQUIRE_FALSE(entries.value().isEmpty());
        return entries.value().first().id;
    }
};

template<typename T>
const EditConflict<T> &conflictOf(const Result<SaveOutcome<T>> &outcome)
{
    REQUIRE(outcome.ok());
    REQUIRE_FALSE(outcome.value().isSaved());
    return outcome.value().conflict();
}

} // namespace

TEST_CASE("checked saves of events, work log entries, route items and roadmap activities", "[conflict]")
{
    SupportFiles f;

    SECTION("event: the organiser changed elsewhere")
    {
        Event event;
        event.title = QStringLiteral("Семинар");
        event.startsOn = QDate(2026, 3, 12);
        const qint64 id = EventWriter(f.r.db).insert(event).value();
        const Event loaded = EventRepository(f.r.db).get(id).value();
        Event theirs = loaded;
        theirs.organiser = QStringLiteral("ИРО");
        REQUIRE(EventWriter(f.other).update(theirs).ok());
        Event mine = loaded;
        mine.title = QStringLiteral("Семинар для молодых педагогов");

        const auto &conflict = conflictOf(EventService(f.r.db).save(loaded, mine));
        const FieldDifference *organiser = field(conflict.differences, EditFields::tr("Organiser"));
        REQUIRE(organiser);
        CHECK(organiser->stored == QStringLiteral("ИРО"));
        CHECK(organiser->changedElsewhere);
        CHECK(EventRepository(f.other).get(id).value().title == QStringLiteral("Семинар"));

        auto overwritten = EventService(f.r.db).save(loaded, mine, SaveMode::Overwrite);
        REQUIRE(overwritten.ok());
        CHECK(overwritten.value().isSaved());
        CHECK(EventRepository(f.other).get(id).value().title == QStringLiteral("Семинар для молодых педагогов"));
        CHECK(EventRepository(f.other).get(id).value().organiser.isEmpty());
    }

    SECTION("work log entry: the result changed elsewhere; deleted")
    {
        WorkLogEntry entry;
        entry.methodistId = f.methodistId;
        entry.teacherId = f.teacherId;
        entry.workKindId = f.firstOf(QStringLiteral("work_kinds"));
        entry.workedOn = QDate(2025, 10, 6);
        const qint64 id = WorkLogWriter(f.r.db).insert(entry).value();
        const WorkLogEntry loaded = WorkLogRepository(f.r.db).get(id).value().value();
        WorkLogEntry theirs = loaded;
        theirs.result = QStringLiteral("проведена консультация");
        REQUIRE(WorkLogWriter(f.other).update(theirs).ok());
        WorkLogEntry mine = loaded;
        mine.durationMinutes = 45;

        const auto &conflict = conflictOf(WorkLogService(f.r.db).saveEntry(loaded, mine));
        REQUIRE(conflict.differences.size() == 2); // the result (theirs) and the duration (mine)
        CHECK(conflict.differences.at(0).label == EditFields::tr("Duration, minutes"));
        CHECK_FALSE(conflict.differences.at(0).changedElsewhere);
        CHECK(conflict.differences.at(1).label == EditFields::tr("Result"));
        CHECK(conflict.differences.at(1).changedElsewhere);
        CHECK_FALSE(WorkLogRepository(f.other).get(id).value()->durationMinutes);

        REQUIRE(WorkLogWriter(f.other).remove(id).ok());
        CHECK(conflictOf(WorkLogService(f.r.db).saveEntry(loaded, mine)).deleted());
    }

    SECTION("route item: its status changed elsewhere; deleted and saved again")
    {
        const qint64 routeId = RouteService(f.r.db).createEmpty(f.teacherId, metodist::test::SupportRegion::year).value();
        RouteItem item;
        item.kindId = f.firstOf(QStringLiteral("route_item_kinds"));
        item.title = QStringLiteral("Курсы ПК");
        const qint64 id = RouteService(f.r.db).saveItem(routeId, item).value();
        const RouteItem loaded = RouteService(f.r.db).get(f.teacherId, metodist::test::SupportRegion::year)->items.first();
        REQUIRE(loaded.id == id);
        REQUIRE(RouteService(f.other).setItemStatus(id, RouteItemStatus::Done).ok());
        RouteItem mine = loaded;
        mine.hours = 36;

        const auto &conflict = conflictOf(RouteService(f.r.db).saveItem(routeId, loaded, mine));
        const FieldDifference *status = field(conflict.differences, EditFields::tr("Status"));
        REQUIRE(status);
        CHECK(status->stored == RouteRules::statusText(RouteItemStatus::Done));

        REQUIRE(RouteService(f.other).removeItem(id).ok());
        const auto &gone = conflictOf(RouteService(f.r.db).saveItem(routeId, loaded, mine));
        CHECK(gone.deleted());
        auto again = RouteService(f.r.db).saveItem(routeId, loaded, mine, SaveMode::Overwrite);
        REQUIRE(again.ok());
        REQUIRE(again.value().isSaved());
        const auto items = RouteService(f.other).get(f.teacherId, metodist::test::SupportRegion::year)->items;
        REQUIRE(items.size() == 1);
        CHECK(items.first().hours == 36);
    }

    SECTION("roadmap activity: the responsible changed elsewhere; a done mark elsewhere is no conflict and stays")
    {
        const qint64 roadmapId = RoadmapService(f.r.db).create(f.methodistId, metodist::test::SupportRegion::year).value();
        RoadmapActivity activity;
        activity.title = QStringLiteral("Анкетирование");
        const qint64 id = RoadmapService(f.r.db).addActivity(roadmapId, 1, activity).value();
        const RoadmapActivity loaded = RoadmapService(f.r.db).load(roadmapId)->stages.first().activities.first();
        REQUIRE(loaded.id == id);
        RoadmapActivity mine = loaded;
        mine.title = QStringLiteral("Анкетирование педагогов");

        REQUIRE(RoadmapService(f.other).setActivityDone(roadmapId, id, true, QDate(2025, 9, 20)).ok());
        auto saved = RoadmapService(f.r.db).updateActivity(roadmapId, loaded, mine);
        REQUIRE(saved.ok());
        CHECK(saved.value().isSaved());
        RoadmapActivity now = RoadmapService(f.other).load(roadmapId)->stages.first().activities.first();
        CHECK(now.title == QStringLiteral("Анкетирование педагогов"));
        CHECK(now.done);

        RoadmapActivity theirs = now;
        theirs.responsible = QStringLiteral("Орлов П. И.");
        REQUIRE(RoadmapService(f.other).updateActivity(roadmapId, theirs).ok());
        RoadmapActivity again = now;
        again.expectedResult = QStringLiteral("справка");
        const auto &conflict = conflictOf(RoadmapService(f.r.db).updateActivity(roadmapId, now, again));
        const FieldDifference *responsible = field(conflict.differences, EditFields::tr("Responsible"));
        REQUIRE(responsible);
        CHECK(responsible->stored == QStringLiteral("Орлов П. И."));
        CHECK(RoadmapService(f.other).load(roadmapId)->stages.first().activities.first().expectedResult.isEmpty());
    }
}

TEST_CASE("routes page: an item edited while someone else changed it asks before saving", "[conflict][gui]")
{
    SupportFiles f;
    const QString year = metodist::test::SupportRegion::year;
    const qint64 routeId = RouteService(f.r.db).createEmpty(f.teacherId, year).value();
    RouteItem item;
    item.kindId = f.firstOf(QStringLiteral("route_item_kinds"));
    item.title = QStringLiteral("Курсы ПК");
    const qint64 itemId = RouteService(f.r.db).saveItem(routeId, item).value();

    RoutesPage page;
    page.setYear(year);
    page.setDatabase(&f.r.db);
    page.refresh();
    REQUIRE(page.routeModel()->rowCount() == 1);
    page.findChild<QTableView *>(QStringLiteral("routes"))->selectRow(0);
    REQUIRE(page.itemModel()->rowCount() == 1);
    page.findChild<QTableView *>(QStringLiteral("routeItems"))->selectRow(0);

    // While the editor is open, another program renames the item.
    bool renamedElsewhere = false;
    bool editorStayedOpen = false;
    QList<QStringList> rows;
    QTimer conflictAnswer;
    conflictAnswer.setSingleShot(true);
    QObject::connect(&conflictAnswer, &QTimer::timeout, [&] {
        auto *dialog = qobject_cast<ConflictDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        if (auto *table = dialog->findChild<QTableWidget *>(QStringLiteral("differences")))
            for (int row = 0; row < table->rowCount(); ++row)
                rows.append({table->item(row, 0)->text(), table->item(row, 1)->text(), table->item(row, 2)->text()});
        dialog->findChild<QPushButton *>(QStringLiteral("keepEditing"))->click();
    });
    REQUIRE(metodist::test::answerModal(metodist::test::pageButton(page, "editItem"), [&](QWidget *modal) {
        auto *editor = qobject_cast<RouteItemDialog *>(modal);
        if (!editor)
            return;
        RouteItem theirs = RouteService(f.other).get(f.teacherId, year)->items.first();
        theirs.title = QStringLiteral("Курсы ПК по ФГОС");
        renamedElsewhere = RouteService(f.other).saveItem(routeId, theirs).ok();
        editor->findChild<QSpinBox *>(QStringLiteral("hours"))->setValue(72);
        conflictAnswer.start(0);
        editor->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        editorStayedOpen = editor->isVisible();
    }));
    REQUIRE(renamedElsewhere);
    CHECK(editorStayedOpen);
    const QStringList title{EditFields::tr("Title"), QStringLiteral("Курсы ПК"), QStringLiteral("Курсы ПК по ФГОС")};
    CHECK(rows.contains(title));
    const RouteItem stored = RouteService(f.other).get(f.teacherId, year)->items.first();
    CHECK(stored.id == itemId);
    CHECK(stored.title == QStringLiteral("Курсы ПК по ФГОС"));
    CHECK_FALSE(stored.hours);
}
