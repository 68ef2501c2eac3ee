#include "Cli.h"
#include "Lookup.h"

#include "domain/AcademicYear.h"
#include "domain/ReferenceData.h"
#include "domain/SearchKey.h"
#include "domain/Snils.h"
#include "services/RoadmapService.h"
#include "services/RouteService.h"
#include "services/WorkLogService.h"
#include "storage/DictionaryRepository.h"
#include "services/EventService.h"
#include "storage/EventRepository.h"
#include "storage/MethodistRepository.h"
#include "storage/TeacherRepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace metodist::cli {

namespace {

QJsonValue dateJson(const QDate &date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue();
}

QJsonValue rangeJson(const DateRange &range)
{
    if (range.isNull())
        return QJsonValue();
    return QJsonObject{{QStringLiteral("start"), dateJson(range.start)}, {QStringLiteral("end"), dateJson(range.end)}};
}

QJsonValue textOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

// Roadmaps, routes, the work log and the events calendar.
class SupportCommands
{
    Q_DECLARE_TR_FUNCTIONS(SupportCommands)

public:
    static int roadmap(Context &context, const QStringList &args)
    {
        const QString action = args.value(0);
        if (action == u"show" || action == u"create" || action == u"export" || action == u"conclude")
            return roadmapAction(context, action, args.mid(1));
        return fail(context, tr("Usage: metodist-cli roadmap show|create|export|conclude …; see metodist-cli --help."),
                    UsageError);
    }

    static int route(Context &context, const QStringList &args)
    {
        const QString action = args.value(0);
        if (action == u"show" || action == u"create" || action == u"export")
            return routeAction(context, action, args.mid(1));
        return fail(context, tr("Usage: metodist-cli route show|create|export …; see metodist-cli --help."),
                    UsageError);
    }

    static int worklog(Context &context, const QStringList &args)
    {
        const QString action = args.value(0);
        const bool exporting = action == u"export";
        QCommandLineParser parser;
        // Only the export takes a filter.
        if (exporting) {
            parser.addOption({QStringLiteral("methodist"), tr("the methodist's СНИЛС"), QStringLiteral("snils")});
            parser.addOption({QStringLiteral("teacher"), tr("the teacher's СНИЛС"), QStringLiteral("snils")});
            parser.addOption({QStringLiteral("kind"), tr("kind of work: its name or code in the dictionary"),
                              QStringLiteral("name")});
            parser.addOption({QStringLiteral("from"), tr("first date, YYYY-MM-DD"), QStringLiteral("date")});
            parser.addOption({QStringLiteral("to"), tr("last date, YYYY-MM-DD"), QStringLiteral("date")});
        }
        int code = Success;
        if ((action != u"import" && !exporting)
            || !parseOptions(context, parser, QStringLiteral("worklog ") + action, args.mid(1), &code)
            || parser.positionalArguments().size() != 1) {
            if (code != Success)
                return code;
            return fail(context,
                        tr("Usage: metodist-cli worklog import FILE.csv | worklog export FILE.csv [--methodist SNILS] "
                           "[--teacher SNILS] [--kind NAME] [--from YYYY-MM-DD] [--to YYYY-MM-DD]"),
                        UsageError);
        }
        const QString file = parser.positionalArguments().constFirst();
        WorkLogFilter filter;
        if (exporting) {
            QDate *bounds[2] = {&filter.from, &filter.to};
            const QString names[2] = {QStringLiteral("from"), QStringLiteral("to")};
            for (int i = 0; i < 2; ++i)
                if (parser.isSet(names[i])) {
                    *bounds[i] = QDate::fromString(parser.value(names[i]), Qt::ISODate);
                    if (!bounds[i]->isValid())
                        return fail(context, tr("The date must be written as YYYY-MM-DD."), UsageError);
                }
            if (filter.from.isValid() && filter.to.isValid() && filter.to < filter.from)
                return fail(context, tr("--to is before --from."), UsageError);
        }
        Database db;
        if (!openDatabase(context, db, &code, exporting ? Access::Read : Access::Write))
            return code;
        WorkLogService service(db);
        if (!exporting) {
            ImportReport report;
            auto count = WorkLogService::importFile(db, file, nullptr, &report);
            if (!count) {
                if (report.issues.isEmpty())
                    return fail(context, count.message());
                // Every listed fault, then the rest counted by kind: a file of
                // half a million bad rows is reported in a bounded list.
                for (const ImportIssue &issue : report.issues)
                    context.out << tr("error: ") << issue.text() << '\n';
                for (const IssueSummary &more : report.moreIssues)
                    context.out << tr("error: ") << more.text() << '\n';
                context.out.flush();
                // The first line says what happened; the faults were listed above.
                return fail(context, count.message().section(u'\n', 0, 0));
            }
            context.out << tr("Work log entries imported: %1.").arg(count.value()) << Qt::endl;
            return Success;
        }
        if (parser.isSet(QStringLiteral("methodist"))) {
            const auto id = personBySnils<MethodistRepository>(context, db, parser.value(QStringLiteral("methodist")),
                                                               tr("There is no methodist with СНИЛС %1."), &code);
            if (!id)
                return code;
            filter.methodistId = *id;
        }
        if (parser.isSet(QStringLiteral("teacher"))) {
            const auto id = personBySnils<TeacherRepository>(context, db, parser.value(QStringLiteral("teacher")),
                                                             tr("There is no teacher with СНИЛС %1."), &code);
            if (!id)
                return code;
            filter.teacherId = *id;
        }
        if (parser.isSet(QStringLiteral("kind"))) {
            const QString kind = parser.value(QStringLiteral("kind"));
            auto id = service.findWorkKind(kind);
            if (!id)
                return fail(context, id.message());
            filter.workKindId = id.value();
            if (filter.workKindId == 0)
                return fail(context, tr("«%1» is not a kind of work of the dictionary.").arg(kind), UsageError);
        }
        auto count = service.exportCsv(file, filter);
        if (!count)
            return fail(context, count.message());
        context.out << tr("Work log entries exported: %1.").arg(count.value()) << Qt::endl;
        return Success;
    }

    static int events(Context &context, const QStringList &args)
    {
        if (args.value(0) == u"add")
            return addEvent(context, args.mid(1));
        QCommandLineParser parser;
        parser.addOption({QStringLiteral("from"), tr("first date, YYYY-MM-DD"), QStringLiteral("date")});
        parser.addOption({QStringLiteral("to"), tr("last date, YYYY-MM-DD"), QStringLiteral("date")});
        parser.addOption({QStringLiteral("format"), tr("table or json"), QStringLiteral("format"),
                          QStringLiteral("table")});
        int code = Success;
        if (args.value(0) != u"list")
            return fail(context, tr("Usage: metodist-cli events list [--from D] [--to D] [--format table|json] | "
                                    "events add --title T --date D [--end D] [--level NAME] [--stage NAME] "
                                    "[--organiser T] [--participants T] [--description T]"),
                        UsageError);
        if (!parseOptions(context, parser, QStringLiteral("events list"), args.mid(1), &code))
            return code;
        QDate bounds[2];
        const QString names[2] = {QStringLiteral("from"), QStringLiteral("to")};
        for (int i = 0; i < 2; ++i)
            if (parser.isSet(names[i])) {
                bounds[i] = QDate::fromString(parser.value(names[i]), Qt::ISODate);
                if (!bounds[i].isValid())
                    return fail(context, tr("The date must be written as YYYY-MM-DD."), UsageError);
            }
        const QString format = parser.value(QStringLiteral("format"));
        if (format != u"table" && format != u"json")
            return fail(context, tr("--format takes table or json."), UsageError);
        Database db;
        if (!openDatabase(context, db, &code, Access::Read))
            return code;
        auto list = EventRepository(db).list(bounds[0], bounds[1]);
        if (!list)
            return fail(context, list.message());
        if (format == u"json") {
            QJsonArray array;
            for (const Event &ev : list.value())
                array.append(QJsonObject{{QStringLiteral("title"), ev.title},
                                         {QStringLiteral("start"), dateJson(ev.startsOn)},
                                         {QStringLiteral("end"), dateJson(ev.endsOn)},
                                         {QStringLiteral("level"), textOrNull(ev.levelName)},
                                         {QStringLiteral("model_stage"), textOrNull(ev.modelStageName)},
                                         {QStringLiteral("organiser"), ev.organiser},
                                         {QStringLiteral("participants"), ev.participants},
                                         {QStringLiteral("description"), ev.description}});
            context.out << QJsonDocument(array).toJson(QJsonDocument::Indented);
        } else {
            for (const Event &ev : list.value())
                context.out << RoadmapRules::periodText({ev.startsOn, ev.endsOn.isValid() ? ev.endsOn : ev.startsOn})
                                   .leftJustified(24)
                            << "  " << ev.levelName.leftJustified(18, u' ', true) << "  " << ev.title << '\n';
            context.out << tr("Events: %1").arg(list->size()) << '\n';
        }
        context.out.flush();
        return Success;
    }

private:
    // An entry of the calendar, as the Events page adds it.
    static int addEvent(Context &context, const QStringList &args)
    {
        QCommandLineParser parser;
        parser.addOption({QStringLiteral("title"), tr("the event's title"), QStringLiteral("text")});
        parser.addOption({QStringLiteral("date"), tr("the day it starts, YYYY-MM-DD"), QStringLiteral("date")});
        parser.addOption({QStringLiteral("end"), tr("the last day of a longer event, YYYY-MM-DD"),
                          QStringLiteral("date")});
        parser.addOption({QStringLiteral("level"), tr("the event's level: its name or code in the dictionary"),
                          QStringLiteral("name")});
        parser.addOption({QStringLiteral("stage"),
                          tr("the stage of the support model: its name or code in the dictionary"),
                          QStringLiteral("name")});
        parser.addOption({QStringLiteral("organiser"), tr("who holds it"), QStringLiteral("text")});
        parser.addOption({QStringLiteral("participants"), tr("who takes part"), QStringLiteral("text")});
        parser.addOption({QStringLiteral("description"), tr("a description"), QStringLiteral("text")});
        int code = Success;
        if (!parseOptions(context, parser, QStringLiteral("events add"), args, &code))
            return code;
        if (!parser.isSet(QStringLiteral("title")) || !parser.isSet(QStringLiteral("date"))
            || !parser.positionalArguments().isEmpty())
            return fail(context, tr("Usage: metodist-cli events add --title T --date YYYY-MM-DD [--end D] "
                                    "[--level NAME] [--stage NAME] [--organiser T] [--participants T] "
                                    "[--description T]"),
                        UsageError);
        Event event;
        event.title = parser.value(QStringLiteral("title"));
        event.startsOn = QDate::fromString(parser.value(QStringLiteral("date")), Qt::ISODate);
        if (parser.isSet(QStringLiteral("end")))
            event.endsOn = QDate::fromString(parser.value(QStringLiteral("end")), Qt::ISODate);
        if (!event.startsOn.isValid() || (parser.isSet(QStringLiteral("end")) && !event.endsOn.isValid()))
            return fail(context, tr("The date must be written as YYYY-MM-DD."), UsageError);
        event.organiser = parser.value(QStringLiteral("organiser"));
        event.participants = parser.value(QStringLiteral("participants"));
        event.description = parser.value(QStringLiteral("description"));
        Database db;
        if (!openDatabase(context, db, &code, Access::Write))
            return code;
        const std::pair<const char *, qint64 *> lookups[] = {{"level", &event.levelId},
                                                             {"stage", &event.modelStageId}};
        for (const auto &[option, id] : lookups) {
            const QString name = QString::fromLatin1(option);
            if (!parser.isSet(name))
                continue;
            const QString dictionary = name == u"level" ? QStringLiteral("event_levels") : QStringLiteral("model_stages");
            auto entries = DictionaryRepository(db).entries(dictionary);
            if (!entries)
                return fail(context, entries.message());
            const QString key = searchKey(parser.value(name));
            QStringList known;
            for (const DictionaryEntry &entry : entries.value()) {
                known << entry.name;
                if (!key.isEmpty() && (searchKey(entry.name) == key || searchKey(entry.code) == key))
                    *id = entry.id;
            }
            if (*id == 0)
                return fail(context, tr("«%1» is not in the dictionary «%2»; it has: %3.")
                                         .arg(parser.value(name), ReferenceData::title(dictionary),
                                              known.join(QStringLiteral(", "))),
                            UsageError);
        }
        auto id = EventWriter(db).insert(event);
        if (!id)
            return fail(context, id.message());
        context.out << tr("The event «%1» was added to the calendar: %2.")
                           .arg(event.title.simplified(),
                                RoadmapRules::periodText({event.startsOn, event.endsOn.isValid() ? event.endsOn
                                                                                                 : event.startsOn}))
                    << Qt::endl;
        return Success;
    }

    static void addCommon(QCommandLineParser &parser, const QString &person)
    {
        parser.addOption({person, tr("СНИЛС"), QStringLiteral("snils")});
        parser.addOption({QStringLiteral("year"), tr("academic year"), QStringLiteral("year")});
        parser.addOption({QStringLiteral("format"), tr("table or json"), QStringLiteral("format"),
                          QStringLiteral("table")});
        // Overdue is judged against this date; tests and reports fix it.
        parser.addOption({QStringLiteral("today"), tr("the date to judge overdue activities by, YYYY-MM-DD"),
                          QStringLiteral("date")});
    }

    static int roadmapAction(Context &context, const QString &action, const QStringList &args)
    {
        QCommandLineParser parser;
        addCommon(parser, QStringLiteral("methodist"));
        if (action == u"conclude") {
            parser.addOption({QStringLiteral("conclusion"), tr("success, partial, failure or none"),
                              QStringLiteral("code")});
            parser.addOption({QStringLiteral("plans"), tr("plans for the next year"), QStringLiteral("text")});
        }
        int code = Success;
        if (!parseOptions(context, parser, QStringLiteral("roadmap ") + action, args, &code))
            return code;
        const QStringList positional = parser.positionalArguments();
        if (!parser.isSet(QStringLiteral("methodist")) || positional.size() != (action == u"export" ? 1 : 0))
            return fail(context, tr("Usage: metodist-cli roadmap show|create|conclude --methodist SNILS --year Y | "
                                    "roadmap export --methodist SNILS --year Y FILE.pdf"),
                        UsageError);
        const auto academicYear = academicYearOption(context, parser, &code);
        if (!academicYear)
            return code;
        QDate today = QDate::currentDate();
        if (parser.isSet(QStringLiteral("today"))) {
            today = QDate::fromString(parser.value(QStringLiteral("today")), Qt::ISODate);
            if (!today.isValid())
                return fail(context, tr("The date must be written as YYYY-MM-DD."), UsageError);
        }
        Database db;
        const bool writes = action == u"create" || action == u"conclude";
        if (!openDatabase(context, db, &code, writes ? Access::Write : Access::Read))
            return code;
        const auto methodist = personBySnils<MethodistRepository>(context, db, parser.value(QStringLiteral("methodist")),
                                                                  tr("There is no methodist with СНИЛС %1."), &code);
        if (!methodist)
            return code;
        RoadmapService service(db);
        if (action == u"create") {
            auto id = service.create(*methodist, *academicYear);
            if (!id)
                return fail(context, id.message());
            context.out << tr("The roadmap for %1 was created with its seven stages.").arg(*academicYear) << Qt::endl;
            return Success;
        }
        auto roadmap = service.get(*methodist, *academicYear);
        if (!roadmap)
            return fail(context, roadmap.message());
        if (action == u"export") {
            if (Status status = service.exportPdf(roadmap->id, positional[0], today); !status)
                return fail(context, status.message());
            context.out << tr("The roadmap was saved to %1.").arg(positional[0]) << Qt::endl;
            return Success;
        }
        auto summary = service.summary(roadmap->id);
        if (!summary)
            return fail(context, summary.message());
        if (action == u"conclude") {
            const QString conclusionCode = parser.value(QStringLiteral("conclusion"));
            const Conclusion conclusion = RoadmapRules::conclusionFromCode(conclusionCode);
            if (parser.isSet(QStringLiteral("conclusion")) && conclusionCode != u"none"
                && conclusion == Conclusion::None)
                return fail(context, tr("--conclusion takes success, partial, failure or none."), UsageError);
            if (!parser.isSet(QStringLiteral("conclusion")) && !parser.isSet(QStringLiteral("plans")))
                return fail(context, tr("Give --conclusion, --plans or both."), UsageError);
            // What is not given stays as it was.
            const Conclusion kept = parser.isSet(QStringLiteral("conclusion")) ? conclusion : summary->conclusion;
            const QString plans =
                parser.isSet(QStringLiteral("plans")) ? parser.value(QStringLiteral("plans")) : summary->nextYearPlans;
            if (Status status = service.saveConclusion(roadmap->id, kept, plans); !status)
                return fail(context, status.message());
            context.out << tr("The summing up of the roadmap is saved: %1.")
                               .arg(kept == Conclusion::None ? tr("no conclusion yet")
                                                             : RoadmapRules::conclusionText(kept))
                        << Qt::endl;
            return Success;
        }
        printRoadmap(context.out, roadmap.value(), summary.value(), today,
                     parser.value(QStringLiteral("format")) == u"json");
        return Success;
    }

    // «12 of 40 (30,0 %)», or «—» when there is nothing to count.
    static QString partText(qsizetype part, qsizetype whole)
    {
        if (whole == 0)
            return QStringLiteral("—");
        const QLocale locale;
        return tr("%1 of %2 (%3 %)")
            .arg(locale.toString(qint64(part)), locale.toString(qint64(whole)),
                 locale.toString(100.0 * double(part) / double(whole), 'f', 1));
    }

    static QJsonObject partJson(qsizetype part, qsizetype whole)
    {
        return {{QStringLiteral("done"), qint64(part)},
                {QStringLiteral("of"), qint64(whole)},
                {QStringLiteral("share"), whole > 0 ? QJsonValue(double(part) / double(whole)) : QJsonValue()}};
    }

    static void printRoadmap(QTextStream &out, const Roadmap &roadmap, const RoadmapSummary &summary,
                             const QDate &today, bool json)
    {
        if (!json) {
            out << roadmap.methodistName << ", " << roadmap.academicYear << '\n';
            for (const RoadmapStage &stage : roadmap.stages) {
                out << stage.number << ". " << stage.name << " — " << RoadmapRules::statusText(stage.status) << "  "
                    << RoadmapRules::periodText(stage.planned) << '\n';
                int number = 0;
                for (const RoadmapActivity &a : stage.activities)
                    out << "    " << ++number << ". [" << (a.done ? u'x' : u' ') << "] " << a.title << "  "
                        << RoadmapRules::periodText({a.startsOn, a.dueOn})
                        << (RoadmapRules::isOverdue(a, today) ? QStringLiteral("  ") + tr("OVERDUE") : QString())
                        << '\n';
            }
            // Stage 7, summing up, from the data.
            out << '\n' << tr("Summing up:") << '\n'
                << "  " << tr("teachers covered by done activities: %1")
                               .arg(partText(summary.coveredTeachers.size(), summary.assignedTeachers.size()))
                << '\n'
                << "  " << tr("activities done: %1")
                               .arg(partText(summary.doneActivityIds.size(), summary.plannedActivityIds.size()))
                << '\n'
                << "  " << tr("routes completed: %1")
                               .arg(partText(summary.completedRoutes.size(), summary.routes.size()))
                << '\n'
                << "  " << tr("conclusion: %1")
                               .arg(summary.conclusion == Conclusion::None
                                        ? tr("not drawn yet")
                                        : RoadmapRules::conclusionText(summary.conclusion))
                << '\n';
            if (!summary.nextYearPlans.isEmpty())
                out << "  " << tr("plans for the next year: %1").arg(summary.nextYearPlans) << '\n';
            out.flush();
            return;
        }
        QJsonArray stages;
        for (const RoadmapStage &stage : roadmap.stages) {
            QJsonArray activities;
            int number = 0;
            for (const RoadmapActivity &a : stage.activities)
                activities.append(QJsonObject{{QStringLiteral("number"), ++number},
                                              {QStringLiteral("title"), a.title},
                                              {QStringLiteral("period"), rangeJson({a.startsOn, a.dueOn})},
                                              {QStringLiteral("responsible"), a.responsible},
                                              {QStringLiteral("document_kind"), a.documentKind},
                                              {QStringLiteral("expected_result"), a.expectedResult},
                                              {QStringLiteral("done"), a.done},
                                              {QStringLiteral("overdue"), RoadmapRules::isOverdue(a, today)},
                                              {QStringLiteral("teachers"), QJsonArray::fromStringList(a.teacherNames)}});
            stages.append(QJsonObject{{QStringLiteral("number"), stage.number},
                                      {QStringLiteral("name"), stage.name},
                                      {QStringLiteral("status"), RoadmapRules::statusCode(stage.status)},
                                      {QStringLiteral("planned"), rangeJson(stage.planned)},
                                      {QStringLiteral("actual"), rangeJson(stage.actual)},
                                      {QStringLiteral("activities"), activities}});
        }
        const QString conclusion = RoadmapRules::conclusionCode(summary.conclusion);
        const QJsonObject summing{
            {QStringLiteral("coverage"), partJson(summary.coveredTeachers.size(), summary.assignedTeachers.size())},
            {QStringLiteral("activities"),
             partJson(summary.doneActivityIds.size(), summary.plannedActivityIds.size())},
            {QStringLiteral("routes"), partJson(summary.completedRoutes.size(), summary.routes.size())},
            {QStringLiteral("conclusion"), conclusion.isEmpty() ? QJsonValue() : QJsonValue(conclusion)},
            {QStringLiteral("conclusion_text"), summary.conclusion == Conclusion::None
                                                    ? QJsonValue()
                                                    : QJsonValue(RoadmapRules::conclusionText(summary.conclusion))},
            {QStringLiteral("next_year_plans"), summary.nextYearPlans}};
        out << QJsonDocument(QJsonObject{{QStringLiteral("methodist"), roadmap.methodistName},
                                         {QStringLiteral("year"), roadmap.academicYear},
                                         {QStringLiteral("stages"), stages},
                                         {QStringLiteral("summary"), summing}})
                   .toJson(QJsonDocument::Indented);
        out.flush();
    }

    static int routeAction(Context &context, const QString &action, const QStringList &args)
    {
        QCommandLineParser parser;
        addCommon(parser, QStringLiteral("teacher"));
        int code = Success;
        if (!parseOptions(context, parser, QStringLiteral("route ") + action, args, &code))
            return code;
        const QStringList positional = parser.positionalArguments();
        if (!parser.isSet(QStringLiteral("teacher")) || positional.size() != (action == u"export" ? 1 : 0))
            return fail(context, tr("Usage: metodist-cli route show|create --teacher SNILS --year Y | "
                                    "route export --teacher SNILS --year Y FILE.pdf"),
                        UsageError);
        const auto academicYear = academicYearOption(context, parser, &code);
        if (!academicYear)
            return code;
        Database db;
        if (!openDatabase(context, db, &code, action == u"create" ? Access::Write : Access::Read))
            return code;
        const auto teacher = personBySnils<TeacherRepository>(context, db, parser.value(QStringLiteral("teacher")),
                                                              tr("There is no teacher with СНИЛС %1."), &code);
        if (!teacher)
            return code;
        RouteService service(db);
        if (action == u"create") {
            auto draft = service.suggest(*teacher, *academicYear);
            if (!draft)
                return fail(context, draft.message());
            auto id = service.create(draft->route);
            if (!id)
                return fail(context, id.message());
            context.out << tr("The route for %1 was created with %n item(s).", nullptr, int(draft->route.items.size()))
                               .arg(*academicYear)
                        << Qt::endl;
            return Success;
        }
        auto route = service.get(*teacher, *academicYear);
        if (!route)
            return fail(context, route.message());
        if (action == u"export") {
            if (Status status = service.exportPdf(route->id, positional[0]); !status)
                return fail(context, status.message());
            context.out << tr("The route was saved to %1.").arg(positional[0]) << Qt::endl;
            return Success;
        }
        auto doc = service.document(route->id);
        if (!doc)
            return fail(context, doc.message());
        printRoute(context.out, route.value(), doc.value(), parser.value(QStringLiteral("format")) == u"json");
        return Success;
    }

    static void printRoute(QTextStream &out, const Route &route, const RouteDocument &doc, bool json)
    {
        const RouteProgress progress = RouteRules::progress(route.items);
        if (!json) {
            out << doc.teacherName << ", " << route.academicYear << "; " << tr("tutor: %1").arg(doc.tutorName) << '\n';
            int number = 0;
            for (const RouteItem &item : route.items)
                out << "  " << ++number << ". " << item.kindName.leftJustified(16, u' ', true) << "  "
                    << RouteRules::statusText(item.status).leftJustified(12) << "  " << item.title << '\n';
            out << tr("Progress: %1 of %2 items done").arg(progress.done).arg(progress.counted) << Qt::endl;
            return;
        }
        QJsonArray items;
        int number = 0;
        for (const RouteItem &item : route.items)
            items.append(QJsonObject{{QStringLiteral("number"), ++number},
                                     {QStringLiteral("kind"), item.kindCode},
                                     {QStringLiteral("title"), item.title},
                                     {QStringLiteral("deficit"), textOrNull(item.deficitAreaName)},
                                     {QStringLiteral("hours"), item.hours ? QJsonValue(*item.hours) : QJsonValue()},
                                     {QStringLiteral("federal_registry"), item.federalRegistry},
                                     {QStringLiteral("period"), rangeJson({item.startsOn, item.endsOn})},
                                     {QStringLiteral("status"), RouteRules::statusCode(item.status)},
                                     {QStringLiteral("tutor"), textOrNull(item.tutorName)}});
        const auto value = progress.value();
        out << QJsonDocument(QJsonObject{{QStringLiteral("teacher"), doc.teacherName},
                                         {QStringLiteral("year"), route.academicYear},
                                         {QStringLiteral("level"), textOrNull(doc.levelName)},
                                         {QStringLiteral("deficits"), QJsonArray::fromStringList(doc.deficits)},
                                         {QStringLiteral("tutor"), textOrNull(doc.tutorName)},
                                         {QStringLiteral("progress"),
                                          QJsonObject{{QStringLiteral("done"), progress.done},
                                                      {QStringLiteral("counted"), progress.counted},
                                                      {QStringLiteral("value"), value ? QJsonValue(*value) : QJsonValue()}}},
                                         {QStringLiteral("items"), items}})
                   .toJson(QJsonDocument::Indented);
        out.flush();
    }
};

} // namespace

void addSupportCommands(std::vector<Command> &commands)
{
    using S = SupportCommands;
    commands.push_back({QStringLiteral("roadmap"),
                        QStringLiteral("show --methodist SNILS --year Y [--format table|json] [--today D] | create "
                                       "--methodist SNILS --year Y | export --methodist SNILS --year Y FILE.pdf | "
                                       "conclude --methodist SNILS --year Y [--conclusion success|partial|failure|none] "
                                       "[--plans TEXT]"),
                        SupportCommands::tr("the roadmap of methodical support of a methodist: show, create, print to PDF"),
                        &S::roadmap});
    commands.push_back({QStringLiteral("route"),
                        QStringLiteral("show --teacher SNILS --year Y [--format table|json] | create --teacher SNILS "
                                       "--year Y | export --teacher SNILS --year Y FILE.pdf"),
                        SupportCommands::tr("a teacher's individual educational route: show, create from suggestions, print"),
                        &S::route});
    commands.push_back({QStringLiteral("worklog"),
                        QStringLiteral("import FILE.csv | export FILE.csv [--methodist SNILS] [--teacher SNILS] "
                                       "[--kind NAME] [--from D] [--to D]"),
                        SupportCommands::tr("the methodists' work log in and out of CSV"), &S::worklog});
    commands.push_back({QStringLiteral("events"),
                        QStringLiteral("list [--from D] [--to D] [--format table|json] | add --title T --date D "
                                       "[--end D] [--level NAME|code] [--stage NAME|code] [--organiser T] "
                                       "[--participants T] [--description T]"),
                        SupportCommands::tr("the events calendar: list, add an event"), &S::events});
}

} // namespace metodist::cli
