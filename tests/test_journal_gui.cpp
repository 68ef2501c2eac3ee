#include "GuiTestSupport.h"
#include "SupportFixture.h"
#include "dialogs/EventDialog.h"
#include "dialogs/WorkLogEntryDialog.h"
#include "models/AssignmentModels.h"
#include "models/JournalModels.h"
#include "pages/EventsPage.h"
#include "pages/WorkLogPage.h"
#include "services/WorkLogService.h"
#include "storage/EventRepository.h"
#include "storage/WorkLogRepository.h"

#include <QCalendarWidget>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTest>
#include <QTextCharFormat>

using namespace metodist;
using metodist::test::answerModal;
using metodist::test::pageButton;
using metodist::test::SupportRegion;

namespace {

QPushButton *okOf(QWidget *dialog)
{
    return dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
}

template<typename Widget>
Widget *child(QWidget *parent, const char *name)
{
    return parent->findChild<Widget *>(QString::fromLatin1(name));
}

void choose(QComboBox *combo, qint64 id)
{
    combo->setCurrentIndex(combo->findData(id));
}

// Clicks Yes in the confirmation the button opens.
bool confirm(QPushButton *button)
{
    return answerModal(button, [](QWidget *modal) {
        if (auto *box = qobject_cast<QMessageBox *>(modal))
            box->button(QMessageBox::Yes)->click();
    });
}

// METODIST_SHOTS=/dir keeps a picture of a dialog to look at.
void keepShot(QWidget *widget, const QString &name)
{
    if (const QString dir = qEnvironmentVariable("METODIST_SHOTS"); !dir.isEmpty()) {
        widget->layout()->activate();
        widget->grab().save(dir + u'/' + name);
    }
}

int rowsWhere(const WorkLogModel *model, const std::function<bool(const WorkLogRow &)> &test)
{
    return int(std::count_if(model->rows().cbegin(), model->rows().cend(), test));
}

} // namespace

TEST_CASE("Work log page: an entry through the dialog, summary, filters, edit, delete, export", "[worklog][gui]")
{
    SupportRegion r;
    const qint64 orlov = r.methodist(QStringLiteral("Орлов"));
    const qint64 sokolov = r.methodist(QStringLiteral("Соколов"));
    const qint64 idle = r.methodist(QStringLiteral("Пустов"));
    const qint64 first = r.teacher(QStringLiteral("Иванова"));
    const qint64 second = r.teacher(QStringLiteral("Петрова"));
    const qint64 third = r.teacher(QStringLiteral("Сидорова"));
    r.assign({first, second}, orlov);
    r.assign({third}, sokolov);
    const qint64 visits = r.code(QStringLiteral("work_kinds"), QStringLiteral("lesson_visits"));
    const qint64 plans = r.code(QStringLiteral("work_kinds"), QStringLiteral("lesson_plans"));
    WorkLogWriter log(r.db);
    REQUIRE(log.insert({0, sokolov, third, plans, QDate(2025, 9, 20), 30, QStringLiteral("Конспект разобран")}).ok());
    REQUIRE(log.insert({0, orlov, first, plans, QDate(2025, 10, 5), std::nullopt, QString()}).ok());
    // Another academic year: not listed.
    REQUIRE(log.insert({0, orlov, first, visits, QDate(2025, 5, 15), 45, QString()}).ok());

    WorkLogPage page;
    page.setDatabase(&r.db);
    page.setAcademicYear(SupportRegion::year);
    page.refresh();
    CHECK(page.filter().from == QDate(2025, 9, 1));
    CHECK(page.filter().to == QDate(2026, 8, 31));
    CHECK(page.findChild<QComboBox *>(QStringLiteral("year"))->currentData().toString() == SupportRegion::year);
    REQUIRE(page.model()->rowCount() == 2);
    CHECK_FALSE(pageButton(page, "editEntry")->isEnabled());
    // The methodist filter offers every active methodist.
    auto *methodists = page.findChild<QComboBox *>(QStringLiteral("methodist"));
    CHECK(methodists->count() == 4);

    // A new entry through the dialog: OK only once it is complete, and the
    // teachers offered are the methodist's of that academic year.
    bool okAtFirst = true, okWithoutTeacher = true, noteForIdle = false, okWhenComplete = false;
    int offered = -1;
    REQUIRE(answerModal(pageButton(page, "addEntry"), [&](QWidget *modal) {
        auto *dialog = qobject_cast<WorkLogEntryDialog *>(modal);
        if (!dialog)
            return;
        okAtFirst = okOf(dialog)->isEnabled();
        child<QDateEdit>(dialog, "workedOn")->setDate(QDate(2025, 10, 1));
        choose(child<QComboBox>(dialog, "methodist"), idle);
        okWithoutTeacher = okOf(dialog)->isEnabled();
        keepShot(dialog, QStringLiteral("worklog-entry-no-teachers.png"));
        noteForIdle = !child<QLabel>(dialog, "teacherNote")->isHidden()
                      && child<QLabel>(dialog, "teacherNote")->text().contains(SupportRegion::year);
        choose(child<QComboBox>(dialog, "methodist"), orlov);
        auto *teachers = child<QComboBox>(dialog, "teacher");
        offered = teachers->count();
        choose(teachers, second);
        choose(child<QComboBox>(dialog, "workKind"), visits);
        child<QSpinBox>(dialog, "duration")->setValue(45);
        child<QPlainTextEdit>(dialog, "result")->setPlainText(QStringLiteral("Урок разобран"));
        okWhenComplete = okOf(dialog)->isEnabled();
        keepShot(dialog, QStringLiteral("worklog-entry.png"));
        okOf(dialog)->click();
    }));
    CHECK_FALSE(okAtFirst);
    CHECK_FALSE(okWithoutTeacher);
    CHECK(noteForIdle);
    CHECK(offered == 2);
    CHECK(okWhenComplete);
    INFO(page.errorText().toStdString());
    REQUIRE(page.model()->rowCount() == 3);
    const qint64 added = page.currentEntryId();
    REQUIRE(added > 0);
    const WorkLogRow &row = page.model()->rowAt(page.model()->rowOf(added));
    CHECK(row.entry.methodistId == orlov);
    CHECK(row.entry.teacherId == second);
    CHECK(row.entry.workKindId == visits);
    CHECK(row.entry.workedOn == QDate(2025, 10, 1));
    CHECK(row.entry.durationMinutes == 45);
    CHECK(row.entry.result == QStringLiteral("Урок разобран"));
    CHECK(log.list({}).value().size() == 4);

    // The summary: three entries with three teachers, 75 minutes, one without duration.
    CHECK(page.summary().entries == 3);
    CHECK(page.summary().teachers == 3);
    CHECK(page.summary().methodists == 2);
    CHECK(page.summary().minutes == 75);
    CHECK(page.summary().withoutDuration == 1);
    CHECK_FALSE(page.summaryText().isEmpty());
    REQUIRE(page.kindModel()->rowCount() == 9); // every kind of work, zeros too
    for (const WorkLogKindCount &kind : page.kindModel()->rows()) {
        INFO(kind.workKind.toStdString());
        CHECK(kind.entries == (kind.workKindId == plans ? 2 : kind.workKindId == visits ? 1 : 0));
    }

    SECTION("filters narrow the rows and the export writes what is listed")
    {
        choose(methodists, orlov);
        REQUIRE(page.model()->rowCount() == 2);
        CHECK(rowsWhere(page.model(), [&](const WorkLogRow &w) { return w.entry.methodistId == orlov; }) == 2);
        CHECK(page.summary().teachers == 2);
        choose(page.findChild<QComboBox *>(QStringLiteral("workKind")), visits);
        REQUIRE(page.model()->rowCount() == 1);
        CHECK(page.model()->rowAt(0).entry.id == added);
        REQUIRE(page.kindModel()->rowCount() == 1);
        CHECK(page.kindModel()->rowAt(0).minutes == 45);

        const QString file = r.scratch.path(QStringLiteral("filtered.csv"));
        auto written = page.exportFile(file);
        INFO(written.message().toStdString());
        REQUIRE(written.ok());
        CHECK(written.value() == 1);
        const QString text = QString::fromUtf8(test::readFile(file));
        CHECK(text.contains(QStringLiteral("Урок разобран")));
        CHECK(text.contains(QStringLiteral("Петрова Анна Сергеевна")));
        CHECK_FALSE(text.contains(QStringLiteral("Конспект разобран")));
        CHECK_FALSE(text.contains(QStringLiteral("15.05.2025")));

        // Dates of their own: the year combo says so.
        page.setWorkKind(0);
        page.setMethodist(0);
        page.setPeriod(QDate(2025, 10, 2), QDate(2025, 12, 31));
        REQUIRE(page.model()->rowCount() == 1);
        CHECK(page.model()->rowAt(0).entry.workedOn == QDate(2025, 10, 5));
        CHECK(page.findChild<QComboBox *>(QStringLiteral("year"))->currentData().toString().isEmpty());
        // Typing a date reloads once typing stops.
        page.findChild<QDateEdit *>(QStringLiteral("from"))->setDate(QDate(2025, 9, 1));
        REQUIRE(QTest::qWaitFor([&] { return page.model()->rowCount() == 3; }, 3000));
    }

    SECTION("edit opens with the entry and saves the change")
    {
        REQUIRE(page.selectEntry(added));
        int teacherShown = 0;
        REQUIRE(answerModal(pageButton(page, "editEntry"), [&](QWidget *modal) {
            auto *dialog = qobject_cast<WorkLogEntryDialog *>(modal);
            if (!dialog)
                return;
            teacherShown = int(child<QComboBox>(dialog, "teacher")->currentData().toLongLong());
            child<QSpinBox>(dialog, "duration")->setValue(60);
            okOf(dialog)->click();
        }));
        CHECK(teacherShown == second);
        REQUIRE(page.model()->rowOf(added) >= 0);
        CHECK(page.model()->rowAt(page.model()->rowOf(added)).entry.durationMinutes == 60);
        CHECK(page.summary().minutes == 90);
        CHECK(page.model()->rowCount() == 3);
    }

    SECTION("delete asks first and removes the entry")
    {
        REQUIRE(page.selectEntry(added));
        // Cancelled: kept.
        CHECK(answerModal(pageButton(page, "deleteEntry"), [](QWidget *) {}));
        CHECK(page.model()->rowCount() == 3);
        REQUIRE(page.selectEntry(added));
        CHECK(confirm(pageButton(page, "deleteEntry")));
        CHECK(page.model()->rowCount() == 2);
        CHECK(page.model()->rowOf(added) < 0);
        CHECK(page.summary().entries == 2);
        CHECK(log.list({}).value().size() == 3);
    }

    SECTION("import: all rows or none, errors said in full")
    {
        const QString file = r.scratch.path(QStringLiteral("in.csv"));
        test::writeFile(file, QStringLiteral("Методист (ФИО);Педагог (ФИО);Вид работы;Дата\r\n"
                                             "Орлов Пётр Ильич;Иванова Анна Сергеевна;lesson_visits;02.11.2025\r\n"
                                             "Орлов Пётр Ильич;Никто Никакой;lesson_visits;03.11.2025\r\n")
                                  .toUtf8());
        QSignalSpy ended(&page, &WorkLogPage::importFinished);
        page.importFile(file);
        REQUIRE(QTest::qWaitFor([&] { return ended.count() == 1; }, 20000));
        const QString refused = ended.takeFirst().at(1).toString();
        REQUIRE_FALSE(refused.isEmpty());
        CHECK(refused.contains(QStringLiteral("Никто Никакой")));
        CHECK(page.model()->rowCount() == 3);
        test::writeFile(file, QStringLiteral("Методист (ФИО);Педагог (ФИО);Вид работы;Дата\r\n"
                                             "орлов петр ильич;Иванова Анна Сергеевна;lesson_visits;02.11.2025\r\n")
                                  .toUtf8());
        page.importFile(file);
        REQUIRE(QTest::qWaitFor([&] { return ended.count() == 1; }, 20000));
        const QList<QVariant> imported = ended.takeFirst();
        INFO(imported.at(1).toString().toStdString());
        REQUIRE(imported.at(1).toString().isEmpty());
        CHECK(imported.at(0).toInt() == 1);
        CHECK_FALSE(page.isImporting());
        CHECK(page.model()->rowCount() == 4);
    }
}

TEST_CASE("Work log entry dialog keeps an entry's teacher who is no longer assigned", "[worklog][gui]")
{
    SupportRegion r;
    const qint64 methodist = r.methodist(QStringLiteral("Орлов"));
    const qint64 teacher = r.teacher(QStringLiteral("Иванова"));
    const qint64 kind = r.code(QStringLiteral("work_kinds"), QStringLiteral("lesson_visits"));
    WorkLogEntryDialog dialog(r.db);
    WorkLogEntry entry{42, methodist, teacher, kind, QDate(2025, 10, 1), 30, QStringLiteral("итог")};
    dialog.setEntry(entry);
    CHECK(dialog.problem().isEmpty());
    const WorkLogEntry back = dialog.entry();
    CHECK(back.id == 42);
    CHECK(back.teacherId == teacher);
    CHECK(back.durationMinutes == 30);
    CHECK(back.result == QStringLiteral("итог"));
    // Another methodist without teachers: nothing to choose, OK refused.
    const qint64 other = r.methodist(QStringLiteral("Соколов"));
    WorkLogEntryDialog fresh(r.db);
    fresh.setDefaults(other, kind, QDate(2025, 10, 1));
    CHECK(fresh.entry().teacherId == 0);
    CHECK_FALSE(fresh.problem().isEmpty());
    CHECK_FALSE(okOf(&fresh)->isEnabled());
}

TEST_CASE("Events page: an event through the dialog, marked on its month, edited, deleted", "[events][gui]")
{
    SupportRegion r;
    const qint64 regional = r.code(QStringLiteral("event_levels"), QStringLiteral("regional"));
    const qint64 presentation = r.code(QStringLiteral("model_stages"), QStringLiteral("experience_presentation"));
    Event other;
    other.title = QStringLiteral("Школьный методический день");
    other.startsOn = QDate(2026, 2, 3);
    REQUIRE(EventWriter(r.db).insert(other).ok());

    EventsPage page;
    page.setDatabase(&r.db);
    page.calendar()->setSelectedDate(QDate(2025, 11, 10));
    page.refresh();
    CHECK(page.model()->rowCount() == 0);
    CHECK_FALSE(pageButton(page, "editEvent")->isEnabled());

    bool okWithoutTitle = true, okEndingEarly = true, okWhenRight = false;
    QString why;
    QDate offeredStart;
    REQUIRE(answerModal(pageButton(page, "addEvent"), [&](QWidget *modal) {
        auto *dialog = qobject_cast<EventDialog *>(modal);
        if (!dialog)
            return;
        okWithoutTitle = okOf(dialog)->isEnabled();
        offeredStart = child<QDateEdit>(dialog, "startsOn")->date();
        child<QLineEdit>(dialog, "title")->setText(QStringLiteral("Региональный фестиваль открытых уроков"));
        child<QCheckBox>(dialog, "severalDays")->setChecked(true);
        child<QDateEdit>(dialog, "endsOn")->setDate(QDate(2025, 11, 5));
        okEndingEarly = okOf(dialog)->isEnabled();
        why = child<QLabel>(dialog, "problem")->text();
        keepShot(dialog, QStringLiteral("event-ends-early.png"));
        child<QDateEdit>(dialog, "endsOn")->setDate(QDate(2025, 11, 12));
        choose(child<QComboBox>(dialog, "level"), regional);
        choose(child<QComboBox>(dialog, "modelStage"), presentation);
        child<QLineEdit>(dialog, "organiser")->setText(QStringLiteral("КОИРО"));
        okWhenRight = okOf(dialog)->isEnabled();
        okOf(dialog)->click();
    }));
    CHECK_FALSE(okWithoutTitle);
    CHECK(offeredStart == QDate(2025, 11, 10));
    CHECK_FALSE(okEndingEarly);
    CHECK_FALSE(why.isEmpty());
    CHECK(okWhenRight);
    INFO(page.errorText().toStdString());
    REQUIRE(page.model()->rowCount() == 1);
    const Event added = page.model()->rowAt(0);
    CHECK(added.title == QStringLiteral("Региональный фестиваль открытых уроков"));
    CHECK(added.startsOn == QDate(2025, 11, 10));
    CHECK(added.endsOn == QDate(2025, 11, 12));
    CHECK(added.levelId == regional);
    CHECK(added.modelStageId == presentation);
    CHECK(added.organiser == QStringLiteral("КОИРО"));
    CHECK(page.selectedEventIds() == QList<qint64>{added.id});
    CHECK(EventRepository(r.db).list().value().size() == 2);

    // Its days are marked, with the title as the tooltip; the others are not.
    for (const QDate day : {QDate(2025, 11, 10), QDate(2025, 11, 11), QDate(2025, 11, 12)}) {
        const QTextCharFormat format = page.calendar()->dateTextFormat(day);
        CHECK(format.fontWeight() == QFont::Bold);
        CHECK(format.toolTip().contains(added.title));
    }
    CHECK(page.calendar()->dateTextFormat(QDate(2025, 11, 13)).fontWeight() != QFont::Bold);
    CHECK(page.calendar()->dateTextFormat(QDate(2025, 11, 9)).fontWeight() != QFont::Bold);

    // A day chooses its events.
    CHECK(page.selectDay(QDate(2025, 11, 20)) == 0);
    CHECK(page.selectDay(QDate(2025, 11, 11)) == 1);

    // Another month lists its own; the academic year lists both events.
    page.showMonth(2025, 12);
    CHECK(page.model()->rowCount() == 0);
    page.setScope(EventsPage::Scope::AcademicYear);
    CHECK(page.model()->rowCount() == 2);
    page.setScope(EventsPage::Scope::Month);
    page.showMonth(2025, 11);
    REQUIRE(page.model()->rowCount() == 1);

    // Edit: the dialog opens with the event; a one-day event unmarks the other days.
    REQUIRE(page.selectEvent(added.id));
    QString titleShown;
    bool severalShown = false;
    REQUIRE(answerModal(pageButton(page, "editEvent"), [&](QWidget *modal) {
        auto *dialog = qobject_cast<EventDialog *>(modal);
        if (!dialog)
            return;
        titleShown = child<QLineEdit>(dialog, "title")->text();
        severalShown = child<QCheckBox>(dialog, "severalDays")->isChecked();
        child<QLineEdit>(dialog, "title")->setText(QStringLiteral("Фестиваль открытых уроков"));
        child<QCheckBox>(dialog, "severalDays")->setChecked(false);
        okOf(dialog)->click();
    }));
    CHECK(titleShown == added.title);
    CHECK(severalShown);
    const Event edited = EventRepository(r.db).get(added.id).value();
    CHECK(edited.title == QStringLiteral("Фестиваль открытых уроков"));
    CHECK_FALSE(edited.endsOn.isValid());
    CHECK(edited.levelId == regional);
    REQUIRE(page.model()->rowCount() == 1);
    CHECK(page.model()->rowAt(0).title == edited.title);
    CHECK(page.calendar()->dateTextFormat(QDate(2025, 11, 10)).fontWeight() == QFont::Bold);
    CHECK(page.calendar()->dateTextFormat(QDate(2025, 11, 11)).fontWeight() != QFont::Bold);

    // Delete asks first.
    REQUIRE(page.selectEvent(added.id));
    CHECK(confirm(pageButton(page, "deleteEvent")));
    CHECK(page.model()->rowCount() == 0);
    CHECK(EventRepository(r.db).list().value().size() == 1);
    CHECK(page.calendar()->dateTextFormat(QDate(2025, 11, 10)).fontWeight() != QFont::Bold);
}

TEST_CASE("Event dialog refuses an end before the start", "[events][gui]")
{
    SupportRegion r;
    EventDialog dialog(r.db);
    CHECK_FALSE(okOf(&dialog)->isEnabled()); // no title yet
    dialog.findChild<QLineEdit *>(QStringLiteral("title"))->setText(QStringLiteral("Семинар"));
    dialog.setStartDate(QDate(2026, 3, 10));
    CHECK(okOf(&dialog)->isEnabled());
    CHECK_FALSE(dialog.event().endsOn.isValid());
    dialog.findChild<QCheckBox *>(QStringLiteral("severalDays"))->setChecked(true);
    dialog.findChild<QDateEdit *>(QStringLiteral("endsOn"))->setDate(QDate(2026, 3, 9));
    CHECK_FALSE(okOf(&dialog)->isEnabled());
    CHECK_FALSE(dialog.problem().isEmpty());
    dialog.findChild<QDateEdit *>(QStringLiteral("endsOn"))->setDate(QDate(2026, 3, 11));
    CHECK(okOf(&dialog)->isEnabled());
    CHECK(dialog.event().endsOn == QDate(2026, 3, 11));
}
