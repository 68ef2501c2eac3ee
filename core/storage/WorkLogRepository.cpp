#include "storage/WorkLogRepository.h"

#include "domain/TextRules.h"
#include "storage/SqlValues.h"

namespace metodist {

namespace {

QString problem(const WorkLogEntry &e)
{
    if (e.methodistId <= 0 || e.teacherId <= 0)
        return WorkLogRepository::tr("A work log entry needs a methodist and a teacher.");
    if (e.workKindId <= 0)
        return WorkLogRepository::tr("A work log entry needs the kind of work.");
    if (!e.workedOn.isValid())
        return WorkLogRepository::tr("A work log entry needs a date.");
    if (e.durationMinutes && *e.durationMinutes <= 0)
        return WorkLogRepository::tr("The duration must be a positive number of minutes.");
    return TextRules::firstProblem({{e.result.trimmed(), TextKind::Note, WorkLogRepository::tr("Result")}});
}

} // namespace

Result<qint64> WorkLogWriter::insert(const WorkLogEntry &e)
{
    if (const QString p = problem(e); !p.isEmpty())
        return Status::failure(p);
    auto query = m_db.insertReturningId(
        QStringLiteral("INSERT INTO work_log (methodist_id, teacher_id, work_kind_id, "
                       "worked_on, duration_minutes, result) VALUES (?, ?, ?, ?, ?, ?) "
                       "RETURNING id"),
        {e.methodistId, e.teacherId, e.workKindId, dateOrNull(e.workedOn),
         valueOrNull(e.durationMinutes), e.result.trimmed()});
    if (!query)
        return query.status();
    return query.value();
}

Status WorkLogWriter::insertMany(const std::vector<WorkLogEntry> &entries)
{
    constexpr std::size_t rowsPerStatement = 150; // six values a row, under SQLite's limit of bound values
    const auto statement = [](std::size_t rows) {
        QString sql = QStringLiteral("INSERT INTO work_log (methodist_id, teacher_id, work_kind_id, worked_on, "
                                     "duration_minutes, result) VALUES ");
        for (std::size_t i = 0; i < rows; ++i)
            sql += i == 0 ? QStringLiteral("(?, ?, ?, ?, ?, ?)") : QStringLiteral(", (?, ?, ?, ?, ?, ?)");
        return sql;
    };
    const QString full = statement(rowsPerStatement);
    QVariantList values;
    for (std::size_t begin = 0; begin < entries.size(); begin += rowsPerStatement) {
        const std::size_t count = std::min(rowsPerStatement, entries.size() - begin);
        values.clear();
        values.reserve(qsizetype(count) * 6);
        for (std::size_t i = begin; i < begin + count; ++i) {
            const WorkLogEntry &e = entries[i];
            if (const QString p = problem(e); !p.isEmpty())
                return Status::failure(p);
            values << e.methodistId << e.teacherId << e.workKindId << dateOrNull(e.workedOn)
                   << valueOrNull(e.durationMinutes) << e.result.trimmed();
        }
        if (auto query = m_db.execPrepared(count == rowsPerStatement ? full : statement(count), values); !query)
            return query.status();
    }
    return Status::success();
}

Status WorkLogWriter::update(const WorkLogEntry &e)
{
    if (const QString p = problem(e); !p.isEmpty())
        return Status::failure(p);
    return m_db
        .exec(QStringLiteral("UPDATE work_log SET methodist_id = ?, teacher_id = ?, work_kind_id = ?, worked_on = ?, "
                             "duration_minutes = ?, result = ? WHERE id = ?"),
              {e.methodistId, e.teacherId, e.workKindId, dateOrNull(e.workedOn), valueOrNull(e.durationMinutes),
               e.result.trimmed(), e.id})
        .status();
}

Status WorkLogWriter::remove(qint64 id)
{
    return m_db.exec(QStringLiteral("DELETE FROM work_log WHERE id = ?"), {id}).status();
}

Result<std::optional<WorkLogEntry>> WorkLogRepository::get(qint64 id) const
{
    auto query = m_db.exec(QStringLiteral("SELECT methodist_id, teacher_id, work_kind_id, worked_on, duration_minutes, "
                                          "result FROM work_log WHERE id = ?"),
                           {id});
    if (!query)
        return query.status();
    QSqlQuery &q = query.value();
    if (!q.next())
        return std::optional<WorkLogEntry>();
    WorkLogEntry e;
    e.id = id;
    e.methodistId = q.value(0).toLongLong();
    e.teacherId = q.value(1).toLongLong();
    e.workKindId = q.value(2).toLongLong();
    e.workedOn = dateFrom(q.value(3));
    if (!q.value(4).isNull())
        e.durationMinutes = q.value(4).toInt();
    e.result = q.value(5).toString();
    return std::optional<WorkLogEntry>(e);
}

Status WorkLogRepository::forEach(const WorkLogFilter &filter,
                                  const std::function<bool(const WorkLogRow &)> &visit) const
{
    QString where = QStringLiteral("1 = 1");
    QVariantList values;
    const auto add = [&](bool use, const QString &condition, const QVariant &value) {
        if (use) {
            where += condition;
            values.append(value);
        }
    };
    add(filter.methodistId > 0, QStringLiteral(" AND w.methodist_id = ?"), filter.methodistId);
    add(filter.teacherId > 0, QStringLiteral(" AND w.teacher_id = ?"), filter.teacherId);
    add(filter.workKindId > 0, QStringLiteral(" AND w.work_kind_id = ?"), filter.workKindId);
    add(filter.from.isValid(), QStringLiteral(" AND w.worked_on >= ?"), dateOrNull(filter.from));
    add(filter.to.isValid(), QStringLiteral(" AND w.worked_on <= ?"), dateOrNull(filter.to));
    auto query = m_db.exec(
        QStringLiteral("SELECT w.id, w.methodist_id, w.teacher_id, w.work_kind_id, w.worked_on, w.duration_minutes, "
                       "w.result, %1, coalesce(m.snils, ''), %2, coalesce(t.snils, ''), k.name FROM work_log w "
                       "JOIN methodists m ON m.id = w.methodist_id JOIN teachers t ON t.id = w.teacher_id "
                       "JOIN dictionary_entries k ON k.id = w.work_kind_id WHERE %3 "
                       "ORDER BY w.worked_on, m.search_key, t.search_key, w.id")
            .arg(personNameSql(QStringLiteral("m")), personNameSql(QStringLiteral("t")), where),
        values);
    if (!query)
        return query.status();
    QSqlQuery &q = query.value();
    while (q.next()) {
        WorkLogRow row;
        row.entry.id = q.value(0).toLongLong();
        row.entry.methodistId = q.value(1).toLongLong();
        row.entry.teacherId = q.value(2).toLongLong();
        row.entry.workKindId = q.value(3).toLongLong();
        row.entry.workedOn = dateFrom(q.value(4));
        if (!q.value(5).isNull())
            row.entry.durationMinutes = q.value(5).toInt();
        row.entry.result = q.value(6).toString();
        row.methodistName = q.value(7).toString();
        row.methodistSnils = q.value(8).toString();
        row.teacherName = q.value(9).toString();
        row.teacherSnils = q.value(10).toString();
        row.workKind = q.value(11).toString();
        if (!visit(row))
            break;
    }
    return Status::success();
}

Result<QList<WorkLogRow>> WorkLogRepository::list(const WorkLogFilter &filter) const
{
    QList<WorkLogRow> rows;
    if (Status status = forEach(filter, [&rows](const WorkLogRow &row) {
            rows.append(row);
            return true;
        });
        !status)
        return status;
    return rows;
}

} // namespace metodist
