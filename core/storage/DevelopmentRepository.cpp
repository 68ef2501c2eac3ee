#include "storage/DevelopmentRepository.h"

#include <utility>

namespace metodist {

Result<qint64> DevelopmentWriter::addPk(const PkRecord &r)
{
    if ((r.teacherId > 0) == (r.methodistId > 0))
        return Status::failure(tr("A professional development record belongs to one teacher or one methodist."));
    if (r.program.trimmed().isEmpty())
        return Status::failure(tr("The programme of professional development must be named."));
    if (!m_insertPk) {
        m_insertPk = std::make_unique<FastStatement>(
            m_db, QStringLiteral("INSERT INTO professional_development (teacher_id, methodist_id, "
                                 "program, hours, federal_registry, completed_on) VALUES (?, ?, ?, ?, ?, ?) "
                                 "RETURNING id"));
        if (!m_insertPk->status())
            return std::exchange(m_insertPk, nullptr)->status();
    }
    FastStatement &insert = *m_insertPk;
    insert.bindIdOrNull(1, r.teacherId);
    insert.bindIdOrNull(2, r.methodistId);
    insert.bind(3, r.program.simplified());
    if (r.hours)
        insert.bind(4, *r.hours);
    else
        insert.bindNull(4);
    insert.bind(5, r.federalRegistry ? 1 : 0);
    if (r.completedOn.isValid())
        insert.bind(6, r.completedOn.toString(Qt::ISODate));
    else
        insert.bindNull(6);
    return insert.insertReturningId();
}

Result<QList<PkRecord>> DevelopmentRepository::pkOfTeacher(qint64 teacherId) const
{
    return pkOf(QStringLiteral("teacher_id"), teacherId);
}

Result<QList<PkRecord>> DevelopmentRepository::pkOfMethodist(qint64 methodistId) const
{
    return pkOf(QStringLiteral("methodist_id"), methodistId);
}

Result<QList<PkRecord>> DevelopmentRepository::pkOf(const QString &personColumn, qint64 personId) const
{
    // The column is one of the two fixed names above, never input.
    auto query = m_db.exec(QStringLiteral("SELECT id, program, hours, federal_registry, completed_on FROM "
                                          "professional_development WHERE %1 = ? ORDER BY completed_on, id")
                               .arg(personColumn),
                           {personId});
    if (!query)
        return query.status();
    QList<PkRecord> result;
    while (query.value().next()) {
        const QSqlQuery &q = query.value();
        PkRecord r;
        r.id = q.value(0).toLongLong();
        (personColumn == u"teacher_id" ? r.teacherId : r.methodistId) = personId;
        r.program = q.value(1).toString();
        if (!q.value(2).isNull())
            r.hours = q.value(2).toInt();
        r.federalRegistry = q.value(3).toBool();
        r.completedOn = QDate::fromString(q.value(4).toString(), Qt::ISODate);
        result.append(r);
    }
    return result;
}

Result<qint64> DevelopmentWriter::addDiagnostic(const Diagnostic &d)
{
    if (!d.diagnosedOn.isValid() || d.competenceLevelId <= 0)
        return Status::failure(tr("A diagnostics result needs a date and a level of competence."));
    if (!m_insertDiagnostic) {
        m_insertDiagnostic = std::make_unique<FastStatement>(
            m_db, QStringLiteral("INSERT INTO diagnostics (teacher_id, diagnosed_on, competence_level_id, notes) "
                                 "VALUES (?, ?, ?, ?) RETURNING id"));
        m_insertDeficit = std::make_unique<FastStatement>(
            m_db, QStringLiteral("INSERT INTO diagnostic_deficits (diagnostic_id, deficit_area_id) VALUES (?, ?) "
                                 "ON CONFLICT DO NOTHING"));
        const Status prepared = !m_insertDiagnostic->status() ? m_insertDiagnostic->status() : m_insertDeficit->status();
        if (!prepared) {
            m_insertDiagnostic.reset(); // prepared again next time
            m_insertDeficit.reset();
            return prepared;
        }
    }
    FastStatement &insert = *m_insertDiagnostic;
    insert.bind(1, d.teacherId);
    insert.bind(2, d.diagnosedOn.toString(Qt::ISODate));
    insert.bind(3, d.competenceLevelId);
    insert.bind(4, d.notes); // a null string binds ''
    auto id = insert.insertReturningId();
    if (!id)
        return id;
    for (qint64 area : d.deficitAreaIds) {
        m_insertDeficit->bind(1, id.value());
        m_insertDeficit->bind(2, area);
        if (Status added = m_insertDeficit->execute(); !added)
            return added;
    }
    return id;
}

Result<QList<Diagnostic>> DevelopmentRepository::diagnosticsOfTeacher(qint64 teacherId) const
{
    auto query = m_db.exec(QStringLiteral("SELECT id, diagnosed_on, competence_level_id, notes FROM diagnostics "
                                          "WHERE teacher_id = ? ORDER BY diagnosed_on, id"),
                           {teacherId});
    if (!query)
        return query.status();
    QList<Diagnostic> result;
    while (query.value().next()) {
        const QSqlQuery &q = query.value();
        Diagnostic d;
        d.id = q.value(0).toLongLong();
        d.teacherId = teacherId;
        d.diagnosedOn = QDate::fromString(q.value(1).toString(), Qt::ISODate);
        d.competenceLevelId = q.value(2).toLongLong();
        d.notes = q.value(3).toString();
        result.append(d);
    }
    // The deficits once the diagnostics are read: a second statement on the
    // connection while the first still streams its rows (PostgreSQL's
    // forward-only results) would cut the first one short.
    for (Diagnostic &d : result) {
        auto deficits = m_db.exec(QStringLiteral("SELECT deficit_area_id FROM diagnostic_deficits WHERE diagnostic_id = ?"),
                                  {d.id});
        if (!deficits)
            return deficits.status();
        while (deficits.value().next())
            d.deficitAreaIds.append(deficits.value().value(0).toLongLong());
    }
    return result;
}

namespace {

QVariant dateOrNull(const QDate &date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant();
}

} // namespace

Result<qint64> DevelopmentRepository::findPk(qint64 teacherId, const QString &program, const QDate &completedOn) const
{
    auto query = m_db.execPrepared(QStringLiteral("SELECT id FROM professional_development WHERE teacher_id = ? "
                                                  "AND program = ? AND completed_on IS NOT DISTINCT FROM ? ORDER BY id LIMIT 1"),
                                   {teacherId, program.simplified(), dateOrNull(completedOn)});
    if (!query)
        return query.status();
    const qint64 id = query.value()->next() ? query.value()->value(0).toLongLong() : 0;
    query.value()->finish();
    return id;
}

Status DevelopmentWriter::updatePk(const PkRecord &r)
{
    return m_db.execPrepared(QStringLiteral("UPDATE professional_development SET hours = ?, federal_registry = ? "
                                            "WHERE id = ?"),
                             {valueOrNull(r.hours), int(r.federalRegistry), r.id})
        .status();
}

Result<qint64> DevelopmentRepository::findDiagnostic(qint64 teacherId, const QDate &diagnosedOn) const
{
    auto query = m_db.execPrepared(QStringLiteral("SELECT id FROM diagnostics WHERE teacher_id = ? AND diagnosed_on = ? "
                                                  "ORDER BY id LIMIT 1"),
                                   {teacherId, diagnosedOn.toString(Qt::ISODate)});
    if (!query)
        return query.status();
    const qint64 id = query.value()->next() ? query.value()->value(0).toLongLong() : 0;
    query.value()->finish();
    return id;
}

Status DevelopmentWriter::replaceDiagnostic(const Diagnostic &d)
{
    if (d.competenceLevelId <= 0)
        return Status::failure(tr("A diagnostics result needs a date and a level of competence."));
    if (auto updated = m_db.execPrepared(QStringLiteral("UPDATE diagnostics SET competence_level_id = ?, notes = ? "
                                                        "WHERE id = ?"),
                                         {d.competenceLevelId, d.notes, d.id});
        !updated)
        return updated.status();
    if (auto cleared = m_db.execPrepared(QStringLiteral("DELETE FROM diagnostic_deficits WHERE diagnostic_id = ?"), {d.id});
        !cleared)
        return cleared.status();
    for (qint64 area : d.deficitAreaIds) {
        auto deficit = m_db.execPrepared(QStringLiteral("INSERT INTO diagnostic_deficits (diagnostic_id, "
                                                        "deficit_area_id) VALUES (?, ?) ON CONFLICT DO NOTHING"),
                                         {d.id, area});
        if (!deficit)
            return deficit.status();
    }
    return Status::success();
}

Status DevelopmentWriter::takeLatestLevel(qint64 teacherId)
{
    return m_db.execPrepared(QStringLiteral("UPDATE teachers SET competence_level_id = coalesce((SELECT "
                                            "competence_level_id FROM diagnostics WHERE teacher_id = ? ORDER BY "
                                            "diagnosed_on DESC, id DESC LIMIT 1), competence_level_id) WHERE id = ?"),
                             {teacherId, teacherId})
        .status();
}

} // namespace metodist
