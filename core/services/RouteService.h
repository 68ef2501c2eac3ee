#pragma once

#include "Status.h"
#include "domain/Route.h"
#include "services/EditConflict.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QStringList>

namespace metodist {

// A suggested route, for the user to edit before it is written.
struct RouteDraft
{
    Route route;
    QString levelCode; // competence_levels code of the latest diagnostics; empty when unknown
    QString levelName;
    QList<qint64> deficitAreaIds;
    QStringList deficitNames;
};

// What the printed route shows.
struct RouteDocument
{
    QString teacherName;
    QString organisation;
    QString municipality;
    QString academicYear;
    QString levelName;
    QStringList deficits;
    QString tutorName;
    QList<RouteItem> items;
    QString institution;      // as set for orders; the heading of the printed route
    QString teacherSignature; // «И. О. Фамилия»
    QString tutorSignature;
};

class RouteService
{
    Q_DECLARE_TR_FUNCTIONS(RouteService)

public:
    static constexpr int maxCatalogueSuggestions = 8;

    explicit RouteService(Database &db) : m_db(db) {}

    // Items from the catalogue for the teacher's subject, level and the
    // deficits of the latest diagnostics (CatalogueRepository::suitable, at
    // most maxCatalogueSuggestions), then the built-in ones for a high or
    // low/minimal level;
    // the tutor is the teacher's methodist that year. Nothing is written.
    Result<RouteDraft> suggest(qint64 teacherId, const QString &academicYear) const;
    // Writes an accepted route with its items; returns its id.
    Result<qint64> create(const Route &route);
    // The teacher's route that year; a failure when there is none.
    Result<Route> get(qint64 teacherId, const QString &academicYear) const;
    // A route without items, for a teacher with no diagnostics or whose route
    // is built by hand; the tutor is the teacher's methodist that year.
    Result<qint64> createEmpty(qint64 teacherId, const QString &academicYear);
    Status setItemStatus(qint64 itemId, RouteItemStatus status);
    // Appends a new item (id 0) to the route or updates one of its items;
    // refused with itemProblem's reason.
    Result<qint64> saveItem(qint64 routeId, const RouteItem &item);
    // The item editor's save of an item read earlier (`loaded`): refused with
    // a conflict when someone else changed or deleted it meanwhile (see
    // saveChecked), unless told to overwrite — a deleted item then comes back
    // at the end of the route.
    Result<SaveOutcome<RouteItem>> saveItem(qint64 routeId, const RouteItem &loaded, const RouteItem &edited,
                                            SaveMode mode = SaveMode::UnlessChangedElsewhere);
    Status removeItem(qint64 itemId);
    // Why the item cannot be saved, or empty: it needs a kind and a title,
    // cannot end before it starts, and its hours, when given, are above zero.
    static QString itemProblem(const RouteItem &item);
    Result<QList<RouteRow>> registry(const RouteFilter &filter) const;
    // Removes entries of the catalogue, all in one transaction; the route
    // items made from them stay, without the link.
    Status removeCatalogueEntries(const QList<qint64> &ids);

    Result<RouteDocument> document(qint64 routeId) const;
    Status exportPdf(qint64 routeId, const QString &path) const;

    // The built-in suggestions for a competence level code, in English source
    // text (translated): profile-level ПК, expert cases and candidacy for the
    // regional methodical active for 'high'; a detailed competence profile,
    // causes of failure or burnout, the zone of proximal development, a
    // mentor-tutor and supervision for 'low' and 'minimal'. kindIds maps the
    // route_item_kinds codes to ids.
    static QList<RouteItem> levelSuggestions(const QString &levelCode, const QHash<QString, qint64> &kindIds);

private:
    Database &m_db;
};

} // namespace metodist
