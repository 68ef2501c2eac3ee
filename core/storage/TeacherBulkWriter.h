#pragma once

#include "Status.h"
#include "domain/Teacher.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

#include <functional>
#include <memory>

namespace metodist {

// The optional columns an import file has; a re-import leaves the others as
// the registry knows them.
struct TeacherColumns
{
    bool position = false;
    bool experience = false;
    bool qualificationCategory = false;
    bool competenceLevel = false;
    bool supportCategories = false;
    bool categoryAssignedOn = false;
    bool categoryApplied = false;   // the category applied for and the date

};

// Writes many teachers in the caller's transaction, as fast as SQLite takes
// them (an import of a million rows):
// - who is already in the registry is read once into memory, so matching a
//   row costs no query (unless the file is small against the registry: then
//   each row asks the indexes);
// - statements are bound value by value without QVariant (FastStatement);
// - when the rows to come outnumber half the registry (and are many), the
//   secondary indexes of teachers and the triggers of the name search are
//   dropped until finish(), which builds them again in one sorted pass each and
//   rebuilds the trigram index: far cheaper than keeping them row by row. A
//   rollback of the caller's transaction brings them back as they were.
class TeacherBulkWriter
{
    Q_DECLARE_TR_FUNCTIONS(TeacherBulkWriter)

public:
    TeacherBulkWriter(Database &db, TeacherColumns columns);
    ~TeacherBulkWriter();
    TeacherBulkWriter(const TeacherBulkWriter &) = delete;
    TeacherBulkWriter &operator=(const TeacherBulkWriter &) = delete;

    Status begin(qint64 expectedRows);
    bool defersIndexes() const { return !m_deferred.isEmpty(); }

    // The teacher with this СНИЛС (11 digits), else the one without a СНИЛС
    // with this name key in this organisation, else 0.
    Result<qint64> find(const QString &snils, const QString &nameKey, qint64 organisationId) const;

    // The name key is searchKey() of the full name; text fields come trimmed.
    Result<qint64> insert(const Teacher &teacher, const QString &nameKey);
    // Writes the name, СНИЛС (unless empty), organisation, subject and the
    // optional columns present in the file.
    Status update(const Teacher &teacher, const QString &nameKey);

    // Builds what begin() deferred. `step` hears each of the steps and may
    // stop the work by returning false (the caller then rolls back).
    Status finish(const std::function<bool(int done, int total)> &step = {});

private:
    struct SchemaObject
    {
        QString type, name, sql;
    };

    Status prepareWrites(qint64 expectedRows);
    Status writeSupport(qint64 teacherId, const QList<qint64> &categoryIds, bool replace);
    void remember(qint64 id, const QString &snils, const QString &nameKey, qint64 organisationId);
    static QString nameIdentity(const QString &nameKey, qint64 organisationId);

    const Database &m_db;
    TeacherColumns m_columns;
    QHash<qint64, qint64> m_bySnils;   // СНИЛС as a number → id
    QHash<QString, qint64> m_byName;   // name key | organisation → id, people without СНИЛС
    QHash<qint64, QString> m_nameOf;   // id → its m_byName identity
    qint64 m_firstNewId = 1;            // ids from here on were created by this import
    QList<SchemaObject> m_deferred;
    bool m_preloaded = false;
    bool m_manyRows = false; // the rows to come outnumber half the registry, and are many
    std::unique_ptr<FastStatement> m_insert, m_update, m_clearSupport, m_insertSupport, m_findBySnils, m_findByName;
};

} // namespace metodist
