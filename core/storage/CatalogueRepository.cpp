#include "storage/CatalogueRepository.h"

#include "domain/SearchKey.h"
#include "domain/TextRules.h"
#include "storage/SqlValues.h"

#include <QHash>

namespace metodist {

namespace {

const QString selectEntries = QStringLiteral(
    "SELECT c.id, c.kind_id, k.name, c.title, c.provider, c.hours, c.form, c.federal_registry, "
    "coalesce(c.organisation_id, 0), coalesce(c.event_id, 0) FROM route_catalogue c "
    "JOIN dictionary_entries k ON k.id = c.kind_id");

CatalogueEntry entryFrom(const QSqlQuery &q)
{
    CatalogueEntry e;
    e.id = q.value(0).toLongLong();
    e.kindId = q.value(1).toLongLong();
    e.kindName = q.value(2).toString();
    e.title = q.value(3).toString();
    e.provider = q.value(4).toString();
    if (!q.value(5).isNull())
        e.hours = q.value(5).toInt();
    e.form = CatalogueEntry::formFromCode(q.value(6).toString());
    e.federalRegistry = q.value(7).toBool();
    e.organisationId = q.value(8).toLongLong();
    e.eventId = q.value(9).toLongLong();
    return e;
}

QString marks(int count)
{
    QStringList list;
    for (int i = 0; i < count; ++i)
        list << QStringLiteral("?");
    return list.join(u',');
}

} // namespace

Status CatalogueRepository::loadLists(QList<CatalogueEntry> &entries) const
{
    if (entries.isEmpty())
        return Status::success();
    QHash<qint64, int> index;
    for (int i = 0; i < entries.size(); ++i)
        index.insert(entries[i].id, i);
    // The three lists of every entry, with the names, in the dictionaries' order.
    struct List
    {
        QString sql;
        QList<qint64> CatalogueEntry::*ids;
        QStringList CatalogueEntry::*names;
    };
    const List lists[] = {
        {QStringLiteral("SELECT x.catalogue_id, s.id, s.name FROM route_catalogue_subjects x "
                        "JOIN subjects s ON s.id = x.subject_id ORDER BY s.search_key"),
         &CatalogueEntry::subjectIds, &CatalogueEntry::subjects},
        {QStringLiteral("SELECT x.catalogue_id, d.id, d.name FROM route_catalogue_deficits x "
                        "JOIN dictionary_entries d ON d.id = x.deficit_area_id ORDER BY d.position"),
         &CatalogueEntry::deficitAreaIds, &CatalogueEntry::deficits},
        {QStringLiteral("SELECT x.catalogue_id, d.id, d.name FROM route_catalogue_levels x "
                        "JOIN dictionary_entries d ON d.id = x.level_id ORDER BY d.position"),
         &CatalogueEntry::levelIds, &CatalogueEntry::levels},
    };
    for (const List &list : lists) {
        auto query = m_db.exec(list.sql);
        if (!query)
            return query.status();
        for (QSqlQuery &q = query.value(); q.next();) {
            const int at = index.value(q.value(0).toLongLong(), -1);
            if (at < 0)
                continue;
            (entries[at].*list.ids).append(q.value(1).toLongLong());
            (entries[at].*list.names).append(q.value(2).toString());
        }
    }
    return Status::success();
}

Result<QList<CatalogueEntry>> CatalogueRepository::entries(const CatalogueFilter &filter) const
{
    QString where = QStringLiteral(" WHERE 1 = 1");
    QVariantList values;
    if (filter.kindId > 0) {
        where += QStringLiteral(" AND c.kind_id = ?");
        values << filter.kindId;
    }
    if (filter.subjectId > 0) {
        where += QStringLiteral(" AND EXISTS (SELECT 1 FROM route_catalogue_subjects x WHERE x.catalogue_id = c.id "
                                "AND x.subject_id = ?)");
        values << filter.subjectId;
    }
    if (filter.deficitAreaId > 0) {
        where += QStringLiteral(" AND EXISTS (SELECT 1 FROM route_catalogue_deficits x WHERE x.catalogue_id = c.id "
                                "AND x.deficit_area_id = ?)");
        values << filter.deficitAreaId;
    }
    auto query = m_db.exec(selectEntries + where + QStringLiteral(" ORDER BY k.position, c.search_key, c.id"), values);
    if (!query)
        return query.status();
    QList<CatalogueEntry> result;
    const QString text = searchKey(filter.text.simplified());
    for (QSqlQuery &q = query.value(); q.next();) {
        CatalogueEntry e = entryFrom(q);
        if (!text.isEmpty() && !searchKey(e.title).contains(text) && !searchKey(e.provider).contains(text))
            continue;
        result.append(e);
    }
    if (Status status = loadLists(result); !status)
        return status;
    return result;
}

Result<int> CatalogueRepository::count() const
{
    auto query = m_db.exec(QStringLiteral("SELECT count(*) FROM route_catalogue"));
    if (!query || !query.value().next())
        return query.status();
    return query.value().value(0).toInt();
}

Result<qint64> CatalogueRepository::find(const QString &title, const QString &provider) const
{
    auto query = m_db.exec(QStringLiteral("SELECT id, provider FROM route_catalogue WHERE search_key = ? ORDER BY id"),
                           {searchKey(title.simplified())});
    if (!query)
        return query.status();
    const QString wanted = searchKey(provider.simplified());
    for (QSqlQuery &q = query.value(); q.next();)
        if (searchKey(q.value(1).toString()) == wanted)
            return q.value(0).toLongLong();
    return qint64(0);
}

Result<QList<CatalogueEntry>> CatalogueRepository::suitable(qint64 subjectId, const QList<qint64> &areas,
                                                            qint64 levelId, int limit) const
{
    // Subject: listed, or none listed. Level: likewise. Areas: one met, or
    // none of its own and the subject listed.
    const QString forSubject = QStringLiteral(
        "EXISTS (SELECT 1 FROM route_catalogue_subjects x WHERE x.catalogue_id = c.id AND x.subject_id = ?)");
    const QString anySubject =
        QStringLiteral("NOT EXISTS (SELECT 1 FROM route_catalogue_subjects x WHERE x.catalogue_id = c.id)");
    const QString areasMet = QStringLiteral("(SELECT count(*) FROM route_catalogue_deficits x WHERE x.catalogue_id = "
                                            "c.id AND x.deficit_area_id IN (%1))")
                                 .arg(areas.isEmpty() ? QStringLiteral("NULL") : marks(int(areas.size())));
    const QString noAreas =
        QStringLiteral("NOT EXISTS (SELECT 1 FROM route_catalogue_deficits x WHERE x.catalogue_id = c.id)");
    const QString level = QStringLiteral(
        "(NOT EXISTS (SELECT 1 FROM route_catalogue_levels x WHERE x.catalogue_id = c.id) OR EXISTS (SELECT 1 FROM "
        "route_catalogue_levels x WHERE x.catalogue_id = c.id AND x.level_id = ?))");
    QVariantList areaValues;
    for (qint64 area : areas)
        areaValues << area;
    const QString sql = selectEntries
                        + QStringLiteral(" WHERE (%1 OR %2) AND %3 AND (%4 > 0 OR (%5 AND %1)) "
                                         "ORDER BY CASE WHEN %1 THEN 0 ELSE 1 END, %4 DESC, c.federal_registry DESC, "
                                         "k.position, c.search_key LIMIT ?")
                              .arg(forSubject, anySubject, level, areasMet, noAreas);
    // The placeholders in the order they appear.
    QVariantList values{subjectId, levelId};
    values << areaValues << subjectId << subjectId << areaValues << limit;
    auto query = m_db.exec(sql, values);
    if (!query)
        return query.status();
    QList<CatalogueEntry> result;
    for (QSqlQuery &q = query.value(); q.next();)
        result.append(entryFrom(q));
    if (Status status = loadLists(result); !status)
        return status;
    return result;
}

Result<qint64> CatalogueWriter::save(const CatalogueEntry &e)
{
    const QString title = e.title.simplified();
    if (title.isEmpty() || e.kindId <= 0)
        return Status::failure(tr("A catalogue entry needs a kind and a title."));
    if (const QString problem = TextRules::firstProblem({{title, TextKind::Title, tr("Title of the catalogue entry")},
                                                         {e.provider.simplified(), TextKind::Title, tr("Provider")}});
        !problem.isEmpty())
        return Status::failure(problem);
    const QVariantList values{e.kindId, title, idOrNull(e.deficitAreaId()), hoursOrNull(e.hours),
                              int(e.federalRegistry), idOrNull(e.organisationId), idOrNull(e.eventId),
                              e.provider.simplified(), CatalogueEntry::formCode(e.form), searchKey(title)};
    qint64 id = e.id;
    if (id > 0) {
        auto query = m_db.exec(QStringLiteral("UPDATE route_catalogue SET kind_id = ?, title = ?, deficit_area_id = ?, "
                                              "hours = ?, federal_registry = ?, organisation_id = ?, event_id = ?, "
                                              "provider = ?, form = ?, search_key = ? WHERE id = ?"),
                               values + QVariantList{id});
        if (!query)
            return query.status();
        if (query.value().numRowsAffected() != 1)
            return Status::failure(tr("The catalogue entry no longer exists; it may have been deleted by another "
                                      "user."));
    } else {
        auto inserted = m_db.insertReturningId(
            QStringLiteral("INSERT INTO route_catalogue (kind_id, title, deficit_area_id, hours, federal_registry, "
                           "organisation_id, event_id, provider, form, search_key) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
            values);
        if (!inserted)
            return inserted.status();
        id = inserted.value();
    }
    for (const auto &[table, column, list] :
         {std::tuple{QStringLiteral("route_catalogue_subjects"), QStringLiteral("subject_id"), &e.subjectIds},
          std::tuple{QStringLiteral("route_catalogue_deficits"), QStringLiteral("deficit_area_id"), &e.deficitAreaIds},
          std::tuple{QStringLiteral("route_catalogue_levels"), QStringLiteral("level_id"), &e.levelIds}})
        if (Status status = saveList(table, column, id, *list); !status)
            return status;
    return id;
}

Status CatalogueWriter::saveList(const QString &table, const QString &column, qint64 id, const QList<qint64> &values)
{
    // Table and column names come from save() only, never from user text.
    if (auto cleared = m_db.exec(QStringLiteral("DELETE FROM %1 WHERE catalogue_id = ?").arg(table), {id}); !cleared)
        return cleared.status();
    QList<qint64> seen;
    for (qint64 value : values) {
        if (value <= 0 || seen.contains(value))
            continue;
        seen << value;
        if (auto added = m_db.exec(QStringLiteral("INSERT INTO %1 (catalogue_id, %2) VALUES (?, ?)").arg(table, column),
                                   {id, value});
            !added)
            return added.status();
    }
    return Status::success();
}

Status CatalogueWriter::remove(qint64 id)
{
    return m_db.exec(QStringLiteral("DELETE FROM route_catalogue WHERE id = ?"), {id}).status();
}

Status CatalogueWriter::rekey()
{
    auto query = m_db.exec(QStringLiteral("SELECT id, title FROM route_catalogue"));
    if (!query)
        return query.status();
    QList<QPair<qint64, QString>> rows;
    for (QSqlQuery &q = query.value(); q.next();)
        rows.append({q.value(0).toLongLong(), searchKey(q.value(1).toString())});
    for (const auto &[id, key] : rows)
        if (auto updated = m_db.exec(QStringLiteral("UPDATE route_catalogue SET search_key = ? WHERE id = ?"), {key, id});
            !updated)
            return updated.status();
    return Status::success();
}

} // namespace metodist
