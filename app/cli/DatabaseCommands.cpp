#include "Cli.h"

#include "domain/ReferenceData.h"
#include "services/Setup.h"
#include "storage/AccessRepository.h"
#include "storage/Database.h"

#include <QCommandLineParser>
#include <QFileInfo>

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
}

} // namespace metodist::cli
