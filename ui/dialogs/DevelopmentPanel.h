#pragma once

#include <QWidget>

class QListWidget;

namespace metodist {

class Database;

// The teacher card's professional development (ПК) and diagnostics: the
// records so far and buttons to add one; each addition is saved at once.
class DevelopmentPanel : public QWidget
{
    Q_OBJECT

public:
    DevelopmentPanel(Database &db, qint64 teacherId, QWidget *parent = nullptr);
    int pkCount() const;
    int diagnosticsCount() const;

private:
    void reload();
    void addPk();
    void addDiagnostic();
    QString dictionaryName(const QString &dictionary, qint64 id) const;

    Database &m_db;
    qint64 m_teacherId;
    QListWidget *m_pk;
    QListWidget *m_diagnostics;
};

} // namespace metodist
