#include "dialogs/ManualValuesDialog.h"

#include "models/AssignmentModels.h"
#include "pages/PageTables.h"
#include "services/MonitoringService.h"
#include "storage/MonitoringRepository.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

#include <limits>

namespace metodist {

class ManualValueModel : public ListModel<ManualValue>
{
    Q_DECLARE_TR_FUNCTIONS(ManualValueModel)

public:
    explicit ManualValueModel(QObject *parent) : ListModel(parent)
    {
        addColumn(tr("Indicator"), [](const ManualValue &v, int role) -> QVariant {
            if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
                return {};
            const IndicatorDefinition *d = MonitoringCatalogue::find(v.code);
            return d ? MonitoringCatalogue::title(*d) : v.code;
        });
        addColumn(tr("Municipality"), [](const ManualValue &v, int role) -> QVariant {
            return role == Qt::DisplayRole || role == Qt::ToolTipRole ? QVariant(v.municipality) : QVariant();
        });
        const auto count = [](qint64 ManualValue::*field) {
            return [field](const ManualValue &v, int role) -> QVariant {
                if (role == Qt::DisplayRole)
                    return QLocale().toString(v.*field);
                if (role == SortRole)
                    return v.*field;
                if (role == Qt::TextAlignmentRole)
                    return int(Qt::AlignRight | Qt::AlignVCenter);
                return {};
            };
        };
        addColumn(tr("Numerator"), count(&ManualValue::numerator));
        addColumn(tr("Denominator"), count(&ManualValue::denominator));
        addColumn(tr("Value"), [](const ManualValue &v, int role) -> QVariant {
            if (role == Qt::TextAlignmentRole)
                return int(Qt::AlignRight | Qt::AlignVCenter);
            if (role != Qt::DisplayRole)
                return {};
            const IndicatorDefinition *d = MonitoringCatalogue::find(v.code);
            return d ? MonitoringCatalogue::formatValue(MonitoringCatalogue::evaluate(*d, v.numerator, v.denominator))
                     : QString();
        });
        addColumn(tr("Note"), [](const ManualValue &v, int role) -> QVariant {
            return role == Qt::DisplayRole || role == Qt::ToolTipRole ? QVariant(v.note) : QVariant();
        });
    }
};

ManualValuesDialog::ManualValuesDialog(Database &db, const QString &academicYear, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_year(academicYear)
    , m_indicator(new QComboBox(this))
    , m_municipality(new QComboBox(this))
    , m_numerator(new QSpinBox(this))
    , m_denominator(new QSpinBox(this))
    , m_note(new QLineEdit(this))
    , m_description(new QLabel(this))
    , m_error(new QLabel(this))
    , m_save(new QPushButton(tr("&Save"), this))
    , m_remove(new QPushButton(tr("&Remove"), this))
    , m_model(new ManualValueModel(this))
    , m_table(singleRowView(m_model, QStringLiteral("values"), this))
{
    setObjectName(QStringLiteral("manualValuesDialog"));
    setWindowTitle(tr("Values entered by hand, %1").arg(m_year));
    m_indicator->setObjectName(QStringLiteral("indicator"));
    for (const IndicatorDefinition &d : MonitoringCatalogue::definitions())
        if (d.manual)
            m_indicator->addItem(MonitoringCatalogue::title(d), d.code);
    m_municipality->setObjectName(QStringLiteral("municipality"));
    if (auto municipalities = MonitoringRepository(m_db).municipalities(); municipalities)
        for (const auto &[id, name] : municipalities.value())
            m_municipality->addItem(name, id);
    for (QSpinBox *spin : {m_numerator, m_denominator}) {
        spin->setRange(0, std::numeric_limits<int>::max());
        spin->setGroupSeparatorShown(true);
        spin->setMinimumWidth(spin->fontMetrics().horizontalAdvance(QStringLiteral("0 000 000 000")));
    }
    m_numerator->setObjectName(QStringLiteral("numerator"));
    m_denominator->setObjectName(QStringLiteral("denominator"));
    m_note->setObjectName(QStringLiteral("note"));
    m_note->setPlaceholderText(tr("Where the figures come from: a survey, a report of the municipality…"));
    m_description->setObjectName(QStringLiteral("description"));
    m_description->setWordWrap(true);
    m_description->setStyleSheet(QStringLiteral("color: #555555"));
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020"));
    m_save->setObjectName(QStringLiteral("saveValue"));
    m_save->setDefault(true);
    m_remove->setObjectName(QStringLiteral("removeValue"));
    // Indicator, municipality, numerator, denominator, value, note.
    sizeColumns(m_table, {40, 28, 11, 13, 9, 20}, 0);

    auto *figures = new QHBoxLayout;
    figures->addWidget(m_numerator);
    figures->addWidget(new QLabel(tr("of"), this));
    figures->addWidget(m_denominator);
    figures->addStretch();
    auto *form = new QFormLayout;
    form->addRow(tr("Indicator"), m_indicator);
    form->addRow(QString(), m_description);
    form->addRow(tr("Municipality"), m_municipality);
    form->addRow(tr("Numerator and denominator"), figures);
    form->addRow(tr("Note"), m_note);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_error, 1);
    actions->addWidget(m_remove);
    actions->addWidget(m_save);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Values of academic year %1. The region's figure is the sum over the municipalities.")
                                 .arg(m_year),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addLayout(actions);
    layout->addWidget(new QLabel(tr("Entered values"), this));
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(900, 600);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_save, &QPushButton::clicked, this, &ManualValuesDialog::save);
    connect(m_remove, &QPushButton::clicked, this, [this] {
        const ManualValue *value = existing();
        if (value && QMessageBox::question(this, tr("Remove value"),
                                           tr("Remove the value of «%1» for %2?")
                                               .arg(m_indicator->currentText(), value->municipality))
                         == QMessageBox::Yes)
            remove();
    });
    connect(m_indicator, &QComboBox::currentIndexChanged, this, &ManualValuesDialog::fillFromExisting);
    connect(m_municipality, &QComboBox::currentIndexChanged, this, &ManualValuesDialog::fillFromExisting);
    connect(m_numerator, &QSpinBox::valueChanged, this, &ManualValuesDialog::check);
    connect(m_denominator, &QSpinBox::valueChanged, this, &ManualValuesDialog::check);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ManualValuesDialog::fillFromRow);
    reload();
    fillFromExisting();
}

ManualValuesDialog::~ManualValuesDialog() = default;

QAbstractItemModel *ManualValuesDialog::model() const
{
    return m_model;
}

const QList<ManualValue> &ManualValuesDialog::values() const
{
    return m_model->rows();
}

QString ManualValuesDialog::errorText() const
{
    return m_error->text();
}

void ManualValuesDialog::setIndicator(const QString &code)
{
    if (const int index = m_indicator->findData(code); index >= 0)
        m_indicator->setCurrentIndex(index);
}

void ManualValuesDialog::setMunicipality(qint64 municipalityId)
{
    if (const int index = m_municipality->findData(municipalityId); index >= 0)
        m_municipality->setCurrentIndex(index);
}

void ManualValuesDialog::setFigures(qint64 numerator, qint64 denominator, const QString &note)
{
    m_numerator->setValue(int(std::min<qint64>(numerator, m_numerator->maximum())));
    m_denominator->setValue(int(std::min<qint64>(denominator, m_denominator->maximum())));
    m_note->setText(note);
}

void ManualValuesDialog::reload()
{
    auto values = MonitoringService(m_db).manualValues(m_year);
    m_model->setRows(values ? values.value() : QList<ManualValue>());
    if (!values)
        m_error->setText(values.message());
}

const ManualValue *ManualValuesDialog::existing() const
{
    const QString code = m_indicator->currentData().toString();
    const qint64 municipality = m_municipality->currentData().toLongLong();
    for (const ManualValue &v : m_model->rows())
        if (v.code == code && v.municipalityId == municipality)
            return &v;
    return nullptr;
}

// The chosen indicator and municipality: what they mean and what was entered before.
void ManualValuesDialog::fillFromExisting()
{
    if (const IndicatorDefinition *d = MonitoringCatalogue::find(m_indicator->currentData().toString()))
        m_description->setText(tr("Numerator: %1. Denominator: %2.")
                                   .arg(MonitoringCatalogue::numeratorText(*d), MonitoringCatalogue::denominatorText(*d)));
    const ManualValue *value = existing();
    if (value)
        setFigures(value->numerator, value->denominator, value->note);
    m_remove->setEnabled(value != nullptr);
    m_save->setText(value ? tr("&Save changes") : tr("&Save"));
    // The table shows the row being edited.
    const int row = value ? int(value - m_model->rows().constData()) : -1;
    if (row >= 0 && selectedRow(m_table) != row)
        m_table->selectRow(row);
    check();
}

void ManualValuesDialog::fillFromRow()
{
    const int row = selectedRow(m_table);
    if (row < 0)
        return;
    const ManualValue value = m_model->rowAt(row);
    {
        const QSignalBlocker indicator(m_indicator);
        const QSignalBlocker municipality(m_municipality);
        setIndicator(value.code);
        setMunicipality(value.municipalityId);
    }
    fillFromExisting();
}

void ManualValuesDialog::check()
{
    QString problem;
    if (m_municipality->count() == 0)
        problem = tr("The database has no municipalities; add them in the dictionaries first.");
    else if (m_denominator->value() <= 0 && m_numerator->value() > 0)
        problem = tr("The denominator must be a positive number.");
    else if (m_numerator->value() > m_denominator->value())
        problem = tr("The numerator cannot exceed the denominator.");
    m_error->setText(problem);
    // An empty form says nothing yet, but has nothing to save either.
    m_save->setEnabled(problem.isEmpty() && m_denominator->value() > 0);
}

bool ManualValuesDialog::save()
{
    ManualValue value;
    value.code = m_indicator->currentData().toString();
    value.academicYear = m_year;
    value.municipalityId = m_municipality->currentData().toLongLong();
    value.municipality = m_municipality->currentText();
    value.numerator = m_numerator->value();
    value.denominator = m_denominator->value();
    value.note = m_note->text().trimmed();
    if (const Status status = MonitoringService::saveManualValue(m_db, value); !status) {
        m_error->setText(status.message());
        return false;
    }
    m_changed = true;
    reload();
    fillFromExisting();
    m_error->clear();
    return true;
}

bool ManualValuesDialog::remove()
{
    const ManualValue *value = existing();
    if (!value)
        return false;
    if (const Status status = MonitoringService::removeManualValue(m_db, value->code, m_year, value->municipalityId);
        !status) {
        m_error->setText(status.message());
        return false;
    }
    m_changed = true;
    reload();
    fillFromExisting();
    return true;
}

} // namespace metodist
