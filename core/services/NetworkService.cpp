#include "services/NetworkService.h"

#include "domain/SearchKey.h"
#include "services/EditFields.h"
#include "services/RegistryExport.h"
#include "storage/RecordPresence.h"

namespace metodist {

Result<QList<NetworkUnit>> NetworkService::units(const NetworkFilter &filter) const
{
    return NetworkRepository(m_db).units(filter);
}

Result<NetworkUnitDetails> NetworkService::details(qint64 unitId) const
{
    const NetworkRepository network(m_db);
    auto unit = network.unit(unitId);
    if (!unit)
        return unit.status();
    auto members = network.members(unitId);
    if (!members)
        return members.status();
    auto organisations = network.coveredOrganisations(unitId);
    if (!organisations)
        return organisations.status();
    return NetworkUnitDetails{unit.value(), members.value(), organisations.value()};
}

Result<QList<NetworkKindCount>> NetworkService::countsPerKind() const
{
    return NetworkRepository(m_db).countsPerKind();
}

Result<QList<DictionaryEntry>> NetworkService::kinds() const
{
    return DictionaryRepository(m_db).entries(QStringLiteral("network_kinds"));
}

Result<QString> NetworkService::kindCode(const QString &text) const
{
    auto entries = kinds();
    if (!entries)
        return entries.status();
    const QString key = searchKey(text.simplified());
    for (const DictionaryEntry &e : entries.value())
        if (searchKey(e.code) == key || searchKey(e.name) == key)
            return e.code;
    auto aliases = DictionaryRepository(m_db).aliases(QStringLiteral("network_kinds"));
    if (!aliases)
        return aliases.status();
    const QString loose = looseKey(key);
    for (const DictionaryAlias &alias : aliases.value())
        if (looseKey(alias.alias) == loose)
            for (const DictionaryEntry &e : entries.value())
                if (e.id == alias.entryId)
                    return e.code;
    return QString();
}

Result<qint64> NetworkService::saveUnit(const NetworkUnit &unit)
{
    Transaction transaction(m_db);
    if (!transaction.status())
        return transaction.status();
    auto saved = NetworkWriter(m_db).save(unit);
    if (!saved)
        return saved;
    if (Status status = transaction.commit(); !status)
        return status;
    return saved;
}

Result<SaveOutcome<NetworkUnitDetails>> NetworkService::saveUnit(const NetworkUnitDetails &loaded,
                                                                const NetworkUnitDetails &edited, SaveMode mode)
{
    const qint64 id = loaded.unit.id;
    EditFields fields(m_db);
    CheckedSave<NetworkUnitDetails> how;
    how.prepare = [&](NetworkUnitDetails &d) {
        d.unit.id = id;
        return Status::success();
    };
    how.readStored = [&]() -> Result<std::optional<NetworkUnitDetails>> {
        if (id == 0) // a new unit: nothing stored to differ from
            return std::optional<NetworkUnitDetails>(loaded);
        return storedOrNothing<NetworkUnitDetails>(m_db, RecordTable::NetworkUnits, id, [&] { return details(id); });
    };
    how.fields = [&](const NetworkUnitDetails &d) { return fields.networkUnit(d.unit, d.members, d.organisations); };
    how.write = [&](const NetworkUnitDetails &completed,
                    const std::optional<NetworkUnitDetails> &stored) -> Result<qint64> {
        NetworkUnit unit = completed.unit;
        // New, or deleted meanwhile and saved again on the user's word.
        if (!(id > 0 && stored))
            unit.id = 0;
        NetworkWriter network(m_db);
        auto saved = network.save(unit);
        if (!saved)
            return saved;
        if (Status status = network.setMembers(saved.value(), completed.members); !status)
            return status;
        QList<qint64> schools;
        for (const CoveredOrganisation &o : completed.organisations)
            schools << o.organisationId;
        if (Status status = network.setCoveredOrganisations(saved.value(), schools); !status)
            return status;
        return saved;
    };
    return saveChecked(m_db, loaded, edited, mode, how);
}

Status NetworkService::removeUnits(const QList<qint64> &ids)
{
    Transaction transaction(m_db);
    if (!transaction.status())
        return transaction.status();
    NetworkWriter network(m_db);
    for (qint64 id : ids)
        if (Status status = network.remove(id); !status)
            return status;
    return transaction.commit();
}

Status NetworkService::setMembers(qint64 unitId, const QList<NetworkMember> &members)
{
    Transaction transaction(m_db);
    if (!transaction.status())
        return transaction.status();
    if (Status status = NetworkWriter(m_db).setMembers(unitId, members); !status)
        return status;
    return transaction.commit();
}

Status NetworkService::setCoveredOrganisations(qint64 unitId, const QList<qint64> &organisationIds)
{
    Transaction transaction(m_db);
    if (!transaction.status())
        return transaction.status();
    if (Status status = NetworkWriter(m_db).setCoveredOrganisations(unitId, organisationIds); !status)
        return status;
    return transaction.commit();
}

Result<ImportReport> NetworkService::importFile(const QString &path, ImportKind kind, const ImportOptions &options,
                                                Progress *progress)
{
    if (kind != ImportKind::Network && kind != ImportKind::NetworkMembers)
        return Status::failure(tr("Only the network's units or its members can be imported here."));
    return Importer(m_db, kind, options, progress).importFile(path);
}

Result<int> NetworkService::exportFile(const QString &path, ImportKind kind) const
{
    if (kind != ImportKind::Network && kind != ImportKind::NetworkMembers)
        return Status::failure(tr("Only the network's units or its members can be exported here."));
    auto table = RegistryExport::table(m_db, kind);
    if (!table)
        return table.status();
    if (Status status = RegistryExport::write(table.value(), path); !status)
        return status;
    return int(table.value().rows.size());
}

} // namespace metodist
