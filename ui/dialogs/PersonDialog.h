#pragma once

#include "domain/Methodist.h"
#include "domain/Teacher.h"
#include "services/ImportColumns.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace metodist {

class Database;

// The editor of one teacher or methodist, with messages under the fields as
// the user types; OK stays disabled while something is wrong. OK saves
// through PersonService: when someone else changed or deleted the person
// since the editor opened, the user sees both versions and chooses.
class PersonDialog : public QDialog
{
    Q_OBJECT

public:
    PersonDialog(Database &db, ImportKind kind, qint64 id, QWidget *parent = nullptr);

private:
    QComboBox *dictionaryCombo(const QString &dictionary, bool optional);
    void load();
    void showPerson(const Person &person, qint64 municipalityId);
    void showTeacher(const Teacher &teacher);
    void showMethodist(const Methodist &methodist);
    void fillPerson(Person &person) const;
    void fillMethodist(Methodist &methodist) const;
    void validate();
    void save();

    Database &m_db;
    ImportKind m_kind;
    qint64 m_id;
    // The version read when the editor opened (or the one taken after a conflict).
    Teacher m_teacher;
    Methodist m_methodist;
    QLineEdit *m_last;
    QLineEdit *m_first;
    QLineEdit *m_middle;
    QLineEdit *m_snils;
    QComboBox *m_municipality;
    QLineEdit *m_organisation;
    QLineEdit *m_position;
    QComboBox *m_subject;
    QSpinBox *m_experience;
    QComboBox *m_category;
    QComboBox *m_level = nullptr;      // teachers
    QComboBox *m_form = nullptr;       // methodists
    QComboBox *m_education = nullptr;  // methodists
    QSpinBox *m_capacity = nullptr;    // methodists
    QCheckBox *m_federalPk = nullptr;  // methodists
    QCheckBox *m_active = nullptr;     // methodists
    QDateEdit *m_categoryOn;
    QComboBox *m_applied = nullptr;    // teachers: a category applied for
    QDateEdit *m_appliedOn = nullptr;  // teachers
    QDateEdit *m_joinedOn = nullptr;   // methodists: the РМА kept current
    QDateEdit *m_leftOn = nullptr;
    QLineEdit *m_leftReason = nullptr;
    QLineEdit *m_phone = nullptr;
    QLineEdit *m_email = nullptr;
    QDoubleSpinBox *m_rate = nullptr;
    QLabel *m_problems;
    QLabel *m_warnings;
    QDialogButtonBox *m_buttons;
};

} // namespace metodist
