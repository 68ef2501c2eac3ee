#pragma once

#include "Status.h"
#include "storage/Database.h"

#include <QDate>
#include <QList>

#include <memory>

namespace metodist {

// Professional development (ПК) of a teacher or a methodist.
struct PkRecord
{
    qint64 id = 0;
    qint64 teacherId = 0;   // exactly one of teacherId and methodistId
    qint64 methodistId = 0;
    QString program;
    std::optional<int> hours;
    bool federalRegistry = false;
    QDate completedOn;
};

// A diagnostics result: level of professional competence and the deficits found.
struct Diagnostic
{
    qint64 id = 0;
    qint64 teacherId = 0;
    QDate diagnosedOn;
    qint64 competenceLevelId = 0;
    QList<qint64> deficitAreaIds;
    QString notes;
};

class DevelopmentRepository
{
    Q_DECLARE_TR_FUNCTIONS(DevelopmentRepository)

public:
    explicit DevelopmentRepository(const Database &db) : m_db(db) {}

    Result<QList<PkRecord>> pkOfTeacher(qint64 teacherId) const;
    // A methodist's own ПК (the РМА requires ПК on methodical support).
    Result<QList<PkRecord>> pkOfMethodist(qint64 methodistId) const;
    Result<QList<Diagnostic>> diagnosticsOfTeacher(qint64 teacherId) const;

    // For re-imports: the teacher's record of this programme completed on this
    // date (the date may be unknown), or 0; its hours and registry flag rewritten.
    Result<qint64> findPk(qint64 teacherId, const QString &program, const QDate &completedOn) const;
    // The teacher's diagnostics of this day, or 0; level, notes and deficits replaced.
    Result<qint64> findDiagnostic(qint64 teacherId, const QDate &diagnosedOn) const;

protected:
    Result<QList<PkRecord>> pkOf(const QString &personColumn, qint64 personId) const;
    const Database &m_db;
};

// The writing half of DevelopmentRepository: it can be made only from a writable
// Database, so work holding a read-only one cannot write by accident.
class DevelopmentWriter : public DevelopmentRepository
{
    Q_DECLARE_TR_FUNCTIONS(DevelopmentWriter)

public:
    explicit DevelopmentWriter(Database &db) : DevelopmentRepository(db) {}

    Result<qint64> addPk(const PkRecord &record);
    Result<qint64> addDiagnostic(const Diagnostic &diagnostic);
    Status updatePk(const PkRecord &record);
    Status replaceDiagnostic(const Diagnostic &diagnostic);
    // The registry's level of competence of the teacher becomes that of the
    // latest diagnostics (unchanged when there is none).
    Status takeLatestLevel(qint64 teacherId);

private:
    // Prepared once, bound without QVariant: an import or a demonstration
    // region adds hundreds of thousands of records.
    std::unique_ptr<FastStatement> m_insertPk, m_insertDiagnostic, m_insertDeficit;
};

} // namespace metodist
