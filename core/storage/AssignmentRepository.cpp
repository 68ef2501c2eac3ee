#include "storage/AssignmentRepository.h"

#include "storage/Dialect.h"
#include "storage/SqlValues.h"

namespace metodist {

namespace {

struct Where
{
    QString sql;
    QVariantList values;
};

Where where(const AssignmentFilter &filter)
{
    Where w{QStringLiteral("1 = 1"), {}};
    if (!filter.academicYear.isEmpty()) {
        w.sql += QStringLiteral(" AND a.academic_year = ?");
        w.values.append(filter.academicYear);
    }
    if (filter.teacherId > 0) {
        w.sql += QStringLiteral(" AND a.teacher_id = ?");
        w.values.append(filter.teacherId);
    }
    if (filter.methodistId > 0) {
        w.sql += QStringLiteral(" AND a.methodist_id = ?");
        w.values.append(filter.methodistId);
    }
    if (filter.orderId > 0) {
        w.sql += QStringLiteral(" AND a.order_id = ?");
        w.values.append(filter.orderId);
    }
    if (filter.planningRunId > 0) {
        w.sql += QStringLiteral(" AND a.planning_run_id = ?");
        w.values.append(filter.planningRunId);
    }
    if (filter.activeOnly)
        w.sql += QStringLiteral(" AND a.ended_on IS NULL");
    if (filter.withoutOrder)
        w.sql += QStringLiteral(" AND a.order_id IS NULL");
    return w;
}

} // namespace

Result<qint64> AssignmentWriter::insert(const Assignment &a)
{
    auto query = m_db.insertReturningId(
        QStringLiteral("INSERT INTO assignments (teacher_id, methodist_id, academic_year, support_category_id, "
                       "started_on, ended_on, end_reason, order_id, planning_run_id, override_reason) "
                       // Without a reason given, the teacher's first support category is the reason.
                       "VALUES (?, ?, ?, coalesce(?, (SELECT c.category_id FROM teacher_support_categories c "
                       "JOIN dictionary_entries d ON d.id = c.category_id WHERE c.teacher_id = ? "
                       "ORDER BY d.position LIMIT 1)), ?, ?, ?, ?, ?, ?) RETURNING id"),
        {a.teacherId, a.methodistId, a.academicYear, idOrNull(a.supportCategoryId), a.teacherId, dateOrNull(a.startedOn),
         dateOrNull(a.endedOn), a.endReason, idOrNull(a.orderId), idOrNull(a.planningRunId), a.overrideReason});
    if (!query) {
        if (query.dbError() == DbError::UniqueViolation)
            return Status::failure(tr("The teacher already has a methodist in %1; end that assignment first.")
                                       .arg(a.academicYear));
        return query.status();
    }
    return query.value();
}

Status AssignmentWriter::end(qint64 id, const QDate &on, const QString &reason)
{
    auto query = m_db.exec(QStringLiteral("UPDATE assignments SET ended_on = CASE WHEN started_on > ? THEN started_on ELSE ? END, end_reason = ? "
                                          "WHERE id = ? AND ended_on IS NULL"),
                           {on.toString(Qt::ISODate), on.toString(Qt::ISODate), reason, id});
    if (!query)
        return query.status();
    if (query.value().numRowsAffected() != 1)
        return Status::failure(tr("The assignment has already ended or no longer exists."));
    return Status::success();
}

Result<std::optional<Assignment>> AssignmentRepository::active(qint64 teacherId, const QString &year) const
{
    auto query = m_db.exec(QStringLiteral("SELECT id, methodist_id, coalesce(support_category_id, 0), started_on, "
                                          "coalesce(order_id, 0), coalesce(planning_run_id, 0), override_reason "
                                          "FROM assignments WHERE teacher_id = ? AND academic_year = ? "
                                          "AND ended_on IS NULL"),
                           {teacherId, year});
    if (!query)
        return query.status();
    QSqlQuery &q = query.value();
    if (!q.next())
        return std::optional<Assignment>();
    Assignment a;
    a.id = q.value(0).toLongLong();
    a.teacherId = teacherId;
    a.methodistId = q.value(1).toLongLong();
    a.academicYear = year;
    a.supportCategoryId = q.value(2).toLongLong();
    a.startedOn = dateFrom(q.value(3));
    a.orderId = q.value(4).toLongLong();
    a.planningRunId = q.value(5).toLongLong();
    a.overrideReason = q.value(6).toString();
    return std::optional<Assignment>(a);
}

Result<int> AssignmentRepository::load(qint64 methodistId, const QString &year) const
{
    auto query = m_db.exec(QStringLiteral("SELECT count(*) FROM assignments WHERE methodist_id = ? "
                                          "AND academic_year = ? AND ended_on IS NULL"),
                           {methodistId, year});
    if (!query)
        return query.status();
    query.value().next();
    return query.value().value(0).toInt();
}

Result<qint64> AssignmentRepository::count(const AssignmentFilter &filter) const
{
    const Where w = where(filter);
    auto query = m_db.exec(QStringLiteral("SELECT count(*) FROM assignments a WHERE %1").arg(w.sql), w.values);
    if (!query)
        return query.status();
    query.value().next();
    return query.value().value(0).toLongLong();
}

Status AssignmentRepository::forEach(const AssignmentFilter &filter,
                                     const std::function<bool(const AssignmentRow &)> &visit) const
{
    const Where w = where(filter);
    const QString order = filter.teacherId > 0
        ? QStringLiteral("a.started_on, a.id")
        : QStringLiteral("mt.search_key, mt.id, t.search_key, t.id, a.started_on");
    auto query = m_db.exec(
        QStringLiteral("SELECT a.id, a.academic_year, a.started_on, coalesce(a.ended_on, ''), a.end_reason, "
                       "a.override_reason, coalesce(c.name, ''), coalesce(a.order_id, 0), coalesce(r.number, ''), "
                       "coalesce(r.issued_on, ''), "
                       "t.id, %1, coalesce(t.snils, ''), coalesce(ts.name, ''), coalesce(o.name, ''), "
                       "coalesce(om.name, ''), "
                       "mt.id, %2, coalesce(mt.snils, ''), ms.name, mm.name "
                       "FROM assignments a "
                       "JOIN teachers t ON t.id = a.teacher_id "
                       "LEFT JOIN subjects ts ON ts.id = t.subject_id "
                       "LEFT JOIN organisations o ON o.id = t.organisation_id "
                       "LEFT JOIN municipalities om ON om.id = o.municipality_id "
                       "JOIN methodists mt ON mt.id = a.methodist_id "
                       "JOIN subjects ms ON ms.id = mt.subject_id "
                       "JOIN municipalities mm ON mm.id = mt.municipality_id "
                       "LEFT JOIN dictionary_entries c ON c.id = a.support_category_id "
                       "LEFT JOIN orders r ON r.id = a.order_id "
                       "WHERE %3 ORDER BY %4")
            .arg(personNameSql(QStringLiteral("t")), personNameSql(QStringLiteral("mt")), w.sql, order),
        w.values);
    if (!query)
        return query.status();
    QSqlQuery &q = query.value();
    while (q.next()) {
        AssignmentRow row;
        row.id = q.value(0).toLongLong();
        row.academicYear = q.value(1).toString();
        row.startedOn = dateFrom(q.value(2));
        row.endedOn = dateFrom(q.value(3));
        row.endReason = q.value(4).toString();
        row.overrideReason = q.value(5).toString();
        row.supportCategory = q.value(6).toString();
        row.orderId = q.value(7).toLongLong();
        row.orderNumber = q.value(8).toString();
        row.orderDate = dateFrom(q.value(9));
        row.teacherId = q.value(10).toLongLong();
        row.teacherName = q.value(11).toString();
        row.teacherSnils = q.value(12).toString();
        row.teacherSubject = q.value(13).toString();
        row.teacherOrganisation = q.value(14).toString();
        row.teacherMunicipality = q.value(15).toString();
        row.methodistId = q.value(16).toLongLong();
        row.methodistName = q.value(17).toString();
        row.methodistSnils = q.value(18).toString();
        row.methodistSubject = q.value(19).toString();
        row.methodistMunicipality = q.value(20).toString();
        if (!visit(row))
            break;
    }
    return Status::success();
}

Result<QList<AssignmentRow>> AssignmentRepository::list(const AssignmentFilter &filter) const
{
    QList<AssignmentRow> rows;
    Status status = forEach(filter, [&rows](const AssignmentRow &row) {
        rows.append(row);
        return true;
    });
    if (!status)
        return status;
    return rows;
}

Result<std::vector<PlanTeacher>> AssignmentRepository::candidates(const QString &year, qint64 categoryId,
                                                                  qint64 municipalityId, const PriorityRanks &ranks,
                                                                  Progress *progress) const
{
    QString sql = QStringLiteral("SELECT t.id, coalesce(t.subject_id, 0), coalesce(o.municipality_id, 0), "
                                 "coalesce(o.low_results, 0) "
                                 "FROM teachers t LEFT JOIN organisations o ON o.id = t.organisation_id "
                                 "WHERE NOT EXISTS (SELECT 1 FROM assignments a WHERE a.teacher_id = t.id "
                                 "AND a.academic_year = ? AND a.ended_on IS NULL)");
    QVariantList values{year};
    if (categoryId > 0) {
        sql += QStringLiteral(" AND EXISTS (SELECT 1 FROM teacher_support_categories c "
                              "WHERE c.teacher_id = t.id AND c.category_id = ?)");
        values.append(categoryId);
    }
    if (municipalityId > 0) {
        sql += QStringLiteral(" AND o.municipality_id = ?");
        values.append(municipalityId);
    }
    auto query = m_db.exec(sql, values);
    if (!query)
        return query.status();
    QSqlQuery &q = query.value();
    std::vector<PlanTeacher> teachers;
    while (q.next()) {
        const int schoolRank = q.value(3).toBool() ? ranks.lowResultSchool : 0;
        teachers.push_back({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong(), schoolRank});
        if (progress && teachers.size() % 50000 == 0) {
            progress->report(qint64(teachers.size()), 0);
            if (progress->cancelled())
                return Status::failure(tr("Cancelled."));
        }
    }
    if (Status ranked = rankByCategory(teachers, ranks); !ranked)
        return ranked;
    return teachers;
}

Status AssignmentRepository::rankByCategory(std::vector<PlanTeacher> &teachers, const PriorityRanks &ranks) const
{
    if (ranks.byCategory.isEmpty() || teachers.empty())
        return Status::success();
    QVariantList ids;
    for (auto it = ranks.byCategory.cbegin(); it != ranks.byCategory.cend(); ++it)
        ids.append(it.key());
    QStringList marks(ids.size(), QStringLiteral("?"));
    auto query = m_db.exec(QStringLiteral("SELECT teacher_id, category_id FROM teacher_support_categories "
                                          "WHERE category_id IN (%1)")
                               .arg(marks.join(QStringLiteral(", "))),
                           ids);
    if (!query)
        return query.status();
    QSqlQuery &q = query.value();
    QHash<qint64, int> rankOfTeacher;
    while (q.next()) {
        int &rank = rankOfTeacher[q.value(0).toLongLong()];
        rank = PriorityRanks::first(rank, ranks.byCategory.value(q.value(1).toLongLong()));
    }
    for (PlanTeacher &teacher : teachers)
        teacher.priority = PriorityRanks::first(teacher.priority, rankOfTeacher.value(teacher.id));
    return Status::success();
}

Result<std::vector<PlanMethodist>> AssignmentRepository::planningMethodists(const QString &year) const
{
    auto query = m_db.exec(QStringLiteral("SELECT m.id, m.subject_id, m.municipality_id, m.capacity, "
                                          "(SELECT count(*) FROM assignments a WHERE a.methodist_id = m.id "
                                          "AND a.academic_year = ? AND a.ended_on IS NULL) "
                                          "FROM methodists m WHERE m.active = 1 ORDER BY m.id"),
                           {year});
    if (!query)
        return query.status();
    QSqlQuery &q = query.value();
    std::vector<PlanMethodist> methodists;
    while (q.next())
        methodists.push_back({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong(),
                              q.value(3).toInt(), q.value(4).toInt()});
    return methodists;
}

Status AssignmentWriter::insertPlanned(const std::vector<std::pair<qint64, qint64>> &pairs,
                                           const QString &academicYear, qint64 supportCategoryId,
                                           const QDate &startedOn, qint64 planningRunId, Progress *progress)
{
    // The pairs go to a temporary table first (two bound values a row, many
    // rows a statement), then into assignments in set-based slices: binding
    // is what costs at a million rows, and the slices keep progress moving.
    const SqlDialect &dialect = m_db.sqlDialect();
    if (auto created = m_db.exec(QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS planned_pairs "
                                                "(position %1, teacher_id INTEGER NOT NULL, "
                                                "methodist_id INTEGER NOT NULL)").arg(dialect.rowNumberKey()));
        !created)
        return created.status();
    // Emptied so that the numbering starts at 1 again.
    if (auto cleared = m_db.exec(dialect.emptied(QStringLiteral("planned_pairs"))); !cleared)
        return cleared.status();
    constexpr std::size_t rowsPerStatement = 500;
    const auto statement = [](std::size_t rows) {
        QString sql = QStringLiteral("INSERT INTO planned_pairs (teacher_id, methodist_id) VALUES ");
        for (std::size_t i = 0; i < rows; ++i)
            sql += i == 0 ? QStringLiteral("(?, ?)") : QStringLiteral(", (?, ?)");
        return sql;
    };
    const QString full = statement(rowsPerStatement);
    const qint64 total = qint64(pairs.size());
    const auto report = [progress, total](qint64 done) {
        if (!progress)
            return true;
        progress->report(done, 2 * total);
        return !progress->cancelled();
    };
    QVariantList values;
    for (std::size_t begin = 0; begin < pairs.size(); begin += rowsPerStatement) {
        const std::size_t count = std::min(rowsPerStatement, pairs.size() - begin);
        values.clear();
        values.reserve(qsizetype(count) * 2);
        for (std::size_t i = begin; i < begin + count; ++i)
            values << pairs[i].first << pairs[i].second;
        if (auto query = m_db.execPrepared(count == rowsPerStatement ? full : statement(count), values); !query)
            return query.status();
        if ((begin / rowsPerStatement) % 20 == 0 && !report(qint64(begin + count)))
            return Status::failure(tr("Cancelled; nothing was written."));
    }
    constexpr qint64 slice = 50000;
    for (qint64 from = 1; from <= total; from += slice) {
        auto query = m_db.execPrepared(
            QStringLiteral("INSERT INTO assignments (teacher_id, methodist_id, academic_year, support_category_id, "
                           "started_on, planning_run_id) SELECT teacher_id, methodist_id, ?, ?, ?, ? "
                           "FROM planned_pairs WHERE position BETWEEN ? AND ? ORDER BY position"),
            {academicYear, idOrNull(supportCategoryId), startedOn.toString(Qt::ISODate), planningRunId, from,
             from + slice - 1});
        if (!query) {
            if (query.dbError() == DbError::UniqueViolation)
                return Status::failure(tr("Some of the teachers got a methodist since the plan was computed; "
                                          "compute it again."));
            return query.status();
        }
        if (!report(total + std::min(total, from + slice - 1)))
            return Status::failure(tr("Cancelled; nothing was written."));
    }
    if (auto cleared = m_db.exec(dialect.emptied(QStringLiteral("planned_pairs"))); !cleared)
        return cleared.status();
    if (supportCategoryId > 0)
        return Status::success();
    // The reason, when none was chosen: the teacher's first support category.
    return m_db
        .exec(QStringLiteral("UPDATE assignments SET support_category_id = "
                             "(SELECT c.category_id FROM teacher_support_categories c "
                             "JOIN dictionary_entries d ON d.id = c.category_id "
                             "WHERE c.teacher_id = assignments.teacher_id ORDER BY d.position LIMIT 1) "
                             "WHERE planning_run_id = ?"),
              {planningRunId})
        .status();
}

Result<qint64> AssignmentWriter::insertPlanningRun(const QString &year, qint64 assigned, qint64 unassigned)
{
    auto query = m_db.insertReturningId(
        QStringLiteral("INSERT INTO planning_runs (academic_year, assigned, unassigned) "
                       "VALUES (?, ?, ?) RETURNING id"),
        {year, assigned, unassigned});
    if (!query)
        return query.status();
    return query.value();
}

Result<qint64> AssignmentWriter::attachToOrder(qint64 orderId, const AssignmentFilter &selection)
{
    const Where w = where(selection);
    QVariantList values{orderId};
    values.append(w.values);
    auto query = m_db.exec(QStringLiteral("UPDATE assignments AS a SET order_id = ? WHERE %1").arg(w.sql), values);
    if (!query)
        return query.status();
    return qint64(query.value().numRowsAffected());
}

Result<qint64> AssignmentWriter::attachToOrder(qint64 orderId, const QList<qint64> &assignmentIds)
{
    qint64 attached = 0;
    for (qint64 id : assignmentIds) {
        auto query = m_db.execPrepared(QStringLiteral("UPDATE assignments SET order_id = ? WHERE id = ?"),
                                       {orderId, id});
        if (!query)
            return query.status();
        attached += query.value()->numRowsAffected();
    }
    return attached;
}

} // namespace metodist
