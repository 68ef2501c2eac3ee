#include "services/demo/SupportWork.h"

#include "storage/RouteRepository.h"

#include <algorithm>
#include <utility>

namespace metodist::demo {

RouteItemStatus SupportWork::statusFor(const QDate &start, const QDate &end)
{
    const int roll = bounded(100);
    if (end < m_today)
        return roll < 88 ? RouteItemStatus::Done : roll < 94 ? RouteItemStatus::InProgress
                                                              : RouteItemStatus::Cancelled;
    if (start <= m_today)
        return roll < 97 ? RouteItemStatus::InProgress : RouteItemStatus::Cancelled;
    return roll < 97 ? RouteItemStatus::Planned : RouteItemStatus::Cancelled;
}

// Routes of about a third of the diagnosed teachers with a methodist,
// more often for the lower levels.
Status SupportWork::addRoutes()
{
    const int high = indexOf(QStringLiteral("competence_levels"), QStringLiteral("high"));
    const int medium = indexOf(QStringLiteral("competence_levels"), QStringLiteral("medium"));
    const QDate lastDay = yearDate(6, 30);
    const QDate mentoringEnd = yearDate(5, 31);
    const DemoCatalogueEntry *mentoring = nullptr;
    for (const DemoCatalogueEntry &c : m_catalogue)
        if (c.kind == u"mentoring")
            mentoring = &c;
    RouteWriter routes(m_db);
    for (size_t t = 0; t < teachers.size(); ++t) {
        if (t % 64 == 0)
            if (Status status = tick(std::min<qint64>(64, qint64(teachers.size() - t)) / 2); !status)
                return status;
        const DemoTeacher &teacher = teachers[t];
        const int methodist = detailedMethodistOf(t);
        if (methodist < 0 || teacher.diagnosticId == 0 || teacher.deficits == 0)
            continue;
        const int percent = teacher.level == high ? 25 : teacher.level == medium ? 33 : 45;
        if (!chance(percent))
            continue;
        const qint64 tutor = methodists[size_t(methodist)].id;
        // Made after the diagnostics, by today.
        QDate made = teacher.diagnosedOn >= m_yearStart ? teacher.diagnosedOn.addDays(7 + bounded(21))
                                                        : m_yearStart.addDays(14 + bounded(45));
        made = std::min(made, m_today);

        std::vector<const DemoCatalogueEntry *> chosen;
        for (int area = 0; area < 8; ++area) {
            if (!(teacher.deficits & (1u << area)))
                continue;
            std::vector<const DemoCatalogueEntry *> offers;
            const Audience unsuitable = teacher.preschool ? Audience::School : Audience::Preschool;
            for (const DemoCatalogueEntry &c : m_catalogue)
                if (c.area == area && c.kind != u"mentoring" && c.audience != unsuitable)
                    offers.push_back(&c);
            const int wanted = std::min(int(offers.size()), chance(40) ? 2 : 1);
            for (int i = 0; i < wanted; ++i) {
                std::swap(offers[size_t(i)], offers[size_t(i + bounded(int(offers.size()) - i))]);
                chosen.push_back(offers[size_t(i)]);
            }
        }
        if (chosen.size() > 4)
            chosen.resize(4);
        if (mentoring && (teacher.young || teacher.level > medium))
            chosen.push_back(mentoring);
        if (chosen.empty())
            continue; // nothing in the catalogue for this teacher's deficits

        Route route;
        route.teacherId = teacher.id;
        route.academicYear = m_year;
        route.tutorId = tutor;
        route.diagnosticId = teacher.diagnosticId;
        for (const DemoCatalogueEntry *c : chosen) {
            RouteItem item;
            item.kindId = c->entry.kindId;
            item.title = c->entry.title;
            item.deficitAreaId = c->entry.deficitAreaId();
            item.hours = c->entry.hours;
            item.federalRegistry = c->entry.federalRegistry;
            item.organisationId = c->entry.organisationId;
            item.eventId = c->entry.eventId;
            item.catalogueId = c->entry.id;
            item.tutorId = tutor;
            const DemoEvent *event = nullptr;
            for (const DemoEvent &e : m_events)
                if (e.id == c->entry.eventId && c->entry.eventId > 0)
                    event = &e;
            if (event) {
                item.startsOn = event->startsOn;
                item.endsOn = event->lastDay();
            } else if (c->kind == u"course") {
                item.startsOn = forwardToWorkday(made.addDays(bounded(100)));
                item.endsOn = item.startsOn.addDays(c->entry.hours.value_or(36) >= 72 ? 28 + bounded(21)
                                                                                      : 10 + bounded(10));
            } else if (c->kind == u"internship") {
                item.startsOn = forwardToWorkday(made.addDays(14 + bounded(150)));
                item.endsOn = item.startsOn.addDays(2 + bounded(3));
            } else if (c->kind == u"mentoring") {
                item.startsOn = made;
                item.endsOn = mentoringEnd;
            } else {
                item.startsOn = made.addDays(bounded(30));
                item.endsOn = item.startsOn.addDays(60 + bounded(90));
            }
            item.startsOn = std::min(item.startsOn, lastDay);
            item.endsOn = std::max(item.startsOn, std::min(item.endsOn, lastDay));
            item.status = statusFor(item.startsOn, item.endsOn);
            route.items.append(item);
        }
        std::stable_sort(route.items.begin(), route.items.end(),
                         [](const RouteItem &a, const RouteItem &b) { return a.startsOn < b.startsOn; });
        auto id = routes.insert(route);
        if (!id)
            return id.status();
        ++m_summary.routes;
        m_summary.routeItems += int(route.items.size());
    }
    return Status::success();
}

} // namespace metodist::demo
