#pragma once

#include "Status.h"
#include "domain/Route.h"
#include "storage/Database.h"

#include <QList>

namespace metodist {

struct CatalogueFilter
{
    QString text;       // part of the title or the provider, up to case and ё
    qint64 kindId = 0;  // 0: every kind
    qint64 subjectId = 0;
    qint64 deficitAreaId = 0;
};

// The catalogue of programmes and activities routes are built from (see
// CatalogueEntry), with the subjects, deficit areas and levels each suits.
class CatalogueRepository
{
    Q_DECLARE_TR_FUNCTIONS(CatalogueRepository)

public:
    explicit CatalogueRepository(const Database &db) : m_db(db) {}

    // By kind (in the dictionary's order), then title; with names and lists.
    Result<QList<CatalogueEntry>> entries(const CatalogueFilter &filter = {}) const;
    Result<int> count() const;
    // The entry with this title and provider (up to case and ё), or 0.
    Result<qint64> find(const QString &title, const QString &provider) const;
    // What suits a teacher's route: entries for the teacher's subject (or for
    // any subject) and level (or any level) that address one of the deficit
    // areas — or, having no areas of their own, are for the teacher's
    // subject. The teacher's own subject first, then the most areas met,
    // then programmes of the federal registry; at most `limit`.
    Result<QList<CatalogueEntry>> suitable(qint64 subjectId, const QList<qint64> &deficitAreaIds, qint64 levelId,
                                           int limit) const;

protected:
    const Database &m_db;

private:
    Status loadLists(QList<CatalogueEntry> &entries) const;
};

class CatalogueWriter : public CatalogueRepository
{
    Q_DECLARE_TR_FUNCTIONS(CatalogueWriter)

public:
    explicit CatalogueWriter(Database &db) : CatalogueRepository(db) {}

    // Inserts (id 0) or updates the entry with its lists; the caller holds
    // the transaction.
    Result<qint64> save(const CatalogueEntry &entry);
    Status remove(qint64 id);
    // Fills the search keys of the entries (schema 8).
    Status rekey();

private:
    Status saveList(const QString &table, const QString &column, qint64 id, const QList<qint64> &values);
};

} // namespace metodist
