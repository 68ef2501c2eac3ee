#include "dialogs/WorkLogEntryDialog.h"

#include "domain/AcademicYear.h"
#include "services/WorkLogService.h"
#include "storage/DictionaryRepository.h"
#include "storage/MethodistRepository.h"
#include "storage/TeacherRepository.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>

namespace metodist {

namespace {

constexpr int maxMinutes = 24 * 60;

QComboBox *combo(const QString &name, const QString &placeholder, QWidget *parent)
{
    auto *box = new QComboBox(parent);
    box->setObjectName(name);
    box->setPlaceholderText(placeholder);
    box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    box->setMinimumContentsLength(40);
    return box;
}

qint64 chosenId(const QComboBox *box)
{
    return box->currentIndex() < 0 ? 0 : box->currentData().toLongLong();
}

} // namespace

WorkLogEntryDialog::WorkLogEntryDialog(Database &db, QWidget *parent)
    : EditorDialog(parent)
    , m_db(db)
    , m_methodist(combo(QStringLiteral("methodist"), tr("Choose a methodist"), this))
    , m_date(new QDateEdit(QDate::currentDate(), this))
    , m_teacher(combo(QStringLiteral("teacher"), tr("Choose a teacher"), this))
    , m_teacherNote(new QLabel(this))
    , m_kind(combo(QStringLiteral("workKind"), tr("Choose the kind of work"), this))
    , m_duration(new QSpinBox(this))
    , m_result(new QPlainTextEdit(this))
    , m_problem(new QLabel(this))
{
    setObjectName(QStringLiteral("workLogEntryDialog"));
    setWindowTitle(tr("Work log entry"));
    m_date->setObjectName(QStringLiteral("workedOn"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("dd.MM.yyyy"));
    m_date->setDateRange(QDate(2000, 1, 1), QDate(2100, 12, 31));
    m_teacherNote->setObjectName(QStringLiteral("teacherNote"));
    m_teacherNote->setWordWrap(true);
    m_teacherNote->setStyleSheet(QStringLiteral("color: #a04800"));
    m_duration->setObjectName(QStringLiteral("duration"));
    m_duration->setRange(0, maxMinutes);
    m_duration->setSingleStep(5);
    m_duration->setSpecialValueText(tr("not set"));
    m_duration->setSuffix(tr(" min"));
    m_result->setObjectName(QStringLiteral("result"));
    m_result->setTabChangesFocus(true);
    m_result->setFixedHeight(m_result->fontMetrics().height() * 4);
    m_result->setPlaceholderText(tr("What was done and what came of it"));
    m_problem->setObjectName(QStringLiteral("problem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b00020"));

    // Active methodists only; an inactive one comes back when an entry of theirs is edited.
    const QString year = AcademicYear::containing(QDate::currentDate()).text();
    if (auto methodists = MethodistRepository(m_db).withLoad(year)) {
        for (const MethodistLoadRow &row : methodists.value())
            if (row.active)
                m_methodist->addItem(row.name, row.id);
    } else {
        m_loadError = methodists.message();
    }
    if (auto kinds = DictionaryRepository(m_db).entries(QStringLiteral("work_kinds"))) {
        for (const DictionaryEntry &kind : kinds.value())
            m_kind->addItem(kind.name, kind.id);
    } else {
        m_loadError = kinds.message();
    }
    m_methodist->setCurrentIndex(-1);
    m_kind->setCurrentIndex(-1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    auto *form = new QFormLayout(this);
    form->addRow(tr("Methodist*"), m_methodist);
    form->addRow(tr("Date*"), m_date);
    form->addRow(tr("Teacher*"), m_teacher);
    form->addRow(QString(), m_teacherNote);
    form->addRow(tr("Kind of work*"), m_kind);
    form->addRow(tr("Duration"), m_duration);
    form->addRow(tr("Result"), m_result);
    form->addRow(m_problem);
    form->addRow(buttons);

    connect(m_methodist, &QComboBox::currentIndexChanged, this, &WorkLogEntryDialog::loadTeachers);
    connect(m_date, &QDateEdit::dateChanged, this, [this](const QDate &date) {
        // Only another academic year changes whom the methodist works with.
        if (m_teacher->property("year").toString() != AcademicYear::containing(date).text())
            loadTeachers();
    });
    connect(m_teacher, &QComboBox::currentIndexChanged, this, &WorkLogEntryDialog::updateOk);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &WorkLogEntryDialog::updateOk);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    loadTeachers();
    // The kinds of work are long («Анализ работы педагога с разномотивированными
    // обучающимися»): whole in the field.
    resize(760, sizeHint().height());
}

void WorkLogEntryDialog::choose(QComboBox *combo, qint64 id)
{
    combo->setCurrentIndex(id > 0 ? combo->findData(id) : -1);
}

void WorkLogEntryDialog::setDefaults(qint64 methodistId, qint64 workKindId, const QDate &date)
{
    if (date.isValid())
        m_date->setDate(date);
    choose(m_methodist, methodistId);
    choose(m_kind, workKindId);
}

void WorkLogEntryDialog::setEntry(const WorkLogEntry &entry)
{
    m_entry = entry;
    if (m_methodist->findData(entry.methodistId) < 0) {
        if (auto methodist = MethodistRepository(m_db).get(entry.methodistId))
            m_methodist->addItem(tr("%1 (inactive)").arg(methodist->fullName()), entry.methodistId);
    }
    m_date->setDate(entry.workedOn);
    choose(m_methodist, entry.methodistId);
    loadTeachers(); // offers the entry's own teacher even when no longer assigned
    choose(m_teacher, entry.teacherId);
    choose(m_kind, entry.workKindId);
    m_duration->setValue(entry.durationMinutes.value_or(0));
    m_result->setPlainText(entry.result);
    updateOk();
}

WorkLogEntry WorkLogEntryDialog::entry() const
{
    WorkLogEntry result = m_entry;
    result.methodistId = chosenId(m_methodist);
    result.teacherId = chosenId(m_teacher);
    result.workKindId = chosenId(m_kind);
    result.workedOn = m_date->date();
    result.durationMinutes = m_duration->value() > 0 ? std::optional<int>(m_duration->value()) : std::nullopt;
    result.result = m_result->toPlainText().trimmed();
    return result;
}

void WorkLogEntryDialog::loadTeachers()
{
    const qint64 methodistId = chosenId(m_methodist);
    const qint64 chosen = chosenId(m_teacher);
    const QString year = AcademicYear::containing(m_date->date()).text();
    m_teacher->setProperty("year", year);
    const QSignalBlocker blocker(m_teacher);
    m_teacher->clear();
    QString note;
    if (methodistId > 0) {
        auto teachers = WorkLogService(m_db).assignedTeachers(methodistId, m_date->date());
        if (!teachers)
            note = teachers.message();
        for (const NameMatch &teacher : teachers ? teachers.value() : QList<NameMatch>())
            m_teacher->addItem(teacher.fullName, teacher.id);
        if (teachers && teachers->isEmpty())
            note = tr("No teachers are assigned to this methodist in %1.").arg(year);
        // An entry keeps its teacher when the assignment has gone since.
        if (m_entry.id > 0 && m_entry.methodistId == methodistId && m_teacher->findData(m_entry.teacherId) < 0) {
            if (auto teacher = TeacherRepository(m_db).get(m_entry.teacherId)) {
                m_teacher->addItem(tr("%1 (not assigned in %2)").arg(teacher->fullName(), year), m_entry.teacherId);
                note.clear();
            }
        }
    }
    m_teacher->setEnabled(m_teacher->count() > 0);
    choose(m_teacher, m_teacher->findData(chosen) >= 0 ? chosen : (m_teacher->count() == 1 ? m_teacher->itemData(0).toLongLong() : 0));
    m_teacherNote->setText(note);
    if (auto *form = qobject_cast<QFormLayout *>(layout()))
        form->setRowVisible(m_teacherNote, !note.isEmpty()); // no gap when there is nothing to say
    else
        m_teacherNote->setVisible(!note.isEmpty());
    updateOk();
}

QString WorkLogEntryDialog::problem() const
{
    if (!m_loadError.isEmpty())
        return m_loadError;
    if (chosenId(m_methodist) == 0)
        return m_methodist->count() == 0 ? tr("There are no active methodists in the registry.")
                                          : tr("Choose the methodist.");
    if (chosenId(m_teacher) == 0)
        return m_teacher->count() == 0 ? tr("Choose a methodist with teachers in this academic year, or another date.")
                                       : tr("Choose the teacher.");
    if (chosenId(m_kind) == 0)
        return tr("Choose the kind of work.");
    return {};
}

void WorkLogEntryDialog::updateOk()
{
    const QString why = problem();
    m_problem->setText(why);
    m_ok->setEnabled(why.isEmpty());
}

} // namespace metodist
