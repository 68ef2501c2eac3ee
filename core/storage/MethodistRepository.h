#pragma once

#include "Status.h"
#include "domain/Methodist.h"
#include "storage/Database.h"
#include "storage/RegistryFilter.h"
#include "storage/RegistryQuery.h"

#include <QList>
#include <QSet>

namespace metodist {

struct MethodistRow : PersonRow
{
    QString employmentForm;
    QString educationLevel;
    int capacity = 60;
    bool federalPk = false;
    bool active = true;
    QStringList shortfalls; // unmet РМА requirements; empty when eligible
    QDate categoryAssignedOn;
    QDate joinedOn;
    QDate leftOn;
    QString leftReason;
    QString phone;
    QString email;
    std::optional<double> rate;
};

// A methodist as assignment shows them: where they work and how full they are.
struct MethodistLoadRow
{
    qint64 id = 0;
    QString name;
    QString snils;
    qint64 subjectId = 0;
    QString subject;
    qint64 municipalityId = 0;
    QString municipality;
    int capacity = 60;
    int load = 0;
    bool active = true;
    QStringList shortfalls;
};

class MethodistRepository
{
    Q_DECLARE_TR_FUNCTIONS(MethodistRepository)

public:
    explicit MethodistRepository(const Database &db) : m_db(db) {}

    Result<Methodist> get(qint64 id) const;

    Result<qint64> findBySnils(const QString &snils) const;
    Result<qint64> findByName(const QString &nameKey, qint64 organisationId) const;
    // Every methodist whose full name has this search key (see SearchKey.h), in any
    // organisation, with or without СНИЛС; at most limit ids, by id.
    Result<QList<qint64>> findAllByName(const QString &nameKey, int limit) const;

    Result<qint64> count(const RegistryFilter &filter = {}) const;
    Result<QList<MethodistRow>> page(const RegistryFilter &filter, const PageCursor &after, int limit) const;

    // The unmet РМА requirements of one methodist; empty when eligible.
    Result<QStringList> shortfalls(qint64 id) const;
    // The active methodists who do not meet the РМА requirements.
    Result<QSet<qint64>> ineligible() const;
    // Every methodist with their active teachers that year, by name.
    Result<QList<MethodistLoadRow>> withLoad(const QString &academicYear) const;

protected:
    const Database &m_db;
};

// The writing half of MethodistRepository: it can be made only from a writable
// Database, so work holding a read-only one cannot write by accident.
class MethodistWriter : public MethodistRepository
{
    Q_DECLARE_TR_FUNCTIONS(MethodistWriter)

public:
    explicit MethodistWriter(Database &db) : MethodistRepository(db) {}

    Result<qint64> insert(const Methodist &methodist);
    Status update(const Methodist &methodist);
    Status remove(qint64 id);
};

} // namespace metodist
