#include "services/DemoRegion.h"

#include "domain/ReferenceData.h"
#include "services/Setup.h"
#include "services/demo/DemoCommon.h"
#include "services/demo/DemoNetwork.h"
#include "services/demo/DemoPeople.h"
#include "services/demo/SupportWork.h"
#include "storage/AuditRepository.h"
#include "storage/DictionaryRepository.h"

namespace metodist {

// The region is made in parts, each with its own random sequence: the people
// (demo/DemoPeople), the support network they belong to (demo/DemoNetwork)
// and then their support work (demo/SupportWork).
Result<DemoSummary> DemoRegion::generate(Database &db, const DemoOptions &options, Progress *progress)
{
    if (options.teachers < 0 || options.methodists < 0)
        return Status::failure(tr("The numbers of teachers and methodists cannot be negative."));
    const QDate today = options.today.isValid() ? options.today : QDate::currentDate();
    auto setup = Setup::initialise(db, options.region);
    if (!setup)
        return setup.status();

    DictionaryRepository dictionaries(db);
    demo::Dictionaries dict;
    for (const QString &name : ReferenceData::dictionaries()) {
        auto entries = dictionaries.entries(name);
        if (!entries)
            return entries.status();
        dict.insert(name, entries.value());
    }
    const QList<DictionaryEntry> municipalities = dict.value(QStringLiteral("municipalities"));
    if (municipalities.isEmpty())
        return Status::failure(tr("The region has no municipalities."));

    const BulkWrite bulk(db);
    Transaction transaction(db);
    if (!transaction.status())
        return transaction.status();
    // On a server the made-up region is a few rows of the audit, not a row per row.
    AuditWriter audit(db);
    if (Status quiet = audit.quietRowAudit(); !quiet)
        return quiet;
    DemoSummary summary;
    summary.municipalities = int(municipalities.size());
    const qint64 peopleUnits = qint64(options.teachers) + options.methodists;
    const qint64 totalUnits =
        peopleUnits + (options.supportData ? demo::SupportWork::units(options.teachers, options.methodists) : 0);
    demo::DemoPopulation people;
    if (Status status = demo::DemoPeople::generate(db, options, today, dict, people, summary, progress, totalUnits);
        !status)
        return status;
    if (Status status = demo::DemoNetwork::generate(db, options, dict, people, summary); !status)
        return status;
    if (options.supportData) {
        demo::SupportWork support(db, options, today, dict, people, summary, progress, peopleUnits, totalUnits);
        if (Status status = support.run(); !status)
            return status;
    }
    const std::pair<const char *, int> written[] = {
        {"organisations", summary.organisations}, {"teachers", summary.teachers},
        {"methodists", summary.methodists},       {"diagnostics", summary.diagnostics},
        {"professional_development", summary.pkRecords}, {"assignments", summary.assignments},
        {"events", summary.events},               {"route_catalogue", summary.catalogueEntries},
        {"roadmaps", summary.roadmaps},           {"roadmap_activities", summary.activities},
        {"routes", summary.routes},               {"route_items", summary.routeItems},
        {"work_log", summary.workLogEntries},     {"network_units", summary.networkUnits},
        {"network_members", summary.networkMembers}};
    for (const auto &[table, rows] : written)
        if (Status status = audit.recordBulk(QString::fromLatin1(table), u'I', rows); !status)
            return status;
    if (Status status = transaction.commit(); !status)
        return status;
    return summary;
}

} // namespace metodist
