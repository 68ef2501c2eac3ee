// Planning, running and summing up a methodist's year in the GUI: a stage's
// planned dates, the summing-up panel with the lists behind its figures and
// the conclusion, route items by hand and the filters of the route registry.

#include "GuiTestSupport.h"
#include "SupportFixture.h"
#include "dialogs/RouteItemDialog.h"
#include "models/RoadmapModels.h"
#include "models/RouteModels.h"
#include "pages/RoadmapPage.h"
#include "pages/RoadmapSummaryPanel.h"
#include "pages/RoutesPage.h"
#include "services/RoadmapService.h"
#include "services/RouteService.h"
#include "storage/EventRepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>

using namespace metodist;
using metodist::test::answerModal;
using metodist::test::pageButton;
using metodist::test::SupportRegion;

namespace {

QPushButton *okOf(QWidget *dialog)
{
    return dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
}

// What the drill-down dialog of a figure lists: the text of a column of
// every row, and the id each row stands for.
struct Details
{
    bool shown = false;
    QStringList column0;
    QStringList column1;
    QStringList lastColumn;
    QList<qint64> ids;
};

Details details(QPushButton *show)
{
    Details d;
    d.shown = answerModal(show, [&d](QWidget *modal) {
        auto *table = modal->findChild<QTableWidget *>(QStringLiteral("details"));
        if (!table)
            return;
        for (int row = 0; row < table->rowCount(); ++row) {
            d.column0 << table->item(row, 0)->text();
            d.column1 << table->item(row, 1)->text();
            d.lastColumn << table->item(row, table->columnCount() - 1)->text();
            d.ids << table->item(row, 0)->data(Qt::UserRole).toLongLong();
        }
    });
    return d;
}

QString figure(qsizetype part, qsizetype whole)
{
    return RoadmapSummaryPanel::tr("%1 of %2 (%3 %)").arg(part).arg(whole).arg(qRound(100.0 * part / whole));
}

} // namespace

TEST_CASE("Roadmap page: a stage's planned dates through the dialog", "[support][gui][editing]")
{
    SupportRegion r;
    const qint64 methodist = r.methodist(QStringLiteral("Орлов"));
    RoadmapPage page;
    page.setYear(SupportRegion::year);
    page.setDatabase(&r.db);
    page.setToday(QDate(2025, 10, 20));
    page.refresh();
    CHECK_FALSE(pageButton(page, "planStage")->isEnabled());
    REQUIRE(page.createRoadmap(methodist));
    REQUIRE(page.selectStage(2));
    const qint64 roadmapId = page.roadmap()->id;

    bool okWhenBackwards = true;
    QString backwardsError;
    QString unsetText;
    REQUIRE(answerModal(pageButton(page, "planStage"), [&](QWidget *modal) {
        auto *start = modal->findChild<QDateEdit *>(QStringLiteral("plannedStart"));
        auto *end = modal->findChild<QDateEdit *>(QStringLiteral("plannedEnd"));
        if (!start || !end)
            return;
        unsetText = start->text();
        start->setDate(QDate(2025, 10, 10));
        end->setDate(QDate(2025, 10, 1));
        okWhenBackwards = okOf(modal)->isEnabled();
        backwardsError = modal->findChild<QLabel *>(QStringLiteral("error"))->text();
        end->setDate(QDate(2025, 10, 31));
        okOf(modal)->click();
    }));
    CHECK(unsetText == RoadmapPage::tr("not set"));
    CHECK_FALSE(okWhenBackwards);
    CHECK_FALSE(backwardsError.isEmpty());
    INFO(page.errorText().toStdString());
    REQUIRE(page.roadmap());
    CHECK(page.roadmap()->stages[1].planned.start == QDate(2025, 10, 10));
    CHECK(page.roadmap()->stages[1].planned.end == QDate(2025, 10, 31));
    CHECK(RoadmapService(r.db).load(roadmapId)->stages[1].planned.end == QDate(2025, 10, 31));
    // The stages table shows the plan; the stage chosen stays chosen.
    CHECK(page.currentStageNumber() == 2);
    CHECK(page.stageModel()->index(1, 2).data().toString()
          == RoadmapRules::periodText({QDate(2025, 10, 10), QDate(2025, 10, 31)}));

    // The dialog opens with the plan; the start can be made unknown again.
    QDate shownEnd;
    REQUIRE(answerModal(pageButton(page, "planStage"), [&](QWidget *modal) {
        auto *clear = modal->findChild<QPushButton *>(QStringLiteral("plannedStartClear"));
        if (!clear)
            return;
        shownEnd = modal->findChild<QDateEdit *>(QStringLiteral("plannedEnd"))->date();
        clear->click();
        okOf(modal)->click();
    }));
    CHECK(shownEnd == QDate(2025, 10, 31));
    CHECK_FALSE(page.roadmap()->stages[1].planned.start.isValid());
    CHECK(page.roadmap()->stages[1].planned.end == QDate(2025, 10, 31));

    // Cancelled: nothing changes.
    REQUIRE(answerModal(pageButton(page, "planStage"), [](QWidget *modal) {
        if (auto *end = modal->findChild<QDateEdit *>(QStringLiteral("plannedEnd")))
            end->setDate(QDate(2026, 5, 1));
    }));
    CHECK(RoadmapService(r.db).load(roadmapId)->stages[1].planned.end == QDate(2025, 10, 31));
}

TEST_CASE("Roadmap page: the summing-up panel, its lists and the conclusion", "[support][gui][editing][summary]")
{
    SupportRegion r;
    const qint64 methodist = r.methodist(QStringLiteral("Орлов"));
    const qint64 other = r.methodist(QStringLiteral("Соколов"));
    const qint64 a = r.teacher(QStringLiteral("Анисимова"));
    const qint64 b = r.teacher(QStringLiteral("Борисова"));
    const qint64 c = r.teacher(QStringLiteral("Власова"));
    const qint64 d = r.teacher(QStringLiteral("Громова"));
    r.assign({a, b, c}, methodist);
    r.assign({d}, other);

    RoadmapService service(r.db);
    const qint64 id = service.create(methodist, SupportRegion::year).value();
    RoadmapActivity testing;
    testing.title = QStringLiteral("Тестирование");
    testing.teacherIds = {a, b};
    const qint64 act1 = service.addActivity(id, 2, testing).value();
    RoadmapActivity seminar;
    seminar.title = QStringLiteral("Семинар");
    seminar.teacherIds = {c};
    const qint64 act2 = service.addActivity(id, 5, seminar).value();
    RoadmapActivity report;
    report.title = QStringLiteral("Отчёт");
    const qint64 act3 = service.addActivity(id, 7, report).value();
    REQUIRE(service.setActivityDone(id, act1, true, QDate(2025, 10, 1)).ok());
    REQUIRE(service.setActivityDone(id, act3, true, QDate(2025, 10, 2)).ok());

    const qint64 kind = r.code(QStringLiteral("route_item_kinds"), QStringLiteral("self_study"));
    const auto route = [&](qint64 teacher, QList<RouteItemStatus> statuses) {
        Route route;
        route.teacherId = teacher;
        route.academicYear = SupportRegion::year;
        route.tutorId = methodist;
        for (RouteItemStatus s : statuses) {
            RouteItem item;
            item.kindId = kind;
            item.title = QStringLiteral("Самообразование");
            item.status = s;
            route.items.append(item);
        }
        return RouteService(r.db).create(route).value();
    };
    const qint64 routeA = route(a, {RouteItemStatus::Done, RouteItemStatus::Cancelled});
    const qint64 routeB = route(b, {RouteItemStatus::Done, RouteItemStatus::Planned});
    route(d, {RouteItemStatus::Done}); // another methodist's teacher: not counted

    RoadmapPage page;
    page.setYear(SupportRegion::year);
    page.setDatabase(&r.db);
    page.setToday(QDate(2025, 10, 20));
    page.refresh();
    REQUIRE(page.selectRoadmap(id));
    RoadmapSummaryPanel *panel = page.summaryPanel();
    REQUIRE(panel);
    // A tab of its own next to the activities, there at any stage.
    auto *tabs = page.findChild<QTabWidget *>(QStringLiteral("roadmapTabs"));
    REQUIRE(tabs);
    CHECK(tabs->indexOf(panel) >= 0);

    const auto shownFigure = [panel](const char *name) {
        return panel->findChild<QLabel *>(QString::fromLatin1(name))->text();
    };
    CHECK(shownFigure("coverageFigure") == figure(2, 3));
    CHECK(shownFigure("activitiesFigure") == figure(2, 3));
    CHECK(shownFigure("routesFigure") == figure(1, 2));

    SECTION("each figure lists exactly what it was counted from")
    {
        const Details coverage = details(pageButton(page, "showCoverage"));
        REQUIRE(coverage.shown);
        CHECK(coverage.ids == QList<qint64>{a, b, c});
        CHECK(coverage.column0 == QStringList{QStringLiteral("Анисимова Анна Сергеевна"),
                                              QStringLiteral("Борисова Анна Сергеевна"),
                                              QStringLiteral("Власова Анна Сергеевна")});
        CHECK(coverage.column1 == QStringList{RoadmapSummaryPanel::tr("covered"), RoadmapSummaryPanel::tr("covered"),
                                              RoadmapSummaryPanel::tr("not covered")});
        CHECK(coverage.lastColumn[0].contains(QStringLiteral("Тестирование")));
        CHECK(coverage.lastColumn[2].isEmpty()); // Власова's seminar is not done

        const Details activities = details(pageButton(page, "showActivities"));
        REQUIRE(activities.shown);
        CHECK(activities.ids == QList<qint64>{act1, act2, act3});
        CHECK(activities.column0 == QStringList{QStringLiteral("2.1"), QStringLiteral("5.1"), QStringLiteral("7.1")});
        CHECK(activities.column1 == QStringList{QStringLiteral("01.10.2025"), RoadmapSummaryPanel::tr("not done"),
                                                QStringLiteral("02.10.2025")});
        CHECK(activities.lastColumn == QStringList{QStringLiteral("Тестирование"), QStringLiteral("Семинар"),
                                                   QStringLiteral("Отчёт")});

        const Details routes = details(pageButton(page, "showRoutes"));
        REQUIRE(routes.shown);
        CHECK(routes.ids == QList<qint64>{routeA, routeB});
        CHECK(routes.column0 == QStringList{QStringLiteral("Анисимова Анна Сергеевна"),
                                            QStringLiteral("Борисова Анна Сергеевна")});
        CHECK(routes.column1 == QStringList{RoadmapSummaryPanel::tr("completed"),
                                            RoadmapSummaryPanel::tr("not completed")});
    }

    SECTION("the figures follow the roadmap as it changes on the page")
    {
        REQUIRE(page.selectStage(5));
        page.findChild<QTableView *>(QStringLiteral("activities"))->selectRow(0);
        pageButton(page, "toggleDone")->click();
        INFO(page.errorText().toStdString());
        CHECK(shownFigure("coverageFigure") == figure(3, 3));
        CHECK(shownFigure("activitiesFigure") == figure(3, 3));
        const Details coverage = details(pageButton(page, "showCoverage"));
        CHECK(coverage.column1.count(RoadmapSummaryPanel::tr("covered")) == 3);
    }

    SECTION("the conclusion is saved and read back")
    {
        auto *save = pageButton(page, "saveConclusion");
        CHECK_FALSE(save->isEnabled()); // nothing changed yet
        CHECK(panel->findChild<QRadioButton *>(QStringLiteral("conclusionNone"))->isChecked());
        panel->findChild<QRadioButton *>(QStringLiteral("conclusionPartial"))->click();
        panel->findChild<QPlainTextEdit *>(QStringLiteral("nextYearPlans"))
            ->setPlainText(QStringLiteral("Продолжить работу с Власовой"));
        REQUIRE(save->isEnabled());
        save->click();
        INFO(panel->errorText().toStdString());
        const Roadmap stored = service.load(id).value();
        CHECK(stored.conclusion == Conclusion::Partial);
        CHECK(stored.nextYearPlans == QStringLiteral("Продолжить работу с Власовой"));
        CHECK_FALSE(save->isEnabled());

        // Typing survives a change elsewhere on the page; another roadmap shows its own.
        panel->findChild<QRadioButton *>(QStringLiteral("conclusionSuccess"))->click();
        REQUIRE(page.selectStage(5));
        page.findChild<QTableView *>(QStringLiteral("activities"))->selectRow(0);
        pageButton(page, "toggleDone")->click();
        CHECK(panel->findChild<QRadioButton *>(QStringLiteral("conclusionSuccess"))->isChecked());
        CHECK(save->isEnabled());
        REQUIRE(page.createRoadmap(other));
        CHECK(panel->findChild<QRadioButton *>(QStringLiteral("conclusionNone"))->isChecked());
        CHECK(panel->findChild<QPlainTextEdit *>(QStringLiteral("nextYearPlans"))->toPlainText().isEmpty());
        CHECK(shownFigure("coverageFigure") == figure(0, 1));
        REQUIRE(page.selectRoadmap(id));
        CHECK(panel->findChild<QRadioButton *>(QStringLiteral("conclusionPartial"))->isChecked());
        CHECK(service.load(id)->conclusion == Conclusion::Partial);
    }
}

namespace {

// A teacher without diagnostics, assigned to a methodist, and a second
// methodist to tutor an item.
struct HandMadeRoute
{
    SupportRegion r;
    qint64 methodist = 0, other = 0, teacher = 0;
    qint64 course = 0, mentoring = 0, methodical = 0;

    HandMadeRoute()
    {
        methodist = r.methodist(QStringLiteral("Тьюторов"));
        other = r.methodist(QStringLiteral("Запасной"));
        teacher = r.teacher(QStringLiteral("Бездиагностова"));
        r.assign({teacher}, methodist);
        course = r.code(QStringLiteral("route_item_kinds"), QStringLiteral("course"));
        mentoring = r.code(QStringLiteral("route_item_kinds"), QStringLiteral("mentoring"));
        methodical = r.code(QStringLiteral("deficit_areas"), QStringLiteral("methodical"));
        Organisation site;
        site.name = QStringLiteral("МАОУ Лицей № 49");
        site.municipalityId = r.city;
        site.internshipSite = true;
        siteId = OrganisationWriter(r.db).insert(site).value();
    }
    qint64 siteId = 0;
};

void choose(QWidget *dialog, const char *name, const QVariant &data)
{
    auto *box = dialog->findChild<QComboBox *>(QString::fromLatin1(name));
    REQUIRE(box);
    const int index = box->findData(data);
    REQUIRE(index >= 0);
    box->setCurrentIndex(index);
}

} // namespace

TEST_CASE("Routes page: an empty route built by hand, item by item", "[support][gui][editing]")
{
    HandMadeRoute h;
    RoutesPage page;
    page.setYear(SupportRegion::year);
    page.setDatabase(&h.r.db);
    page.refresh();
    REQUIRE(page.routeModel()->rowCount() == 0);
    CHECK_FALSE(pageButton(page, "addItem")->isEnabled());

    // «Create empty route…»: a teacher found by name, no diagnostics needed.
    bool okBeforeChoice = true;
    REQUIRE(answerModal(pageButton(page, "createEmptyRoute"), [&](QWidget *modal) {
        auto *search = modal->findChild<QLineEdit *>(QStringLiteral("teacherSearch"));
        if (!search)
            return;
        okBeforeChoice = okOf(modal)->isEnabled();
        search->setText(QStringLiteral("бездиагност"));
        auto *matches = modal->findChild<QListWidget *>(QStringLiteral("teacherMatches"));
        if (matches->count() != 1)
            return;
        matches->setCurrentRow(0);
        okOf(modal)->click();
    }));
    CHECK_FALSE(okBeforeChoice);
    INFO(page.errorText().toStdString());
    REQUIRE(page.routeModel()->rowCount() == 1);
    const RouteRow created = page.routeModel()->rowAt(0);
    CHECK(created.teacherId == h.teacher);
    CHECK(created.tutorId == h.methodist);
    CHECK(page.currentRouteId() == created.routeId);
    CHECK(page.itemModel()->rowCount() == 0);
    CHECK_FALSE(created.progress.value().has_value());

    // A second one the same year is refused inside the dialog.
    QString refused;
    REQUIRE(answerModal(pageButton(page, "createEmptyRoute"), [&](QWidget *modal) {
        auto *search = modal->findChild<QLineEdit *>(QStringLiteral("teacherSearch"));
        if (!search)
            return;
        search->setText(h.r.snilsOf(h.teacher));
        modal->findChild<QListWidget *>(QStringLiteral("teacherMatches"))->setCurrentRow(0);
        okOf(modal)->click();
        refused = modal->findChild<QLabel *>(QStringLiteral("error"))->text();
    }));
    CHECK_FALSE(refused.isEmpty());
    CHECK(page.routeModel()->rowCount() == 1);

    // Add a course: validated inline, the tutor defaults to the route's.
    bool okWithoutTitle = true, okBackwards = true;
    QString backwardsError;
    qint64 defaultTutor = -1;
    bool federalForMentoring = true;
    bool siteFirst = false, okUnknownOrganisation = true;
    REQUIRE(answerModal(pageButton(page, "addItem"), [&](QWidget *modal) {
        auto *dialog = qobject_cast<RouteItemDialog *>(modal);
        if (!dialog)
            return;
        defaultTutor = dialog->findChild<QComboBox *>(QStringLiteral("tutor"))->currentData().toLongLong();
        okWithoutTitle = okOf(dialog)->isEnabled();
        choose(dialog, "kind", h.mentoring);
        federalForMentoring = dialog->findChild<QCheckBox *>(QStringLiteral("federalRegistry"))->isEnabled();
        choose(dialog, "kind", h.course);
        dialog->findChild<QLineEdit *>(QStringLiteral("title"))->setText(QStringLiteral("Курсы ПК по ФГОС"));
        choose(dialog, "deficitArea", h.methodical);
        dialog->findChild<QSpinBox *>(QStringLiteral("hours"))->setValue(36);
        dialog->findChild<QCheckBox *>(QStringLiteral("federalRegistry"))->setChecked(true);
        dialog->findChild<QDateEdit *>(QStringLiteral("startsOn"))->setDate(QDate(2025, 11, 10));
        dialog->findChild<QDateEdit *>(QStringLiteral("endsOn"))->setDate(QDate(2025, 11, 1));
        okBackwards = okOf(dialog)->isEnabled();
        backwardsError = dialog->findChild<QLabel *>(QStringLiteral("error"))->text();
        dialog->findChild<QDateEdit *>(QStringLiteral("endsOn"))->setDate(QDate(2025, 11, 21));
        // The internship site is offered first; a name not in the list is refused.
        auto *organisation = dialog->findChild<QComboBox *>(QStringLiteral("organisation"));
        siteFirst = organisation->itemData(1).toLongLong() == h.siteId;
        organisation->setEditText(QStringLiteral("Несуществующая школа"));
        okUnknownOrganisation = okOf(dialog)->isEnabled();
        organisation->setEditText(organisation->itemText(1));
        okOf(dialog)->click();
    }));
    CHECK(siteFirst);
    CHECK_FALSE(okUnknownOrganisation);
    CHECK_FALSE(okWithoutTitle);
    CHECK(defaultTutor == h.methodist);
    CHECK_FALSE(federalForMentoring);
    CHECK_FALSE(okBackwards);
    CHECK(backwardsError == RouteService::tr("The route item cannot end before it starts."));
    INFO(page.errorText().toStdString());
    REQUIRE(page.itemModel()->rowCount() == 1);
    RouteItem course = page.itemModel()->rowAt(0);
    CHECK(course.title == QStringLiteral("Курсы ПК по ФГОС"));
    CHECK(course.kindId == h.course);
    CHECK(course.deficitAreaId == h.methodical);
    CHECK(course.hours == 36);
    CHECK(course.federalRegistry);
    CHECK(course.startsOn == QDate(2025, 11, 10));
    CHECK(course.endsOn == QDate(2025, 11, 21));
    CHECK(course.tutorId == h.methodist);
    CHECK(course.organisationId == h.siteId);
    CHECK(course.organisationName == QStringLiteral("МАОУ Лицей № 49"));
    CHECK(course.status == RouteItemStatus::Planned);
    CHECK(page.routeModel()->rowAt(0).progress.done == 0);
    CHECK(page.routeModel()->rowAt(0).progress.counted == 1);

    // A second item, done, with another tutor: progress 1 of 2. An event
    // chosen brings its dates; the title typed stays.
    Event festival;
    festival.title = QStringLiteral("Региональный фестиваль");
    festival.startsOn = QDate(2025, 12, 3);
    festival.endsOn = QDate(2025, 12, 5);
    const qint64 festivalId = EventWriter(h.r.db).insert(festival).value();
    REQUIRE(answerModal(pageButton(page, "addItem"), [&](QWidget *modal) {
        auto *dialog = qobject_cast<RouteItemDialog *>(modal);
        if (!dialog)
            return;
        choose(dialog, "kind", h.mentoring);
        dialog->findChild<QLineEdit *>(QStringLiteral("title"))->setText(QStringLiteral("Наставничество"));
        choose(dialog, "event", festivalId);
        choose(dialog, "status", int(RouteItemStatus::Done));
        choose(dialog, "tutor", h.other);
        okOf(dialog)->click();
    }));
    REQUIRE(page.itemModel()->rowCount() == 2);
    CHECK(page.itemModel()->rowAt(1).tutorId == h.other);
    CHECK(page.itemModel()->rowAt(1).title == QStringLiteral("Наставничество"));
    CHECK(page.itemModel()->rowAt(1).eventId == festivalId);
    CHECK(page.itemModel()->rowAt(1).startsOn == QDate(2025, 12, 3));
    CHECK(page.itemModel()->rowAt(1).endsOn == QDate(2025, 12, 5));
    CHECK(page.itemModel()->rowAt(1).position == 2);
    CHECK(page.routeModel()->rowAt(0).progress.done == 1);
    CHECK(page.routeModel()->rowAt(0).progress.counted == 2);

    // Edit the course: the dialog opens with its fields; marked done, the route is completed.
    page.findChild<QTableView *>(QStringLiteral("routeItems"))->selectRow(0);
    QString titleShown;
    int hoursShown = 0;
    REQUIRE(answerModal(pageButton(page, "editItem"), [&](QWidget *modal) {
        auto *dialog = qobject_cast<RouteItemDialog *>(modal);
        if (!dialog)
            return;
        titleShown = dialog->findChild<QLineEdit *>(QStringLiteral("title"))->text();
        hoursShown = dialog->findChild<QSpinBox *>(QStringLiteral("hours"))->value();
        dialog->findChild<QSpinBox *>(QStringLiteral("hours"))->setValue(72);
        choose(dialog, "status", int(RouteItemStatus::Done));
        okOf(dialog)->click();
    }));
    CHECK(titleShown == QStringLiteral("Курсы ПК по ФГОС"));
    CHECK(hoursShown == 36);
    REQUIRE(page.itemModel()->rowCount() == 2);
    CHECK(page.itemModel()->rowAt(0).id == course.id);
    CHECK(page.itemModel()->rowAt(0).hours == 72);
    CHECK(page.itemModel()->rowAt(0).organisationId == h.siteId); // kept as it was
    CHECK(page.itemModel()->rowAt(0).deficitAreaId == h.methodical);
    CHECK(page.itemModel()->rowAt(0).federalRegistry);
    CHECK(page.routeModel()->rowAt(0).progress.completed());

    // Delete the mentoring item after confirming: still completed, 1 of 1.
    page.findChild<QTableView *>(QStringLiteral("routeItems"))->selectRow(1);
    REQUIRE(answerModal(pageButton(page, "deleteItem"), [](QWidget *modal) {
        if (auto *box = qobject_cast<QMessageBox *>(modal))
            box->button(QMessageBox::Yes)->click();
    }));
    REQUIRE(page.itemModel()->rowCount() == 1);
    CHECK(page.routeModel()->rowAt(0).progress.done == 1);
    CHECK(page.routeModel()->rowAt(0).progress.counted == 1);
    // Deleting the last item; declined first.
    page.findChild<QTableView *>(QStringLiteral("routeItems"))->selectRow(0);
    REQUIRE(answerModal(pageButton(page, "deleteItem"), [](QWidget *) {}));
    CHECK(page.itemModel()->rowCount() == 1);
    page.findChild<QTableView *>(QStringLiteral("routeItems"))->selectRow(0);
    REQUIRE(answerModal(pageButton(page, "deleteItem"), [](QWidget *modal) {
        if (auto *box = qobject_cast<QMessageBox *>(modal))
            box->button(QMessageBox::Yes)->click();
    }));
    CHECK(page.itemModel()->rowCount() == 0);
    CHECK_FALSE(page.routeModel()->rowAt(0).progress.value().has_value());
    CHECK(RouteService(h.r.db).get(h.teacher, SupportRegion::year)->items.isEmpty());
}

TEST_CASE("Routes page: the registry's filters narrow the rows", "[support][gui][editing]")
{
    SupportRegion r;
    qint64 town = 0;
    for (const DictionaryEntry &e : DictionaryRepository(r.db).entries(QStringLiteral("municipalities")).value())
        if (e.id != r.city && town == 0)
            town = e.id;
    const qint64 townSchool = OrganisationWriter(r.db).findOrCreate(town, QStringLiteral("МБОУ СОШ № 2")).value();
    const qint64 orlov = r.methodist(QStringLiteral("Орлов"));
    const qint64 sokolov = r.methodist(QStringLiteral("Соколов"));
    const qint64 ivanova = r.teacher(QStringLiteral("Иванова"));
    const qint64 petrova = r.teacher(QStringLiteral("Петрова"));
    const qint64 sidorova = r.teacher(QStringLiteral("Сидорова"));
    Teacher far = TeacherRepository(r.db).get(sidorova).value();
    far.organisationId = townSchool;
    REQUIRE(TeacherWriter(r.db).update(far).ok());
    const qint64 kind = r.code(QStringLiteral("route_item_kinds"), QStringLiteral("self_study"));
    const auto route = [&](qint64 teacher, qint64 tutor, RouteItemStatus status) {
        Route route;
        route.teacherId = teacher;
        route.academicYear = SupportRegion::year;
        route.tutorId = tutor;
        RouteItem item;
        item.kindId = kind;
        item.title = QStringLiteral("Самообразование");
        item.status = status;
        route.items.append(item);
        REQUIRE(RouteService(r.db).create(route).ok());
    };
    route(ivanova, orlov, RouteItemStatus::Done);
    route(petrova, orlov, RouteItemStatus::Planned);
    route(sidorova, sokolov, RouteItemStatus::Done);

    RoutesPage page;
    page.setYear(SupportRegion::year);
    page.setDatabase(&r.db);
    page.refresh();
    const auto teachers = [&page] {
        QList<qint64> ids;
        for (int row = 0; row < page.routeModel()->rowCount(); ++row)
            ids << page.routeModel()->rowAt(row).teacherId;
        return ids;
    };
    REQUIRE(teachers() == QList<qint64>{ivanova, petrova, sidorova});
    auto *municipality = page.findChild<QComboBox *>(QStringLiteral("municipality"));
    auto *tutor = page.findChild<QComboBox *>(QStringLiteral("tutor"));
    auto *completion = page.findChild<QComboBox *>(QStringLiteral("completion"));
    auto *search = page.findChild<QLineEdit *>(QStringLiteral("nameSearch"));
    REQUIRE(municipality);
    REQUIRE(tutor);
    REQUIRE(completion);
    REQUIRE(search);

    municipality->setCurrentIndex(municipality->findData(town));
    CHECK(teachers() == QList<qint64>{sidorova});
    CHECK(page.findChild<QLabel *>(QStringLiteral("routeCount"))->text() == RoutesPage::tr("Routes: %1").arg(1));
    municipality->setCurrentIndex(0);
    tutor->setCurrentIndex(tutor->findData(orlov));
    CHECK(teachers() == QList<qint64>{ivanova, petrova});
    completion->setCurrentIndex(completion->findData(int(RouteFilter::State::NotCompleted)));
    CHECK(teachers() == QList<qint64>{petrova});
    completion->setCurrentIndex(completion->findData(int(RouteFilter::State::Completed)));
    CHECK(teachers() == QList<qint64>{ivanova});
    tutor->setCurrentIndex(0);
    CHECK(teachers() == QList<qint64>{ivanova, sidorova});
    search->setText(QStringLiteral("СИДОР"));
    page.refresh(); // typing is looked up once it pauses; refresh does it at once
    CHECK(teachers() == QList<qint64>{sidorova});
    CHECK(page.filter().teacherName == QStringLiteral("СИДОР"));
    // The choices survive a refresh, as when the page is shown again.
    completion->setCurrentIndex(0);
    search->clear();
    tutor->setCurrentIndex(tutor->findData(sokolov));
    page.refresh();
    CHECK(tutor->currentData().toLongLong() == sokolov);
    CHECK(teachers() == QList<qint64>{sidorova});
}
