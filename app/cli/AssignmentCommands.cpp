#include "Cli.h"
#include "Lookup.h"

#include "documents/CsvWriter.h"
#include "domain/AcademicYear.h"
#include "domain/Snils.h"
#include "services/AssignmentService.h"
#include "services/OrderService.h"
#include "storage/AssignmentRepository.h"
#include "storage/DictionaryRepository.h"
#include "storage/MethodistRepository.h"
#include "storage/OrderRepository.h"
#include "storage/TeacherRepository.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace metodist::cli {

namespace {

class AssignmentCommands
{
    Q_DECLARE_TR_FUNCTIONS(AssignmentCommands)

public:
    static int assign(Context &context, const QStringList &args)
    {
        const QString action = args.value(0);
        if (action == u"auto")
            return planAutomatically(context, args.mid(1));
        if (action == u"set")
            return setManually(context, args.mid(1));
        if (action == u"list")
            return list(context, args.mid(1));
        return fail(context, tr("Usage: metodist-cli assign auto|set|list …; see metodist-cli --help."), UsageError);
    }

    static int order(Context &context, const QStringList &args)
    {
        const QString action = args.value(0);
        if (action == u"create")
            return createOrder(context, args.mid(1));
        if (action == u"export")
            return exportOrder(context, args.mid(1));
        if (action == u"list")
            return listOrders(context, args.mid(1));
        if (action == u"settings")
            return orderSettings(context, args.mid(1));
        return fail(context, tr("Usage: metodist-cli order create|export|list|settings …; see metodist-cli --help."),
                    UsageError);
    }

private:

    // The id of a dictionary entry named by an option, 0 when the option is absent.
    static std::optional<qint64> entry(Context &context, const Database &db, const QCommandLineParser &parser,
                                       const QString &option, const QString &dictionary, int *code)
    {
        if (!parser.isSet(option))
            return 0;
        auto id = DictionaryRepository(db).findByName(dictionary, parser.value(option));
        if (!id || id.value() == 0) {
            *code = fail(context, id ? tr("«%1» is not in the dictionary «%2».")
                                           .arg(parser.value(option), ReferenceData::title(dictionary))
                                     : id.message());
            return std::nullopt;
        }
        return id.value();
    }


    static int planAutomatically(Context &context, const QStringList &args)
    {
        QCommandLineParser parser;
        parser.addOption({QStringLiteral("year"), tr("academic year"), QStringLiteral("year")});
        parser.addOption({QStringLiteral("category"), tr("only teachers of this support category"),
                          QStringLiteral("name")});
        parser.addOption({QStringLiteral("municipality"), tr("only teachers of this municipality"),
                          QStringLiteral("name")});
        parser.addOption({QStringLiteral("dry-run"), tr("compute and show the plan, write nothing")});
        parser.addOption({QStringLiteral("include-ineligible"),
                          tr("also give teachers to methodists who do not meet the requirements of the regional "
                             "methodical active")});
        parser.addOption({QStringLiteral("format"), tr("table or json"), QStringLiteral("format"),
                          QStringLiteral("table")});
        int code = Success;
        if (!parseOptions(context, parser, QStringLiteral("assign auto"), args, &code))
            return code;
        const QString format = parser.value(QStringLiteral("format"));
        if (format != u"table" && format != u"json")
            return fail(context, tr("--format takes table or json."), UsageError);
        const auto academicYear = academicYearOption(context, parser, &code);
        if (!academicYear)
            return code;
        Database db;
        const Access dryRunAccess = parser.isSet(QStringLiteral("dry-run")) ? Access::Read : Access::Write;
        if (!openDatabase(context, db, &code, dryRunAccess))
            return code;
        PlanRequest request;
        request.academicYear = *academicYear;
        const auto category = entry(context, db, parser, QStringLiteral("category"),
                                    QStringLiteral("support_categories"), &code);
        const auto municipality = entry(context, db, parser, QStringLiteral("municipality"),
                                        QStringLiteral("municipalities"), &code);
        if (!category || !municipality)
            return code;
        request.supportCategoryId = *category;
        request.municipalityId = *municipality;
        request.includeIneligible = parser.isSet(QStringLiteral("include-ineligible"));

        AssignmentService service(db);
        auto plan = service.plan(request);
        if (!plan)
            return fail(context, plan.message());
        auto report = service.report(plan.value());
        if (!report)
            return fail(context, report.message());
        qint64 run = 0;
        const bool dryRun = parser.isSet(QStringLiteral("dry-run"));
        if (!dryRun && !plan->plan.assignments.empty()) {
            auto applied = service.apply(plan.value());
            if (!applied)
                return fail(context, applied.message());
            run = applied.value();
        }
        if (format == u"json")
            printJson(context.out, plan.value(), report.value(), dryRun, run);
        else
            printTable(context.out, report.value(), dryRun);
        return Success;
    }

    static QJsonObject priorityJson(const PlanReport::Priority &p)
    {
        return {{QStringLiteral("rank"), p.rank},
                {QStringLiteral("codes"), QJsonArray::fromStringList(p.codes)},
                {QStringLiteral("categories"), QJsonArray::fromStringList(p.categories)},
                {QStringLiteral("candidates"), p.candidates},
                {QStringLiteral("covered"), p.covered}};
    }

    static QJsonObject leftOutJson(const PlanReport::LeftOut &m)
    {
        return {{QStringLiteral("methodist"), m.name},
                {QStringLiteral("snils"), m.snils.isEmpty() ? QJsonValue() : Snils::format(m.snils)},
                {QStringLiteral("subject"), m.subject},
                {QStringLiteral("municipality"), m.municipality},
                {QStringLiteral("shortfalls"), QJsonArray::fromStringList(m.shortfalls)}};
    }

    static void printJson(QTextStream &out, const PlanResult &plan, const PlanReport &r, bool dryRun, qint64 run)
    {
        const PlanRequest &request = plan.request;
        static const char *reasonCodes[] = {"no_subject", "no_methodist_of_subject", "capacity_exhausted"};
        QJsonArray gaps;
        for (const PlanReport::Gap &gap : r.gaps)
            gaps.append(QJsonObject{{QStringLiteral("subject"), gap.subject.isEmpty() ? QJsonValue() : gap.subject},
                                    {QStringLiteral("municipality"),
                                     gap.municipality.isEmpty() ? QJsonValue() : gap.municipality},
                                    {QStringLiteral("reason"), QString::fromLatin1(reasonCodes[int(gap.reason)])},
                                    {QStringLiteral("reason_text"), PlanReport::reasonText(gap.reason)},
                                    {QStringLiteral("count"), gap.count}});
        QJsonArray loads;
        for (const PlanReport::Load &load : r.loads)
            loads.append(QJsonObject{{QStringLiteral("methodist"), load.name},
                                     {QStringLiteral("snils"), load.snils.isEmpty() ? QJsonValue()
                                                                                    : Snils::format(load.snils)},
                                     {QStringLiteral("subject"), load.subject},
                                     {QStringLiteral("municipality"), load.municipality},
                                     {QStringLiteral("capacity"), load.capacity},
                                     {QStringLiteral("before"), load.before},
                                     {QStringLiteral("added"), load.added},
                                     {QStringLiteral("load"), load.before + load.added}});
        QJsonArray priorities, leftOut;
        for (const PlanReport::Priority &p : r.priorities)
            priorities.append(priorityJson(p));
        for (const PlanReport::LeftOut &m : r.leftOut)
            leftOut.append(leftOutJson(m));
        QJsonObject summary{{QStringLiteral("year"), request.academicYear},
                            {QStringLiteral("dry_run"), dryRun},
                            {QStringLiteral("planning_run"), run > 0 ? QJsonValue(run) : QJsonValue()},
                            {QStringLiteral("candidates"), r.candidates},
                            {QStringLiteral("assigned"), r.assigned},
                            {QStringLiteral("same_municipality"), r.sameMunicipality},
                            {QStringLiteral("unassigned"), r.unassigned},
                            {QStringLiteral("unassigned_reasons"), gaps},
                            {QStringLiteral("coverage"), r.coverageText(QLocale::c())},
                            {QStringLiteral("priority_order"), plan.priority.toText()},
                            {QStringLiteral("priorities"), priorities},
                            {QStringLiteral("include_ineligible"), request.includeIneligible},
                            {QStringLiteral("left_out"), leftOut},
                            {QStringLiteral("loads"), loads}};
        out << QJsonDocument(summary).toJson(QJsonDocument::Indented);
        out.flush();
    }

    static void printTable(QTextStream &out, const PlanReport &r, bool dryRun)
    {
        out << tr("Teachers without a methodist: %1; assigned: %2 (%3 in their own municipality); left "
                  "unassigned: %4.")
                   .arg(r.candidates)
                   .arg(r.assigned)
                   .arg(r.sameMunicipality)
                   .arg(r.unassigned)
            << '\n' << r.coverageText(QLocale::c()) << '\n';
        printPriorities(out, r);
        printLeftOut(out, r);
        if (!r.gaps.isEmpty()) {
            out << '\n' << tr("Not assigned:") << '\n';
            for (const PlanReport::Gap &gap : r.gaps)
                out << "  " << QString::number(gap.count).rightJustified(6) << "  "
                    << (gap.subject.isEmpty() ? tr("(no subject)") : gap.subject).leftJustified(24, u' ', true)
                    << "  " << gap.municipality.leftJustified(40, u' ', true) << "  "
                    << PlanReport::reasonText(gap.reason) << '\n';
        }
        out << '\n' << tr("Load of methodists (before + added / capacity):") << '\n';
        for (const PlanReport::Load &load : r.loads)
            out << "  " << load.name.leftJustified(36, u' ', true) << "  " << load.subject.leftJustified(20, u' ', true)
                << "  " << load.municipality.leftJustified(40, u' ', true) << "  "
                << QStringLiteral("%1 + %2 / %3").arg(load.before).arg(load.added).arg(load.capacity) << '\n';
        out << '\n' << (dryRun ? tr("Dry run: nothing was written.") : tr("The plan was applied.")) << '\n';
        out.flush();
    }

    static void printPriorities(QTextStream &out, const PlanReport &r)
    {
        if (r.priorities.isEmpty())
            return;
        out << '\n' << tr("Priority categories (covered of waiting):") << '\n';
        for (const PlanReport::Priority &p : r.priorities)
            out << "  " << QString::number(p.rank).rightJustified(2) << "  "
                << QStringLiteral("%1 / %2").arg(p.covered).arg(p.candidates).leftJustified(14) << "  "
                << p.categories.join(QStringLiteral("; ")) << '\n';
        out << PlanReport::orderText() << '\n';
    }

    static void printLeftOut(QTextStream &out, const PlanReport &r)
    {
        if (r.leftOut.isEmpty())
            return;
        out << '\n'
            << tr("Left out: methodists who do not meet the requirements of the regional methodical active "
                  "(--include-ineligible plans them too):")
            << '\n';
        for (const PlanReport::LeftOut &m : r.leftOut)
            out << "  " << m.name.leftJustified(36, u' ', true) << "  " << m.subject.leftJustified(20, u' ', true)
                << "  " << m.municipality.leftJustified(40, u' ', true) << "  "
                << m.shortfalls.join(QStringLiteral("; ")) << '\n';
    }

    static int setManually(Context &context, const QStringList &args)
    {
        QCommandLineParser parser;
        parser.addOption({QStringLiteral("year"), tr("academic year"), QStringLiteral("year")});
        parser.addOption({QStringLiteral("category"), tr("the support category that is the reason"),
                          QStringLiteral("name")});
        parser.addOption({QStringLiteral("override-reason"), tr("why to assign despite the warnings"),
                          QStringLiteral("text")});
        parser.addOption({QStringLiteral("date"), tr("start date, YYYY-MM-DD (default: today)"),
                          QStringLiteral("date")});
        int code = Success;
        if (!parseOptions(context, parser, QStringLiteral("assign set"), args, &code))
            return code;
        const QStringList positional = parser.positionalArguments();
        if (positional.size() != 2)
            return fail(context, tr("Usage: metodist-cli assign set TEACHER_SNILS METHODIST_SNILS --year 2025/2026 "
                                    "[--category NAME] [--override-reason TEXT] [--date YYYY-MM-DD]"),
                        UsageError);
        const auto academicYear = academicYearOption(context, parser, &code);
        if (!academicYear)
            return code;
        QDate start;
        if (parser.isSet(QStringLiteral("date"))) {
            start = QDate::fromString(parser.value(QStringLiteral("date")), Qt::ISODate);
            if (!start.isValid())
                return fail(context, tr("The date must be written as YYYY-MM-DD."), UsageError);
        }
        Database db;
        if (!openDatabase(context, db, &code, Access::Write))
            return code;
        const auto teacher = personBySnils<TeacherRepository>(context, db, positional[0],
                                                              tr("There is no teacher with СНИЛС %1."), &code);
        if (!teacher)
            return code;
        const auto methodist = personBySnils<MethodistRepository>(context, db, positional[1],
                                                                  tr("There is no methodist with СНИЛС %1."), &code);
        if (!methodist)
            return code;
        const auto category = entry(context, db, parser, QStringLiteral("category"),
                                    QStringLiteral("support_categories"), &code);
        if (!category)
            return code;
        ManualAssignment request{{*teacher}, *methodist, *academicYear, *category, start,
                                 parser.value(QStringLiteral("override-reason"))};
        auto assigned = AssignmentService(db).assign(request);
        if (!assigned)
            return fail(context, assigned.message());
        context.out << (assigned.value() == 0 ? tr("The teacher already has this methodist.")
                                              : tr("Assigned."))
                    << Qt::endl;
        return Success;
    }

    static int list(Context &context, const QStringList &args)
    {
        QCommandLineParser parser;
        parser.addOption({QStringLiteral("year"), tr("academic year"), QStringLiteral("year")});
        parser.addOption({QStringLiteral("methodist"), tr("СНИЛС of a methodist"), QStringLiteral("snils")});
        parser.addOption({QStringLiteral("history"), tr("ended assignments too")});
        parser.addOption({QStringLiteral("format"), tr("table, csv or json"), QStringLiteral("format"),
                          QStringLiteral("table")});
        int code = Success;
        if (!parseOptions(context, parser, QStringLiteral("assign list"), args, &code))
            return code;
        const QString format = parser.value(QStringLiteral("format"));
        if (!QStringList{QStringLiteral("table"), QStringLiteral("csv"), QStringLiteral("json")}.contains(format))
            return fail(context, tr("--format takes table, csv or json."), UsageError);
        AssignmentFilter filter;
        filter.activeOnly = !parser.isSet(QStringLiteral("history"));
        if (parser.isSet(QStringLiteral("year"))) {
            const auto academicYear = academicYearOption(context, parser, &code);
            if (!academicYear)
                return code;
            filter.academicYear = *academicYear;
        }
        Database db;
        if (!openDatabase(context, db, &code, Access::Read))
            return code;
        if (parser.isSet(QStringLiteral("methodist"))) {
            const auto methodist = personBySnils<MethodistRepository>(
                context, db, parser.value(QStringLiteral("methodist")), tr("There is no methodist with СНИЛС %1."),
                &code);
            if (!methodist)
                return code;
            filter.methodistId = *methodist;
        }
        const QStringList headers{tr("Year"), tr("Teacher's СНИЛС"), tr("Teacher"), tr("Teacher's subject"),
                                  tr("Organisation"), tr("Teacher's municipality"), tr("Methodist's СНИЛС"),
                                  tr("Methodist"), tr("Methodist's subject"), tr("Methodist's municipality"),
                                  tr("Since"), tr("Until"), tr("Order"), tr("Reason (support category)"),
                                  tr("End reason"), tr("Reason for a manual choice")};
        const QStringList keys{QStringLiteral("year"), QStringLiteral("teacher_snils"), QStringLiteral("teacher"),
                               QStringLiteral("teacher_subject"), QStringLiteral("organisation"),
                               QStringLiteral("teacher_municipality"), QStringLiteral("methodist_snils"),
                               QStringLiteral("methodist"), QStringLiteral("methodist_subject"),
                               QStringLiteral("methodist_municipality"), QStringLiteral("started_on"),
                               QStringLiteral("ended_on"), QStringLiteral("order"), QStringLiteral("reason"),
                               QStringLiteral("end_reason"), QStringLiteral("override_reason")};
        QTextStream &out = context.out;
        QJsonArray json;
        qint64 rows = 0;
        if (format == u"csv")
            out << QChar(0xFEFF) << CsvWriter::line(headers) << "\r\n";
        Status status = AssignmentRepository(db).forEach(filter, [&](const AssignmentRow &r) {
            const QStringList cells{r.academicYear, Snils::format(r.teacherSnils), r.teacherName, r.teacherSubject,
                                    r.teacherOrganisation, r.teacherMunicipality, Snils::format(r.methodistSnils),
                                    r.methodistName, r.methodistSubject, r.methodistMunicipality,
                                    r.startedOn.toString(Qt::ISODate), r.endedOn.toString(Qt::ISODate),
                                    r.orderNumber, r.supportCategory, r.endReason, r.overrideReason};
            ++rows;
            if (format == u"json") {
                QJsonObject object;
                for (int i = 0; i < keys.size(); ++i)
                    object.insert(keys[i], cells[i].isEmpty() ? QJsonValue() : QJsonValue(cells[i]));
                json.append(object);
            } else if (format == u"csv") {
                out << CsvWriter::line(cells) << "\r\n";
            } else {
                out << r.teacherName.leftJustified(34, u' ', true) << "  "
                    << r.teacherMunicipality.leftJustified(22, u' ', true) << "  → "
                    << r.methodistName.leftJustified(34, u' ', true) << "  "
                    << r.methodistSubject.leftJustified(20, u' ', true);
                // Why: the support category; when it ended and why.
                if (!r.supportCategory.isEmpty())
                    out << "  " << r.supportCategory.left(60);
                if (r.endedOn.isValid())
                    out << "  " << tr("ended %1: %2").arg(r.endedOn.toString(QStringLiteral("dd.MM.yyyy")),
                                                        r.endReason.isEmpty() ? tr("no reason given") : r.endReason);
                out << '\n';
            }
            return true;
        });
        if (!status)
            return fail(context, status.message());
        if (format == u"json")
            out << QJsonDocument(json).toJson(QJsonDocument::Indented);
        else if (format == u"table")
            out << tr("Rows: %1").arg(rows) << '\n';
        out.flush();
        return Success;
    }

    static int createOrder(Context &context, const QStringList &args)
    {
        QCommandLineParser parser;
        parser.addOption({QStringLiteral("year"), tr("academic year"), QStringLiteral("year")});
        parser.addOption({QStringLiteral("number"), tr("order number"), QStringLiteral("number")});
        parser.addOption({QStringLiteral("date"), tr("order date, YYYY-MM-DD"), QStringLiteral("date")});
        parser.addOption({QStringLiteral("run"), tr("only the assignments of this planning run"),
                          QStringLiteral("id")});
        int code = Success;
        if (!parseOptions(context, parser, QStringLiteral("order create"), args, &code))
            return code;
        const auto academicYear = academicYearOption(context, parser, &code);
        if (!academicYear)
            return code;
        const QDate date = QDate::fromString(parser.value(QStringLiteral("date")), Qt::ISODate);
        if (parser.value(QStringLiteral("number")).trimmed().isEmpty() || !date.isValid())
            return fail(context, tr("Usage: metodist-cli order create --year 2025/2026 --number N --date YYYY-MM-DD "
                                    "[--run ID]"),
                        UsageError);
        Database db;
        if (!openDatabase(context, db, &code, Access::Write))
            return code;
        OrderService service(db);
        auto draft = service.draft(*academicYear, parser.value(QStringLiteral("number")), date);
        if (!draft)
            return fail(context, draft.message());
        AssignmentFilter selection;
        selection.academicYear = *academicYear;
        selection.withoutOrder = true;
        selection.planningRunId = parser.value(QStringLiteral("run")).toLongLong();
        auto id = service.create(draft.value(), selection);
        if (!id)
            return fail(context, id.message());
        auto order = OrderRepository(db).get(id.value());
        if (!order)
            return fail(context, order.message());
        context.out << tr("Order No. %1 of %2 created with %n teacher(s) in its appendix.", nullptr,
                          int(order->assignmentCount))
                           .arg(order->number, order->issuedOn.toString(QStringLiteral("dd.MM.yyyy")))
                    << Qt::endl;
        return Success;
    }

    static int exportOrder(Context &context, const QStringList &args)
    {
        QCommandLineParser parser;
        parser.addOption({QStringLiteral("issued"), tr("calendar year of issue, when numbers repeat"),
                          QStringLiteral("yyyy")});
        int code = Success;
        if (!parseOptions(context, parser, QStringLiteral("order export"), args, &code))
            return code;
        const QStringList positional = parser.positionalArguments();
        if (positional.size() != 2)
            return fail(context, tr("Usage: metodist-cli order export NUMBER FILE.pdf|FILE.docx|FILE.odt"), UsageError);
        Database db;
        if (!openDatabase(context, db, &code, Access::Read))
            return code;
        auto id = OrderRepository(db).findByNumber(positional[0], parser.value(QStringLiteral("issued")).toInt());
        if (!id)
            return fail(context, id.message());
        if (Status status = OrderService(db).exportTo(id.value(), positional[1]); !status)
            return fail(context, status.message());
        context.out << tr("The order was saved to %1.").arg(positional[1]) << Qt::endl;
        return Success;
    }

    static int listOrders(Context &context, const QStringList &args)
    {
        QCommandLineParser parser;
        parser.addOption({QStringLiteral("year"), tr("academic year"), QStringLiteral("year")});
        int code = Success;
        if (!parseOptions(context, parser, QStringLiteral("order list"), args, &code))
            return code;
        Database db;
        if (!openDatabase(context, db, &code, Access::Read))
            return code;
        auto orders = OrderRepository(db).list(parser.value(QStringLiteral("year")));
        if (!orders)
            return fail(context, orders.message());
        for (const Order &o : orders.value())
            context.out << o.issuedOn.toString(QStringLiteral("dd.MM.yyyy")) << "  № " << o.number.leftJustified(10)
                        << "  " << o.academicYear << "  " << o.assignmentCount << "  " << o.title << '\n';
        context.out << tr("Orders: %1").arg(orders->size()) << Qt::endl;
        return Success;
    }

    static int orderSettings(Context &context, const QStringList &args)
    {
        QCommandLineParser parser;
        const QList<std::pair<QString, QString>> options{
            {QStringLiteral("institution"), tr("name of the institution")},
            {QStringLiteral("place"), tr("place of issue, e.g. г. Калининград")},
            {QStringLiteral("signatory-position"), tr("position of the signatory")},
            {QStringLiteral("signatory-name"), tr("initials and surname of the signatory")},
            {QStringLiteral("font"), tr("font family")},
            {QStringLiteral("font-size"), tr("font size, 12 to 14")},
        };
        for (const auto &[name, description] : options)
            parser.addOption({name, description, QStringLiteral("value")});
        int code = Success;
        if (!parseOptions(context, parser, QStringLiteral("order settings"), args, &code))
            return code;
        // Without an option the command only shows the settings.
        bool changing = false;
        for (const auto &option : options)
            changing = changing || parser.isSet(option.first);
        Database db;
        if (!openDatabase(context, db, &code, changing ? Access::Write : Access::Read))
            return code;
        OrderService service(db);
        auto settings = service.settings();
        if (!settings)
            return fail(context, settings.message());
        OrderSettings &s = settings.value();
        const auto set = [&](const QString &option, QString &target) {
            if (parser.isSet(option))
                target = parser.value(option);
        };
        set(QStringLiteral("institution"), s.institution);
        set(QStringLiteral("place"), s.place);
        set(QStringLiteral("signatory-position"), s.signatoryPosition);
        set(QStringLiteral("signatory-name"), s.signatoryName);
        set(QStringLiteral("font"), s.layout.fontFamily);
        if (parser.isSet(QStringLiteral("font-size")))
            s.layout.fontSize = parser.value(QStringLiteral("font-size")).toInt();
        if (changing) {
            if (Status status = service.saveSettings(s); !status)
                return fail(context, status.message());
        }
        QTextStream &out = context.out;
        out << tr("Institution: %1").arg(s.institution) << '\n'
            << tr("Place: %1").arg(s.place) << '\n'
            << tr("Signatory: %1 %2").arg(s.signatoryPosition, s.signatoryName) << '\n'
            << tr("Font: %1, %2 pt; margins %3/%4/%5/%6 mm")
                   .arg(s.layout.fontFamily)
                   .arg(s.layout.fontSize)
                   .arg(s.layout.marginLeftMm)
                   .arg(s.layout.marginRightMm)
                   .arg(s.layout.marginTopMm)
                   .arg(s.layout.marginBottomMm)
            << Qt::endl;
        return Success;
    }
};

} // namespace

void addAssignmentCommands(std::vector<Command> &commands)
{
    using A = AssignmentCommands;
    commands.push_back({QStringLiteral("assign"),
                        QStringLiteral("auto --year Y [--category NAME] [--municipality NAME] [--dry-run] "
                                       "[--include-ineligible] [--format table|json] | set TEACHER_SNILS METHODIST_SNILS --year Y "
                                       "[--override-reason TEXT] | list [--year Y] [--methodist SNILS] [--history] "
                                       "[--format table|csv|json]"),
                        AssignmentCommands::tr("assign teachers to methodists: optimal automatic plan, by hand, or list"),
                        &A::assign});
    commands.push_back({QStringLiteral("order"),
                        QStringLiteral("create --year Y --number N --date YYYY-MM-DD [--run ID] | export NUMBER "
                                       "FILE.pdf|FILE.docx|FILE.odt | list [--year Y] | settings [--institution …] "
                                       "[--signatory-position …] [--signatory-name …]"),
                        AssignmentCommands::tr("orders on assignments: create, export, list; the institution and signatory"),
                        &A::order});
}

} // namespace metodist::cli
