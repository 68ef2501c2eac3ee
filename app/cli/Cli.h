#pragma once

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

#include <functional>
#include <vector>

namespace metodist {
class Database;
}

namespace metodist::cli {

struct Context
{
    QString databasePath;
    QTextStream &out;
    QTextStream &err;
};

// A subcommand: parses its own arguments and returns the exit status.
struct Command
{
    QString name;
    QString synopsis;   // arguments after the name, for --help
    QString summary;    // translated one-liner
    std::function<int(Context &, const QStringList &)> run;
};

// Exit statuses shared by every command.
enum ExitCode { Success = 0, Failure = 1, UsageError = 2 };

class Cli
{
    Q_DECLARE_TR_FUNCTIONS(Cli)

public:
    Cli();
    int run(const QStringList &arguments);

private:
    void printHelp(QTextStream &out) const;
    std::vector<Command> m_commands;
};

// Registration of the command groups; each lives in its own file.
void addDatabaseCommands(std::vector<Command> &commands);
void addRegistryCommands(std::vector<Command> &commands);
void addDictionaryCommands(std::vector<Command> &commands);
void addCatalogueCommands(std::vector<Command> &commands);
void addNetworkCommands(std::vector<Command> &commands);
void addAssignmentCommands(std::vector<Command> &commands);
void addSupportCommands(std::vector<Command> &commands);
void addReportCommands(std::vector<Command> &commands);
void addSettingsCommands(std::vector<Command> &commands);
void addUserCommands(std::vector<Command> &commands);
void addHistoryCommands(std::vector<Command> &commands);

// Reports a failure the CLI way: one line on stderr, the given exit status.
int fail(Context &context, const QString &message, int code = Failure);

// What a command does with the --db database: only reads it (opened so that
// nothing can be written, nothing created, an older schema left as it is),
// changes it (an existing file, upgraded first), or may create it.
enum class Access { Read, Write, Create };

// Opens the --db database; on failure reports it, sets *exitCode and
// returns false.
bool openDatabase(Context &context, Database &db, int *exitCode, Access access);

// For a command that created the database and then failed: closes it and
// removes the file, so that nothing half-made stays behind.
void discardCreated(Context &context, Database &db, bool existedBefore);

// Parses a command's own options; on a usage error reports it, sets
// *exitCode and returns false.
bool parseOptions(Context &context, QCommandLineParser &parser, const QString &command, const QStringList &args,
                  int *exitCode);

} // namespace metodist::cli
