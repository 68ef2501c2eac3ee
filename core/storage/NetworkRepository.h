#pragma once

#include "Status.h"
#include "domain/Network.h"
#include "storage/Database.h"

#include <QList>

namespace metodist {

struct NetworkFilter
{
    QString kindCode;         // a network_kinds code; empty: every kind
    qint64 municipalityId = 0; // 0: every municipality and the regional units
    bool regionalOnly = false; // only the units of no municipality
    QString text;             // part of the name, the theme or the head, up to case and ё
};

// The support network of the region (schema 9): its units, their members
// and the schools they cover.
class NetworkRepository
{
    Q_DECLARE_TR_FUNCTIONS(NetworkRepository)

public:
    explicit NetworkRepository(const Database &db) : m_db(db) {}

    // By kind (in the dictionary's order), the regional units first, then by
    // municipality and name; with the counts and the head.
    Result<QList<NetworkUnit>> units(const NetworkFilter &filter = {}) const;
    Result<NetworkUnit> unit(qint64 id) const;
    Result<int> count() const;
    // The unit of this kind and name (up to case and ё) in the municipality
    // (0: regional), or 0.
    Result<qint64> find(qint64 kindId, qint64 municipalityId, const QString &name) const;
    // Heads first, then by name.
    Result<QList<NetworkMember>> members(qint64 unitId) const;
    Result<QList<CoveredOrganisation>> coveredOrganisations(qint64 unitId) const;
    // Every kind of the dictionary, with its units and their members.
    Result<QList<NetworkKindCount>> countsPerKind() const;

protected:
    const Database &m_db;

private:
    Status fillHeads(QList<NetworkUnit> &units) const;
};

class NetworkWriter : public NetworkRepository
{
    Q_DECLARE_TR_FUNCTIONS(NetworkWriter)

public:
    explicit NetworkWriter(Database &db) : NetworkRepository(db) {}

    // Inserts (id 0) or updates the unit; refused when another unit of the
    // kind in the municipality has the name. The caller holds the transaction.
    Result<qint64> save(const NetworkUnit &unit);
    // The members and the covered schools go with the unit.
    Status remove(qint64 id);
    // Replaces the unit's members (each a teacher or a methodist, once).
    Status setMembers(qint64 unitId, const QList<NetworkMember> &members);
    // Adds the person (true), or updates whether they head the unit (false).
    Result<bool> addMember(const NetworkMember &member);
    Status setCoveredOrganisations(qint64 unitId, const QList<qint64> &organisationIds);
    // True when added, false when the unit covered it already.
    Result<bool> addCoveredOrganisation(qint64 unitId, qint64 organisationId);
    // Members of a unit just made (none yet), without looking for them first:
    // for generating a region in bulk.
    Status insertNewMembers(qint64 unitId, const QList<NetworkMember> &members);
};

} // namespace metodist
