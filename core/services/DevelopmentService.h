#pragma once

#include "Status.h"
#include "storage/Database.h"
#include "storage/DevelopmentRepository.h"

namespace metodist {

// A teacher's professional development as the registry's panel and the CLI
// see it: the ПК records and diagnostics results, and adding one of each.
class DevelopmentService
{
public:
    explicit DevelopmentService(Database &db) : m_db(db) {}

    Result<QList<PkRecord>> pkOfTeacher(qint64 teacherId) const;
    Result<QList<PkRecord>> pkOfMethodist(qint64 methodistId) const;
    Result<QList<Diagnostic>> diagnosticsOfTeacher(qint64 teacherId) const;

    Result<qint64> addPk(const PkRecord &record);
    // The result and its deficits in one transaction: none written when any fails.
    Result<qint64> addDiagnostic(const Diagnostic &diagnostic);

private:
    Database &m_db;
};

} // namespace metodist
