#include "dialogs/PersonDialog.h"

#include "dialogs/AssignmentHistoryPanel.h"
#include "dialogs/CalendarStart.h"
#include "dialogs/ConflictDialog.h"
#include "dialogs/DevelopmentPanel.h"
#include "dialogs/HistoryDialog.h"

#include "domain/Snils.h"
#include "services/PersonService.h"
#include "storage/DictionaryRepository.h"
#include "storage/OrganisationRepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>

namespace metodist {

namespace {
// The stable code of a dictionary entry, kept beside its id in the combos.
constexpr int CodeRole = Qt::UserRole + 1;
} // namespace

PersonDialog::PersonDialog(Database &db, ImportKind kind, qint64 id, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_kind(kind)
    , m_id(id)
    , m_last(new QLineEdit(this))
    , m_first(new QLineEdit(this))
    , m_middle(new QLineEdit(this))
    , m_snils(new QLineEdit(this))
    , m_municipality(dictionaryCombo(QStringLiteral("municipalities"), false))
    , m_organisation(new QLineEdit(this))
    , m_position(new QLineEdit(this))
    , m_subject(dictionaryCombo(QStringLiteral("subjects"), false))
    , m_experience(new QSpinBox(this))
    , m_category(dictionaryCombo(QStringLiteral("qualification_categories"), true))
    , m_categoryOn(optionalDateEdit(QStringLiteral("categoryAssignedOn"), this))
    , m_problems(new QLabel(this))
    , m_warnings(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    const bool methodist = kind == ImportKind::Methodists;
    setObjectName(QStringLiteral("personDialog"));
    m_last->setObjectName(QStringLiteral("lastName"));
    m_first->setObjectName(QStringLiteral("firstName"));
    m_middle->setObjectName(QStringLiteral("middleName"));
    m_snils->setObjectName(QStringLiteral("snils"));
    m_organisation->setObjectName(QStringLiteral("organisation"));
    m_position->setObjectName(QStringLiteral("position"));
    setWindowTitle(id == 0 ? (methodist ? tr("New methodist") : tr("New teacher"))
                           : (methodist ? tr("Methodist") : tr("Teacher")));
    m_snils->setPlaceholderText(tr("123-456-789 01"));
    m_experience->setRange(-1, 70);
    m_experience->setSpecialValueText(tr("not given"));
    m_experience->setValue(-1);

    auto *form = new QFormLayout;
    form->addRow(tr("Surname*"), m_last);
    form->addRow(tr("First name*"), m_first);
    form->addRow(tr("Patronymic"), m_middle);
    form->addRow(tr("СНИЛС"), m_snils);
    form->addRow(tr("Municipality*"), m_municipality);
    form->addRow(methodist ? tr("Organisation") : tr("Organisation*"), m_organisation);
    form->addRow(tr("Position"), m_position);
    form->addRow(tr("Subject*"), m_subject);
    form->addRow(tr("Experience, years"), m_experience);
    auto *categoryRow = new QHBoxLayout;
    categoryRow->addWidget(m_category, 1);
    categoryRow->addWidget(new QLabel(tr("given on"), this));
    categoryRow->addWidget(m_categoryOn);
    form->addRow(tr("Qualification category"), categoryRow);
    new CalendarStart(m_categoryOn, unsetDate, QDate::currentDate());
    // The person's fields on the left; membership of the РМА, ПК, diagnostics
    // and the history of assignments on the right, so that the editor fits
    // the height of an office laptop's screen.
    auto *side = new QVBoxLayout;
    QGroupBox *rma = nullptr;
    if (methodist) {
        m_form = dictionaryCombo(QStringLiteral("employment_forms"), true);
        m_education = dictionaryCombo(QStringLiteral("education_levels"), true);
        m_capacity = new QSpinBox(this);
        m_capacity->setRange(1, 500);
        m_capacity->setValue(60);
        m_federalPk = new QCheckBox(tr("passed ПК on a federal-registry programme"), this);
        m_active = new QCheckBox(tr("active member of the РМА"), this);
        m_active->setChecked(true);
        form->addRow(tr("Form of employment"), m_form);
        form->addRow(tr("Education"), m_education);
        form->addRow(tr("Load (teachers)"), m_capacity);
        form->addRow(QString(), m_federalPk);
        form->addRow(QString(), m_active);
        // Membership of the РМА beside the person, so the editor fits a laptop screen.
        rma = new QGroupBox(tr("Membership of the РМА"), this);
        auto *rmaForm = new QFormLayout(rma);
        rmaForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
        side->addWidget(rma);
        m_joinedOn = optionalDateEdit(QStringLiteral("joinedOn"), this);
        m_leftOn = optionalDateEdit(QStringLiteral("leftOn"), this);
        new CalendarStart(m_joinedOn, unsetDate, QDate::currentDate());
        new CalendarStart(m_leftOn, unsetDate, QDate::currentDate());
        m_leftReason = new QLineEdit(this);
        m_leftReason->setObjectName(QStringLiteral("leftReason"));
        m_phone = new QLineEdit(this);
        m_phone->setObjectName(QStringLiteral("phone"));
        m_phone->setPlaceholderText(tr("+7 4012 00-00-00"));
        m_email = new QLineEdit(this);
        m_email->setObjectName(QStringLiteral("email"));
        m_rate = new QDoubleSpinBox(this);
        m_rate->setObjectName(QStringLiteral("rate"));
        m_rate->setRange(0.0, 2.0);
        m_rate->setSingleStep(0.25);
        m_rate->setDecimals(2);
        m_rate->setSpecialValueText(tr("not given"));
        m_rate->setValue(0.0);
        rmaForm->addRow(tr("Joined"), m_joinedOn);
        rmaForm->addRow(tr("Left"), m_leftOn);
        rmaForm->addRow(tr("Reason for leaving"), m_leftReason);
        rmaForm->addRow(tr("Phone"), m_phone);
        rmaForm->addRow(tr("E-mail"), m_email);
        rmaForm->addRow(tr("Rate (staff)"), m_rate);
        for (QLineEdit *edit : {m_leftReason, m_phone, m_email})
            connect(edit, &QLineEdit::textChanged, this, &PersonDialog::validate);
        for (QDateEdit *edit : {m_joinedOn, m_leftOn})
            connect(edit, &QDateEdit::dateChanged, this, &PersonDialog::validate);
        connect(m_rate, &QDoubleSpinBox::valueChanged, this, &PersonDialog::validate);
        if (id != 0)
            side->addWidget(new DevelopmentPanel(db, DevelopmentPanel::Person::Methodist, id, this));
    } else {
        m_level = dictionaryCombo(QStringLiteral("competence_levels"), true);
        form->addRow(tr("Level of competence"), m_level);
        m_applied = dictionaryCombo(QStringLiteral("qualification_categories"), true);
        m_applied->setObjectName(QStringLiteral("categoryApplied"));
        m_appliedOn = optionalDateEdit(QStringLiteral("categoryAppliedOn"), this);
        new CalendarStart(m_appliedOn, unsetDate, QDate::currentDate());
        auto *appliedRow = new QHBoxLayout;
        appliedRow->addWidget(m_applied, 1);
        appliedRow->addWidget(new QLabel(tr("on"), this));
        appliedRow->addWidget(m_appliedOn);
        form->addRow(tr("Applied for the category"), appliedRow);
        if (id != 0)
            side->addWidget(new DevelopmentPanel(db, id, this));
    }
    if (id != 0) {
        side->addWidget(new AssignmentHistoryPanel(db, kind, id, this), 1);
        // Who changed the card and when: the server's audit, or on a file the assignments.
        auto *history = m_buttons->addButton(tr("History of changes…"), QDialogButtonBox::HelpRole);
        history->setObjectName(QStringLiteral("historyButton"));
        connect(history, &QPushButton::clicked, this, [this] {
            const QString name = QStringList{m_last->text(), m_first->text(), m_middle->text()}.join(u' ').simplified();
            HistoryDialog dialog(m_db, m_kind == ImportKind::Methodists ? HistorySubject::Methodist
                                                                        : HistorySubject::Teacher,
                                 m_id, name, this);
            dialog.exec();
        });
    }
    m_problems->setObjectName(QStringLiteral("problems"));
    m_problems->setStyleSheet(QStringLiteral("color: #b00020"));
    m_problems->setWordWrap(true);
    m_warnings->setStyleSheet(QStringLiteral("color: #8a5a00"));
    m_warnings->setWordWrap(true);
    auto *columns = new QHBoxLayout;
    columns->addLayout(form, 1);
    if (!side->isEmpty())
        columns->addLayout(side, 1);
    else
        delete side;
    auto *outer = new QVBoxLayout(this);
    outer->addLayout(columns);
    outer->addWidget(m_problems);
    outer->addWidget(m_warnings);
    outer->addWidget(m_buttons);

    for (QLineEdit *edit : {m_last, m_first, m_middle, m_snils, m_organisation})
        connect(edit, &QLineEdit::textChanged, this, &PersonDialog::validate);
    for (QComboBox *combo : {m_municipality, m_subject, m_category, m_form, m_education})
        if (combo)
            connect(combo, &QComboBox::currentIndexChanged, this, &PersonDialog::validate);
    connect(m_experience, &QSpinBox::valueChanged, this, &PersonDialog::validate);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &PersonDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_teacher.id = id;
    m_methodist.id = id;
    load();
    validate();
}

QComboBox *PersonDialog::dictionaryCombo(const QString &dictionary, bool optional)
{
    auto *combo = new QComboBox(this);
    combo->addItem(optional ? tr("—") : tr("— choose —"), qint64(0));
    auto entries = DictionaryRepository(m_db).entries(dictionary);
    for (const DictionaryEntry &entry : entries ? entries.value() : QList<DictionaryEntry>()) {
        combo->addItem(entry.name, entry.id);
        combo->setItemData(combo->count() - 1, entry.code, CodeRole);
    }
    return combo;
}

static void select(QComboBox *combo, qint64 id)
{
    combo->setCurrentIndex(std::max(0, combo->findData(id)));
}

void PersonDialog::load()
{
    if (m_id == 0)
        return;
    // A person gone meanwhile opens empty; saving says it was deleted.
    if (m_kind == ImportKind::Methodists) {
        if (auto methodist = PersonService(m_db).methodist(m_id)) {
            m_methodist = methodist.value();
            showMethodist(m_methodist);
        }
    } else if (auto teacher = PersonService(m_db).teacher(m_id)) {
        m_teacher = teacher.value();
        showTeacher(m_teacher);
    }
}

void PersonDialog::showMethodist(const Methodist &m)
{
    select(m_form, m.employmentFormId);
    select(m_education, m.educationLevelId);
    m_capacity->setValue(m.capacity);
    m_federalPk->setChecked(m.federalPk);
    m_active->setChecked(m.active);
    m_joinedOn->setDate(m.joinedOn.isValid() ? m.joinedOn : unsetDate);
    m_leftOn->setDate(m.leftOn.isValid() ? m.leftOn : unsetDate);
    m_leftReason->setText(m.leftReason);
    m_phone->setText(m.phone);
    m_email->setText(m.email);
    m_rate->setValue(m.rate.value_or(0.0));
    showPerson(m, m.municipalityId);
}

void PersonDialog::showTeacher(const Teacher &t)
{
    select(m_level, t.competenceLevelId);
    select(m_applied, t.categoryAppliedId);
    m_appliedOn->setDate(t.categoryAppliedOn.isValid() ? t.categoryAppliedOn : unsetDate);
    showPerson(t, 0);
}

void PersonDialog::showPerson(const Person &person, qint64 municipalityId)
{
    m_organisation->clear();
    if (person.organisationId > 0) {
        if (auto organisation = OrganisationRepository(m_db).get(person.organisationId)) {
            m_organisation->setText(organisation.value().name);
            municipalityId = municipalityId ? municipalityId : organisation.value().municipalityId;
        }
    }
    m_last->setText(person.lastName);
    m_first->setText(person.firstName);
    m_middle->setText(person.middleName);
    m_snils->setText(person.snils.isEmpty() ? QString() : Snils::format(person.snils));
    select(m_municipality, municipalityId);
    m_position->setText(person.position);
    select(m_subject, person.subjectId);
    m_experience->setValue(person.experienceYears.value_or(-1));
    select(m_category, person.qualificationCategoryId);
    m_categoryOn->setDate(person.categoryAssignedOn.isValid() ? person.categoryAssignedOn : unsetDate);
}

void PersonDialog::validate()
{
    QStringList problems;
    if (m_last->text().trimmed().isEmpty())
        problems << tr("Enter the surname.");
    if (m_first->text().trimmed().isEmpty())
        problems << tr("Enter the first name.");
    if (!Snils::isBlank(m_snils->text())) {
        if (auto snils = Snils::parse(m_snils->text()); !snils)
            problems << snils.message();
    }
    if (m_municipality->currentData().toLongLong() == 0)
        problems << tr("Choose the municipality.");
    if (m_kind == ImportKind::Teachers && m_organisation->text().trimmed().isEmpty())
        problems << tr("Enter the organisation.");
    if (m_subject->currentData().toLongLong() == 0)
        problems << tr("Choose the subject.");
    if (m_kind == ImportKind::Methodists) {
        Methodist typed;
        fillMethodist(typed);
        if (const QString problem = typed.textProblem(); !problem.isEmpty())
            problems << problem;
    }
    m_problems->setText(problems.join(u'\n'));
    m_problems->setVisible(!problems.isEmpty());

    QStringList warnings;
    if (m_kind == ImportKind::Methodists) {
        const QStringList shortfalls = Eligibility::shortfalls(
            {m_category->currentData(CodeRole).toString(), m_education->currentData(CodeRole).toString(),
             m_experience->value() < 0 ? std::nullopt : std::optional<int>(m_experience->value())});
        if (!shortfalls.isEmpty())
            warnings << tr("Does not meet the requirements of the regional methodical active: %1. The methodist can "
                           "be saved with this warning.")
                            .arg(shortfalls.join(QStringLiteral("; ")));
    }
    m_warnings->setText(warnings.join(u'\n'));
    m_warnings->setVisible(!warnings.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problems.isEmpty());
    // The messages come and go as the user types; the dialog fits them.
    layout()->activate();
    resize(width(), sizeHint().height());
}

void PersonDialog::fillPerson(Person &p) const
{
    p.id = m_id;
    p.lastName = m_last->text().simplified();
    p.firstName = m_first->text().simplified();
    p.middleName = m_middle->text().simplified();
    p.snils = Snils::isBlank(m_snils->text()) ? QString() : Snils::parse(m_snils->text()).value().digits();
    p.position = m_position->text().simplified();
    p.subjectId = m_subject->currentData().toLongLong();
    p.experienceYears = m_experience->value() < 0 ? std::nullopt : std::optional<int>(m_experience->value());
    p.qualificationCategoryId = m_category->currentData().toLongLong();
    p.categoryAssignedOn = optionalDate(m_categoryOn);
}

void PersonDialog::fillMethodist(Methodist &m) const
{
    fillPerson(m);
    m.employmentFormId = m_form->currentData().toLongLong();
    m.educationLevelId = m_education->currentData().toLongLong();
    m.capacity = m_capacity->value();
    m.federalPk = m_federalPk->isChecked();
    m.active = m_active->isChecked();
    m.joinedOn = optionalDate(m_joinedOn);
    m.leftOn = optionalDate(m_leftOn);
    m.leftReason = m_leftReason->text().simplified();
    m.phone = m_phone->text().simplified();
    m.email = m_email->text().trimmed();
    m.rate = m_rate->value() > 0.0 ? std::optional<double>(m_rate->value()) : std::nullopt;
}

void PersonDialog::save()
{
    const PlaceOfWork place{m_municipality->currentData().toLongLong(), m_organisation->text().simplified()};
    const Person &loaded = m_kind == ImportKind::Methodists ? static_cast<const Person &>(m_methodist)
                                                            : static_cast<const Person &>(m_teacher);
    Person typed;
    fillPerson(typed);
    const QString name = loaded.lastName.isEmpty() ? typed.fullName() : loaded.fullName();
    bool saved = false;
    QString error;
    if (m_kind == ImportKind::Methodists) {
        Methodist m = m_methodist;
        fillMethodist(m);
        saved = commitChecked<Methodist>(
            this, name, m_methodist, m,
            [this, &place](const Methodist &loaded, const Methodist &edited, SaveMode mode) {
                return PersonService(m_db).saveMethodist(loaded, edited, place, mode);
            },
            [this](const Methodist &stored) { showMethodist(stored); }, nullptr, &error);
    } else {
        Teacher t = m_teacher;
        fillPerson(t);
        t.competenceLevelId = m_level->currentData().toLongLong();
        t.categoryAppliedId = m_applied->currentData().toLongLong();
        t.categoryAppliedOn = optionalDate(m_appliedOn);
        saved = commitChecked<Teacher>(
            this, name, m_teacher, t,
            [this, &place](const Teacher &loaded, const Teacher &edited, SaveMode mode) {
                return PersonService(m_db).saveTeacher(loaded, edited, place, mode);
            },
            [this](const Teacher &stored) { showTeacher(stored); }, nullptr, &error);
    }
    if (!error.isEmpty()) {
        QMessageBox::warning(this, windowTitle(), error);
        return;
    }
    if (saved)
        accept();
}

} // namespace metodist
