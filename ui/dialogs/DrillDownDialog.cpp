#include "dialogs/DrillDownDialog.h"

#include "BackgroundTask.h"
#include "domain/Snils.h"
#include "models/AssignmentModels.h"
#include "services/MonitoringService.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace metodist {

// The rows of a drill-down with the columns that mean something for their
// kind (a school has no СНИЛС).
class DrillRowModel : public ListModel<DrillRow>
{
public:
    DrillRowModel(MonitoringSubject subject, QObject *parent) : ListModel(parent), m_subject(subject)
    {
        const QStringList headers = MonitoringService::drillColumns(subject);
        static const QString DrillRow::*const fields[] = {&DrillRow::name, &DrillRow::snils, &DrillRow::municipality,
                                                          &DrillRow::organisation, &DrillRow::detail};
        for (int c = 0; c < headers.size() && c < 5; ++c) {
            if (headers[c].isEmpty())
                continue;
            const QString DrillRow::*field = fields[c];
            const bool snils = field == &DrillRow::snils;
            addColumn(headers[c], [field, snils](const DrillRow &row, int role) -> QVariant {
                if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
                    return snils ? Snils::format(row.*field) : row.*field;
                return {};
            });
        }
    }

    MonitoringSubject subject() const { return m_subject; }

private:
    MonitoringSubject m_subject;
};

namespace {

QString partText(const IndicatorDefinition &d, DrillPart part)
{
    switch (part) {
    case DrillPart::Numerator:
        return DrillDownDialog::tr("Counted: %1").arg(MonitoringCatalogue::numeratorText(d));
    case DrillPart::Denominator:
        return DrillDownDialog::tr("All: %1").arg(MonitoringCatalogue::denominatorText(d));
    case DrillPart::Missing:
        return DrillDownDialog::tr("Not counted: in the denominator, not in the numerator");
    }
    return {};
}

} // namespace

DrillDownDialog::DrillDownDialog(const Database &db, DrillRequest request, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_request(std::move(request))
    , m_loader(new BackgroundTask(this))
    , m_exporter(new BackgroundTask(this))
    , m_part(new QComboBox(this))
    , m_title(new QLabel(this))
    , m_count(new QLabel(this))
    , m_error(new QLabel(this))
    , m_busy(new QProgressBar(this))
    , m_model(nullptr)
    , m_table(new QTableView(this))
    , m_export(new QPushButton(tr("&Export…"), this))
{
    setObjectName(QStringLiteral("drillDownDialog"));
    const IndicatorDefinition *d = MonitoringCatalogue::find(m_request.code);
    const QString title = d ? MonitoringCatalogue::title(*d) : m_request.code;
    setWindowTitle(tr("List behind the figure: %1").arg(title));
    m_title->setObjectName(QStringLiteral("drillTitle"));
    m_title->setWordWrap(true);
    m_title->setTextFormat(Qt::RichText);
    m_title->setText(QStringLiteral("<b>%1</b><br>%2")
                         .arg(title.toHtmlEscaped(),
                              tr("%1; academic year %2").arg(m_request.place, m_request.academicYear).toHtmlEscaped()));
    m_part->setObjectName(QStringLiteral("part"));
    if (d) {
        for (DrillPart part : {DrillPart::Numerator, DrillPart::Denominator, DrillPart::Missing})
            if (MonitoringService::drillSubject(m_request.code, part))
                m_part->addItem(partText(*d, part), int(part));
    }
    m_part->setCurrentIndex(std::max(0, m_part->findData(int(m_request.part))));
    m_count->setObjectName(QStringLiteral("count"));
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020"));
    m_busy->setObjectName(QStringLiteral("busy"));
    m_busy->setRange(0, 0);
    m_busy->setMaximumHeight(m_busy->fontMetrics().height());
    m_busy->setTextVisible(false);
    m_busy->hide();
    m_table->setObjectName(QStringLiteral("drillTable"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_export->setObjectName(QStringLiteral("exportList"));
    m_export->setToolTip(tr("Save the whole list, not only the rows shown, as .xlsx or .csv"));

    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("List"), this));
    top->addWidget(m_part, 1);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_count, 1);
    bottom->addWidget(m_busy);
    bottom->addWidget(m_export);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    layout->addLayout(bottom);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(1120, 640);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_part, &QComboBox::currentIndexChanged, this, [this] {
        if (m_part->currentIndex() >= 0)
            setPart(DrillPart(m_part->currentData().toInt()));
    });
    connect(m_export, &QPushButton::clicked, this, &DrillDownDialog::chooseExportFile);
    connect(m_loader, &BackgroundTask::finished, this, &DrillDownDialog::showLoaded);
    connect(m_exporter, &BackgroundTask::finished, this, [this](const QString &error) {
        m_export->setEnabled(true);
        m_busy->setVisible(isLoading());
        emit exported(error);
    });
    if (!d || m_part->count() == 0) {
        // A figure entered by hand has no list behind it.
        auto subject = MonitoringService::drillSubject(m_request.code, m_request.part);
        m_error->setText(subject.message());
        m_export->setEnabled(false);
        return;
    }
    load();
}

DrillDownDialog::~DrillDownDialog() = default;

QAbstractItemModel *DrillDownDialog::model() const
{
    return m_model;
}

const QList<DrillRow> &DrillDownDialog::rows() const
{
    static const QList<DrillRow> none;
    return m_model ? m_model->rows() : none;
}

bool DrillDownDialog::isLoading() const
{
    return m_loader->isRunning();
}

bool DrillDownDialog::isExporting() const
{
    return m_exporter->isRunning();
}

QString DrillDownDialog::countText() const
{
    return m_count->text();
}

QString DrillDownDialog::errorText() const
{
    return m_error->text();
}

void DrillDownDialog::setPart(DrillPart part)
{
    if (part == m_request.part && (m_model || isLoading()))
        return;
    m_request.part = part;
    if (const int index = m_part->findData(int(part)); index >= 0 && index != m_part->currentIndex())
        m_part->setCurrentIndex(index);
    load();
}

void DrillDownDialog::load()
{
    auto subject = MonitoringService::drillSubject(m_request.code, m_request.part);
    if (!subject) {
        m_error->setText(subject.message());
        return;
    }
    if (!m_model || m_model->subject() != subject.value()) {
        DrillRowModel *old = m_model;
        QItemSelectionModel *oldSelection = m_table->selectionModel();
        m_model = new DrillRowModel(subject.value(), this);
        m_table->setModel(m_model);
        delete oldSelection;
        delete old;
    } else {
        m_model->setRows({});
    }
    m_error->clear();
    m_count->setText(tr("Reading the list…"));
    m_busy->show();
    m_loading = std::make_shared<QList<DrillRow>>();
    const DrillRequest r = m_request;
    m_loader->start(m_db, tr("Reading the list…"),
                    [r, rows = m_loading](const Database &db, Progress &progress) {
                        return MonitoringService(db).drill(r.code, r.part, r.academicYear, r.municipalityId,
                                                           shownLimit, [&](const DrillRow &row) {
                                                               rows->append(row);
                                                               return !progress.cancelled();
                                                           });
                    });
}

void DrillDownDialog::showLoaded(const QString &error)
{
    m_busy->setVisible(isExporting());
    if (!error.isEmpty()) {
        m_error->setText(error);
        m_count->clear();
        emit loaded();
        return;
    }
    if (m_model && m_loading) {
        m_model->setRows(*m_loading);
        // As wide as the names need, within reason; the tooltips have the rest.
        m_table->resizeColumnsToContents();
        const int widest = m_table->fontMetrics().averageCharWidth() * 40;
        for (int c = 0; c < m_model->columnCount(); ++c)
            m_table->setColumnWidth(c, std::min(m_table->columnWidth(c) + 8, widest));
    }
    m_loading.reset();
    updateCount();
    emit loaded();
}

std::optional<qint64> DrillDownDialog::expectedCount() const
{
    switch (m_request.part) {
    case DrillPart::Numerator:
        return m_request.numerator;
    case DrillPart::Denominator:
        return m_request.denominator;
    case DrillPart::Missing:
        if (m_request.numerator && m_request.denominator)
            return *m_request.denominator - *m_request.numerator;
        return std::nullopt;
    }
    return std::nullopt;
}

void DrillDownDialog::updateCount()
{
    const QLocale locale;
    const qsizetype shown = m_model ? m_model->rowCount() : 0;
    if (shown < shownLimit) {
        m_count->setText(tr("In the list: %1.").arg(locale.toString(qint64(shown))));
        return;
    }
    const std::optional<qint64> total = expectedCount();
    if (total && *total > shown)
        m_count->setText(tr("The first %1 of %2 are shown; «Export…» saves the whole list.")
                             .arg(locale.toString(qint64(shown)), locale.toString(*total)));
    else
        m_count->setText(tr("The first %1 are shown; «Export…» saves the whole list.")
                             .arg(locale.toString(qint64(shown))));
}

void DrillDownDialog::chooseExportFile()
{
    const QString xlsx = tr("Excel workbooks (*.xlsx)");
    const QString csv = tr("CSV files (*.csv)");
    QString filter = xlsx;
    const QString suggested = QDir::home().filePath(
        tr("list %1 %2.xlsx").arg(m_request.code, QString(m_request.academicYear).replace(u'/', u'-')));
    QString path = QFileDialog::getSaveFileName(this, tr("Save the list"), suggested, xlsx + QStringLiteral(";;") + csv,
                                                &filter);
    if (path.isEmpty())
        return;
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix != QLatin1String("xlsx") && suffix != QLatin1String("csv"))
        path += filter == csv ? QStringLiteral(".csv") : QStringLiteral(".xlsx");
    exportTo(path);
}

void DrillDownDialog::exportTo(const QString &path)
{
    m_export->setEnabled(false);
    m_busy->show();
    m_error->clear();
    const DrillRequest r = m_request;
    auto count = std::make_shared<qint64>(0);
    // The message is the dialog's to show; the signal carries it to tests too.
    connect(
        this, &DrillDownDialog::exported, this,
        [this, path, count](const QString &error) {
            if (error.isEmpty())
                m_count->setText(tr("Saved %1 rows to %2.").arg(QLocale().toString(*count), QDir::toNativeSeparators(path)));
            else
                m_error->setText(error);
        },
        Qt::SingleShotConnection);
    m_exporter->start(m_db, tr("Saving the list…"), [r, path, count](const Database &db, Progress &) {
        auto written = MonitoringService(db).exportDrill(r.code, r.part, r.academicYear, r.municipalityId, path);
        if (!written)
            return written.status();
        *count = written.value();
        return Status::success();
    });
}

} // namespace metodist
