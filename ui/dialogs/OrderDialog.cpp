#include "dialogs/OrderDialog.h"

#include "domain/AcademicYear.h"
#include "models/AssignmentModels.h"
#include "services/OrderService.h"
#include "storage/AssignmentRepository.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>

namespace metodist {

namespace {

QStringList linesOf(const QPlainTextEdit *edit)
{
    QStringList lines;
    for (const QString &line : edit->toPlainText().split(u'\n'))
        if (!line.trimmed().isEmpty())
            lines << line.trimmed();
    return lines;
}

} // namespace

OrderDialog::OrderDialog(Database &db, const QString &academicYear, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_number(new QLineEdit(this))
    , m_date(new QDateEdit(QDate::currentDate(), this))
    , m_year(new QComboBox(this))
    , m_title(new QLineEdit(this))
    , m_preamble(new QPlainTextEdit(this))
    , m_items(new QPlainTextEdit(this))
    , m_position(new QLineEdit(this))
    , m_signatory(new QLineEdit(this))
    , m_selection(new QComboBox(this))
    , m_count(new QLabel(this))
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("New order"));
    m_number->setObjectName(QStringLiteral("number"));
    m_number->setPlaceholderText(tr("e.g. 125-о"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("dd.MM.yyyy"));
    m_year->setObjectName(QStringLiteral("year"));
    m_year->setEditable(true);
    m_year->addItems(academicYearChoices());
    m_year->setCurrentText(academicYear);
    m_preamble->setObjectName(QStringLiteral("preamble"));
    m_items->setObjectName(QStringLiteral("items"));
    m_items->setToolTip(tr("One item per line; numbers are added when the order is printed."));
    for (QPlainTextEdit *edit : {m_preamble, m_items}) {
        edit->setTabChangesFocus(true);
        edit->setMinimumHeight(4 * edit->fontMetrics().lineSpacing() + 12);
    }
    m_items->setMinimumHeight(7 * m_items->fontMetrics().lineSpacing() + 12);
    m_selection->setObjectName(QStringLiteral("selection"));
    m_selection->addItem(tr("All assignments of the year without an order"), int(YearWithoutOrder));
    m_count->setObjectName(QStringLiteral("count"));
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setStyleSheet(QStringLiteral("color: #b00020"));
    m_error->setWordWrap(true);
    m_error->hide();

    auto *form = new QFormLayout(this);
    auto *numberRow = new QHBoxLayout;
    numberRow->addWidget(m_number, 1);
    numberRow->addWidget(new QLabel(tr("of"), this));
    numberRow->addWidget(m_date);
    form->addRow(tr("Number*"), numberRow);
    form->addRow(tr("Academic year"), m_year);
    form->addRow(tr("Title"), m_title);
    form->addRow(tr("Preamble"), m_preamble);
    form->addRow(tr("Items"), m_items);
    form->addRow(tr("Signatory's position"), m_position);
    form->addRow(tr("Signatory"), m_signatory);
    form->addRow(tr("Assignments"), m_selection);
    form->addRow(QString(), m_count);
    form->addRow(m_error);
    form->addRow(m_buttons);
    resize(800, sizeHint().height()); // the order's title whole in its field

    connect(m_number, &QLineEdit::textChanged, this, &OrderDialog::validate);
    connect(m_year, &QComboBox::currentTextChanged, this, [this] {
        redraft();
        countSelection();
    });
    connect(m_selection, &QComboBox::currentIndexChanged, this, &OrderDialog::countSelection);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &OrderDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    redraft();
    countSelection();
}

void OrderDialog::setPlanningRun(qint64 runId)
{
    m_runId = runId;
    m_selection->addItem(tr("Assignments of the automatic planning run № %1").arg(runId), int(PlanningRun));
    m_selection->setCurrentIndex(m_selection->count() - 1);
    countSelection();
}

void OrderDialog::setMethodist(qint64 methodistId, const QString &name)
{
    m_methodistId = methodistId;
    m_selection->addItem(tr("Assignments of the methodist %1").arg(name), int(OfMethodist));
}

// The standard wording follows the year; text the user changed stays.
void OrderDialog::redraft()
{
    const auto year = AcademicYear::parse(m_year->currentText());
    if (!year)
        return;
    auto draft = OrderService(m_db).draft(year->text(), m_number->text(), m_date->date());
    if (!draft) {
        m_error->setText(draft.message());
        m_error->show();
        return;
    }
    const bool first = m_draft.title.isEmpty();
    if (first || m_title->text() == m_draft.title) {
        m_title->setText(draft->title);
        m_title->setCursorPosition(0); // the title's beginning, not its end
    }
    if (first || m_preamble->toPlainText() == m_draft.preamble)
        m_preamble->setPlainText(draft->preamble);
    if (first || linesOf(m_items) == m_draft.items)
        m_items->setPlainText(draft->items.join(u'\n'));
    if (first) {
        m_position->setText(draft->signatoryPosition);
        m_signatory->setText(draft->signatoryName);
    }
    m_draft = draft.value();
}

AssignmentFilter OrderDialog::selection() const
{
    AssignmentFilter filter;
    const auto year = AcademicYear::parse(m_year->currentText());
    filter.academicYear = year ? year->text() : m_year->currentText();
    filter.activeOnly = true;
    // An assignment is enacted once; a later order does not take it over.
    filter.withoutOrder = true;
    switch (Selection(m_selection->currentData().toInt())) {
    case YearWithoutOrder:
        break;
    case PlanningRun:
        filter.planningRunId = m_runId;
        break;
    case OfMethodist:
        filter.methodistId = m_methodistId;
        break;
    }
    return filter;
}

// Counted when the selection changes, not on every key typed in the number.
void OrderDialog::countSelection()
{
    m_selectionProblem.clear();
    m_selectedCount = 0;
    if (!AcademicYear::parse(m_year->currentText())) {
        m_selectionProblem = AcademicYear::formatError(m_year->currentText());
    } else if (auto count = AssignmentRepository(m_db).count(selection()); !count) {
        m_selectionProblem = count.message();
    } else {
        m_selectedCount = count.value();
        if (m_selectedCount == 0)
            m_selectionProblem = tr("There are no assignments without an order in this selection.");
    }
    m_count->setText(m_selectedCount > 0
                         ? tr("The order will enact %n assignment(s).", nullptr, int(m_selectedCount))
                         : QString());
    validate();
}

void OrderDialog::validate()
{
    QString problem = m_selectionProblem;
    if (problem.isEmpty() && m_number->text().trimmed().isEmpty())
        problem = tr("Enter the number of the order.");
    m_error->setText(problem);
    m_error->setVisible(!problem.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

Order OrderDialog::order() const
{
    Order order;
    order.number = m_number->text().trimmed();
    order.issuedOn = m_date->date();
    order.academicYear = selection().academicYear;
    order.title = m_title->text().trimmed();
    order.preamble = m_preamble->toPlainText().trimmed();
    order.items = linesOf(m_items);
    order.signatoryPosition = m_position->text().trimmed();
    order.signatoryName = m_signatory->text().trimmed();
    return order;
}

void OrderDialog::accept()
{
    countSelection();
    if (!m_buttons->button(QDialogButtonBox::Ok)->isEnabled())
        return;
    auto created = OrderService(m_db).create(order(), selection());
    if (!created) {
        // Inline, so the user can correct the number or the selection and retry.
        m_error->setText(created.message());
        m_error->show();
        return;
    }
    m_orderId = created.value();
    QDialog::accept();
}

} // namespace metodist
