#include "services/RouteService.h"

#include "services/OrderService.h"

#include "documents/RoutePdf.h"
#include "domain/AcademicYear.h"
#include "services/EditFields.h"
#include "storage/AssignmentRepository.h"
#include "storage/DevelopmentRepository.h"
#include "storage/DictionaryRepository.h"
#include "storage/MethodistRepository.h"
#include "storage/OrganisationRepository.h"
#include "storage/CatalogueRepository.h"
#include "storage/RouteRepository.h"
#include "storage/TeacherRepository.h"

#include <QHash>

namespace metodist {

namespace {

struct Dictionary
{
    QHash<qint64, DictionaryEntry> byId;
    QHash<QString, qint64> idByCode;
    QList<qint64> order;
};

Result<Dictionary> dictionary(const Database &db, const QString &name)
{
    auto entries = DictionaryRepository(db).entries(name);
    if (!entries)
        return entries.status();
    Dictionary d;
    for (const DictionaryEntry &e : entries.value()) {
        d.byId.insert(e.id, e);
        d.order.append(e.id);
        if (!e.code.isEmpty())
            d.idByCode.insert(e.code, e.id);
    }
    return d;
}

RouteItem builtIn(const QHash<QString, qint64> &kindIds, const char *kind, const QString &title,
                  std::optional<int> hours = std::nullopt)
{
    RouteItem item;
    item.kindCode = QString::fromLatin1(kind);
    item.kindId = kindIds.value(item.kindCode);
    item.title = title;
    item.hours = hours;
    return item;
}

} // namespace

QList<RouteItem> RouteService::levelSuggestions(const QString &level, const QHash<QString, qint64> &kinds)
{
    if (level == u"high")
        return {builtIn(kinds, "course", tr("Professional development at the profile level"), 72),
                builtIn(kinds, "self_study", tr("Writing expert cases")),
                builtIn(kinds, "event", tr("Candidacy for the regional methodical active"))};
    if (level == u"low" || level == u"minimal")
        return {builtIn(kinds, "self_study", tr("Detailed profile of professional competences")),
                builtIn(kinds, "mentoring", tr("Analysis of the causes of professional failure or burnout")),
                builtIn(kinds, "mentoring", tr("Defining the zone of proximal development")),
                builtIn(kinds, "mentoring", tr("Support of a mentor-tutor")),
                builtIn(kinds, "mentoring", tr("Supervision"))};
    return {};
}

Result<RouteDraft> RouteService::suggest(qint64 teacherId, const QString &year) const
{
    if (!AcademicYear::parse(year))
        return Status::failure(AcademicYear::formatError(year));
    auto teacher = TeacherRepository(m_db).get(teacherId);
    if (!teacher)
        return teacher.status();
    auto diagnostics = DevelopmentRepository(m_db).diagnosticsOfTeacher(teacherId);
    auto kinds = dictionary(m_db, QStringLiteral("route_item_kinds"));
    auto levels = dictionary(m_db, QStringLiteral("competence_levels"));
    auto areas = dictionary(m_db, QStringLiteral("deficit_areas"));
    auto assignment = AssignmentRepository(m_db).active(teacherId, year);
    for (const Status &s : {diagnostics.status(), kinds.status(), levels.status(), areas.status(),
                            assignment.status()})
        if (!s)
            return s;

    RouteDraft draft;
    draft.route.teacherId = teacherId;
    draft.route.academicYear = AcademicYear::parse(year)->text();
    draft.route.tutorId = assignment.value() ? assignment.value()->methodistId : 0;
    qint64 levelId = teacher->competenceLevelId;
    if (!diagnostics->isEmpty()) {
        const Diagnostic &latest = diagnostics->last();
        draft.route.diagnosticId = latest.id;
        levelId = latest.competenceLevelId;
        // In the dictionary's order, as the user sees the areas listed.
        for (qint64 area : areas->order)
            if (latest.deficitAreaIds.contains(area))
                draft.deficitAreaIds.append(area);
        for (qint64 area : draft.deficitAreaIds)
            draft.deficitNames.append(areas->byId.value(area).name);
    }
    draft.levelCode = levels->byId.value(levelId).code;
    draft.levelName = levels->byId.value(levelId).name;

    QString tutorName;
    if (draft.route.tutorId > 0) {
        auto tutor = MethodistRepository(m_db).get(draft.route.tutorId);
        if (!tutor)
            return tutor.status();
        tutorName = tutor->fullName();
    }
    // The catalogue's entries for the teacher's subject, deficits and level.
    auto catalogue = CatalogueRepository(m_db).suitable(teacher->subjectId, draft.deficitAreaIds, levelId,
                                                        maxCatalogueSuggestions);
    if (!catalogue)
        return catalogue.status();
    for (const CatalogueEntry &e : catalogue.value()) {
        RouteItem item;
        item.kindId = e.kindId;
        item.kindCode = kinds->byId.value(e.kindId).code;
        item.kindName = kinds->byId.value(e.kindId).name;
        item.title = e.title;
        // The first of the entry's areas that the teacher lacks.
        for (qint64 area : e.deficitAreaIds)
            if (draft.deficitAreaIds.contains(area)) {
                item.deficitAreaId = area;
                break;
            }
        item.deficitAreaName = areas->byId.value(item.deficitAreaId).name;
        item.hours = e.hours;
        item.federalRegistry = e.federalRegistry;
        item.organisationId = e.organisationId;
        item.eventId = e.eventId;
        item.catalogueId = e.id;
        draft.route.items.append(item);
    }
    for (RouteItem item : levelSuggestions(draft.levelCode, kinds->idByCode)) {
        item.kindName = kinds->byId.value(item.kindId).name;
        draft.route.items.append(item);
    }
    for (int i = 0; i < draft.route.items.size(); ++i) {
        RouteItem &item = draft.route.items[i];
        item.position = i + 1;
        item.tutorId = draft.route.tutorId;
        item.tutorName = tutorName;
    }
    return draft;
}

Status RouteService::removeCatalogueEntries(const QList<qint64> &ids)
{
    Transaction transaction(m_db);
    if (!transaction.status())
        return transaction.status();
    CatalogueWriter catalogue(m_db);
    for (qint64 id : ids)
        if (Status status = catalogue.remove(id); !status)
            return status;
    return transaction.commit();
}

Result<qint64> RouteService::create(const Route &route)
{
    if (!AcademicYear::parse(route.academicYear))
        return Status::failure(AcademicYear::formatError(route.academicYear));
    Transaction transaction(m_db);
    if (!transaction.status().ok())
        return transaction.status();
    auto id = RouteWriter(m_db).insert(route);
    if (!id)
        return id;
    if (Status committed = transaction.commit(); !committed)
        return committed;
    return id;
}

Result<Route> RouteService::get(qint64 teacherId, const QString &year) const
{
    RouteRepository routes(m_db);
    auto id = routes.find(teacherId, year);
    if (!id)
        return id.status();
    if (id.value() == 0)
        return Status::failure(tr("The teacher has no route for %1.").arg(year));
    return routes.load(id.value());
}

Status RouteService::setItemStatus(qint64 itemId, RouteItemStatus status)
{
    return RouteWriter(m_db).setItemStatus(itemId, status);
}

Result<qint64> RouteService::createEmpty(qint64 teacherId, const QString &year)
{
    const auto parsed = AcademicYear::parse(year);
    if (!parsed)
        return Status::failure(AcademicYear::formatError(year));
    if (auto teacher = TeacherRepository(m_db).get(teacherId); !teacher)
        return teacher.status();
    auto assignment = AssignmentRepository(m_db).active(teacherId, parsed->text());
    if (!assignment)
        return assignment.status();
    Route route;
    route.teacherId = teacherId;
    route.academicYear = parsed->text();
    route.tutorId = assignment.value() ? assignment.value()->methodistId : 0;
    return create(route);
}

QString RouteService::itemProblem(const RouteItem &item)
{
    if (item.title.trimmed().isEmpty())
        return tr("Give the route item a title.");
    if (item.kindId <= 0)
        return tr("Choose the kind of the route item.");
    if (item.startsOn.isValid() && item.endsOn.isValid() && item.endsOn < item.startsOn)
        return tr("The route item cannot end before it starts.");
    if (item.hours && *item.hours <= 0)
        return tr("The hours of the route item must be more than zero.");
    return {};
}

Result<qint64> RouteService::saveItem(qint64 routeId, const RouteItem &item)
{
    if (const QString problem = itemProblem(item); !problem.isEmpty())
        return Status::failure(problem);
    RouteWriter routes(m_db);
    auto route = routes.load(routeId);
    if (!route)
        return route.status();
    return routes.saveItem(routeId, item);
}

Result<SaveOutcome<RouteItem>> RouteService::saveItem(qint64 routeId, const RouteItem &loaded,
                                                     const RouteItem &edited, SaveMode mode)
{
    if (const QString problem = itemProblem(edited); !problem.isEmpty())
        return Status::failure(problem);
    const qint64 id = loaded.id;
    EditFields fields(m_db);
    CheckedSave<RouteItem> how;
    how.prepare = [id](RouteItem &i) {
        i.id = id;
        return Status::success();
    };
    how.readStored = [&]() -> Result<std::optional<RouteItem>> {
        if (id == 0)
            return std::optional<RouteItem>(loaded);
        auto route = RouteRepository(m_db).load(routeId);
        if (!route)
            return route.status();
        for (const RouteItem &item : route->items)
            if (item.id == id)
                return std::optional<RouteItem>(item);
        return std::optional<RouteItem>();
    };
    how.fields = [&](const RouteItem &i) { return fields.routeItem(i); };
    how.write = [&](const RouteItem &completed, const std::optional<RouteItem> &stored) {
        RouteItem i = completed;
        if (!stored)
            i.id = 0; // appended again
        return RouteWriter(m_db).saveItem(routeId, i);
    };
    return saveChecked(m_db, loaded, edited, mode, how);
}

Status RouteService::removeItem(qint64 itemId)
{
    Transaction transaction(m_db);
    if (!transaction.status().ok())
        return transaction.status();
    if (Status removed = RouteWriter(m_db).removeItem(itemId); !removed)
        return removed;
    return transaction.commit();
}

Result<QList<RouteRow>> RouteService::registry(const RouteFilter &filter) const
{
    return RouteRepository(m_db).rows(filter);
}

Result<RouteDocument> RouteService::document(qint64 routeId) const
{
    auto route = RouteRepository(m_db).load(routeId);
    if (!route)
        return route.status();
    auto teacher = TeacherRepository(m_db).get(route->teacherId);
    if (!teacher)
        return teacher.status();
    auto levels = dictionary(m_db, QStringLiteral("competence_levels"));
    auto areas = dictionary(m_db, QStringLiteral("deficit_areas"));
    if (!levels || !areas)
        return Status::failure(!levels ? levels.message() : areas.message());
    RouteDocument doc;
    doc.teacherName = teacher->fullName();
    doc.teacherSignature = teacher->signatureName();
    if (auto settings = OrderService(m_db).settings(); settings)
        doc.institution = settings->institution;
    doc.academicYear = route->academicYear;
    doc.items = route->items;
    if (teacher->organisationId > 0) {
        auto organisation = OrganisationRepository(m_db).get(teacher->organisationId);
        if (!organisation)
            return organisation.status();
        doc.organisation = organisation->name;
        doc.municipality = organisation->municipality;
    }
    qint64 levelId = teacher->competenceLevelId;
    if (route->diagnosticId > 0) {
        auto diagnostics = DevelopmentRepository(m_db).diagnosticsOfTeacher(route->teacherId);
        if (!diagnostics)
            return diagnostics.status();
        for (const Diagnostic &d : diagnostics.value())
            if (d.id == route->diagnosticId) {
                levelId = d.competenceLevelId;
                for (qint64 area : areas->order)
                    if (d.deficitAreaIds.contains(area))
                        doc.deficits.append(areas->byId.value(area).name);
            }
    }
    doc.levelName = levels->byId.value(levelId).name;
    if (route->tutorId > 0) {
        auto tutor = MethodistRepository(m_db).get(route->tutorId);
        if (!tutor)
            return tutor.status();
        doc.tutorName = tutor->fullName();
        doc.tutorSignature = tutor->signatureName();
    }
    return doc;
}

Status RouteService::exportPdf(qint64 routeId, const QString &path) const
{
    auto doc = document(routeId);
    if (!doc)
        return doc.status();
    return RoutePdf::write(doc.value(), path);
}

} // namespace metodist
