#pragma once

#include "Status.h"
#include "domain/Methodist.h"
#include "domain/Teacher.h"
#include "services/EditConflict.h"
#include "storage/Database.h"

#include <QCoreApplication>

namespace metodist {

// Where the person editor puts a person: the organisation as typed, found
// (up to case and ё) or created in the municipality when the person is saved.
struct PlaceOfWork
{
    qint64 municipalityId = 0;
    QString organisation; // empty: none
};

// The person editor's use case for teachers and methodists: reading one to
// edit, and saving a new one or the changes to one read earlier — refused
// with a conflict when someone else changed or deleted it meanwhile (see
// saveChecked), unless told to overwrite.
class PersonService
{
    Q_DECLARE_TR_FUNCTIONS(PersonService)

public:
    explicit PersonService(Database &db) : m_db(db) {}

    Result<Teacher> teacher(qint64 id) const;
    Result<Methodist> methodist(qint64 id) const;

    // `loaded` is the version the editor read (id 0: a new person); `edited`
    // its fields as the user left them. The organisation comes from `place`.
    Result<SaveOutcome<Teacher>> saveTeacher(const Teacher &loaded, const Teacher &edited, const PlaceOfWork &place,
                                             SaveMode mode = SaveMode::UnlessChangedElsewhere);
    // The same for a methodist, whose municipality is the place's too.
    Result<SaveOutcome<Methodist>> saveMethodist(const Methodist &loaded, const Methodist &edited,
                                                 const PlaceOfWork &place,
                                                 SaveMode mode = SaveMode::UnlessChangedElsewhere);

    // Deleting many at once, all or nothing: the first that cannot go (has
    // assignments, routes…) leaves every one in place, and its reason is returned.
    Status removeTeachers(const QList<qint64> &ids);
    Status removeMethodists(const QList<qint64> &ids);

private:
    Result<qint64> organisationOf(const PlaceOfWork &place);
    Database &m_db;
};

} // namespace metodist
