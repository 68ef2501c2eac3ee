#include "Cli.h"

#include "Application.h"
#include "storage/Database.h"

#include <QFile>
#include <QFileInfo>

namespace metodist::cli {

int fail(Context &context, const QString &message, int code)
{
    context.err << QStringLiteral("metodist-cli: ") << message << Qt::endl;
    return code;
}

bool openDatabase(Context &context, Database &db, int *exitCode, Access access)
{
    OpenOptions options = access == Access::Read    ? OpenOptions::reading()
                          : access == Access::Write ? OpenOptions::existing()
                                                    : OpenOptions::creating();
    if (access == Access::Read)
        options.upgrade = true; // an older schema is reported, not read wrongly
    if (Status status = db.open(context.databasePath, options); !status) {
        *exitCode = fail(context, status.message());
        return false;
    }
    return true;
}

void discardCreated(Context &context, Database &db, bool existedBefore)
{
    db.close();
    if (existedBefore || Database::isServerUrl(context.databasePath))
        return;
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")})
        QFile::remove(context.databasePath + suffix);
}

bool parseOptions(Context &context, QCommandLineParser &parser, const QString &command, const QStringList &args,
                  int *exitCode)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    if (!parser.parse(QStringList{command} + args)) {
        *exitCode = fail(context, parser.errorText(), UsageError);
        return false;
    }
    return true;
}

Cli::Cli()
{
    addDatabaseCommands(m_commands);
    addRegistryCommands(m_commands);
    addDictionaryCommands(m_commands);
    addCatalogueCommands(m_commands);
    addNetworkCommands(m_commands);
    addAssignmentCommands(m_commands);
    addSupportCommands(m_commands);
    addReportCommands(m_commands);
    addHistoryCommands(m_commands);
    addSettingsCommands(m_commands);
    addUserCommands(m_commands);
}

void Cli::printHelp(QTextStream &out) const
{
    out << tr("Usage: metodist-cli [--db PATH] COMMAND [ARGUMENTS]") << "\n\n"
        << tr("The scripting face of Metodist: the same operations as the program's window.") << "\n\n"
        << tr("Options:") << "\n"
        << "  --db PATH      " << tr("database file (default: %1)").arg(Database::defaultLocation()) << "\n"
        << "  --help         " << tr("show this help") << "\n"
        << "  --version      " << tr("show the version") << "\n\n"
        << tr("Commands:") << "\n";
    for (const Command &command : m_commands)
        out << "  " << command.name << ' ' << command.synopsis << "\n      " << command.summary << '\n';
    out.flush();
}

int Cli::run(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    Context context{Database::defaultLocation(), out, err};

    int index = 1;
    for (; index < arguments.size(); ++index) {
        const QString &arg = arguments[index];
        if (arg == u"--help" || arg == u"-h") {
            printHelp(out);
            return Success;
        }
        if (arg == u"--version" || arg == u"-v") {
            out << "metodist-cli " << Application::version() << Qt::endl;
            return Success;
        }
        if (arg == u"--db") {
            if (index + 1 >= arguments.size())
                return fail(context, tr("The option --db needs a file path."), UsageError);
            context.databasePath = arguments[++index];
            continue;
        }
        if (arg.startsWith(u"--db=")) {
            context.databasePath = arg.mid(5);
            continue;
        }
        if (arg.startsWith(u'-'))
            return fail(context, tr("Unknown option %1; see metodist-cli --help.").arg(arg), UsageError);
        break;
    }
    if (index >= arguments.size()) {
        printHelp(err);
        return UsageError;
    }
    const QString name = arguments[index];
    for (const Command &command : m_commands) {
        if (command.name != name)
            continue;
        const QStringList rest = arguments.mid(index + 1);
        // «metodist-cli order settings --help»: the command's own help, one
        // line per action, before any action parses its options.
        if (rest.contains(QStringLiteral("--help")) || rest.contains(QStringLiteral("-h"))) {
            out << tr("Usage:") << '\n';
            for (const QString &action : command.synopsis.split(QStringLiteral(" | ")))
                out << "  metodist-cli [--db PATH] " << command.name << ' ' << action.trimmed() << '\n';
            out << '\n' << command.summary << '\n';
            out.flush();
            return Success;
        }
        return command.run(context, rest);
    }
    return fail(context, tr("Unknown command «%1»; see metodist-cli --help.").arg(name), UsageError);
}

} // namespace metodist::cli
