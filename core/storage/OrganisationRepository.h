#pragma once

#include "Status.h"
#include "storage/Database.h"

#include <QHash>
#include <QList>

namespace metodist {

struct Organisation
{
    qint64 id = 0;
    QString name;
    qint64 municipalityId = 0;
    QString municipality;
    bool lowResults = false;     // ШНОР / project «500+»
    bool growthPoint = false;    // «Точка роста»
    bool internshipSite = false; // стажировочная площадка
    bool quantorium = false;     // «Кванториум» (national project)
    bool itCube = false;         // «IT-куб» (national project)
    bool mentoringModel = false; // runs the target model of mentoring in full
};

class OrganisationRepository
{
    Q_DECLARE_TR_FUNCTIONS(OrganisationRepository)

public:
    explicit OrganisationRepository(const Database &db) : m_db(db) {}

    // The organisation of this name (up to case and ё) in the municipality.
    Result<qint64> find(qint64 municipalityId, const QString &name) const;
    // The organisations of this name (up to case and ё) in any municipality,
    // at most `limit` of them.
    Result<QList<qint64>> findAnywhere(const QString &name, int limit = 2) const;
    Result<Organisation> get(qint64 id) const;
    Result<QList<Organisation>> list(qint64 municipalityId = 0, const QString &search = {}) const;

protected:
    const Database &m_db;
};

// The writing half of OrganisationRepository: it can be made only from a writable
// Database, so work holding a read-only one cannot write by accident.
class OrganisationWriter : public OrganisationRepository
{
    Q_DECLARE_TR_FUNCTIONS(OrganisationWriter)

public:
    explicit OrganisationWriter(Database &db) : OrganisationRepository(db) {}

    // Finds it, or creates it with no flags set; *created tells which.
    Result<qint64> findOrCreate(qint64 municipalityId, const QString &name, bool *created = nullptr);
    Result<qint64> insert(const Organisation &organisation);
    Status update(const Organisation &organisation);
    Status remove(qint64 id);
    // The flags of the national projects and the mentoring model alone.
    Status setProgrammeFlags(qint64 id, bool quantorium, bool itCube, bool mentoringModel);
};

} // namespace metodist
