#include "services/PersonService.h"

#include "services/EditFields.h"
#include "storage/MethodistRepository.h"
#include "storage/OrganisationRepository.h"
#include "storage/RecordPresence.h"
#include "storage/TeacherRepository.h"

namespace metodist {

Result<Teacher> PersonService::teacher(qint64 id) const
{
    return TeacherRepository(m_db).get(id);
}

Result<Methodist> PersonService::methodist(qint64 id) const
{
    return MethodistRepository(m_db).get(id);
}

Result<qint64> PersonService::organisationOf(const PlaceOfWork &place)
{
    if (place.organisation.trimmed().isEmpty())
        return qint64(0);
    return OrganisationWriter(m_db).findOrCreate(place.municipalityId, place.organisation);
}

Result<SaveOutcome<Teacher>> PersonService::saveTeacher(const Teacher &loaded, const Teacher &edited,
                                                        const PlaceOfWork &place, SaveMode mode)
{
    const qint64 id = loaded.id;
    EditFields fields(m_db);
    CheckedSave<Teacher> how;
    how.prepare = [&](Teacher &t) {
        t.id = id;
        auto organisation = organisationOf(place);
        t.organisationId = organisation ? organisation.value() : 0;
        return organisation.status();
    };
    how.readStored = [&]() -> Result<std::optional<Teacher>> {
        if (id == 0) // a new teacher: nothing stored to differ from
            return std::optional<Teacher>(loaded);
        return storedOrNothing<Teacher>(m_db, RecordTable::Teachers, id, [&] { return TeacherRepository(m_db).get(id); });
    };
    how.fields = [&](const Teacher &t) { return fields.teacher(t); };
    how.write = [&](const Teacher &completed, const std::optional<Teacher> &stored) -> Result<qint64> {
        Teacher t = completed;
        if (id > 0 && stored) {
            // Not the editor's to change: as stored now.
            t.supportCategoryIds = stored->supportCategoryIds;
            if (Status updated = TeacherWriter(m_db).update(t); !updated)
                return updated;
            return id;
        }
        // New, or deleted meanwhile and saved again on the user's word.
        t.id = 0;
        return TeacherWriter(m_db).insert(t);
    };
    return saveChecked(m_db, loaded, edited, mode, how);
}

Result<SaveOutcome<Methodist>> PersonService::saveMethodist(const Methodist &loaded, const Methodist &edited,
                                                            const PlaceOfWork &place, SaveMode mode)
{
    const qint64 id = loaded.id;
    EditFields fields(m_db);
    CheckedSave<Methodist> how;
    how.prepare = [&](Methodist &m) {
        m.id = id;
        m.municipalityId = place.municipalityId;
        auto organisation = organisationOf(place);
        m.organisationId = organisation ? organisation.value() : 0;
        return organisation.status();
    };
    how.readStored = [&]() -> Result<std::optional<Methodist>> {
        if (id == 0)
            return std::optional<Methodist>(loaded);
        return storedOrNothing<Methodist>(m_db, RecordTable::Methodists, id,
                                          [&] { return MethodistRepository(m_db).get(id); });
    };
    how.fields = [&](const Methodist &m) { return fields.methodist(m); };
    how.write = [&](const Methodist &completed, const std::optional<Methodist> &stored) -> Result<qint64> {
        Methodist m = completed;
        if (id > 0 && stored) {
            if (Status updated = MethodistWriter(m_db).update(m); !updated)
                return updated;
            return id;
        }
        m.id = 0;
        return MethodistWriter(m_db).insert(m);
    };
    return saveChecked(m_db, loaded, edited, mode, how);
}

namespace {

template<typename Repository>
Status removeAll(Database &db, const QList<qint64> &ids)
{
    Transaction transaction(db);
    if (Status begun = transaction.status(); !begun)
        return begun;
    Repository repository(db);
    for (qint64 id : ids)
        if (Status removed = repository.remove(id); !removed)
            return removed;
    return transaction.commit();
}

} // namespace

Status PersonService::removeTeachers(const QList<qint64> &ids)
{
    return removeAll<TeacherWriter>(m_db, ids);
}

Status PersonService::removeMethodists(const QList<qint64> &ids)
{
    return removeAll<MethodistWriter>(m_db, ids);
}

} // namespace metodist
