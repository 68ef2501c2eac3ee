#include "pages/MonitoringPage.h"

#include "BackgroundTask.h"
#include "QtChartPainter.h"
#include "dialogs/DrillDownDialog.h"
#include "dialogs/ManualValuesDialog.h"
#include "domain/AcademicYear.h"
#include "models/AssignmentModels.h"
#include "models/MonitoringModels.h"
#include "pages/PageTables.h"
#include "services/MonitoringService.h"
#include "storage/MonitoringRepository.h"
#include "storage/SettingsRepository.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace metodist {

namespace {

// A line of the page that takes no room while it has nothing to say.
void say(QLabel *label, const QString &text)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

QPushButton *button(const QString &text, const QString &name, QWidget *parent)
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(name);
    return b;
}

QTableView *sortedView(QAbstractItemModel *model, const QString &name, QWidget *parent)
{
    auto *proxy = new QSortFilterProxyModel(parent);
    proxy->setSourceModel(model);
    proxy->setSortRole(SortRole);
    proxy->setSortLocaleAware(true);
    QTableView *view = singleRowView(proxy, name, parent);
    view->setSortingEnabled(true);
    view->sortByColumn(-1, Qt::AscendingOrder); // the report's order until a header is clicked
    return view;
}

} // namespace

MonitoringPage::MonitoringPage(QWidget *parent)
    : Page(parent)
    , m_task(new BackgroundTask(this))
    , m_year(new QComboBox(this))
    , m_municipality(new QComboBox(this))
    , m_compute(button(tr("&Compute"), QStringLiteral("computeReport"), this))
    , m_export(button(tr("E&xport report…"), QStringLiteral("exportReport"), this))
    , m_enter(button(tr("E&nter values…"), QStringLiteral("enterValues"), this))
    , m_progressRow(new QWidget(this))
    , m_progress(new QProgressBar(m_progressRow))
    , m_cancel(button(tr("Cancel"), QStringLiteral("cancelCompute"), m_progressRow))
    , m_info(new QLabel(this))
    , m_error(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_indicators(new IndicatorTableModel(this))
    , m_indicatorTable(singleRowView(m_indicators, QStringLiteral("indicators"), this))
    , m_bySubject(new CountsModel(tr("Subject"), this))
    , m_byMunicipality(new CountsModel(tr("Municipality"), this))
    , m_byEmployment(new CountsModel(tr("Form of employment"), this))
    , m_compositionTotal(new QLabel(this))
    , m_municipalities(new MunicipalityTableModel(this))
    , m_municipalitySort(nullptr)
    , m_municipalityTable(sortedView(m_municipalities, QStringLiteral("municipalities"), this))
    , m_charts(new QTabWidget(this))
{
    Page::requireCapability(m_enter, Capability::EditMonitoring);
    setObjectName(QStringLiteral("monitoringPage"));
    m_municipalitySort = qobject_cast<QSortFilterProxyModel *>(m_municipalityTable->model());
    m_year->setObjectName(QStringLiteral("year"));
    m_year->setEditable(true);
    m_year->addItems(academicYearChoices());
    m_year->setCurrentText(AcademicYear::containing(QDate::currentDate()).text());
    m_municipality->setObjectName(QStringLiteral("municipality"));
    m_municipality->setMinimumContentsLength(28);
    m_municipality->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_compute->setDefault(true);
    m_compute->setToolTip(tr("Count the indicators of the chosen year for the region or the municipality"));
    m_enter->setToolTip(tr("Figures of surveys and reports that the program cannot count"));
    m_progress->setObjectName(QStringLiteral("progress"));
    m_progress->setFormat(tr("Computing… %p%"));
    auto *progressLayout = new QHBoxLayout(m_progressRow);
    progressLayout->setContentsMargins(0, 0, 0, 0);
    progressLayout->addWidget(m_progress, 1);
    progressLayout->addWidget(m_cancel);
    m_progressRow->hide();
    m_info->setObjectName(QStringLiteral("reportInfo"));
    m_info->setWordWrap(true);
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020"));
    say(m_error, {});
    m_tabs->setObjectName(QStringLiteral("monitoringTabs"));
    m_charts->setObjectName(QStringLiteral("charts"));
    m_tabs->addTab(createIndicatorsTab(), tr("Indicators"));
    m_tabs->addTab(createCompositionTab(), tr("Composition of the active"));
    m_tabs->addTab(createMunicipalityTab(), tr("By municipality"));
    m_tabs->addTab(m_charts, tr("Charts"));

    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Academic year"), this));
    top->addWidget(m_year);
    top->addSpacing(8);
    top->addWidget(new QLabel(tr("Municipality"), this));
    top->addWidget(m_municipality, 1);
    top->addWidget(m_compute);
    top->addStretch();
    top->addWidget(m_enter);
    top->addWidget(m_export);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_progressRow);
    layout->addWidget(m_info);
    layout->addWidget(m_error);
    layout->addWidget(m_tabs, 1);

    connect(m_compute, &QPushButton::clicked, this, &MonitoringPage::compute);
    connect(m_cancel, &QPushButton::clicked, this, &MonitoringPage::cancelCompute);
    connect(m_export, &QPushButton::clicked, this, &MonitoringPage::chooseExportFile);
    connect(m_enter, &QPushButton::clicked, this, &MonitoringPage::enterValues);
    connect(m_task, &BackgroundTask::progressed, this, [this](qint64 done, qint64 total) {
        m_progress->setRange(0, int(std::max<qint64>(total, 1)));
        m_progress->setValue(int(std::min(done, total)));
    });
    connect(m_task, &BackgroundTask::finished, this, &MonitoringPage::reportComputed);
    connect(m_indicatorTable, &QTableView::activated, this, &MonitoringPage::indicatorActivated);
    connect(m_municipalityTable, &QTableView::activated, this, &MonitoringPage::municipalityActivated);
    m_info->setText(tr("Choose the academic year and the municipality (or the whole region) and press «Compute»."));
    updateButtons();
}

MonitoringPage::~MonitoringPage() = default;

QWidget *MonitoringPage::createIndicatorsTab()
{
    m_indicatorTable->setWordWrap(true);
    m_indicatorTable->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // Indicator, numerator, denominator, value, target, met.
    sizeColumns(m_indicatorTable, {56, 12, 14, 9, 11, 14}, 0);
    return m_indicatorTable;
}

QWidget *MonitoringPage::createCompositionTab()
{
    auto *tab = new QWidget(this);
    auto *splitter = new QSplitter(Qt::Horizontal, tab);
    const std::pair<CountsModel *, QString> tables[] = {{m_bySubject, QStringLiteral("bySubject")},
                                                       {m_byMunicipality, QStringLiteral("byMunicipality")},
                                                       {m_byEmployment, QStringLiteral("byEmployment")}};
    for (const auto &[model, name] : tables) {
        QTableView *view = sortedView(model, name, splitter);
        sizeColumns(view, {24, 11, 9}, 0);
        splitter->addWidget(view);
    }
    splitter->setChildrenCollapsible(false);
    splitter->setSizes({360, 440, 300});
    m_compositionTotal->setObjectName(QStringLiteral("compositionTotal"));
    auto *layout = new QVBoxLayout(tab);
    layout->addWidget(m_compositionTotal);
    layout->addWidget(splitter, 1);
    return tab;
}

QWidget *MonitoringPage::createMunicipalityTab()
{
    // Municipality, teachers, then the four key figures, wide enough for their headers.
    sizeColumns(m_municipalityTable, {30, 9, 20, 20, 20, 20}, 0);
    m_municipalityTable->setToolTip(tr("Double-click a figure to see the list behind it"));
    return m_municipalityTable;
}

QString MonitoringPage::title() const
{
    return tr("Monitoring");
}

void MonitoringPage::setDatabase(Database *db)
{
    cancelCompute();
    for (const QPointer<QWidget> &list : std::as_const(m_openLists))
        if (list)
            list->close();
    m_openLists.clear();
    m_db = db;
    m_report.reset();
    say(m_error, {});
    m_info->setText(
        tr("Choose the academic year and the municipality (or the whole region) and press «Compute»."));
    showReport();
    fillMunicipalities();
    updateButtons();
}

void MonitoringPage::reloadData()
{
    if (!m_db)
        return;
    fillMunicipalities();
    if (m_report && !isComputing())
        m_info->setText(tr("The database has changed since this report was computed. Press «Compute» to count "
                           "again."));
}

void MonitoringPage::fillMunicipalities()
{
    const qint64 chosen = municipalityId();
    const QSignalBlocker blocker(m_municipality);
    m_municipality->clear();
    m_municipality->addItem(tr("The whole region"), qint64(0));
    if (!m_db)
        return;
    auto municipalities = MonitoringRepository(*m_db).municipalities();
    if (!municipalities) {
        say(m_error, municipalities.message());
        return;
    }
    for (const auto &[id, name] : municipalities.value())
        m_municipality->addItem(name, id);
    setMunicipality(chosen);
}

QString MonitoringPage::year() const
{
    const auto parsed = AcademicYear::parse(m_year->currentText());
    return parsed ? parsed->text() : m_year->currentText();
}

void MonitoringPage::setYear(const QString &academicYear)
{
    m_year->setCurrentText(academicYear);
}

qint64 MonitoringPage::municipalityId() const
{
    return m_municipality->currentIndex() < 0 ? 0 : m_municipality->currentData().toLongLong();
}

bool MonitoringPage::setMunicipality(qint64 municipalityId)
{
    const int index = m_municipality->findData(municipalityId);
    if (index < 0)
        return false;
    m_municipality->setCurrentIndex(index);
    return true;
}

bool MonitoringPage::isComputing() const
{
    return m_task->isRunning();
}

QString MonitoringPage::errorText() const
{
    return m_error->text();
}

QAbstractItemModel *MonitoringPage::indicatorModel() const
{
    return m_indicators;
}

QAbstractItemModel *MonitoringPage::municipalityModel() const
{
    return m_municipalities;
}

void MonitoringPage::updateButtons()
{
    m_compute->setEnabled(m_db);
    m_enter->setEnabled(m_db);
    m_export->setEnabled(m_report.has_value());
    m_year->setEnabled(m_db);
    m_municipality->setEnabled(m_db);
}

void MonitoringPage::compute()
{
    if (!m_db)
        return;
    const auto parsed = AcademicYear::parse(m_year->currentText());
    if (!parsed) {
        say(m_error, AcademicYear::formatError(m_year->currentText()));
        return;
    }
    const QString academicYear = parsed->text();
    const qint64 municipality = municipalityId();
    say(m_error, {});
    m_progress->setRange(0, 0);
    m_progressRow->show();
    m_info->setText(tr("Computing the indicators of %1 for %2…")
                        .arg(academicYear, municipality == 0 ? tr("the whole region") : m_municipality->currentText()));
    auto result = std::make_shared<std::optional<MonitoringReport>>();
    m_pending = result;
    m_task->start(*m_db, tr("Computing the monitoring report…"),
                  [academicYear, municipality, result](const Database &db, Progress &progress) {
                      auto built = MonitoringService(db).build(academicYear, municipality, &progress);
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

void MonitoringPage::computeIfEmpty()
{
    if (m_db && !m_report && !isComputing())
        compute();
}

void MonitoringPage::cancelCompute()
{
    if (m_task->isRunning()) {
        m_task->cancel();
        m_info->setText(m_report ? tr("Computing was cancelled; the report shown is the previous one.")
                                 : tr("Computing was cancelled."));
    }
    m_pending.reset();
    m_progressRow->hide();
}

void MonitoringPage::reportComputed(const QString &error)
{
    m_progressRow->hide();
    if (!error.isEmpty()) {
        say(m_error, error);
        m_info->setText(m_report ? tr("The report shown is the previous one.") : QString());
        return;
    }
    if (m_pending && m_pending->has_value())
        m_report = std::move(**m_pending);
    m_pending.reset();
    showReport();
    emit statusMessage(tr("The monitoring report is computed."));
    emit reportChanged();
}

void MonitoringPage::showReport()
{
    updateButtons();
    if (!m_report) {
        m_indicators->setRows({});
        m_bySubject->setCounts({}, 0);
        m_byMunicipality->setCounts({}, 0);
        m_byEmployment->setCounts({}, 0);
        m_compositionTotal->clear();
        m_municipalities->setRows({});
        showCharts();
        return;
    }
    const MonitoringReport &r = *m_report;
    m_indicators->setReport(r);
    m_indicatorTable->clearSpans();
    for (int row = 0; row < m_indicators->rowCount(); ++row)
        if (!m_indicators->rowAt(row).indicator)
            m_indicatorTable->setSpan(row, 0, 1, m_indicators->columnCount());
    m_bySubject->setCounts(r.composition.bySubject, r.composition.total);
    m_byMunicipality->setCounts(r.composition.byMunicipality, r.composition.total);
    m_byEmployment->setCounts(r.composition.byEmployment, r.composition.total);
    m_compositionTotal->setText(tr("Active methodists: %1.").arg(QLocale().toString(r.composition.total)));
    m_municipalities->setRows(r.byMunicipality);
    const QString place = r.municipality.isEmpty() ? (r.region.isEmpty() ? tr("the whole region") : r.region)
                                                   : r.municipality;
    int notMet = 0;
    for (const Indicator &i : r.indicators)
        if (i.met && !*i.met)
            ++notMet;
    m_info->setText(tr("Academic year %1, %2; computed at %3. Indicators not meeting their targets: %4. "
                       "Double-click a figure to see the list behind it.")
                        .arg(r.academicYear, place, r.generatedAt.toString(QStringLiteral("HH:mm")))
                        .arg(notMet));
    showCharts();
}

void MonitoringPage::showCharts()
{
    while (m_charts->count() > 0) {
        QWidget *tab = m_charts->widget(0);
        m_charts->removeTab(0);
        delete tab;
    }
    if (!m_report)
        return;
    const QList<ChartSpec> charts = MonitoringService::charts(*m_report);
    for (int i = 0; i < charts.size(); ++i) {
        const ChartSpec &chart = charts[i];
        auto *tab = new QWidget(m_charts);
        auto *save = button(tr("Save as PNG/SVG…"), QStringLiteral("saveChart"), tab);
        connect(save, &QPushButton::clicked, this, [this, i] { saveChart(i); });
        auto *bar = new QHBoxLayout;
        bar->addStretch();
        bar->addWidget(save);
        QWidget *view = createChartView(chart, tab);
        auto *layout = new QVBoxLayout(tab);
        layout->addLayout(bar);
        if (chart.kind == ChartSpec::Kind::HorizontalBars) {
            // A bar a municipality: the chart grows and scrolls.
            auto *scroll = new QScrollArea(tab);
            scroll->setWidgetResizable(true);
            scroll->setWidget(view);
            layout->addWidget(scroll, 1);
        } else {
            layout->addWidget(view, 1);
        }
        // Short tab names; the chart carries the full title.
        QString name = chart.title;
        if (chart.id == QLatin1String("composition_by_subject"))
            name = tr("By subject");
        else if (chart.id == QLatin1String("composition_by_municipality"))
            name = tr("By municipality");
        else if (chart.id == QLatin1String("composition_by_employment"))
            name = tr("By employment");
        else if (chart.id == QLatin1String("coverage_by_municipality"))
            name = tr("Coverage by municipality");
        else if (chart.id == QLatin1String("indicators_against_targets"))
            name = tr("Against targets");
        m_charts->addTab(tab, name);
        m_charts->setTabToolTip(i, chart.title);
    }
}

void MonitoringPage::saveChart(int index)
{
    if (!m_report)
        return;
    const QList<ChartSpec> charts = MonitoringService::charts(*m_report);
    if (index < 0 || index >= charts.size())
        return;
    const QString png = tr("PNG pictures (*.png)");
    const QString svg = tr("SVG drawings (*.svg)");
    QString filter = png;
    const QString suggested = QDir::home().filePath(
        QStringLiteral("%1-%2.png").arg(charts[index].id, QString(m_report->academicYear).replace(u'/', u'-')));
    QString path = QFileDialog::getSaveFileName(this, tr("Save the chart"), suggested, png + QStringLiteral(";;") + svg,
                                                &filter);
    if (path.isEmpty())
        return;
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix != QLatin1String("png") && suffix != QLatin1String("svg"))
        path += filter == svg ? QStringLiteral(".svg") : QStringLiteral(".png");
    const ChartSpec &chart = charts[index];
    // A bar a municipality: a long chart gets a taller picture.
    QSize size(1000, 640);
    if (chart.kind == ChartSpec::Kind::HorizontalBars)
        size.setHeight(std::max(640, int(chart.categories.size() * chart.series.size()) * 26 + 140));
    if (const Status status = exportChart(chart, path, size); !status)
        say(m_error, status.message());
    else
        emit statusMessage(tr("The chart is saved to %1.").arg(QDir::toNativeSeparators(path)));
}

Status MonitoringPage::exportReport(const QString &path) const
{
    if (!m_report)
        return Status::failure(tr("Compute the report first."));
    const QtChartPainter painter;
    return MonitoringService::exportTo(*m_report, path, &painter);
}

void MonitoringPage::chooseExportFile()
{
    if (!m_report)
        return;
    const QStringList filters{tr("Excel workbooks (*.xlsx)"), tr("PDF documents (*.pdf)"), tr("CSV tables (*.csv)"),
                              tr("JSON data (*.json)")};
    const QStringList suffixes{QStringLiteral("xlsx"), QStringLiteral("pdf"), QStringLiteral("csv"),
                               QStringLiteral("json")};
    QString filter = filters.first();
    const QString suggested = QDir::home().filePath(
        tr("Monitoring %1.xlsx").arg(QString(m_report->academicYear).replace(u'/', u'-')));
    QString path = QFileDialog::getSaveFileName(this, tr("Export the monitoring report"), suggested,
                                                filters.join(QStringLiteral(";;")), &filter);
    if (path.isEmpty())
        return;
    if (!suffixes.contains(QFileInfo(path).suffix().toLower()))
        path += u'.' + suffixes.value(std::max<qsizetype>(0, filters.indexOf(filter)));
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Status status = exportReport(path);
    QApplication::restoreOverrideCursor();
    if (!status)
        say(m_error, status.message());
    else
        emit statusMessage(tr("The report is saved to %1.").arg(QDir::toNativeSeparators(path)));
}

void MonitoringPage::enterValues()
{
    if (!m_db)
        return;
    ManualValuesDialog dialog(*m_db, year(), this);
    if (const qint64 municipality = municipalityId(); municipality > 0)
        dialog.setMunicipality(municipality);
    dialog.exec();
    // The report shown counts the old values: count again.
    if (dialog.changed() && m_report)
        compute();
}

QString MonitoringPage::placeName(qint64 municipalityId) const
{
    if (municipalityId < 0)
        return tr("School not specified");
    if (municipalityId == 0 || (m_report && municipalityId == m_report->municipalityId)) {
        if (m_report && !m_report->municipality.isEmpty())
            return m_report->municipality;
        return m_report && !m_report->region.isEmpty() ? m_report->region : tr("The whole region");
    }
    if (m_report)
        for (const MunicipalityIndicators &m : m_report->byMunicipality)
            if (m.municipalityId == municipalityId)
                return m.municipality;
    return {};
}

DrillDownDialog *MonitoringPage::openDrillDown(const QString &code, DrillPart part, qint64 municipalityId)
{
    if (!m_db || !m_report)
        return nullptr;
    if (auto subject = MonitoringService::drillSubject(code, part); !subject) {
        emit statusMessage(subject.message());
        return nullptr;
    }
    DrillRequest request;
    request.code = code;
    request.part = part;
    request.academicYear = m_report->academicYear;
    // The report's own figures are for its scope: the region or its municipality.
    const bool own = municipalityId == 0 || municipalityId == m_report->municipalityId;
    request.municipalityId = own ? m_report->municipalityId : municipalityId;
    request.place = placeName(request.municipalityId);
    const Indicator *figure = nullptr;
    if (own) {
        figure = m_report->indicator(code);
    } else {
        const qint64 key = municipalityId < 0 ? 0 : municipalityId;
        for (const MunicipalityIndicators &m : m_report->byMunicipality)
            if (m.municipalityId == key)
                figure = findIndicator(m.indicators, code);
    }
    if (figure) {
        request.numerator = figure->numerator;
        request.denominator = figure->denominator;
    }
    auto *dialog = new DrillDownDialog(*m_db, request, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_openLists.append(dialog);
    dialog->show();
    return dialog;
}

void MonitoringPage::indicatorActivated(const QModelIndex &index)
{
    if (!index.isValid() || !m_report)
        return;
    const IndicatorRow &row = m_indicators->rowAt(index.row());
    if (!row.indicator)
        return;
    openDrillDown(row.indicator->code,
                  index.column() == IndicatorTableModel::DenominatorColumn ? DrillPart::Denominator
                                                                           : DrillPart::Numerator,
                  m_report->municipalityId);
}

void MonitoringPage::municipalityActivated(const QModelIndex &index)
{
    if (!index.isValid() || !m_report)
        return;
    const QModelIndex source = m_municipalitySort->mapToSource(index);
    const MunicipalityIndicators &m = m_municipalities->rowAt(source.row());
    const qint64 id = m.municipalityId == 0 ? -1 : m.municipalityId;
    const int column = source.column();
    if (column <= MunicipalityTableModel::TeachersColumn) {
        openDrillDown(MunicipalityTableModel::indicatorCode(MunicipalityTableModel::TeachersColumn),
                      DrillPart::Denominator, id);
        return;
    }
    if (const QString code = MunicipalityTableModel::indicatorCode(column); !code.isEmpty())
        openDrillDown(code, DrillPart::Numerator, id);
}

} // namespace metodist
