#include "dialogs/AssignDialog.h"

#include "domain/AcademicYear.h"
#include "models/AssignmentModels.h"
#include "storage/MethodistRepository.h"
#include "storage/TeacherRepository.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace metodist {

AssignDialog::AssignDialog(Database &db, const QList<qint64> &teacherIds, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_teacherIds(teacherIds)
    , m_year(new QComboBox(this))
    , m_start(new QDateEdit(QDate::currentDate(), this))
    , m_search(new QLineEdit(this))
    , m_model(new MethodistLoadModel(this))
    , m_proxy(new MethodistFilterProxy(this))
    , m_table(new QTableView(this))
    , m_warnings(new QLabel(this))
    , m_note(new QLabel(this))
    , m_reasonRow(new QWidget(this))
    , m_reason(new QLineEdit(m_reasonRow))
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Assign to a methodist"));
    QStringList names;
    TeacherRepository teachers(db);
    for (qint64 id : teacherIds) {
        if (auto teacher = teachers.get(id)) {
            m_subjects.insert(teacher->subjectId);
            if (names.size() < 3)
                names << teacher->shortName();
        }
    }
    if (teacherIds.size() > names.size())
        names << tr("and %n more", nullptr, int(teacherIds.size() - names.size()));
    auto *who = new QLabel(tr("Teachers (%1): %2").arg(teacherIds.size()).arg(names.join(QStringLiteral(", "))), this);
    who->setWordWrap(true);

    m_year->setObjectName(QStringLiteral("year"));
    m_year->setEditable(true);
    m_year->addItems(academicYearChoices());
    m_year->setCurrentText(AcademicYear::containing(QDate::currentDate()).text());
    m_start->setDisplayFormat(QStringLiteral("dd.MM.yyyy"));
    m_start->setCalendarPopup(true);
    m_search->setObjectName(QStringLiteral("search"));
    m_search->setPlaceholderText(tr("Search a methodist by name"));
    m_search->setClearButtonEnabled(true);
    m_proxy->setSourceModel(m_model);
    m_table->setObjectName(QStringLiteral("methodists"));
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setVisible(false);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    sizeColumns(m_table, {34, 30, 34, 22}, MethodistLoadModel::MunicipalityColumn);
    m_warnings->setObjectName(QStringLiteral("warnings"));
    m_warnings->setStyleSheet(QStringLiteral("color: #b00020"));
    m_warnings->setWordWrap(true);
    m_note->setObjectName(QStringLiteral("note"));
    m_note->setStyleSheet(QStringLiteral("color: #6a5000"));
    m_note->setWordWrap(true);
    m_reason->setObjectName(QStringLiteral("overrideReason"));
    m_reason->setPlaceholderText(tr("e.g. no methodist of the subject in the municipality"));
    auto *reasonLayout = new QFormLayout(m_reasonRow);
    reasonLayout->setContentsMargins(0, 0, 0, 0);
    reasonLayout->addRow(tr("Reason for overriding the warnings*"), m_reason);
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setStyleSheet(QStringLiteral("color: #b00020"));
    m_error->setWordWrap(true);

    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Academic year"), this));
    top->addWidget(m_year);
    top->addSpacing(16);
    top->addWidget(new QLabel(tr("Assigned from"), this));
    top->addWidget(m_start);
    top->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(who);
    layout->addLayout(top);
    auto *hint = new QLabel(tr("Methodists of the teachers' subject come first. Brown: does not meet the "
                               "requirements or inactive; red background: over capacity."),
                            this);
    hint->setWordWrap(true);
    layout->addWidget(m_search);
    layout->addWidget(hint);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_warnings);
    layout->addWidget(m_note);
    layout->addWidget(m_reasonRow);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    resize(980, 620);

    connect(m_year, &QComboBox::currentTextChanged, this, &AssignDialog::loadMethodists);
    connect(m_search, &QLineEdit::textChanged, this,
            [this](const QString &text) { m_proxy->setFilter(0, 0, text); });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        const QModelIndexList rows = m_table->selectionModel()->selectedRows();
        m_methodistId = rows.isEmpty() ? 0 : m_model->idAt(m_proxy->mapToSource(rows.first()).row());
        checkChoice();
    });
    connect(m_reason, &QLineEdit::textChanged, this, &AssignDialog::validate);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &AssignDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    loadMethodists();
}

QString AssignDialog::year() const
{
    const auto parsed = AcademicYear::parse(m_year->currentText());
    return parsed ? parsed->text() : QString();
}

void AssignDialog::loadMethodists()
{
    const qint64 chosen = m_methodistId;
    m_error->clear();
    if (year().isEmpty()) {
        m_model->setRows({});
        showError(AcademicYear::formatError(m_year->currentText()));
    } else if (auto rows = MethodistRepository(m_db).withLoad(year()); !rows) {
        m_model->setRows({});
        showError(rows.message());
    } else {
        // Methodists of the teachers' subjects first, inactive ones last,
        // each group by name as core returns them.
        QList<MethodistLoadRow> list = rows.value();
        std::stable_sort(list.begin(), list.end(), [this](const MethodistLoadRow &a, const MethodistLoadRow &b) {
            const auto rank = [this](const MethodistLoadRow &r) {
                return (m_subjects.contains(r.subjectId) ? 0 : 2) + (r.active ? 0 : 1);
            };
            return rank(a) < rank(b);
        });
        m_model->setRows(list);
    }
    // The loads are the new year's; the same methodist stays chosen.
    if (!chosen || !selectMethodist(chosen)) {
        m_methodistId = 0;
        checkChoice();
    }
}

bool AssignDialog::selectMethodist(qint64 methodistId)
{
    const int row = m_model->rowOf(methodistId);
    const QModelIndex index = row < 0 ? QModelIndex() : m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid())
        return false;
    QItemSelectionModel *selection = m_table->selectionModel();
    const bool unchanged = selection->selectedRows().size() == 1 && selection->isRowSelected(index.row());
    // A changed selection checks the choice through selectionChanged.
    selection->select(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
    if (unchanged) {
        m_methodistId = methodistId;
        checkChoice();
    }
    return true;
}

QStringList AssignDialog::warnings() const
{
    return m_check ? m_check->warnings : QStringList();
}

void AssignDialog::checkChoice()
{
    m_check.reset();
    m_error->clear();
    if (m_methodistId > 0 && !year().isEmpty()) {
        auto check = AssignmentService(m_db).check(m_teacherIds, m_methodistId, year());
        if (check)
            m_check = check.value();
        else
            showError(check.message());
    }
    QStringList lines;
    for (const QString &warning : warnings())
        lines << QStringLiteral("• ") + warning;
    m_warnings->setText(lines.join(u'\n'));
    m_warnings->setVisible(!lines.isEmpty());
    QStringList notes;
    if (m_check && m_check->reassigned > 0)
        notes << tr("%n teacher(s) will leave their current methodist; that assignment ends and stays in the "
                    "history.", nullptr, m_check->reassigned);
    if (m_check && m_check->alreadyAssigned > 0)
        notes << tr("%n teacher(s) already have this methodist and stay as they are.", nullptr,
                    m_check->alreadyAssigned);
    m_note->setText(notes.join(u'\n'));
    m_note->setVisible(!notes.isEmpty());
    m_reasonRow->setVisible(!warnings().isEmpty());
    validate();
}

void AssignDialog::validate()
{
    const bool reasonMissing = !warnings().isEmpty() && m_reason->text().trimmed().isEmpty();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_check.has_value() && !reasonMissing);
    m_error->setVisible(!m_error->text().isEmpty());
}

void AssignDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void AssignDialog::accept()
{
    if (!m_check)
        return;
    ManualAssignment request;
    request.teacherIds = m_teacherIds;
    request.methodistId = m_methodistId;
    request.academicYear = year();
    request.startedOn = m_start->date();
    request.overrideReason = m_reason->text().trimmed();
    auto assigned = AssignmentService(m_db).assign(request);
    if (!assigned) {
        showError(assigned.message());
        return;
    }
    m_assigned = assigned.value();
    QDialog::accept();
}

} // namespace metodist
