#pragma once

#include "Status.h"
#include "domain/Teacher.h"
#include "storage/Database.h"
#include "storage/RegistryFilter.h"
#include "storage/RegistryQuery.h"

#include <QList>

namespace metodist {

struct NameMatch
{
    qint64 id = 0;
    QString fullName;
};

// A teacher as the registry table shows it: names resolved.
struct TeacherRow : PersonRow
{
    QString competenceLevel;
    QString supportCategories; // "; "-separated
    QDate categoryAssignedOn;
    QString categoryApplied;
    QDate categoryAppliedOn;
};

class TeacherRepository
{
    Q_DECLARE_TR_FUNCTIONS(TeacherRepository)

public:
    explicit TeacherRepository(const Database &db) : m_db(db) {}

    Result<Teacher> get(qint64 id) const;

    // The teacher with this СНИЛС (11 digits), or 0.
    Result<qint64> findBySnils(const QString &snils) const;
    // The teacher without СНИЛС matching this name key in the organisation, or 0.
    Result<qint64> findByName(const QString &nameKey, qint64 organisationId) const;
    // Every teacher whose full name has this search key (see SearchKey.h), in any
    // organisation, with or without СНИЛС; at most limit ids, by id.
    Result<QList<qint64>> findAllByName(const QString &nameKey, int limit) const;
    // The same within the organisation of this name (compared by search key).
    Result<QList<qint64>> findAllByName(const QString &nameKey, const QString &organisation, int limit) const;
    // The same within the organisation of that municipality (0: any).
    Result<QList<qint64>> findAllByName(const QString &nameKey, const QString &organisation, qint64 municipalityId,
                                        int limit) const;

    Result<qint64> count(const RegistryFilter &filter = {}) const;
    // Up to limit rows after the cursor, alphabetical.
    Result<QList<TeacherRow>> page(const RegistryFilter &filter, const PageCursor &after, int limit) const;

    // Teachers whose name contains the text, compared by search key (case,
    // ё and spacing do not matter), in alphabetical order.
    Result<QList<NameMatch>> searchByName(const QString &text, int limit) const;

protected:
    const Database &m_db;
};

// The writing half of TeacherRepository: it can be made only from a writable
// Database, so work holding a read-only one cannot write by accident.
class TeacherWriter : public TeacherRepository
{
    Q_DECLARE_TR_FUNCTIONS(TeacherWriter)

public:
    explicit TeacherWriter(Database &db) : TeacherRepository(db) {}

    // Stores a new teacher with its search key and support categories.
    Result<qint64> insert(const Teacher &teacher);
    Status update(const Teacher &teacher);
    // Refused while the teacher has assignments (later schemas add them).
    Status remove(qint64 id);

private:
    Status writeSupportCategories(qint64 teacherId, const QList<qint64> &categoryIds);
};

} // namespace metodist
