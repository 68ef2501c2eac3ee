#include <catch2/catch.hpp>

#include "GuiTestSupport.h"
#include "QtChartPainter.h"
#include "SupportFixture.h"
#include "dialogs/DrillDownDialog.h"
#include "dialogs/ManualValuesDialog.h"
#include "documents/MonitoringPdf.h"
#include "pages/HomePage.h"
#include "pages/MonitoringPage.h"
#include "services/MonitoringService.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

#include <algorithm>

using namespace metodist;
using metodist::test::answerModal;
using metodist::test::pageButton;
using metodist::test::Scratch;
using metodist::test::SupportRegion;

namespace {

// The support fixture with three of five teachers assigned to a methodist.
struct MonitoringRegion : SupportRegion
{
    qint64 orlov = 0;
    QList<qint64> covered;
    QList<qint64> uncovered;

    MonitoringRegion() : SupportRegion(QStringLiteral("monitoring.sqlite"))
    {
        orlov = methodist(QStringLiteral("Орлов"));
        methodist(QStringLiteral("Соколов"));
        covered = {teacher(QStringLiteral("Иванова")), teacher(QStringLiteral("Петрова")),
                   teacher(QStringLiteral("Сидорова"))};
        uncovered = {teacher(QStringLiteral("Кузнецова")), teacher(QStringLiteral("Смирнова"))};
        assign(covered, orlov);
    }

    QStringList snilsOf(const QList<qint64> &teachers)
    {
        QStringList list;
        for (qint64 id : teachers)
            list << SupportRegion::snilsOf(id);
        list.sort();
        return list;
    }
};

QString normalised(QString text)
{
    return text.replace(QRegularExpression(QStringLiteral("\\s+")), QStringLiteral(" "));
}

// The text of the PDF (or of one page; a null string past the last page).
QString pdfText(const QString &path, int page = 0)
{
    const QString program = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    INFO("pdftotext (poppler-utils, scripts/debian-packages.txt) is needed");
    REQUIRE_FALSE(program.isEmpty());
    QStringList arguments{QStringLiteral("-enc"), QStringLiteral("UTF-8")};
    if (page > 0)
        arguments << QStringLiteral("-f") << QString::number(page) << QStringLiteral("-l") << QString::number(page);
    QProcess process;
    process.start(program, arguments << path << QStringLiteral("-"));
    REQUIRE(process.waitForFinished(60000));
    if (page > 0 && process.exitCode() != 0)
        return {};
    REQUIRE(process.exitCode() == 0);
    return normalised(QString::fromUtf8(process.readAllStandardOutput()));
}

// The row of the indicators table that shows the indicator.
int indicatorRow(QAbstractItemModel *model, const QString &title)
{
    for (int row = 0; row < model->rowCount(); ++row)
        if (model->index(row, 0).data(Qt::ToolTipRole).toString() == title)
            return row;
    return -1;
}

void computeOn(MonitoringPage &page)
{
    pageButton(page, "computeReport")->click();
    REQUIRE(QTest::qWaitFor([&] { return bool(!page.isComputing()); }, 20000));
    INFO(page.errorText().toStdString());
    REQUIRE(page.report());
}

} // namespace

TEST_CASE("a chart is saved as PNG and SVG of the size asked for", "[monitoring][gui]")
{
    Scratch scratch;
    const ChartSpec bars{QStringLiteral("coverage"),
                         QStringLiteral("Coverage"),
                         ChartSpec::Kind::HorizontalBars,
                         {QStringLiteral("Городской округ «Город Калининград»"), QStringLiteral("Гусев")},
                         {{QStringLiteral("Covered"), {0.875, 0.4}}},
                         true};
    const QString png = scratch.path(QStringLiteral("chart.png"));
    REQUIRE(exportChart(bars, png, QSize(640, 480)).ok());
    QImage image(png);
    REQUIRE_FALSE(image.isNull());
    CHECK(image.size() == QSize(640, 480));
    // Something was drawn: not every pixel is the white background.
    bool drawn = false;
    for (int y = 0; y < image.height() && !drawn; y += 4)
        for (int x = 0; x < image.width() && !drawn; x += 4)
            drawn = image.pixel(x, y) != qRgb(255, 255, 255);
    CHECK(drawn);

    const QString svg = scratch.path(QStringLiteral("chart.svg"));
    REQUIRE(exportChart(bars, svg).ok());
    const QString drawing = QString::fromUtf8(test::readFile(svg));
    CHECK(drawing.contains(QStringLiteral("<svg")));
    CHECK(drawing.contains(QStringLiteral("Гусев")));

    // A pie of many slices, value against target bars, an empty chart: drawn all the same.
    ChartSpec pie{QStringLiteral("pie"), QStringLiteral("Pie"), ChartSpec::Kind::Pie, {}, {{QStringLiteral("n"), {}}}, false};
    for (int i = 0; i < 30; ++i) {
        pie.categories << QStringLiteral("Муниципальный округ номер %1 с длинным названием").arg(i);
        pie.series[0].values << 30 - i;
    }
    CHECK(exportChart(pie, scratch.path(QStringLiteral("pie.png"))).ok());
    const ChartSpec targets{QStringLiteral("targets"), QStringLiteral("Targets"), ChartSpec::Kind::Bars,
                            {QStringLiteral("A"), QStringLiteral("B")},
                            {{QStringLiteral("Value"), {0.2, 0.9}}, {QStringLiteral("Target"), {0.3, 1.0}}}, true};
    CHECK(exportChart(targets, scratch.path(QStringLiteral("targets.svg"))).ok());
    const ChartSpec empty{QStringLiteral("empty"), QStringLiteral("Empty"), ChartSpec::Kind::Pie, {}, {}, false};
    CHECK(exportChart(empty, scratch.path(QStringLiteral("empty.png"))).ok());

    const Status wrong = exportChart(bars, scratch.path(QStringLiteral("chart.gif")));
    CHECK_FALSE(wrong.ok());
    CHECK_FALSE(wrong.message().isEmpty());
}

TEST_CASE("the monitoring PDF has the blocks, the municipalities and the charts", "[monitoring][gui]")
{
    MonitoringRegion r;
    auto built = MonitoringService(r.db).build(SupportRegion::year);
    REQUIRE(built.ok());
    MonitoringReport report = built.value();
    report.region = QStringLiteral("Калининградская область");
    // Sixty municipalities: the table goes on over pages with its header.
    for (int i = 1; i <= 60; ++i)
        report.byMunicipality.append({1000 + i, QStringLiteral("Тестовый муниципальный округ № %1").arg(i),
                                      report.indicators});

    const QtChartPainter painter;
    const QString path = r.scratch.path(QStringLiteral("monitoring.pdf"));
    const Status written = MonitoringPdf::write(report, MonitoringService::charts(report), &painter, path);
    INFO(written.message().toStdString());
    REQUIRE(written.ok());
    const QString text = pdfText(path);
    for (int block = 1; block <= MonitoringCatalogue::blockCount; ++block) {
        INFO(block);
        CHECK(text.contains(normalised(MonitoringCatalogue::blockTitle(block))));
    }
    CHECK(text.contains(QStringLiteral("Городской округ «Город Калининград»")));
    CHECK(text.contains(QStringLiteral("Тестовый муниципальный округ № 60")));
    CHECK(text.contains(report.academicYear));
    CHECK(text.contains(normalised(MonitoringPdf::tr("Monitoring of methodical support of teaching staff"))));
    // The table of sixty municipalities goes on over pages, its header on each.
    // (Page 1, the title page, lists the sections; the charts follow the table.)
    int pagesWithMunicipalities = 0;
    for (int page = 2; page < 100; ++page) {
        const QString onPage = pdfText(path, page);
        if (onPage.isNull() || onPage.contains(normalised(MonitoringPdf::tr("Charts"))))
            break;
        if (!onPage.contains(QStringLiteral("Тестовый муниципальный округ")))
            continue;
        ++pagesWithMunicipalities;
        INFO("page " << page);
        CHECK(onPage.contains(MonitoringPdf::tr("Municipality")));
    }
    CHECK(pagesWithMunicipalities >= 2);
    // The charts' titles are drawn text, not pictures.
    CHECK(text.contains(normalised(MonitoringService::tr("Regional methodical active by subject"))));
    // The title page: the institution set for orders, and contents whose page
    // numbers are the pages the parts start on.
    report.institution = QStringLiteral("ГАУ КО ДПО «Институт развития образования»");
    REQUIRE(MonitoringPdf::write(report, MonitoringService::charts(report), &painter, path).ok());
    const QString title = pdfText(path, 1);
    CHECK(title.contains(normalised(report.institution)));
    // The contents as laid out: a part's title and its page on one line.
    QProcess layout;
    layout.start(QStandardPaths::findExecutable(QStringLiteral("pdftotext")),
                 {QStringLiteral("-enc"), QStringLiteral("UTF-8"), QStringLiteral("-layout"), QStringLiteral("-f"),
                  QStringLiteral("1"), QStringLiteral("-l"), QStringLiteral("1"), path, QStringLiteral("-")});
    REQUIRE(layout.waitForFinished(60000));
    const QString contents = normalised(QString::fromUtf8(layout.readAllStandardOutput()));
    const QList<QPair<QString, QString>> parts{
        {normalised(MonitoringCatalogue::blockTitle(1)), normalised(MonitoringCatalogue::blockTitle(1))},
        {normalised(MonitoringPdf::tr("Key indicators by municipality")),
         normalised(MonitoringPdf::tr("Key indicators by municipality"))},
        {normalised(MonitoringPdf::tr("Charts")), normalised(MonitoringService::tr("Regional methodical active by subject"))}};
    for (const auto &[part, mark] : parts) {
        INFO(part.toStdString());
        int first = 0;
        for (int page = 2; page < 100 && first == 0; ++page) {
            const QString onPage = pdfText(path, page);
            if (onPage.isNull())
                break;
            if (onPage.contains(mark))
                first = page;
        }
        REQUIRE(first > 0);
        INFO(contents.toStdString() << " / first on page " << first);
        CHECK(contents.contains(part + QStringLiteral(" %1").arg(first)));
    }

    // Without a chart painter: the tables only, through the service.
    const QString tables = r.scratch.path(QStringLiteral("tables.pdf"));
    REQUIRE(MonitoringService::exportTo(report, tables).ok());
    const QString tablesText = pdfText(tables);
    CHECK(tablesText.contains(normalised(MonitoringCatalogue::blockTitle(1))));
    CHECK_FALSE(tablesText.contains(normalised(MonitoringService::tr("Regional methodical active by subject"))));
}

TEST_CASE("the monitoring page computes the report in the background", "[monitoring][gui]")
{
    MonitoringRegion r;
    MonitoringPage page;
    page.setDatabase(&r.db);
    page.setYear(SupportRegion::year);
    page.resize(1100, 700);
    page.show();
    CHECK_FALSE(pageButton(page, "exportReport")->isEnabled());
    QSignalSpy computed(&page, &MonitoringPage::reportChanged);

    pageButton(page, "computeReport")->click();
    // The database is a file: the report is counted on a thread of its own.
    CHECK(page.isComputing());
    REQUIRE(QTest::qWaitFor([&] { return bool(!page.isComputing()); }, 20000));
    INFO(page.errorText().toStdString());
    REQUIRE(page.report());
    CHECK(computed.count() == 1);
    CHECK(pageButton(page, "exportReport")->isEnabled());

    const Indicator *coverage = page.report()->indicator(QStringLiteral("teachers_covered_share"));
    REQUIRE(coverage);
    CHECK(coverage->numerator == 3);
    CHECK(coverage->denominator == 5);
    CHECK(page.report()->region == QStringLiteral("Калининградская область"));

    // The table: a title row per block, then the indicators with their figures.
    QAbstractItemModel *model = page.indicatorModel();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(model->rowCount() == MonitoringCatalogue::definitions().size() + MonitoringCatalogue::blockCount);
    CHECK(model->index(0, 0).data().toString() == MonitoringCatalogue::blockTitle(1));
    const int row = indicatorRow(model, coverage->title);
    REQUIRE(row > 0);
    CHECK(model->index(row, 1).data().toString() == QStringLiteral("3"));
    CHECK(model->index(row, 2).data().toString() == QStringLiteral("5"));
    CHECK(model->index(row, 3).data().toString() == MonitoringCatalogue::formatValue(*coverage));
    // 60 % misses the target of 100 %: the row stands out.
    CHECK(model->index(row, 0).data(Qt::BackgroundRole).isValid());

    // The by-municipality table lists the fixture's city.
    QAbstractItemModel *municipalities = page.municipalityModel();
    QAbstractItemModelTester municipalityTester(municipalities, QAbstractItemModelTester::FailureReportingMode::Fatal);
    bool cityListed = false;
    for (int m = 0; m < municipalities->rowCount(); ++m)
        cityListed |= municipalities->index(m, 0).data().toString() == QStringLiteral("Городской округ «Город Калининград»");
    CHECK(cityListed);
    // A tab per chart, each with its «Save as» button.
    CHECK(page.chartTabs()->count() == MonitoringService::charts(*page.report()).size());
    CHECK(page.chartTabs()->widget(0)->findChild<QPushButton *>(QStringLiteral("saveChart")));

    // One municipality: its report.
    REQUIRE(page.setMunicipality(r.city));
    computeOn(page);
    CHECK(page.report()->municipalityId == r.city);
    CHECK(page.report()->indicator(QStringLiteral("teachers_covered_share"))->numerator == 3);

    // Every export by suffix, the PDF with its charts.
    for (const QString &name : {QStringLiteral("report.xlsx"), QStringLiteral("report.pdf"),
                                QStringLiteral("report.csv"), QStringLiteral("report.json")}) {
        INFO(name.toStdString());
        const QString path = r.scratch.path(name);
        CHECK(page.exportReport(path).ok());
        CHECK(QFile(path).size() > 0);
    }

    // Computing again and cancelling: the report shown stays.
    pageButton(page, "computeReport")->click();
    page.cancelCompute();
    CHECK_FALSE(page.isComputing());
    REQUIRE(page.report());
    QTest::qWait(100);
    CHECK(computed.count() == 2);
}

TEST_CASE("the report is computed under a progress dialog when the database is not a file", "[monitoring][gui]")
{
    Database db;
    REQUIRE(db.open(QStringLiteral(":memory:")).ok());
    REQUIRE(Setup::initialise(db, QStringLiteral("kaliningrad")).ok());
    MonitoringPage page;
    page.setDatabase(&db);
    page.setYear(SupportRegion::year);
    pageButton(page, "computeReport")->click();
    CHECK_FALSE(page.isComputing());
    INFO(page.errorText().toStdString());
    REQUIRE(page.report());
    CHECK(page.report()->indicator(QStringLiteral("teachers_covered_share"))->denominator == 0);
}

TEST_CASE("a figure's drill-down lists exactly the people behind it", "[monitoring][gui]")
{
    MonitoringRegion r;
    MonitoringPage page;
    page.setDatabase(&r.db);
    page.setYear(SupportRegion::year);
    page.show();
    computeOn(page);

    // Double-clicking the coverage figure in the table opens the list.
    auto *table = page.findChild<QTableView *>(QStringLiteral("indicators"));
    REQUIRE(table);
    const Indicator *coverage = page.report()->indicator(QStringLiteral("teachers_covered_share"));
    REQUIRE(coverage);
    const int row = indicatorRow(page.indicatorModel(), coverage->title);
    REQUIRE(row > 0);
    emit table->activated(page.indicatorModel()->index(row, 1));
    auto *dialog = page.findChild<DrillDownDialog *>();
    REQUIRE(dialog);
    CHECK(dialog->part() == DrillPart::Numerator);
    REQUIRE(QTest::qWaitFor([&] { return bool(!dialog->isLoading()); }));
    INFO(dialog->errorText().toStdString());
    QAbstractItemModelTester tester(dialog->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    const auto snils = [dialog] {
        QStringList list;
        for (const DrillRow &row : dialog->rows())
            list << row.snils;
        list.sort();
        return list;
    };
    CHECK(snils() == r.snilsOf(r.covered));
    CHECK(dialog->model()->rowCount() == 3);
    CHECK_FALSE(dialog->countText().isEmpty());

    // The other parts of the same figure.
    dialog->setPart(DrillPart::Missing);
    REQUIRE(QTest::qWaitFor([&] { return bool(!dialog->isLoading()); }));
    CHECK(snils() == r.snilsOf(r.uncovered));
    dialog->setPart(DrillPart::Denominator);
    REQUIRE(QTest::qWaitFor([&] { return bool(!dialog->isLoading()); }));
    CHECK(dialog->rows().size() == 5);

    // The whole list to CSV, in the background.
    const QString csv = r.scratch.path(QStringLiteral("covered.csv"));
    dialog->setPart(DrillPart::Numerator);
    REQUIRE(QTest::qWaitFor([&] { return bool(!dialog->isLoading()); }));
    QSignalSpy exported(dialog, &DrillDownDialog::exported);
    dialog->exportTo(csv);
    REQUIRE(QTest::qWaitFor([&] { return exported.count() == 1; }));
    CHECK(exported.first().first().toString().isEmpty());
    const QString written = QString::fromUtf8(test::readFile(csv));
    for (const QString &name : {QStringLiteral("Иванова"), QStringLiteral("Петрова"), QStringLiteral("Сидорова")})
        CHECK(written.contains(name));
    CHECK_FALSE(written.contains(QStringLiteral("Кузнецова")));

    // The municipality's row of the by-municipality table: the same teachers.
    DrillDownDialog *city = page.openDrillDown(QStringLiteral("teachers_covered_share"), DrillPart::Numerator, r.city);
    REQUIRE(city);
    REQUIRE(QTest::qWaitFor([&] { return bool(!city->isLoading()); }));
    CHECK(city->rows().size() == 3);

    // A figure entered by hand has no list behind it.
    CHECK_FALSE(page.openDrillDown(QStringLiteral("young_teachers_retained_share"), DrillPart::Numerator, 0));
}

TEST_CASE("a value entered by hand appears in the report as entered", "[monitoring][gui]")
{
    MonitoringRegion r;
    MonitoringPage page;
    page.setDatabase(&r.db);
    page.setYear(SupportRegion::year);
    page.show();
    computeOn(page);
    const QString code = QStringLiteral("young_teachers_retained_share");
    CHECK_FALSE(page.report()->indicator(code)->value);

    bool refused = false, saveDisabled = false, saved = false;
    int listed = 0;
    QString refusal;
    const bool shown = answerModal(pageButton(page, "enterValues"), [&](QWidget *modal) {
        auto *dialog = qobject_cast<ManualValuesDialog *>(modal);
        if (!dialog)
            return;
        // The list of entered values, reloaded by the save below.
        auto *table = dialog->findChild<QTableView *>();
        CHECK(table);
        if (!table)
            return;
        QAbstractItemModelTester valuesTester(table->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        dialog->setIndicator(code);
        dialog->setMunicipality(r.city);
        // More counted than there are: said in the dialog, nothing to save.
        dialog->setFigures(5, 4);
        refusal = dialog->errorText();
        refused = !refusal.isEmpty();
        saveDisabled = !dialog->findChild<QPushButton *>(QStringLiteral("saveValue"))->isEnabled();
        dialog->setFigures(3, 4, QStringLiteral("анкетирование"));
        saved = dialog->save();
        listed = int(dialog->values().size());
    });
    CHECK(shown);
    CHECK(refused);
    CHECK(saveDisabled);
    CHECK(saved);
    CHECK(listed == 1);

    // The page counts again with the new value.
    REQUIRE(QTest::qWaitFor([&] { return bool(!page.isComputing()); }, 20000));
    REQUIRE(QTest::qWaitFor([&] { return bool(page.report()->indicator(code)->numerator == 3); }));
    const Indicator *retained = page.report()->indicator(code);
    CHECK(retained->entered);
    CHECK(retained->denominator == 4);
    const int row = indicatorRow(page.indicatorModel(), retained->title);
    REQUIRE(row > 0);
    CHECK(page.indicatorModel()->index(row, 0).data().toString().contains(retained->title));
    CHECK(page.indicatorModel()->index(row, 0).data().toString() != retained->title); // marked as entered
    CHECK(page.indicatorModel()->index(row, 3).data().toString() == MonitoringCatalogue::formatValue(*retained));

    // The service refuses what the form cannot catch, and the dialog says why.
    ManualValuesDialog dialog(r.db, QStringLiteral("2025-2030"));
    dialog.setIndicator(code);
    dialog.setMunicipality(r.city);
    dialog.setFigures(1, 2);
    CHECK_FALSE(dialog.save());
    CHECK_FALSE(dialog.errorText().isEmpty());
}

TEST_CASE("the home page shows the key indicators when it is shown", "[monitoring][gui]")
{
    MonitoringRegion r;
    HomePage home;
    home.setDatabase(&r.db);
    // Not counted until someone looks.
    CHECK_FALSE(home.isComputing());
    CHECK_FALSE(home.report());
    home.resize(1100, 700);
    home.show();
    REQUIRE(QTest::qWaitFor([&] { return bool(home.report().has_value()); }, 20000));
    const Indicator *coverage = home.report()->indicator(QStringLiteral("teachers_covered_share"));
    REQUIRE(coverage);
    CHECK(home.report()->academicYear == home.year());
    for (const QString &code : HomePage::tileCodes()) {
        auto *tile = home.findChild<QWidget *>(QStringLiteral("tile_%1").arg(code));
        REQUIRE(tile);
        auto *value = tile->findChild<QLabel *>(QStringLiteral("tileValue"));
        REQUIRE(value);
        const Indicator *indicator = home.report()->indicator(code);
        REQUIRE(indicator);
        CHECK(value->text() == MonitoringCatalogue::formatValue(*indicator));
    }
    QSignalSpy requested(&home, &HomePage::monitoringRequested);
    pageButton(home, "openMonitoring")->click();
    CHECK(requested.count() == 1);
}
