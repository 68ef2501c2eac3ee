#pragma once

#include "dialogs/EditorDialog.h"
#include "services/NetworkService.h"

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace metodist {

class Database;

// The editor of one unit of the support network: its kind, name, place,
// host, subject, theme, head and note, its members (teachers and methodists
// found by name or СНИЛС, one of them marked as the head) and the schools it
// covers. Messages under the fields as the user types; OK stays disabled
// while something is wrong. OK saves the unit, its members and schools in one
// transaction through NetworkService: when someone else changed or deleted
// the unit since the editor opened, the user sees both versions and chooses.
class NetworkUnitDialog : public EditorDialog
{
    Q_OBJECT

public:
    // id 0: a new unit.
    NetworkUnitDialog(Database &db, qint64 id, QWidget *parent = nullptr);
    // The saved unit's id (after OK).
    qint64 unitId() const { return m_savedId; }

private:
    QComboBox *dictionaryCombo(const QString &dictionary, const QString &none, const QString &name);
    void fillHosts();
    void showUnit(const NetworkUnitDetails &details);
    NetworkUnitDetails edited() const;
    void searchPeople(const QString &text);
    void addPerson();
    void searchSchools(const QString &text);
    void addSchool();
    void showMembers();
    void showSchools();
    void updateListButtons();
    void validate();

    Database &m_db;
    // The version read when the editor opened (or the one taken after a conflict).
    NetworkUnitDetails m_loaded;
    QList<NetworkMember> m_memberList;
    QList<CoveredOrganisation> m_schoolList;
    qint64 m_savedId = 0;

    QComboBox *m_kind;
    QLineEdit *m_name;
    QComboBox *m_municipality;
    QComboBox *m_host;
    QComboBox *m_subject;
    QLineEdit *m_theme;
    QLineEdit *m_headName;
    QPlainTextEdit *m_note;
    QLineEdit *m_personSearch;
    QListWidget *m_people;
    QPushButton *m_addPerson;
    QTableWidget *m_members;
    QPushButton *m_makeHead;
    QPushButton *m_removeMember;
    QLineEdit *m_schoolSearch;
    QListWidget *m_schoolMatches;
    QPushButton *m_addSchool;
    QListWidget *m_schools;
    QPushButton *m_removeSchool;
    QLabel *m_problems;
    QDialogButtonBox *m_buttons;
};

} // namespace metodist
