#pragma once

#include "Status.h"
#include "domain/Teacher.h"
#include "storage/Database.h"

#include <QList>

namespace metodist {

struct NameMatch
{
    qint64 id = 0;
    QString fullName;
};

class TeacherRepository
{
    Q_DECLARE_TR_FUNCTIONS(TeacherRepository)

public:
    explicit TeacherRepository(const Database &db) : m_db(db) {}

    // Stores a new teacher with its search key; returns the new id.
    Result<qint64> insert(const Teacher &teacher);
    Result<qint64> count() const;

    // Teachers whose name contains the text, compared by search key (case,
    // ё and spacing do not matter), in alphabetical order.
    Result<QList<NameMatch>> searchByName(const QString &text, int limit) const;

private:
    const Database &m_db;
};

} // namespace metodist
