#include "dialogs/DevelopmentPanel.h"

#include "services/DevelopmentService.h"
#include "storage/DictionaryRepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>

namespace metodist {

DevelopmentPanel::DevelopmentPanel(Database &db, qint64 teacherId, QWidget *parent)
    : DevelopmentPanel(db, Person::Teacher, teacherId, parent)
{
}

DevelopmentPanel::DevelopmentPanel(Database &db, Person person, qint64 personId, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_personId(personId)
    , m_person(person)
    , m_pk(new QListWidget(this))
    , m_diagnostics(new QListWidget(this))
{
    m_pk->setObjectName(QStringLiteral("pkList"));
    m_diagnostics->setObjectName(QStringLiteral("diagnosticsList"));
    for (QListWidget *list : {m_pk, m_diagnostics})
        list->setMaximumHeight(90);
    auto *addPk = new QPushButton(tr("Add ПК…"), this);
    auto *addDiagnostic = new QPushButton(tr("Add diagnostics…"), this);
    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(new QLabel(tr("Professional development (ПК)"), this), 0, 0);
    layout->addWidget(addPk, 0, 1);
    layout->addWidget(m_pk, 1, 0, 1, 2);
    layout->addWidget(new QLabel(tr("Diagnostics of professional competence"), this), 2, 0);
    layout->addWidget(addDiagnostic, 2, 1);
    layout->addWidget(m_diagnostics, 3, 0, 1, 2);
    // A methodist's diagnostics are not kept (yet); their own ПК are.
    if (person == Person::Methodist)
        for (QWidget *diagnosticsPart : {layout->itemAtPosition(2, 0)->widget(), static_cast<QWidget *>(addDiagnostic),
                                         static_cast<QWidget *>(m_diagnostics)})
            diagnosticsPart->hide();
    connect(addPk, &QPushButton::clicked, this, &DevelopmentPanel::addPk);
    connect(addDiagnostic, &QPushButton::clicked, this, &DevelopmentPanel::addDiagnostic);
    reload();
}

int DevelopmentPanel::pkCount() const
{
    return m_pk->count();
}

int DevelopmentPanel::diagnosticsCount() const
{
    return m_diagnostics->count();
}

QHash<qint64, QString> DevelopmentPanel::namesOf(const QString &dictionary) const
{
    QHash<qint64, QString> names;
    auto entries = DictionaryRepository(m_db).entries(dictionary);
    for (const DictionaryEntry &entry : entries ? entries.value() : QList<DictionaryEntry>())
        names.insert(entry.id, entry.name);
    return names;
}

void DevelopmentPanel::reload()
{
    m_pk->clear();
    m_diagnostics->clear();
    DevelopmentService development(m_db);
    auto pk = m_person == Person::Methodist ? development.pkOfMethodist(m_personId)
                                            : development.pkOfTeacher(m_personId);
    for (const PkRecord &r : pk ? pk.value() : QList<PkRecord>()) {
        QString text = r.program;
        if (r.hours)
            text += tr(", %n hour(s)", nullptr, *r.hours);
        if (r.completedOn.isValid())
            text += tr(", completed %1").arg(QLocale().toString(r.completedOn, QLocale::ShortFormat));
        if (r.federalRegistry)
            text += tr(" — federal registry");
        m_pk->addItem(text);
    }
    const QHash<qint64, QString> areas = namesOf(QStringLiteral("deficit_areas"));
    const QHash<qint64, QString> levels = namesOf(QStringLiteral("competence_levels"));
    auto diagnostics = development.diagnosticsOfTeacher(m_personId);
    for (const Diagnostic &d : diagnostics ? diagnostics.value() : QList<Diagnostic>()) {
        QStringList deficits;
        for (qint64 area : d.deficitAreaIds)
            deficits << areas.value(area);
        QString text = tr("%1: level «%2»").arg(QLocale().toString(d.diagnosedOn, QLocale::ShortFormat),
                                               levels.value(d.competenceLevelId));
        if (!deficits.isEmpty())
            text += tr("; deficits: %1").arg(deficits.join(QStringLiteral(", ")));
        m_diagnostics->addItem(text);
    }
}

void DevelopmentPanel::addPk()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Professional development"));
    auto *program = new QLineEdit(&dialog);
    auto *hours = new QSpinBox(&dialog);
    hours->setRange(1, 2000);
    hours->setValue(36);
    auto *federal = new QCheckBox(tr("the programme is in the federal registry"), &dialog);
    auto *date = new QDateEdit(QDate::currentDate(), &dialog);
    date->setCalendarPopup(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    auto *form = new QFormLayout(&dialog);
    form->addRow(tr("Programme*"), program);
    form->addRow(tr("Hours"), hours);
    form->addRow(QString(), federal);
    form->addRow(tr("Completed on"), date);
    form->addRow(buttons);
    // Programmes have long names («Цифровая образовательная среда: ФГИС «Моя школа» в работе педагога»).
    program->setMinimumWidth(program->fontMetrics().averageCharWidth() * 60);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted)
        return;
    PkRecord record;
    (m_person == Person::Methodist ? record.methodistId : record.teacherId) = m_personId;
    record.program = program->text();
    record.hours = hours->value();
    record.federalRegistry = federal->isChecked();
    record.completedOn = date->date();
    if (auto added = DevelopmentService(m_db).addPk(record); !added)
        QMessageBox::warning(this, dialog.windowTitle(), added.message());
    reload();
}

void DevelopmentPanel::addDiagnostic()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Diagnostics"));
    auto *date = new QDateEdit(QDate::currentDate(), &dialog);
    date->setCalendarPopup(true);
    auto *level = new QComboBox(&dialog);
    auto levels = DictionaryRepository(m_db).entries(QStringLiteral("competence_levels"));
    for (const DictionaryEntry &entry : levels ? levels.value() : QList<DictionaryEntry>())
        level->addItem(entry.name, entry.id);
    auto *deficits = new QListWidget(&dialog);
    auto areas = DictionaryRepository(m_db).entries(QStringLiteral("deficit_areas"));
    for (const DictionaryEntry &entry : areas ? areas.value() : QList<DictionaryEntry>()) {
        auto *item = new QListWidgetItem(entry.name, deficits);
        item->setData(Qt::UserRole, entry.id);
        item->setCheckState(Qt::Unchecked);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    auto *form = new QFormLayout(&dialog);
    form->addRow(tr("Date"), date);
    form->addRow(tr("Level of competence"), level);
    form->addRow(tr("Deficits found"), deficits);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted)
        return;
    Diagnostic diagnostic;
    diagnostic.teacherId = m_personId;
    diagnostic.diagnosedOn = date->date();
    diagnostic.competenceLevelId = level->currentData().toLongLong();
    for (int i = 0; i < deficits->count(); ++i)
        if (deficits->item(i)->checkState() == Qt::Checked)
            diagnostic.deficitAreaIds << deficits->item(i)->data(Qt::UserRole).toLongLong();
    if (auto added = DevelopmentService(m_db).addDiagnostic(diagnostic); !added)
        QMessageBox::warning(this, dialog.windowTitle(), added.message());
    reload();
}

} // namespace metodist
