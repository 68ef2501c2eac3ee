#include "Cli.h"

#include "domain/ReferenceData.h"
#include "services/RegistryMigration.h"
#include "services/Setup.h"
#include "storage/AccessRepository.h"
#include "storage/Database.h"

#include <QCommandLineParser>
#include <QFileInfo>

#include <algorithm>
#include <climits>

namespace metodist::cli {

namespace {

class DatabaseCommands
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseCommands)

public:
    // Parses a command's own options; on a usage error prints it and returns false.
    static int init(Context &context, const QStringList &args)
    {
        QCommandLineParser parser;
        parser.addOption({QStringLiteral("region"), tr("region preset"), QStringLiteral("code")});
        int code = Success;
        if (!parseOptions(context, parser, QStringLiteral("init"), args, &code))
            return code;
        if (!parser.positionalArguments().isEmpty())
            return fail(context, tr("init takes no arguments besides --region."), UsageError);

        // An unknown region is said before any file is made.
        const QString region = parser.value(QStringLiteral("region"));
        if (!region.isEmpty()) {
            QStringList known;
            for (const RegionPreset &preset : ReferenceData::regions())
                known << preset.code;
            if (!known.contains(region))
                return fail(context, tr("There is no region preset «%1»; the presets are: %2.")
                                         .arg(region, known.join(QStringLiteral(", "))));
        }
        Database db;
        const bool existed = QFileInfo::exists(context.databasePath);
        if (!openDatabase(context, db, &code, Access::Create))
            return code;
        auto summary = Setup::initialise(db, parser.value(QStringLiteral("region")));
        if (!summary) {
            if (db.wasCreated())
                discardCreated(context, db, existed);
            return fail(context, summary.message());
        }
        context.out << tr("Database %1 is ready (schema %2).").arg(db.location()).arg(db.schemaVersion()) << '\n'
                    << tr("Dictionary entries added: %1.").arg(summary.value().dictionaryEntriesAdded) << '\n';
        if (!summary.value().regionName.isEmpty())
            context.out << tr("Region: %1; municipalities added: %2.")
                               .arg(summary.value().regionName)
                               .arg(summary.value().municipalitiesAdded)
                        << '\n';
        context.out.flush();
        return Success;
    }

    static int check(Context &context, const QStringList &args)
    {
        if (!args.isEmpty())
            return fail(context, tr("check takes no arguments."), UsageError);
        Database db;
        // Read only; an older schema is reported, not upgraded.
        if (Status status = db.open(context.databasePath, OpenOptions::reading()); !status)
            return fail(context, status.message());
        auto problems = db.integrityCheck();
        if (!problems)
            return fail(context, problems.message());
        const int latest = Database::latestSchemaVersion();
        context.out << tr("Database: %1").arg(db.location()) << '\n';
        auto server = db.serverDescription();
        if (!server)
            return fail(context, server.message());
        if (!server.value().isEmpty()) {
            context.out << tr("Server: %1.").arg(server.value()) << '\n';
            auto access = AccessRepository(db).current();
            if (!access)
                return fail(context, access.message());
            context.out << tr("Role in this registry: %1.").arg(SessionAccess::roleTitle(access.value().role)) << '\n';
        }
        if (db.schemaVersion() == latest)
            context.out << tr("Schema version: %1 (current).").arg(latest) << '\n';
        else
            context.out << tr("Schema version: %1; the program will upgrade it to %2 when it opens the file.")
                               .arg(db.schemaVersion())
                               .arg(latest)
                        << '\n';
        if (problems.value().isEmpty()) {
            context.out << tr("Integrity check: no problems found.") << Qt::endl;
            return Success;
        }
        for (const QString &problem : problems.value())
            context.out << "  " << problem << '\n';
        context.out.flush();
        return fail(context, tr("The integrity check found %n problem(s).", nullptr, int(problems.value().size())));
    }

    static int backup(Context &context, const QStringList &args)
    {
        if (args.size() != 1 || args.first().startsWith(u'-'))
            return fail(context, tr("Usage: metodist-cli backup FILE"), UsageError);
        Database db;
        // Read only; a file of an older schema is copied as it is.
        if (Status status = db.open(context.databasePath, OpenOptions::reading()); !status)
            return fail(context, status.message());
        if (Status status = db.backupTo(args.first()); !status)
            return fail(context, status.message());
        context.out << tr("Backup written to %1.").arg(args.first()) << Qt::endl;
        return Success;
    }

    // Moves a registry whole: --from (default --db) into a new file or an
    // empty server database, then compares every table.
    static int migrate(Context &context, const QStringList &args)
    {
        QCommandLineParser parser;
        parser.addOption({QStringLiteral("from"), tr("the registry to copy (default: the --db database)"),
                          QStringLiteral("location")});
        parser.addOption({QStringLiteral("to"), tr("a new file or an empty server database"),
                          QStringLiteral("location")});
        int code = Success;
        if (!parseOptions(context, parser, QStringLiteral("migrate"), args, &code))
            return code;
        if (!parser.positionalArguments().isEmpty() || !parser.isSet(QStringLiteral("to")))
            return fail(context, tr("Usage: metodist-cli migrate [--from LOCATION] --to LOCATION"), UsageError);
        const QString from = parser.isSet(QStringLiteral("from")) ? parser.value(QStringLiteral("from"))
                                                                   : context.databasePath;
        const QString to = parser.value(QStringLiteral("to"));
        auto report = RegistryMigration::migrate(from, to);
        if (!report)
            return fail(context, report.message());
        const MigrationReport &r = report.value();
        QTextStream &out = context.out;
        out << tr("Copied «%1» to «%2».").arg(r.source, r.target) << "\n\n";
        int width = 20;
        for (const TableComparison &table : r.comparison.tables)
            width = std::max(width, int(table.table.size()));
        out << QStringLiteral("%1  %2  %3  %4")
                   .arg(tr("Table"), -width)
                   .arg(tr("Source"), 9)
                   .arg(tr("Copy"), 9)
                   .arg(tr("Checksums"))
            << '\n';
        for (const TableComparison &table : r.comparison.tables)
            out << QStringLiteral("%1  %2  %3  %4")
                       .arg(table.table, -width)
                       .arg(table.sourceRows, 9)
                       .arg(table.copyRows, 9)
                       .arg(table.checksumsMatch ? tr("match") : tr("DIFFER"))
                << '\n';
        const bool sameSteps = r.comparison.sourceVersions == r.comparison.copyVersions;
        out << '\n'
            << (sameSteps ? tr("Schema steps: the same on both sides (%1).").arg(r.comparison.copyVersions.size())
                          : tr("Schema steps: %1 in the source, %2 in the copy.")
                                .arg(r.comparison.sourceVersions.size())
                                .arg(r.comparison.copyVersions.size()))
            << '\n';
        const QStringList mismatched = r.comparison.mismatched();
        if (!mismatched.isEmpty()) {
            out.flush();
            return fail(context, tr("The copy in «%1» differs from the source in: %2. Do not work in it; find out why "
                                    "and move the registry again into a new database.")
                                     .arg(r.target, mismatched.join(QStringLiteral(", "))));
        }
        out << tr("%n row(s) copied in %1 s; every table matches the source.", nullptr,
                  int(std::min<qint64>(r.rowsCopied, INT_MAX)))
                   .arg(double(r.milliseconds) / 1000.0, 0, 'f', 1)
            << Qt::endl;
        return Success;
    }
};

} // namespace

void addDatabaseCommands(std::vector<Command> &commands)
{
    commands.push_back({QStringLiteral("init"), QStringLiteral("[--region kaliningrad|tyumen]"),
                        DatabaseCommands::tr("create or complete a database; load a region's municipalities"),
                        &DatabaseCommands::init});
    commands.push_back({QStringLiteral("check"), QString(),
                        DatabaseCommands::tr("check integrity and schema version"), &DatabaseCommands::check});
    commands.push_back({QStringLiteral("backup"), QStringLiteral("FILE"),
                        DatabaseCommands::tr("write a consistent copy of the database to a new file"),
                        &DatabaseCommands::backup});
    commands.push_back({QStringLiteral("migrate"), QStringLiteral("[--from LOCATION] --to LOCATION"),
                        DatabaseCommands::tr("move a registry whole between a file and a server (into a new file or "
                                             "an empty server database) and compare every table"),
                        &DatabaseCommands::migrate});
}

} // namespace metodist::cli
