#pragma once

#include <QHash>
#include <QWidget>

class QListWidget;

namespace metodist {

class Database;

// The teacher card's professional development (ПК) and diagnostics, or a
// methodist's own ПК: the records so far and buttons to add one; each
// addition is saved at once.
class DevelopmentPanel : public QWidget
{
    Q_OBJECT

public:
    enum class Person { Teacher, Methodist };
    DevelopmentPanel(Database &db, qint64 teacherId, QWidget *parent = nullptr);
    DevelopmentPanel(Database &db, Person person, qint64 personId, QWidget *parent = nullptr);
    int pkCount() const;
    int diagnosticsCount() const;

private:
    void reload();
    void addPk();
    void addDiagnostic();
    QHash<qint64, QString> namesOf(const QString &dictionary) const;

    Database &m_db;
    qint64 m_personId; // the teacher's or the methodist's id, as m_person says
    Person m_person = Person::Teacher;
    QListWidget *m_pk;
    QListWidget *m_diagnostics;
};

} // namespace metodist
