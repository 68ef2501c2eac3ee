#include "pages/HomePage.h"

#include "BackgroundTask.h"
#include "QtChartPainter.h"
#include "domain/AcademicYear.h"
#include "services/MonitoringService.h"
#include "storage/SettingsRepository.h"

#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QShowEvent>
#include <QVBoxLayout>

namespace metodist {

namespace {

// A report on the home page is fresh this long; showing the page later counts again.
constexpr int freshSeconds = 120;

struct TileText
{
    const char *code;
    const char *title;
};

const TileText tiles[] = {
    {"teachers_covered_share", QT_TRANSLATE_NOOP("metodist::HomePage", "Teachers with methodical support")},
    {"teachers_route_share", QT_TRANSLATE_NOOP("metodist::HomePage", "Teachers following an individual route")},
    {"teachers_pk_federal_share",
     QT_TRANSLATE_NOOP("metodist::HomePage", "Teachers with federal-registry professional development this year")},
    {"methodists_pk_federal_share",
     QT_TRANSLATE_NOOP("metodist::HomePage", "Methodists with federal-registry professional development")},
    {"teachers_per_methodist", QT_TRANSLATE_NOOP("metodist::HomePage", "Teachers per methodist")},
};

// A line of the page that takes no room while it has nothing to say.
void say(QLabel *label, const QString &text)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

QLabel *label(const QString &name, QWidget *parent, double scale = 1.0, bool bold = false)
{
    auto *l = new QLabel(parent);
    l->setObjectName(name);
    if (scale != 1.0 || bold) {
        QFont font = l->font();
        font.setPointSizeF(font.pointSizeF() * scale);
        font.setBold(bold);
        l->setFont(font);
    }
    return l;
}

} // namespace

QStringList HomePage::tileCodes()
{
    QStringList codes;
    for (const TileText &t : tiles)
        codes << QString::fromLatin1(t.code);
    return codes;
}

HomePage::HomePage(QWidget *parent)
    : Page(parent)
    , m_year(AcademicYear::containing(QDate::currentDate()).text())
    , m_task(new BackgroundTask(this))
    , m_subtitle(label(QStringLiteral("subtitle"), this))
    , m_hint(label(QStringLiteral("hint"), this))
    , m_error(label(QStringLiteral("error"), this))
    , m_busy(new QProgressBar(this))
    , m_chartBox(new QVBoxLayout)
    , m_refresh(new QPushButton(tr("&Refresh"), this))
    , m_open(new QPushButton(QIcon(QStringLiteral(":/icons/monitoring.svg")), tr("Open &monitoring"), this))
{
    setObjectName(QStringLiteral("homePage"));
    QLabel *heading = label(QStringLiteral("heading"), this, 1.6, true);
    heading->setText(tr("Home"));
    m_subtitle->setWordWrap(true);
    m_hint->setWordWrap(true);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020"));
    say(m_hint, {});
    say(m_error, {});
    m_busy->setObjectName(QStringLiteral("busy"));
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setMaximumWidth(160);
    m_busy->hide();
    m_refresh->setObjectName(QStringLiteral("refreshHome"));
    m_open->setObjectName(QStringLiteral("openMonitoring"));
    m_open->setToolTip(tr("All indicators by block and municipality, the lists behind them, charts and exports"));

    auto *top = new QHBoxLayout;
    top->addWidget(heading);
    top->addStretch();
    top->addWidget(m_busy);
    top->addWidget(m_refresh);
    top->addWidget(m_open);

    auto *grid = new QGridLayout;
    grid->setSpacing(10);
    for (int i = 0; i < int(std::size(tiles)); ++i) {
        Tile tile;
        auto *frame = new QFrame(this);
        frame->setObjectName(QStringLiteral("tile_%1").arg(QString::fromLatin1(tiles[i].code)));
        frame->setFrameShape(QFrame::StyledPanel);
        frame->setMinimumWidth(170);
        tile.frame = frame;
        tile.title = label(QStringLiteral("tileTitle"), frame);
        tile.title->setText(tr(tiles[i].title));
        tile.title->setWordWrap(true);
        tile.title->setAlignment(Qt::AlignLeft | Qt::AlignTop);
        tile.value = label(QStringLiteral("tileValue"), frame, 2.2, true);
        tile.detail = label(QStringLiteral("tileDetail"), frame, 0.9);
        tile.detail->setWordWrap(true);
        auto *box = new QVBoxLayout(frame);
        box->addWidget(tile.title, 1);
        box->addWidget(tile.value);
        box->addWidget(tile.detail);
        grid->addWidget(frame, 0, i);
        grid->setColumnStretch(i, 1);
        m_tiles.append(tile);
    }

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_subtitle);
    layout->addWidget(m_hint);
    layout->addWidget(m_error);
    layout->addSpacing(6);
    layout->addLayout(grid);
    layout->addSpacing(6);
    layout->addLayout(m_chartBox, 1);

    connect(m_refresh, &QPushButton::clicked, this, &HomePage::refresh);
    connect(m_open, &QPushButton::clicked, this, &HomePage::monitoringRequested);
    connect(m_task, &BackgroundTask::finished, this, &HomePage::computed);
    showReport();
}

HomePage::~HomePage() = default;

QString HomePage::title() const
{
    return tr("Home");
}

void HomePage::setDatabase(Database *db)
{
    m_task->cancel();
    m_pending.reset();
    m_busy->hide();
    m_db = db;
    m_report.reset();
    say(m_error, {});
    showReport();
    if (db && isVisible())
        refresh();
}

void HomePage::reloadData()
{
    if (m_db)
        refresh();
}

bool HomePage::isComputing() const
{
    return m_task->isRunning();
}

void HomePage::showEvent(QShowEvent *event)
{
    Page::showEvent(event);
    const bool stale = !m_report || m_computedAt.secsTo(QDateTime::currentDateTime()) > freshSeconds;
    if (m_db && stale && !isComputing())
        refresh();
}

void HomePage::refresh()
{
    if (!m_db)
        return;
    m_year = AcademicYear::containing(QDate::currentDate()).text();
    m_busy->show();
    say(m_error, {});
    if (!m_report)
        m_subtitle->setText(tr("Counting the indicators of %1…").arg(m_year));
    auto result = std::make_shared<std::optional<MonitoringReport>>();
    m_pending = result;
    m_task->start(*m_db, tr("Counting the key indicators…"), [year = m_year, result](const Database &db, Progress &progress) {
        auto built = MonitoringService(db).build(year, 0, &progress);
        if (!built)
            return built.status();
        MonitoringReport report = std::move(built).value();
        if (report.region.isEmpty())
            if (auto region = SettingsRepository(db).value(QStringLiteral("region.name")); region)
                report.region = region.value();
        *result = std::move(report);
        return Status::success();
    });
}

void HomePage::computed(const QString &error)
{
    m_busy->hide();
    if (!error.isEmpty()) {
        say(m_error, error);
        return;
    }
    if (m_pending && m_pending->has_value())
        m_report = std::move(**m_pending);
    m_pending.reset();
    m_computedAt = QDateTime::currentDateTime();
    showReport();
    emit reportChanged();
}

void HomePage::showTile(Tile &tile, const Indicator *i)
{
    QString background = QStringLiteral("#f3f4f6"), border = QStringLiteral("#d0d4d9"), colour = QStringLiteral("#455a64");
    if (i && i->met) {
        background = *i->met ? QStringLiteral("#e7f4e4") : QStringLiteral("#fdecea");
        border = *i->met ? QStringLiteral("#8cc084") : QStringLiteral("#e6a0a0");
        colour = *i->met ? QStringLiteral("#2e7d32") : QStringLiteral("#c62828");
    }
    tile.frame->setStyleSheet(QStringLiteral("QFrame#%1 { background: %2; border: 1px solid %3; border-radius: 6px; }")
                                  .arg(tile.frame->objectName(), background, border));
    tile.value->setStyleSheet(QStringLiteral("color: %1").arg(colour));
    if (!i) {
        tile.value->setText(QStringLiteral("—"));
        tile.detail->clear();
        tile.frame->setToolTip({});
        return;
    }
    tile.value->setText(MonitoringCatalogue::formatValue(*i));
    QStringList detail;
    if (i->numerator && i->denominator)
        detail << (i->unit == IndicatorUnit::Share
                       ? tr("%1 of %2").arg(QLocale().toString(*i->numerator), QLocale().toString(*i->denominator))
                       : tr("%1 teachers, %2 methodists")
                             .arg(QLocale().toString(*i->numerator), QLocale().toString(*i->denominator)));
    if (i->target)
        detail << tr("target %1").arg(MonitoringCatalogue::formatTarget(*i));
    if (i->met)
        detail << MonitoringCatalogue::formatMet(*i);
    tile.detail->setText(detail.join(QStringLiteral(" · ")));
    tile.frame->setToolTip(i->title);
}

void HomePage::showReport()
{
    m_refresh->setEnabled(m_db);
    m_open->setEnabled(m_db);
    for (int t = 0; t < m_tiles.size(); ++t)
        showTile(m_tiles[t], m_report ? m_report->indicator(QString::fromLatin1(tiles[t].code)) : nullptr);
    if (m_chart) {
        m_chartBox->removeWidget(m_chart);
        delete m_chart;
        m_chart = nullptr;
    }
    if (!m_db) {
        m_subtitle->setText(tr("No database is open."));
        say(m_hint, {});
        return;
    }
    if (!m_report) {
        say(m_hint, {});
        return;
    }
    const MonitoringReport &r = *m_report;
    m_subtitle->setText(tr("Key indicators of academic year %1 for %2, as of %3.")
                            .arg(r.academicYear, r.region.isEmpty() ? tr("the region") : r.region,
                                 r.generatedAt.toString(QStringLiteral("dd.MM.yyyy HH:mm"))));
    const Indicator *covered = r.indicator(QStringLiteral("teachers_covered_share"));
    const Indicator *perMethodist = r.indicator(QStringLiteral("teachers_per_methodist"));
    if (!covered || covered->denominator.value_or(0) == 0)
        say(m_hint, tr("The registry has no teachers yet: import them in the «Teachers» area, and the "
                           "methodists in the «Methodists» area, to see the indicators."));
    else if (!perMethodist || perMethodist->denominator.value_or(0) == 0)
        say(m_hint, tr("The registry has no active methodists yet: import them in the «Methodists» area."));
    else if (covered->numerator.value_or(0) == 0)
        say(m_hint, tr("No teacher is assigned to a methodist in %1 yet: assign them in the «Assignment» area.")
                            .arg(r.academicYear));
    else
        say(m_hint, {});
    for (const ChartSpec &chart : MonitoringService::charts(r)) {
        if (chart.id != QLatin1String("composition_by_subject"))
            continue;
        m_chart = createChartView(chart, this);
        m_chartBox->addWidget(m_chart, 1);
    }
}

} // namespace metodist
