#pragma once

#include "Status.h"
#include "domain/Network.h"
#include "services/EditConflict.h"
#include "services/Importer.h"
#include "services/Progress.h"
#include "storage/Database.h"
#include "storage/DictionaryRepository.h"
#include "storage/NetworkRepository.h"

#include <QCoreApplication>

namespace metodist {

// A unit with whom and what it brings together, for the details pane.
struct NetworkUnitDetails
{
    NetworkUnit unit;
    QList<NetworkMember> members;
    QList<CoveredOrganisation> organisations;
};

// The support network of the region: the page «Сеть поддержки», the
// `metodist-cli network` commands and the tests all go through here.
// Files are the registry import's (ImportKind::Network for the units,
// ImportKind::NetworkMembers for their members and covered schools): CSV in
// UTF-8 or Windows-1251, XLSX, XLS or ODS, all rows or none.
class NetworkService
{
    Q_DECLARE_TR_FUNCTIONS(NetworkService)

public:
    explicit NetworkService(Database &db) : m_db(db) {}

    Result<QList<NetworkUnit>> units(const NetworkFilter &filter = {}) const;
    Result<NetworkUnitDetails> details(qint64 unitId) const;
    // Every kind of the dictionary, with its units and members.
    Result<QList<NetworkKindCount>> countsPerKind() const;
    // The kinds of the dictionary, for a filter.
    Result<QList<DictionaryEntry>> kinds() const;
    // The code of the kind written as its code, its name or an alias
    // («ММС», «РМО», «ЦМН»); empty when none matches.
    Result<QString> kindCode(const QString &text) const;

    // Each in its own transaction.
    Result<qint64> saveUnit(const NetworkUnit &unit);
    Status removeUnits(const QList<qint64> &ids);
    Status setMembers(qint64 unitId, const QList<NetworkMember> &members);
    Status setCoveredOrganisations(qint64 unitId, const QList<qint64> &organisationIds);

    // The editor's save: the unit with its members and covered schools, in
    // one transaction (all or nothing). `loaded` is the version the editor
    // read (unit id 0 for a new unit). When someone else changed or deleted
    // the unit since, and the save would undo that, nothing is written and
    // the conflict comes back — unless `mode` says to overwrite (a unit
    // deleted meanwhile is then saved as a new one).
    Result<SaveOutcome<NetworkUnitDetails>> saveUnit(const NetworkUnitDetails &loaded,
                                                     const NetworkUnitDetails &edited,
                                                     SaveMode mode = SaveMode::UnlessChangedElsewhere);

    // kind: ImportKind::Network or ImportKind::NetworkMembers.
    Result<ImportReport> importFile(const QString &path, ImportKind kind, const ImportOptions &options = {},
                                    Progress *progress = nullptr);
    // The units, or (members) their members and covered schools, to .csv or
    // .xlsx; returns the number of rows written.
    Result<int> exportFile(const QString &path, ImportKind kind) const;

private:
    Database &m_db;
};

} // namespace metodist
