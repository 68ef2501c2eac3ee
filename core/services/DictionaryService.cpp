#include "services/DictionaryService.h"

#include "storage/DictionaryRepository.h"

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
    for (qint64 id : ids) {
        if (Status status = writer.remove(dictionary, id); status)
            ++removal.removed;
        else
            removal.kept.append({id, status.message()});
    }
    return removal;
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
