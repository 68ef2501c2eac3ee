#include "dialogs/EventDialog.h"

#include "storage/DictionaryRepository.h"

#include <QCheckBox>
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

QDateEdit *dateEdit(const QString &name, QWidget *parent)
{
    auto *edit = new QDateEdit(QDate::currentDate(), parent);
    edit->setObjectName(name);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("dd.MM.yyyy"));
    edit->setDateRange(QDate(2000, 1, 1), QDate(2100, 12, 31));
    return edit;
}

// A dictionary as a combo whose first item means «not given».
QComboBox *dictionaryCombo(const Database &db, const QString &dictionary, const QString &name, QWidget *parent)
{
    auto *box = new QComboBox(parent);
    box->setObjectName(name);
    box->addItem(QCoreApplication::translate("metodist::EventDialog", "not given"), qint64(0));
    if (auto entries = DictionaryRepository(db).entries(dictionary))
        for (const DictionaryEntry &entry : entries.value())
            box->addItem(entry.name, entry.id);
    return box;
}

void choose(QComboBox *box, qint64 id)
{
    box->setCurrentIndex(std::max(0, box->findData(id)));
}

} // namespace

EventDialog::EventDialog(const Database &db, QWidget *parent)
    : EditorDialog(parent)
    , m_title(new QLineEdit(this))
    , m_starts(dateEdit(QStringLiteral("startsOn"), this))
    , m_severalDays(new QCheckBox(tr("until"), this))
    , m_ends(dateEdit(QStringLiteral("endsOn"), this))
    , m_level(dictionaryCombo(db, QStringLiteral("event_levels"), QStringLiteral("level"), this))
    , m_stage(dictionaryCombo(db, QStringLiteral("model_stages"), QStringLiteral("modelStage"), this))
    , m_organiser(new QLineEdit(this))
    , m_participants(new QLineEdit(this))
    , m_description(new QPlainTextEdit(this))
    , m_problem(new QLabel(this))
{
    setObjectName(QStringLiteral("eventDialog"));
    setWindowTitle(tr("Event"));
    m_title->setObjectName(QStringLiteral("title"));
    m_title->setMinimumWidth(460);
    m_severalDays->setObjectName(QStringLiteral("severalDays"));
    m_severalDays->setToolTip(tr("An event of several days ends on the date given here."));
    m_ends->setEnabled(false);
    m_organiser->setObjectName(QStringLiteral("organiser"));
    m_organiser->setPlaceholderText(tr("e.g. the regional institute of education"));
    m_participants->setObjectName(QStringLiteral("participants"));
    m_participants->setPlaceholderText(tr("e.g. teachers of mathematics, young specialists"));
    m_description->setObjectName(QStringLiteral("description"));
    m_description->setTabChangesFocus(true);
    m_description->setFixedHeight(m_description->fontMetrics().height() * 5);
    m_problem->setObjectName(QStringLiteral("problem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b00020"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);

    auto *dates = new QHBoxLayout;
    dates->addWidget(m_starts);
    dates->addWidget(m_severalDays);
    dates->addWidget(m_ends);
    dates->addStretch();
    auto *form = new QFormLayout(this);
    form->addRow(tr("Title*"), m_title);
    form->addRow(tr("Dates*"), dates);
    form->addRow(tr("Level"), m_level);
    form->addRow(tr("Stage of the model"), m_stage);
    form->addRow(tr("Organiser"), m_organiser);
    form->addRow(tr("Participants"), m_participants);
    form->addRow(tr("Description"), m_description);
    form->addRow(m_problem);
    form->addRow(buttons);

    connect(m_title, &QLineEdit::textChanged, this, &EventDialog::updateOk);
    connect(m_starts, &QDateEdit::dateChanged, this, [this](const QDate &date) {
        // A one-day event's end follows its start, so ticking «until» starts from it.
        if (!m_severalDays->isChecked())
            m_ends->setDate(date);
        updateOk();
    });
    connect(m_ends, &QDateEdit::dateChanged, this, &EventDialog::updateOk);
    connect(m_severalDays, &QCheckBox::toggled, this, [this](bool on) {
        m_ends->setEnabled(on);
        updateOk();
    });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateOk();
}

void EventDialog::setStartDate(const QDate &date)
{
    if (date.isValid())
        m_starts->setDate(date);
}

void EventDialog::setEvent(const Event &event)
{
    m_event = event;
    m_title->setText(event.title);
    m_title->setCursorPosition(0); // a long title shown from its beginning
    m_starts->setDate(event.startsOn);
    const bool several = event.endsOn.isValid() && event.endsOn != event.startsOn;
    m_severalDays->setChecked(several);
    m_ends->setDate(several ? event.endsOn : event.startsOn);
    choose(m_level, event.levelId);
    choose(m_stage, event.modelStageId);
    m_organiser->setText(event.organiser);
    m_participants->setText(event.participants);
    m_description->setPlainText(event.description);
    updateOk();
}

Event EventDialog::event() const
{
    Event result = m_event;
    result.title = m_title->text().simplified();
    result.startsOn = m_starts->date();
    result.endsOn = m_severalDays->isChecked() && m_ends->date() != m_starts->date() ? m_ends->date() : QDate();
    result.levelId = m_level->currentData().toLongLong();
    result.levelName = result.levelId > 0 ? m_level->currentText() : QString();
    result.modelStageId = m_stage->currentData().toLongLong();
    result.modelStageName = result.modelStageId > 0 ? m_stage->currentText() : QString();
    result.organiser = m_organiser->text().trimmed();
    result.participants = m_participants->text().trimmed();
    result.description = m_description->toPlainText().trimmed();
    return result;
}

QString EventDialog::problem() const
{
    if (m_title->text().trimmed().isEmpty())
        return tr("Give the event a title.");
    if (m_severalDays->isChecked() && m_ends->date() < m_starts->date())
        return tr("The event cannot end before it starts.");
    return {};
}

void EventDialog::updateOk()
{
    const QString why = problem();
    m_problem->setText(why);
    m_ok->setEnabled(why.isEmpty());
}

} // namespace metodist
