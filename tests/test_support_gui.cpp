#include "pages/GanttChart.h"
#include "GuiTestSupport.h"
#include "storage/CatalogueRepository.h"
#include "SupportFixture.h"
#include "dialogs/ActivityDialog.h"
#include "dialogs/RouteDraftDialog.h"
#include "models/RouteModels.h"
#include "pages/RoutesPage.h"
#include "services/RouteService.h"
#include "storage/DevelopmentRepository.h"
#include "storage/RouteRepository.h"
#include "models/RoadmapModels.h"
#include "pages/RoadmapPage.h"
#include "services/RoadmapService.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QTableView>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QInputDialog>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTimer>

#include <functional>

using namespace metodist;
using metodist::test::SupportRegion;

using metodist::test::answerModal;
using metodist::test::pageButton;

TEST_CASE("Roadmap page: create a roadmap, add an activity, close a stage", "[support][gui]")
{
    SupportRegion r;
    const qint64 methodist = r.methodist(QStringLiteral("Орлов"));
    const qint64 other = r.methodist(QStringLiteral("Соколов"));
    const qint64 first = r.teacher(QStringLiteral("Иванова"));
    const qint64 second = r.teacher(QStringLiteral("Петрова"));
    r.assign({first, second}, methodist);

    RoadmapPage page;
    page.setYear(SupportRegion::year);
    page.setDatabase(&r.db);
    page.setToday(QDate(2025, 10, 20));
    page.refresh();
    CHECK(page.overviewModel()->rowCount() == 0);
    CHECK_FALSE(pageButton(page, "addActivity")->isEnabled());

    REQUIRE(page.createRoadmap(methodist));
    REQUIRE(page.overviewModel()->rowCount() == 1);
    CHECK(page.overviewModel()->rowAt(0).methodistId == methodist);
    REQUIRE(page.roadmap());
    CHECK(page.roadmap()->stages.size() == RoadmapRules::stageCount);
    CHECK(page.stageModel()->rowCount() == RoadmapRules::stageCount);
    CHECK(page.currentStageNumber() == 1);
    // A second roadmap for the same methodist and year is refused, inline.
    CHECK_FALSE(page.createRoadmap(methodist));
    CHECK_FALSE(page.errorText().isEmpty());
    REQUIRE(page.selectRoadmap(page.overviewModel()->rowAt(0).roadmapId));

    SECTION("an activity added through the dialog, overdue until done")
    {
        bool okWithoutTitle = true;
        int teachersOffered = 0;
        const bool shown = answerModal(pageButton(page, "addActivity"), [&](QWidget *modal) {
            auto *dialog = qobject_cast<ActivityDialog *>(modal);
            if (!dialog)
                return;
            auto *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
            okWithoutTitle = ok->isEnabled();
            dialog->findChild<QLineEdit *>(QStringLiteral("title"))->setText(QStringLiteral("Посещение уроков"));
            dialog->findChild<QDateEdit *>(QStringLiteral("dueOn"))->setDate(QDate(2025, 10, 15));
            dialog->findChild<QLineEdit *>(QStringLiteral("documentKind"))->setText(QStringLiteral("справка"));
            auto *teachers = dialog->findChild<QListWidget *>(QStringLiteral("teachers"));
            teachersOffered = teachers->count();
            for (int row = 0; row < teachers->count(); ++row)
                if (teachers->item(row)->data(Qt::UserRole).toLongLong() == second)
                    teachers->item(row)->setCheckState(Qt::Checked);
            ok->click();
        });
        REQUIRE(shown);
        CHECK_FALSE(okWithoutTitle);
        CHECK(teachersOffered == 2);
        INFO(page.errorText().toStdString());
        REQUIRE(page.activityModel()->rowCount() == 1);
        const RoadmapActivity added = page.activityModel()->rowAt(0);
        CHECK(added.title == QStringLiteral("Посещение уроков"));
        CHECK(added.dueOn == QDate(2025, 10, 15));
        CHECK_FALSE(added.startsOn.isValid());
        CHECK(added.documentKind == QStringLiteral("справка"));
        CHECK(added.teacherIds == QList<qint64>{second});
        CHECK(page.overviewModel()->rowAt(0).activitiesPlanned == 1);
        // Due on the 15th and not done on the 20th: highlighted.
        CHECK(page.activityModel()->index(0, 1).data(Qt::BackgroundRole).isValid());

        // Edit opens with the activity's fields and teachers.
        page.findChild<QTableView *>(QStringLiteral("activities"))->selectRow(0);
        QString titleShown;
        bool secondChecked = false, firstChecked = true;
        REQUIRE(answerModal(pageButton(page, "editActivity"), [&](QWidget *modal) {
            auto *dialog = qobject_cast<ActivityDialog *>(modal);
            if (!dialog)
                return;
            titleShown = dialog->findChild<QLineEdit *>(QStringLiteral("title"))->text();
            auto *teachers = dialog->findChild<QListWidget *>(QStringLiteral("teachers"));
            for (int row = 0; row < teachers->count(); ++row) {
                const qint64 id = teachers->item(row)->data(Qt::UserRole).toLongLong();
                (id == second ? secondChecked : firstChecked) = teachers->item(row)->checkState() == Qt::Checked;
            }
            dialog->findChild<QLineEdit *>(QStringLiteral("responsible"))->setText(QStringLiteral("Орлов П. И."));
            dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        }));
        CHECK(titleShown == QStringLiteral("Посещение уроков"));
        CHECK(secondChecked);
        CHECK_FALSE(firstChecked);
        REQUIRE(page.activityModel()->rowCount() == 1);
        CHECK(page.activityModel()->rowAt(0).responsible == QStringLiteral("Орлов П. И."));
        CHECK(page.activityModel()->rowAt(0).teacherIds == QList<qint64>{second});

        page.findChild<QTableView *>(QStringLiteral("activities"))->selectRow(0);
        pageButton(page, "toggleDone")->click();
        REQUIRE(page.activityModel()->rowCount() == 1);
        CHECK(page.activityModel()->rowAt(0).done);
        CHECK(page.activityModel()->rowAt(0).doneOn == QDate(2025, 10, 20));
        CHECK_FALSE(page.activityModel()->index(0, 1).data(Qt::BackgroundRole).isValid());
        CHECK(page.overviewModel()->rowAt(0).activitiesDone == 1);

        // The timeline: seven stages and the activity, spanning its month.
        GanttChart *chart = page.showTimeline();
        REQUIRE(chart);
        CHECK(chart->bars().size() == 8);
        CHECK(chart->bars().at(0).activityId == 0);
        CHECK(chart->firstDay() <= QDate(2025, 10, 15));
        CHECK(chart->lastDay() >= QDate(2025, 10, 20));
        // METODIST_SHOTS=/dir keeps a picture of the timeline to look at.
        if (const QString dir = qEnvironmentVariable("METODIST_SHOTS"); !dir.isEmpty()) {
            chart->window()->resize(1000, 300);
            chart->window()->grab().save(dir + QStringLiteral("/timeline.png"));
        }
        chart->window()->close();
    }

    SECTION("«Create roadmap…» offers only the methodists without one")
    {
        QStringList offered;
        REQUIRE(answerModal(pageButton(page, "createRoadmap"), [&](QWidget *modal) {
            auto *input = qobject_cast<QInputDialog *>(modal);
            if (!input)
                return;
            offered = input->comboBoxItems();
            input->setTextValue(offered.value(0));
            input->accept();
        }));
        REQUIRE(offered.size() == 1);
        CHECK(offered[0].contains(QStringLiteral("Соколов")));
        REQUIRE(page.overviewModel()->rowCount() == 2);
        REQUIRE(page.roadmap());
        CHECK(page.roadmap()->methodistId == other);
    }

    SECTION("closing a stage with an open activity needs a reason")
    {
        RoadmapActivity open;
        open.title = QStringLiteral("Создать группу в мессенджере");
        open.teacherIds = {first};
        REQUIRE(RoadmapService(r.db).addActivity(page.roadmap()->id, 1, open).ok());
        page.refresh();
        REQUIRE(page.currentStageNumber() == 1);
        REQUIRE(page.activityModel()->rowCount() == 1);

        pageButton(page, "startStage")->click();
        INFO(page.errorText().toStdString());
        REQUIRE(page.roadmap()->stages[0].status == StageStatus::InProgress);
        CHECK_FALSE(pageButton(page, "startStage")->isEnabled());

        // Cancelled: nothing changes.
        CHECK(answerModal(pageButton(page, "closeStage"), [](QWidget *) {}));
        CHECK(page.roadmap()->stages[0].status == StageStatus::InProgress);

        // No reason: refused, said on the page.
        CHECK(answerModal(pageButton(page, "closeStage"), [](QWidget *modal) {
            if (auto *input = qobject_cast<QInputDialog *>(modal)) {
                input->setTextValue(QStringLiteral("   "));
                input->accept();
            }
        }));
        CHECK(page.roadmap()->stages[0].status == StageStatus::InProgress);
        CHECK_FALSE(page.errorText().isEmpty());

        CHECK(answerModal(pageButton(page, "closeStage"), [](QWidget *modal) {
            if (auto *input = qobject_cast<QInputDialog *>(modal)) {
                input->setTextValue(QStringLiteral("группа создана в другом чате"));
                input->accept();
            }
        }));
        INFO(page.errorText().toStdString());
        REQUIRE(page.roadmap()->stages[0].status == StageStatus::Closed);
        CHECK(page.roadmap()->stages[0].closeReason == QStringLiteral("группа создана в другом чате"));
        CHECK(page.errorText().isEmpty());
        CHECK(page.overviewModel()->rowAt(0).currentStage == 2);
        CHECK(pageButton(page, "reopenStage")->isEnabled());

        // Stage 3 cannot close before stage 2: the core's refusal is shown inline.
        REQUIRE(page.selectStage(3));
        pageButton(page, "closeStage")->click();
        CHECK(page.roadmap()->stages[2].status != StageStatus::Closed);
        CHECK_FALSE(page.errorText().isEmpty());
    }
}

namespace {

// A teacher whose latest diagnostics found methodical and digital deficits,
// with a catalogue entry for each.
struct DiagnosedTeacher
{
    SupportRegion r;
    qint64 methodist = 0;
    qint64 teacher = 0;

    DiagnosedTeacher()
    {
        methodist = r.methodist(QStringLiteral("Тьюторов"));
        teacher = r.teacher(QStringLiteral("Слабова"));
        r.assign({teacher}, methodist);
        const qint64 methodical = r.code(QStringLiteral("deficit_areas"), QStringLiteral("methodical"));
        const qint64 digital = r.code(QStringLiteral("deficit_areas"), QStringLiteral("digital"));
        const qint64 course = r.code(QStringLiteral("route_item_kinds"), QStringLiteral("course"));
        const qint64 low = r.code(QStringLiteral("competence_levels"), QStringLiteral("low"));
        REQUIRE(CatalogueWriter(r.db).save(test::catalogueEntry(course, QStringLiteral("Методика урока математики"), methodical, 36, true, 0)).ok());
        REQUIRE(CatalogueWriter(r.db).save(test::catalogueEntry(course, QStringLiteral("Цифровые инструменты учителя"), digital, 16, false, 0)).ok());
        REQUIRE(DevelopmentWriter(r.db).addDiagnostic({0, teacher, QDate(2025, 9, 10), low, {digital, methodical}, {}}).ok());
    }
};

QStringList titles(const QList<RouteItem> &items)
{
    QStringList result;
    for (const RouteItem &item : items)
        result << item.title;
    return result;
}

} // namespace

TEST_CASE("Route from diagnostics: suggestions ticked off before the route is written", "[support][gui]")
{
    DiagnosedTeacher d;
    RouteService service(d.r.db);
    const auto draft = service.suggest(d.teacher, SupportRegion::year);
    REQUIRE(draft.ok());
    const QStringList suggested = titles(draft->route.items);
    REQUIRE(suggested.size() >= 3); // two catalogue entries and the low level's own
    REQUIRE(suggested.contains(QStringLiteral("Цифровые инструменты учителя")));

    RouteDraftDialog dialog(d.r.db, SupportRegion::year);
    auto *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    auto *matches = dialog.findChild<QListWidget *>(QStringLiteral("teacherMatches"));
    auto *items = dialog.findChild<QListWidget *>(QStringLiteral("suggestions"));
    CHECK_FALSE(ok->isEnabled());

    // By СНИЛС, written as people write it, and by a part of the name.
    dialog.findChild<QLineEdit *>(QStringLiteral("teacherSearch"))->setText(Snils::format(d.r.snilsOf(d.teacher)));
    REQUIRE(matches->count() == 1);
    CHECK(matches->item(0)->data(Qt::UserRole).toLongLong() == d.teacher);
    dialog.findChild<QLineEdit *>(QStringLiteral("teacherSearch"))->setText(QStringLiteral("слабов"));
    REQUIRE(matches->count() == 1);
    matches->setCurrentRow(0);
    REQUIRE(items->count() == suggested.size());
    CHECK(ok->isEnabled());
    CHECK_FALSE(service.get(d.teacher, SupportRegion::year).ok()); // nothing written yet

    // Unticked items stay out of the route.
    int digitalRow = -1;
    for (int row = 0; row < items->count(); ++row)
        if (items->item(row)->text().contains(QStringLiteral("Цифровые инструменты учителя")))
            digitalRow = row;
    REQUIRE(digitalRow >= 0);
    items->item(digitalRow)->setCheckState(Qt::Unchecked);
    ok->click();
    INFO(dialog.findChild<QLabel *>(QStringLiteral("error"))->text().toStdString());
    REQUIRE(dialog.result() == QDialog::Accepted);
    REQUIRE(dialog.routeId() > 0);
    const auto route = service.get(d.teacher, SupportRegion::year);
    REQUIRE(route.ok());
    QStringList expected = suggested;
    expected.removeAll(QStringLiteral("Цифровые инструменты учителя"));
    CHECK(titles(route->items) == expected);
    CHECK(route->tutorId == d.methodist);
}

TEST_CASE("Routes page: a route created from the page, an item's status changed", "[support][gui]")
{
    DiagnosedTeacher d;
    RoutesPage page;
    page.setYear(SupportRegion::year);
    page.setDatabase(&d.r.db);
    page.refresh();
    CHECK(page.routeModel()->rowCount() == 0);

    auto *create = page.findChild<QPushButton *>(QStringLiteral("createRoute"));
    const bool shown = answerModal(create, [&](QWidget *modal) {
        auto *dialog = qobject_cast<RouteDraftDialog *>(modal);
        if (!dialog)
            return;
        dialog->findChild<QLineEdit *>(QStringLiteral("teacherSearch"))->setText(d.r.snilsOf(d.teacher));
        dialog->findChild<QListWidget *>(QStringLiteral("teacherMatches"))->setCurrentRow(0);
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    });
    REQUIRE(shown);
    INFO(page.errorText().toStdString());
    REQUIRE(page.routeModel()->rowCount() == 1);
    CHECK(page.routeModel()->rowAt(0).teacherId == d.teacher);
    CHECK(page.currentRouteId() == page.routeModel()->rowAt(0).routeId);
    const int count = page.itemModel()->rowCount();
    REQUIRE(count >= 3);
    CHECK(page.routeModel()->rowAt(0).progress.done == 0);

    page.findChild<QTableView *>(QStringLiteral("routeItems"))->selectRow(0);
    auto *status = page.findChild<QComboBox *>(QStringLiteral("itemStatus"));
    status->setCurrentIndex(status->findData(int(RouteItemStatus::Done)));
    page.findChild<QPushButton *>(QStringLiteral("setItemStatus"))->click();
    REQUIRE(page.itemModel()->rowCount() == count);
    CHECK(page.itemModel()->rowAt(0).status == RouteItemStatus::Done);
    CHECK(page.routeModel()->rowAt(0).progress.done == 1);
    CHECK(page.routeModel()->rowAt(0).progress.counted == count);

    // Another year's registry does not show it.
    page.setYear(QStringLiteral("2024/2025"));
    CHECK(page.routeModel()->rowCount() == 0);
}
