#pragma once

#include "Status.h"
#include "domain/Event.h"
#include "domain/Methodist.h"
#include "domain/Network.h"
#include "domain/Roadmap.h"
#include "domain/Route.h"
#include "domain/Teacher.h"
#include "domain/WorkLog.h"
#include "services/EditConflict.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QHash>

namespace metodist {

// The fields of each record an editor changes, as the editor names and shows
// them, for comparing the version an editor loaded with the one stored now
// and showing the two side by side. Ids are compared and shown by name.
// Fields an editor does not change (a teacher's support categories, an
// activity's done mark) are not among them: a checked save keeps the stored
// ones.
class EditFields
{
    Q_DECLARE_TR_FUNCTIONS(EditFields)

public:
    explicit EditFields(const Database &db) : m_db(db) {}

    Result<RecordFields> teacher(const Teacher &teacher);
    Result<RecordFields> methodist(const Methodist &methodist);
    Result<RecordFields> event(const Event &event);
    Result<RecordFields> workLogEntry(const WorkLogEntry &entry);
    Result<RecordFields> routeItem(const RouteItem &item);
    Result<RecordFields> activity(const RoadmapActivity &activity);
    // A unit of the support network with its members (who heads it marked)
    // and the schools it covers.
    Result<RecordFields> networkUnit(const NetworkUnit &unit, const QList<NetworkMember> &members,
                                     const QList<CoveredOrganisation> &organisations);

private:
    Result<QString> entryName(const QString &dictionary, qint64 id);
    QString organisationName(qint64 id) const;
    QString teacherName(qint64 id) const;
    QString methodistName(qint64 id) const;
    QString eventTitle(qint64 id) const;
    Result<RecordFields> personFields(const Person &person);

    const Database &m_db;
    QHash<QString, QHash<qint64, QString>> m_dictionaries;
};

} // namespace metodist
