#include "dialogs/ActivityDialog.h"

#include "dialogs/CalendarStart.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>

namespace metodist {

ActivityDialog::ActivityDialog(const QList<TeacherChoice> &teachers, QWidget *parent)
    : EditorDialog(parent)
    , m_title(new QLineEdit(this))
    , m_starts(optionalDateEdit(QStringLiteral("startsOn"), this))
    , m_due(optionalDateEdit(QStringLiteral("dueOn"), this))
    , m_responsible(new QLineEdit(this))
    , m_documentKind(new QLineEdit(this))
    , m_expected(new QPlainTextEdit(this))
    , m_teachers(new QListWidget(this))
{
    setObjectName(QStringLiteral("activityDialog"));
    setWindowTitle(tr("Activity"));
    m_title->setObjectName(QStringLiteral("title"));
    m_title->setMinimumWidth(420);
    m_responsible->setObjectName(QStringLiteral("responsible"));
    m_documentKind->setObjectName(QStringLiteral("documentKind"));
    m_documentKind->setPlaceholderText(tr("e.g. minutes, report, certificate"));
    m_expected->setObjectName(QStringLiteral("expectedResult"));
    m_expected->setTabChangesFocus(true);
    m_expected->setFixedHeight(m_expected->fontMetrics().height() * 4);
    m_teachers->setObjectName(QStringLiteral("teachers"));
    for (const TeacherChoice &teacher : teachers) {
        auto *item = new QListWidgetItem(teacher.name, m_teachers);
        item->setData(Qt::UserRole, teacher.id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);

    auto *dates = new QHBoxLayout;
    dates->addWidget(new QLabel(tr("from"), this));
    dates->addWidget(m_starts);
    dates->addWidget(new QLabel(tr("to"), this));
    dates->addWidget(m_due);
    dates->addStretch();
    auto *form = new QFormLayout(this);
    form->addRow(tr("Activity*"), m_title);
    form->addRow(tr("Dates"), dates);
    form->addRow(tr("Responsible"), m_responsible);
    form->addRow(tr("Document"), m_documentKind);
    form->addRow(tr("Expected result"), m_expected);
    form->addRow(tr("Teachers"), m_teachers);
    if (teachers.isEmpty())
        form->addRow(new QLabel(tr("The methodist has no teachers assigned this year."), this));
    form->addRow(buttons);

    connect(m_title, &QLineEdit::textChanged, this, &ActivityDialog::updateOk);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateOk();
}

void ActivityDialog::setActivity(const RoadmapActivity &activity)
{
    m_activity = activity;
    m_title->setText(activity.title);
    m_title->setCursorPosition(0); // a long title shown from its beginning
    m_starts->setDate(activity.startsOn.isValid() ? activity.startsOn : unsetDate);
    m_due->setDate(activity.dueOn.isValid() ? activity.dueOn : unsetDate);
    m_responsible->setText(activity.responsible);
    m_documentKind->setText(activity.documentKind);
    m_expected->setPlainText(activity.expectedResult);
    for (int row = 0; row < m_teachers->count(); ++row) {
        QListWidgetItem *item = m_teachers->item(row);
        item->setCheckState(activity.teacherIds.contains(item->data(Qt::UserRole).toLongLong()) ? Qt::Checked
                                                                                                 : Qt::Unchecked);
    }
}

RoadmapActivity ActivityDialog::activity() const
{
    RoadmapActivity result = m_activity;
    result.title = m_title->text().trimmed();
    result.startsOn = optionalDate(m_starts);
    result.dueOn = optionalDate(m_due);
    result.responsible = m_responsible->text().trimmed();
    result.documentKind = m_documentKind->text().trimmed();
    result.expectedResult = m_expected->toPlainText().trimmed();
    result.teacherIds.clear();
    result.teacherNames.clear();
    for (int row = 0; row < m_teachers->count(); ++row) {
        const QListWidgetItem *item = m_teachers->item(row);
        if (item->checkState() == Qt::Checked) {
            result.teacherIds << item->data(Qt::UserRole).toLongLong();
            result.teacherNames << item->text();
        }
    }
    return result;
}

void ActivityDialog::updateOk()
{
    m_ok->setEnabled(!m_title->text().trimmed().isEmpty());
}

} // namespace metodist
