#include "storage/TeacherBulkWriter.h"

#include "storage/Dialect.h"

namespace metodist {

namespace {

// Identities are read into memory when the file has at least a twentieth as
// many rows as the registry; fewer rows are looked up one by one.
constexpr qint64 preloadRatio = 20;
// Below this many rows keeping the indexes row by row is cheap enough.
constexpr qint64 deferIndexesFrom = 1000;

QString quoted(const QString &name)
{
    QString escaped = name;
    escaped.replace(u'"', QStringLiteral("\"\""));
    return u'"' + escaped + u'"';
}

} // namespace

TeacherBulkWriter::TeacherBulkWriter(Database &db, TeacherColumns columns) : m_db(db), m_columns(columns) {}

TeacherBulkWriter::~TeacherBulkWriter() = default;

QString TeacherBulkWriter::nameIdentity(const QString &nameKey, qint64 organisationId)
{
    return nameKey + u'|' + QString::number(organisationId);
}

void TeacherBulkWriter::remember(qint64 id, const QString &snils, const QString &nameKey, qint64 organisationId)
{
    if (!m_preloaded)
        return; // the rows themselves are the memory
    if (!snils.isEmpty()) {
        m_bySnils.insert(snils.toLongLong(), id);
        if (const QString identity = m_nameOf.take(id); !identity.isEmpty() && m_byName.value(identity) == id)
            m_byName.remove(identity);
        return;
    }
    const QString identity = nameIdentity(nameKey, organisationId);
    if (const QString earlier = m_nameOf.value(id); earlier != identity) {
        if (!earlier.isEmpty() && m_byName.value(earlier) == id)
            m_byName.remove(earlier);
        m_nameOf.insert(id, identity);
    }
    if (!m_byName.contains(identity))
        m_byName.insert(identity, id);
}

Status TeacherBulkWriter::begin(qint64 expectedRows)
{
    Status highest = m_db.scanIntegers(QStringLiteral("SELECT coalesce(max(id), 0) FROM teachers"), {}, 1,
                                       [this](const qint64 *row) { m_firstNewId = row[0] + 1; });
    if (!highest)
        return highest;
    // A few rows against a big registry are looked up one by one (reading a
    // million identities first took 1.6 s for a file of three rows).
    m_preloaded = expectedRows * preloadRatio >= m_firstNewId;
    m_findBySnils = std::make_unique<FastStatement>(m_db, QStringLiteral("SELECT id FROM teachers WHERE snils = ?"));
    m_findByName = std::make_unique<FastStatement>(
        m_db, QStringLiteral("SELECT id FROM teachers WHERE search_key = ? AND organisation_id IS NOT DISTINCT FROM ? "
                             "AND %1 IS NULL ORDER BY id LIMIT 1")
                     .arg(m_db.sqlDialect().unindexed(QStringLiteral("snils"))));
    if (!m_preloaded)
        return prepareWrites(expectedRows);
    // BIGINT: eleven digits overflow PostgreSQL's 32-bit INTEGER (SQLite's
    // INTEGER affinity is the same for either name).
    Status scanned = m_db.scanIntegers(
        QStringLiteral("SELECT CAST(snils AS BIGINT), id FROM teachers WHERE snils IS NOT NULL"), {}, 2,
        [this](const qint64 *row) { m_bySnils.insert(row[0], row[1]); });
    if (!scanned)
        return scanned;
    FastStatement unnumbered(m_db, QStringLiteral("SELECT id, search_key, coalesce(organisation_id, 0) FROM teachers "
                                                  "WHERE snils IS NULL ORDER BY id"));
    while (unnumbered.next())
        remember(unnumbered.integer(0), QString(), unnumbered.text(1), unnumbered.integer(2));
    if (!unnumbered.status())
        return unnumbered.status();
    return prepareWrites(expectedRows);
}

Status TeacherBulkWriter::prepareWrites(qint64 expectedRows)
{
    const QString insertSql = QStringLiteral(
        "INSERT INTO teachers (last_name, first_name, middle_name, snils, organisation_id, position, subject_id, "
        "experience_years, qualification_category_id, competence_level_id, search_key, category_assigned_on, "
        "category_applied_id, category_applied_on) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id");
    // Only fixed column names go into the statement; every value is bound.
    QString updateSql = QStringLiteral("UPDATE teachers SET last_name = ?, first_name = ?, middle_name = ?, "
                                       "snils = coalesce(?, snils), organisation_id = ?, subject_id = ?, search_key = ?");
    if (m_columns.position)
        updateSql += QStringLiteral(", position = ?");
    if (m_columns.experience)
        updateSql += QStringLiteral(", experience_years = ?");
    if (m_columns.qualificationCategory)
        updateSql += QStringLiteral(", qualification_category_id = ?");
    if (m_columns.competenceLevel)
        updateSql += QStringLiteral(", competence_level_id = ?");
    if (m_columns.categoryAssignedOn)
        updateSql += QStringLiteral(", category_assigned_on = ?");
    if (m_columns.categoryApplied)
        updateSql += QStringLiteral(", category_applied_id = ?, category_applied_on = ?");
    updateSql += QStringLiteral(", updated_at = CURRENT_TIMESTAMP WHERE id = ?");
    m_insert = std::make_unique<FastStatement>(m_db, insertSql);
    m_update = std::make_unique<FastStatement>(m_db, updateSql);
    m_clearSupport = std::make_unique<FastStatement>(
        m_db, QStringLiteral("DELETE FROM teacher_support_categories WHERE teacher_id = ?"));
    m_insertSupport = std::make_unique<FastStatement>(
        m_db, QStringLiteral("INSERT INTO teacher_support_categories (teacher_id, category_id) VALUES (?, ?) "
                             "ON CONFLICT DO NOTHING"));
    for (const auto *statement : {m_insert.get(), m_update.get(), m_clearSupport.get(), m_insertSupport.get(),
                                  m_findBySnils.get(), m_findByName.get()}) {
        if (!statement->status())
            return statement->status();
    }

    const qint64 registry = m_firstNewId - 1; // ids are never reused: at least the registry's size
    m_manyRows = expectedRows >= deferIndexesFrom && expectedRows >= registry / 2;
    if (m_db.dialect() != Dialect::SQLite || !m_manyRows)
        return Status::success();
    // Indexes first, then triggers: the order they are built again in.
    FastStatement objects(m_db, m_db.sqlDialect().deferrableObjects(
                                    {QStringLiteral("teachers"), QStringLiteral("teacher_support_categories")}));
    while (objects.next())
        m_deferred.append({objects.text(0), objects.text(1), objects.text(2)});
    if (!objects.status())
        return objects.status();
    for (const SchemaObject &object : m_deferred) {
        const QString drop = object.type == u"index" ? QStringLiteral("DROP INDEX %1") : QStringLiteral("DROP TRIGGER %1");
        if (auto dropped = m_db.exec(drop.arg(quoted(object.name))); !dropped)
            return dropped.status();
    }
    return Status::success();
}

Result<qint64> TeacherBulkWriter::find(const QString &snils, const QString &nameKey, qint64 organisationId) const
{
    // The first id a lookup query returns, or 0; its error is not lost.
    const auto first = [](FastStatement &query) -> Result<qint64> {
        const qint64 id = query.next() ? query.integer(0) : 0;
        query.reset();
        if (!query.status())
            return query.status();
        return id;
    };
    if (!snils.isEmpty()) {
        qint64 id = 0;
        if (m_preloaded) {
            id = m_bySnils.value(snils.toLongLong(), 0);
        } else {
            m_findBySnils->bind(1, snils);
            auto found = first(*m_findBySnils);
            if (!found)
                return found;
            id = found.value();
        }
        if (id > 0)
            return id;
    }
    qint64 id = 0;
    if (m_preloaded) {
        id = m_byName.value(nameIdentity(nameKey, organisationId), 0);
    } else {
        m_findByName->bind(1, nameKey);
        m_findByName->bindIdOrNull(2, organisationId);
        auto found = first(*m_findByName);
        if (!found)
            return found;
        id = found.value();
    }
    // A person entered without a СНИЛС is found by name, also by a row that
    // now has one; but a row with a СНИЛС is not merged into someone this
    // import has just created (two namesakes in one school).
    return snils.isEmpty() || id < m_firstNewId ? id : 0;
}

namespace {

void bindDate(FastStatement &s, int index, const QDate &date)
{
    date.isValid() ? s.bind(index, date.toString(Qt::ISODate)) : s.bindNull(index);
}

} // namespace

Result<qint64> TeacherBulkWriter::insert(const Teacher &t, const QString &nameKey)
{
    FastStatement &s = *m_insert;
    s.bind(1, t.lastName);
    s.bind(2, t.firstName);
    s.bind(3, t.middleName);
    t.snils.isEmpty() ? s.bindNull(4) : s.bind(4, t.snils);
    s.bindIdOrNull(5, t.organisationId);
    s.bind(6, t.position);
    s.bindIdOrNull(7, t.subjectId);
    t.experienceYears ? s.bind(8, qint64(*t.experienceYears)) : s.bindNull(8);
    s.bindIdOrNull(9, t.qualificationCategoryId);
    s.bindIdOrNull(10, t.competenceLevelId);
    s.bind(11, nameKey);
    bindDate(s, 12, t.categoryAssignedOn);
    s.bindIdOrNull(13, t.categoryAppliedId);
    bindDate(s, 14, t.categoryAppliedOn);
    auto inserted = s.insertReturningId();
    if (!inserted)
        return inserted.status();
    const qint64 id = inserted.value();
    if (Status status = writeSupport(id, t.supportCategoryIds, false); !status)
        return status;
    remember(id, t.snils, nameKey, t.organisationId);
    return id;
}

Status TeacherBulkWriter::update(const Teacher &t, const QString &nameKey)
{
    FastStatement &s = *m_update;
    int i = 0;
    s.bind(++i, t.lastName);
    s.bind(++i, t.firstName);
    s.bind(++i, t.middleName);
    t.snils.isEmpty() ? s.bindNull(++i) : s.bind(++i, t.snils);
    s.bindIdOrNull(++i, t.organisationId);
    s.bindIdOrNull(++i, t.subjectId);
    s.bind(++i, nameKey);
    if (m_columns.position)
        s.bind(++i, t.position);
    if (m_columns.experience)
        t.experienceYears ? s.bind(++i, qint64(*t.experienceYears)) : s.bindNull(++i);
    if (m_columns.qualificationCategory)
        s.bindIdOrNull(++i, t.qualificationCategoryId);
    if (m_columns.competenceLevel)
        s.bindIdOrNull(++i, t.competenceLevelId);
    if (m_columns.categoryAssignedOn)
        bindDate(s, ++i, t.categoryAssignedOn);
    if (m_columns.categoryApplied) {
        s.bindIdOrNull(++i, t.categoryAppliedId);
        bindDate(s, ++i, t.categoryAppliedOn);
    }
    s.bind(++i, t.id);
    if (Status status = s.execute(); !status)
        return status;
    if (m_columns.supportCategories) {
        if (Status status = writeSupport(t.id, t.supportCategoryIds, true); !status)
            return status;
    }
    remember(t.id, t.snils, nameKey, t.organisationId);
    return Status::success();
}

Status TeacherBulkWriter::writeSupport(qint64 teacherId, const QList<qint64> &categoryIds, bool replace)
{
    if (replace) {
        m_clearSupport->bind(1, teacherId);
        if (Status status = m_clearSupport->execute(); !status)
            return status;
    }
    for (qint64 category : categoryIds) {
        m_insertSupport->bind(1, teacherId);
        m_insertSupport->bind(2, category);
        if (Status status = m_insertSupport->execute(); !status)
            return status;
    }
    return Status::success();
}

Status TeacherBulkWriter::finish(const std::function<bool(int done, int total)> &step)
{
    if (m_deferred.isEmpty()) {
        // The server kept its indexes; its statistics still describe the
        // registry before the import (a name search planned on them took minutes).
        const QString analyze = m_db.sqlDialect().refreshedStatistics(
            {QStringLiteral("teachers"), QStringLiteral("teacher_support_categories")});
        if (m_manyRows && !analyze.isEmpty()) {
            if (auto analysed = m_db.exec(analyze); !analysed)
                return analysed.status();
        }
        return Status::success();
    }
    const int total = int(m_deferred.size()) + 1;
    int done = 0;
    auto stopped = [&] { return step && !step(done, total); };
    // The trigram index first: its rebuild reads the names in the order the
    // table gives them, and with the name index back that order is by name,
    // not by id — three times slower for FTS5 (measured: 12 s against 4 s for
    // a million shuffled rows).
    if (stopped())
        return Status::failure(tr("Stopped while building the indexes."));
    if (auto rebuilt = m_db.exec(QStringLiteral("INSERT INTO teachers_search (teachers_search) VALUES ('rebuild')"));
        !rebuilt)
        return rebuilt.status();
    ++done;
    for (const SchemaObject &object : std::as_const(m_deferred)) {
        if (stopped())
            return Status::failure(tr("Stopped while building the indexes."));
        if (auto created = m_db.exec(object.sql); !created)
            return created.status();
        ++done;
    }
    m_deferred.clear();
    if (step)
        step(total, total);
    return Status::success();
}

} // namespace metodist
