#include "services/DictionaryService.h"

#include "domain/ReferenceData.h"
#include "domain/SearchKey.h"
#include "storage/DictionaryRepository.h"

#include <QSet>

namespace metodist {

Result<qint64> DictionaryService::addEntry(const QString &dictionary, const QString &name)
{
    if (name.trimmed().isEmpty())
        return Status::failure(tr("The name of the entry is empty."));
    return DictionaryWriter(m_db).add(dictionary, name);
}

Status DictionaryService::renameEntry(const QString &dictionary, qint64 id, const QString &name)
{
    if (name.trimmed().isEmpty())
        return Status::failure(tr("The name of the entry is empty."));
    return DictionaryWriter(m_db).rename(dictionary, id, name);
}

Status DictionaryService::moveEntry(const QString &dictionary, qint64 id, int delta)
{
    return DictionaryWriter(m_db).move(dictionary, id, delta);
}

DictionaryService::Removal DictionaryService::removeEntries(const QString &dictionary, const QList<qint64> &ids)
{
    Removal removal;
    DictionaryWriter writer(m_db);
    if (isFixed(dictionary)) {
        for (qint64 id : ids)
            removal.kept.append({id, tr("The entries of «%1» are part of the model and are not removed.")
                                         .arg(ReferenceData::title(dictionary))});
        return removal;
    }
    for (qint64 id : ids) {
        if (Status status = writer.remove(dictionary, id); status)
            ++removal.removed;
        else
            removal.kept.append({id, status.message()});
    }
    return removal;
}

bool DictionaryService::isFixed(const QString &dictionary)
{
    return dictionary == u"roadmap_stages" || dictionary == u"monitoring_blocks" || dictionary == u"model_stages";
}

bool DictionaryService::isOpenToAdditions(const QString &dictionary)
{
    return dictionary == u"subjects" || dictionary == u"municipalities";
}

Result<qint64> DictionaryService::addAlias(const QString &dictionary, qint64 entryId, const QString &text)
{
    return DictionaryWriter(m_db).addAlias(dictionary, entryId, text);
}

Status DictionaryService::setAliases(const QString &dictionary, qint64 entryId, const QStringList &aliases)
{
    Transaction transaction(m_db);
    if (!transaction.status())
        return transaction.status();
    DictionaryWriter writer(m_db);
    auto present = writer.aliases(dictionary);
    if (!present)
        return present.status();
    QSet<QString> wanted;
    for (const QString &alias : aliases)
        wanted.insert(looseKey(alias));
    for (const DictionaryAlias &alias : present.value())
        if (alias.entryId == entryId && !wanted.contains(looseKey(alias.alias)))
            if (Status status = writer.removeAlias(dictionary, alias.id); !status)
                return status;
    for (const QString &alias : aliases)
        if (auto added = writer.addAlias(dictionary, entryId, alias); !added)
            return added.status();
    return transaction.commit();
}

Status DictionaryService::removeAliases(const QString &dictionary, const QList<qint64> &ids)
{
    Transaction transaction(m_db);
    if (!transaction.status())
        return transaction.status();
    DictionaryWriter writer(m_db);
    for (qint64 id : ids)
        if (Status status = writer.removeAlias(dictionary, id); !status)
            return status;
    return transaction.commit();
}

Result<DictionaryService::AliasImport> DictionaryService::importAliases(const QList<AliasRow> &rows)
{
    Transaction transaction(m_db);
    if (!transaction.status())
        return transaction.status();
    DictionaryWriter writer(m_db);
    AliasImport result;
    for (const AliasRow &row : rows) {
        auto entry = writer.findByCodeOrName(row.dictionary, row.entry);
        if (!entry)
            return entry.status();
        if (entry.value() == 0) {
            result.errors << tr("Row %1: the dictionary «%2» has no entry «%3».")
                                 .arg(row.row)
                                 .arg(ReferenceData::title(row.dictionary), row.entry);
            continue;
        }
        if (auto added = writer.addAlias(row.dictionary, entry.value(), row.value); !added)
            result.errors << tr("Row %1: %2").arg(row.row).arg(added.message());
        else
            ++result.added;
    }
    if (!result.errors.isEmpty()) {
        result.added = 0;
        return result; // the transaction rolls back
    }
    if (Status status = transaction.commit(); !status)
        return status;
    return result;
}

Result<int> DictionaryService::saveChoices(const QList<ValueChoice> &choices)
{
    Transaction transaction(m_db);
    if (!transaction.status())
        return transaction.status();
    DictionaryWriter writer(m_db);
    int saved = 0;
    for (const ValueChoice &choice : choices) {
        if (choice.addEntry) {
            if (!isOpenToAdditions(choice.dictionary))
                return Status::failure(tr("Entries are not added to the dictionary «%1» from a file; choose an "
                                          "entry for «%2».")
                                           .arg(ReferenceData::title(choice.dictionary), choice.value));
            auto added = writer.add(choice.dictionary, choice.value);
            if (!added)
                return added.status();
        } else if (choice.entryId > 0) {
            auto added = writer.addAlias(choice.dictionary, choice.entryId, choice.value);
            if (!added)
                return Status::failure(tr("«%1»: %2").arg(choice.value, added.message()));
        } else {
            continue; // left unmapped: the check will report it
        }
        ++saved;
    }
    if (Status status = transaction.commit(); !status)
        return status;
    return saved;
}

Result<qint64> DictionaryService::addOrganisation(const Organisation &organisation)
{
    if (organisation.name.trimmed().isEmpty())
        return Status::failure(tr("The name of the organisation is empty."));
    return OrganisationWriter(m_db).insert(organisation);
}

Status DictionaryService::updateOrganisation(const Organisation &organisation)
{
    if (organisation.name.trimmed().isEmpty())
        return Status::failure(tr("The name of the organisation is empty."));
    return OrganisationWriter(m_db).update(organisation);
}

DictionaryService::Removal DictionaryService::removeOrganisations(const QList<qint64> &ids)
{
    Removal removal;
    OrganisationWriter writer(m_db);
    for (qint64 id : ids) {
        if (Status status = writer.remove(id); status)
            ++removal.removed;
        else
            removal.kept.append({id, status.message()});
    }
    return removal;
}

} // namespace metodist
