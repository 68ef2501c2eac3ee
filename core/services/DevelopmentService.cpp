#include "services/DevelopmentService.h"

namespace metodist {

Result<QList<PkRecord>> DevelopmentService::pkOfTeacher(qint64 teacherId) const
{
    return DevelopmentRepository(m_db).pkOfTeacher(teacherId);
}

Result<QList<PkRecord>> DevelopmentService::pkOfMethodist(qint64 methodistId) const
{
    return DevelopmentRepository(m_db).pkOfMethodist(methodistId);
}

Result<QList<Diagnostic>> DevelopmentService::diagnosticsOfTeacher(qint64 teacherId) const
{
    return DevelopmentRepository(m_db).diagnosticsOfTeacher(teacherId);
}

Result<qint64> DevelopmentService::addPk(const PkRecord &record)
{
    return DevelopmentWriter(m_db).addPk(record);
}

Result<qint64> DevelopmentService::addDiagnostic(const Diagnostic &diagnostic)
{
    Transaction transaction(m_db);
    if (Status begun = transaction.status(); !begun)
        return begun;
    auto added = DevelopmentWriter(m_db).addDiagnostic(diagnostic);
    if (!added)
        return added;
    if (Status committed = transaction.commit(); !committed)
        return committed;
    return added;
}

} // namespace metodist
