#include "Cli.h"

#include "domain/Snils.h"
#include "services/AliasFile.h"
#include "services/DemoRegion.h"
#include "services/Importer.h"
#include "services/RegistryExport.h"
#include "storage/DictionaryRepository.h"
#include "storage/MethodistRepository.h"
#include "storage/TeacherRepository.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace metodist::cli {

namespace {

class RegistryCommands
{
    Q_DECLARE_TR_FUNCTIONS(RegistryCommands)

public:
    static int import(Context &context, const QStringList &args)
    {
        QCommandLineParser parser;
        parser.addOption({QStringLiteral("sheet"), tr("sheet of a workbook (.xlsx, .xls, .ods)"), QStringLiteral("name")});
        parser.addOption({QStringLiteral("dry-run"), tr("check and count only")});
        parser.addOption({QStringLiteral("skip-invalid"), tr("import the valid rows, skip the invalid")});
        parser.addOption({QStringLiteral("suggest"),
                          tr("check only, and report each value missing from the dictionaries once, with the "
                             "entry it most likely means")});
        parser.addOption({QStringLiteral("aliases-out"),
                          tr("with --suggest: write those values and suggestions to a file to complete and load "
                             "with «dictionary alias --file»"),
                          QStringLiteral("file")});
        int code = Success;
        if (!parseOptions(context, parser, QStringLiteral("import"), args, &code))
            return code;
        const QStringList positional = parser.positionalArguments();
        const auto kind = positional.size() == 2 ? ImportColumns::kindFromName(positional[0]) : std::nullopt;
        if (!kind)
            return fail(context, tr("Usage: metodist-cli import teachers|methodists|organisations|municipalities|"
                                    "subjects|pk|diagnostics|worklog|catalogue|network|network-members FILE [--sheet NAME] [--dry-run] "
                                    "[--skip-invalid] [--suggest [--aliases-out FILE.csv]]"),
                        UsageError);
        Database db;
        if (!openDatabase(context, db, &code, Access::Write))
            return code;
        ImportOptions options;
        options.sheet = parser.value(QStringLiteral("sheet"));
        const bool suggest = parser.isSet(QStringLiteral("suggest"));
        if (parser.isSet(QStringLiteral("aliases-out")) && !suggest)
            return fail(context, tr("--aliases-out goes with --suggest."), UsageError);
        options.dryRun = parser.isSet(QStringLiteral("dry-run")) || suggest;
        options.skipInvalid = parser.isSet(QStringLiteral("skip-invalid"));
        auto report = Importer(db, *kind, options).importFile(positional[1]);
        if (!report)
            return fail(context, report.message());
        const ImportReport &r = report.value();
        QTextStream &out = context.out;
        if (!r.encoding.isEmpty())
            out << tr("Encoding: %1.").arg(r.encoding) << ' ';
        out << tr("Header in row %1; data rows: %2.").arg(r.headerRow).arg(r.dataRows) << '\n';
        for (const QString &line : r.lines())
            out << line << '\n';
        if (!r.unknownValues.isEmpty() && !suggest)
            out << tr("Values missing from the dictionaries: %1. To map them once for every next file: "
                      "metodist-cli import … --suggest --aliases-out aliases.csv, complete the file, then "
                      "metodist-cli dictionary alias --file aliases.csv.")
                       .arg(r.unknownValues.size())
                << '\n';
        if (const QString aliasesOut = parser.value(QStringLiteral("aliases-out")); !aliasesOut.isEmpty()) {
            if (Status status = AliasFile::writeUnknown(r.unknownValues, aliasesOut); !status)
                return fail(context, status.message());
            out << tr("%n value(s) written to %1: fill in the entry where it is empty or wrong, then run "
                      "metodist-cli dictionary alias --file %1.",
                      nullptr, int(r.unknownValues.size()))
                       .arg(aliasesOut)
                << '\n';
        }
        if (r.written)
            out << tr("Created: %1, updated: %2, invalid: %3, organisations created: %4.")
                       .arg(r.created)
                       .arg(r.updated)
                       .arg(r.invalid)
                       .arg(r.organisationsCreated)
                << '\n';
        else
            out << tr("Checked: %1 row(s) would be created, %2 updated; %3 row(s) have errors.")
                       .arg(r.created)
                       .arg(r.updated)
                       .arg(r.invalid)
                << '\n';
        out.flush();
        if (options.dryRun) {
            out << tr("Dry run: nothing was written.") << Qt::endl;
            return r.invalid > 0 ? Failure : Success;
        }
        if (!r.written)
            return fail(context, tr("Nothing was imported: %n row(s) have errors. Correct the file or run with "
                                    "--skip-invalid.",
                                    nullptr, r.invalid));
        return Success;
    }

    static int exportTable(Context &context, const QStringList &args)
    {
        if (args.size() != 2)
            return fail(context,
                        tr("Usage: metodist-cli export teachers|methodists|organisations|catalogue|network|"
                           "network-members FILE.csv|FILE.xlsx"),
                        UsageError);
        const auto kind = ImportColumns::kindFromName(args[0]);
        if (!kind || (*kind != ImportKind::Teachers && *kind != ImportKind::Methodists
                      && *kind != ImportKind::Organisations && *kind != ImportKind::Catalogue
                      && *kind != ImportKind::Network && *kind != ImportKind::NetworkMembers))
            return fail(context, tr("Only teachers, methodists, organisations, the catalogue and the network can be "
                                    "exported."),
                        UsageError);
        Database db;
        int code = Success;
        if (!openDatabase(context, db, &code, Access::Read))
            return code;
        auto table = RegistryExport::table(db, *kind);
        if (!table)
            return fail(context, table.message());
        if (Status status = RegistryExport::write(table.value(), args[1]); !status)
            return fail(context, status.message());
        context.out << tr("Exported %n row(s) to %1.", nullptr, int(table.value().rows.size())).arg(args[1]) << Qt::endl;
        return Success;
    }

    static int templateFile(Context &context, const QStringList &args)
    {
        const auto kind = args.size() == 2 ? ImportColumns::kindFromName(args[0]) : std::nullopt;
        if (!kind)
            return fail(context,
                        tr("Usage: metodist-cli template teachers|methodists|pk|diagnostics|worklog|catalogue FILE.xlsx"),
                        UsageError);
        if (Status status = RegistryExport::write(RegistryExport::templateFor(*kind), args[1]); !status)
            return fail(context, status.message());
        context.out << tr("Template written to %1.").arg(args[1]) << Qt::endl;
        return Success;
    }

    static int list(Context &context, const QStringList &args)
    {
        QCommandLineParser parser;
        parser.addOption({QStringLiteral("search"), tr("part of a name"), QStringLiteral("text")});
        parser.addOption({QStringLiteral("municipality"), tr("municipality"), QStringLiteral("name")});
        parser.addOption({QStringLiteral("subject"), tr("subject"), QStringLiteral("name")});
        parser.addOption({QStringLiteral("format"), tr("table, csv or json"), QStringLiteral("format"),
                          QStringLiteral("table")});
        parser.addOption({QStringLiteral("limit"), tr("at most this many rows"), QStringLiteral("n")});
        int code = Success;
        if (!parseOptions(context, parser, QStringLiteral("list"), args, &code))
            return code;
        const QStringList positional = parser.positionalArguments();
        const auto kind = positional.size() == 1 ? ImportColumns::kindFromName(positional[0]) : std::nullopt;
        const QString format = parser.value(QStringLiteral("format"));
        if (!kind || (*kind != ImportKind::Teachers && *kind != ImportKind::Methodists)
            || !QStringList{QStringLiteral("table"), QStringLiteral("csv"), QStringLiteral("json")}.contains(format))
            return fail(context, tr("Usage: metodist-cli list teachers|methodists [--search TEXT] [--municipality NAME] "
                                    "[--subject NAME] [--format table|csv|json] [--limit N]"),
                        UsageError);
        Database db;
        if (!openDatabase(context, db, &code, Access::Read))
            return code;
        RegistryFilter filter;
        filter.search = parser.value(QStringLiteral("search"));
        DictionaryRepository dictionaries(db);
        for (const auto &[option, dictionary, target] :
             {std::tuple{QStringLiteral("municipality"), QStringLiteral("municipalities"), &filter.municipalityId},
              std::tuple{QStringLiteral("subject"), QStringLiteral("subjects"), &filter.subjectId}}) {
            if (!parser.isSet(option))
                continue;
            auto id = dictionaries.findByName(dictionary, parser.value(option));
            if (!id)
                return fail(context, id.message());
            if (id.value() == 0)
                return fail(context, tr("«%1» is not in the dictionary «%2».")
                                         .arg(parser.value(option), ReferenceData::title(dictionary)));
            *target = id.value();
        }
        auto table = RegistryExport::table(db, *kind, filter);
        if (!table)
            return fail(context, table.message());
        ExportTable &t = table.value();
        if (parser.isSet(QStringLiteral("limit")))
            t.rows = t.rows.mid(0, parser.value(QStringLiteral("limit")).toInt());
        printTable(context.out, t, format);
        return Success;
    }

    static void printTable(QTextStream &out, const ExportTable &t, const QString &format)
    {
        if (format == u"json") {
            QJsonArray rows;
            for (const QVariantList &row : t.rows) {
                QJsonObject object;
                for (int i = 0; i < t.headers.size(); ++i)
                    object.insert(t.headers[i], QJsonValue::fromVariant(row.value(i)));
                rows.append(object);
            }
            out << QJsonDocument(rows).toJson(QJsonDocument::Indented);
        } else if (format == u"csv") {
            for (const QStringList &row : t.asText())
                out << row.join(u';') << '\n';
        } else {
            // Name, СНИЛС, municipality, organisation, subject: what fits a terminal.
            const QList<int> shown{0, 3, 4, 5, 7};
            const QList<int> widths{0, 14, 28, 36, 20};
            const auto line = [&](const QStringList &cells) {
                QString text = (cells.value(0) + u' ' + cells.value(1) + u' ' + cells.value(2)).leftJustified(36, u' ', true);
                for (int k = 1; k < shown.size(); ++k)
                    text += QStringLiteral("  ") + cells.value(shown[k]).leftJustified(widths[k], u' ', true);
                out << text.trimmed() << '\n';
            };
            QStringList header = t.headers;
            header[0] = tr("Full name");
            header[1].clear();
            header[2].clear();
            line(header);
            for (const QStringList &row : t.asText().mid(1))
                line(row);
            out << tr("Rows: %1").arg(t.rows.size()) << '\n';
        }
        out.flush();
    }

    static int demo(Context &context, const QStringList &args)
    {
        QCommandLineParser parser;
        parser.addOption({QStringLiteral("region"), tr("region preset"), QStringLiteral("code"),
                          QStringLiteral("kaliningrad")});
        parser.addOption({QStringLiteral("teachers"), tr("number of teachers"), QStringLiteral("n"),
                          QStringLiteral("13120")});
        parser.addOption({QStringLiteral("methodists"), tr("number of methodists"), QStringLiteral("m"),
                          QStringLiteral("224")});
        parser.addOption({QStringLiteral("today"),
                          tr("the day the region has reached in its academic year, YYYY-MM-DD (default: today)"),
                          QStringLiteral("date")});
        parser.addOption({QStringLiteral("no-support-data"),
                          tr("people, diagnostics and ПК only: no assignments, events, route catalogue, roadmaps, "
                             "routes or work log (for planning benchmarks)")});
        int code = Success;
        if (!parseOptions(context, parser, QStringLiteral("demo"), args, &code))
            return code;
        bool teachersOk = false;
        bool methodistsOk = false;
        DemoOptions options;
        options.region = parser.value(QStringLiteral("region"));
        options.teachers = parser.value(QStringLiteral("teachers")).toInt(&teachersOk);
        options.methodists = parser.value(QStringLiteral("methodists")).toInt(&methodistsOk);
        if (!teachersOk || !methodistsOk)
            return fail(context, tr("--teachers and --methodists take whole numbers."), UsageError);
        options.supportData = !parser.isSet(QStringLiteral("no-support-data"));
        if (parser.isSet(QStringLiteral("today"))) {
            options.today = QDate::fromString(parser.value(QStringLiteral("today")), Qt::ISODate);
            if (!options.today.isValid())
                return fail(context, tr("The date must be written as YYYY-MM-DD."), UsageError);
        }
        Database db;
        const bool existed = QFileInfo::exists(context.databasePath);
        if (!openDatabase(context, db, &code, Access::Create))
            return code;
        auto summary = DemoRegion::generate(db, options);
        if (!summary) {
            if (db.wasCreated())
                discardCreated(context, db, existed);
            return fail(context, summary.message());
        }
        const DemoSummary &s = summary.value();
        context.out << tr("Demonstration region ready: %1 municipalities, %2 organisations, %3 teachers, "
                          "%4 methodists, %5 diagnostics, %6 professional development records.")
                           .arg(s.municipalities)
                           .arg(s.organisations)
                           .arg(s.teachers)
                           .arg(s.methodists)
                           .arg(s.diagnostics)
                           .arg(s.pkRecords)
                    << Qt::endl;
        if (!s.academicYear.isEmpty())
            context.out << tr("Academic year %1: %2 assignments, %3 events, %4 route catalogue entries, %5 roadmaps "
                              "with %6 activities, %7 routes with %8 items, %9 work log entries.")
                               .arg(s.academicYear)
                               .arg(s.assignments)
                               .arg(s.events)
                               .arg(s.catalogueEntries)
                               .arg(s.roadmaps)
                               .arg(s.activities)
                               .arg(s.routes)
                               .arg(s.routeItems)
                               .arg(s.workLogEntries)
                        << Qt::endl;
        if (s.networkUnits > 0)
            context.out << tr("Support network: %1 units with %2 members.").arg(s.networkUnits).arg(s.networkMembers)
                        << Qt::endl;
        return Success;
    }
};

} // namespace

void addRegistryCommands(std::vector<Command> &commands)
{
    using R = RegistryCommands;
    commands.push_back({QStringLiteral("import"),
                        QStringLiteral("teachers|methodists|organisations|municipalities|subjects|pk|diagnostics|"
                                       "worklog|catalogue|network|network-members FILE [--sheet NAME] [--dry-run] "
                                       "[--skip-invalid] "
                                       "[--suggest [--aliases-out FILE.csv]]"),
                        RegistryCommands::tr("import a CSV file or a workbook (.xlsx, .xls, .ods), all rows or none"), &R::import});
    commands.push_back({QStringLiteral("export"),
                        QStringLiteral("teachers|methodists|organisations|catalogue|network|network-members "
                                       "FILE.csv|FILE.xlsx"),
                        RegistryCommands::tr("export a registry"), &R::exportTable});
    commands.push_back({QStringLiteral("list"),
                        QStringLiteral("teachers|methodists [--search TEXT] [--municipality NAME] [--subject NAME] "
                                       "[--format table|csv|json]"),
                        RegistryCommands::tr("list a registry"), &R::list});
    commands.push_back({QStringLiteral("template"),
                        QStringLiteral("teachers|methodists|pk|diagnostics|worklog|catalogue FILE.xlsx"),
                        RegistryCommands::tr("write an empty file with the expected headers"), &R::templateFile});
    commands.push_back({QStringLiteral("demo"),
                        QStringLiteral("[--region kaliningrad|tyumen] [--teachers N] [--methodists M] "
                                       "[--today YYYY-MM-DD] [--no-support-data]"),
                        RegistryCommands::tr("fill the database with a synthetic region in the middle of its academic year: "
                              "assignments, events, route catalogue, roadmaps, routes, work log (past 120 000 "
                              "assigned teachers the last three for every n-th methodist's group only, to keep "
                              "federal-scale benchmark databases quick); --no-support-data: people only"),
                        &R::demo});
}

} // namespace metodist::cli
