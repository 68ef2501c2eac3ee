#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace metodist {

enum class RouteItemStatus { Planned, InProgress, Done, Cancelled };

// A step of an individual educational route (ИОМ): a course, an internship,
// an event, mentoring or self-study.
struct RouteItem
{
    qint64 id = 0;
    int position = 0;
    qint64 kindId = 0;    // route_item_kinds
    QString kindCode;
    QString kindName;
    QString title;
    qint64 deficitAreaId = 0; // 0: not tied to one deficit
    QString deficitAreaName;
    std::optional<int> hours;
    bool federalRegistry = false; // courses: the programme is in the federal registry
    qint64 organisationId = 0;    // internships: the internship site
    QString organisationName;
    qint64 eventId = 0;
    QString eventTitle;
    qint64 catalogueId = 0; // the catalogue entry it was suggested from
    QDate startsOn;
    QDate endsOn;
    RouteItemStatus status = RouteItemStatus::Planned;
    qint64 tutorId = 0;
    QString tutorName;
};

// A teacher's route for an academic year, with what it was built from.
struct Route
{
    qint64 id = 0;
    qint64 teacherId = 0;
    QString academicYear;
    qint64 tutorId = 0; // the teacher's methodist that year when the route was made
    qint64 diagnosticId = 0;
    QList<RouteItem> items; // by position
};

// How a programme is taught.
enum class CatalogueForm { Unknown, InPerson, Distance, Blended };

// An entry of the catalogue the staff keep (the «единая база ДПП ПК» with
// internships, events and mentoring formats), from which routes are
// suggested. Empty lists mean «any»: a programme with no subjects suits every
// subject, with no levels every level.
struct CatalogueEntry
{
    qint64 id = 0;
    qint64 kindId = 0;
    QString title;
    QString provider;
    std::optional<int> hours;
    CatalogueForm form = CatalogueForm::Unknown;
    bool federalRegistry = false;
    qint64 organisationId = 0;
    qint64 eventId = 0;
    QList<qint64> subjectIds;
    QList<qint64> deficitAreaIds;
    QList<qint64> levelIds;
    // Read with the entry, for lists and exports.
    QString kindName;
    QStringList subjects, deficits, levels;

    // The first deficit area, which a route item built from the entry keeps.
    qint64 deficitAreaId() const { return deficitAreaIds.value(0, 0); }
    static QString formCode(CatalogueForm form);
    static CatalogueForm formFromCode(const QString &code);
    // As offices write it: «очно», «дистанционно», «смешанно» and their
    // forms («очная», «онлайн», «очно-заочная»…); nothing when unknown.
    static std::optional<CatalogueForm> parseForm(const QString &text);
    static QString formName(CatalogueForm form);
};

// Done items over the items that count (all but the cancelled ones).
struct RouteProgress
{
    int done = 0;
    int counted = 0;
    // Nothing when no item counts: a route without items has no progress, not 0 %.
    std::optional<double> value() const
    {
        return counted > 0 ? std::optional<double>(double(done) / counted) : std::nullopt;
    }
    bool completed() const { return counted > 0 && done == counted; }
};

// A line of the registry of routes.
struct RouteRow
{
    qint64 routeId = 0;
    qint64 teacherId = 0;
    QString teacherName;
    QString organisation;
    QString municipality;
    QString academicYear;
    qint64 tutorId = 0;
    QString tutorName;
    RouteProgress progress;
};

struct RouteFilter
{
    // NotCompleted: every route that is not Completed (empty ones included).
    enum class State { Any, Empty, NotStarted, Started, Completed, NotCompleted };
    QString academicYear;
    qint64 municipalityId = 0;
    qint64 tutorId = 0;
    qint64 assignedToMethodistId = 0; // teachers assigned to this methodist in the year
    State state = State::Any;
    std::optional<double> minProgress; // 0..1, routes without progress never pass
    QString teacherName; // a part of the teacher's name, compared by search key
};

class RouteRules
{
    Q_DECLARE_TR_FUNCTIONS(RouteRules)

public:
    static RouteProgress progress(const QList<RouteItem> &items);
    static bool matches(const RouteFilter &filter, const RouteProgress &progress);
    static QString statusCode(RouteItemStatus status);
    static std::optional<RouteItemStatus> statusFromCode(const QString &code);
    static QString statusText(RouteItemStatus status);
};

} // namespace metodist
