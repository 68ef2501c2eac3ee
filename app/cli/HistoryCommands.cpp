#include "Cli.h"
#include "Lookup.h"

#include "services/HistoryService.h"
#include "storage/MethodistRepository.h"
#include "storage/TeacherRepository.h"

namespace metodist::cli {

namespace {

// Who changed what and when about a record: the server's audit with the
// history of assignments, or on a file that history alone.
class HistoryCommands
{
    Q_DECLARE_TR_FUNCTIONS(HistoryCommands)

public:
    static int run(Context &context, const QStringList &args)
    {
        QCommandLineParser parser;
        parser.addPositionalArgument(QStringLiteral("kind"), tr("teacher, methodist or organisation"));
        parser.addPositionalArgument(QStringLiteral("id"), tr("the record's id (a person's СНИЛС also does)"));
        parser.addOption({QStringLiteral("csv"), tr("write the history to this CSV (or .xlsx) file"),
                          QStringLiteral("file")});
        int code = Success;
        if (!parseOptions(context, parser, QStringLiteral("history"), args, &code))
            return code;
        const QStringList positional = parser.positionalArguments();
        static const QStringList kinds{QStringLiteral("teacher"), QStringLiteral("methodist"),
                                       QStringLiteral("organisation")};
        if (positional.size() != 2 || !kinds.contains(positional[0]))
            return fail(context, usage(), UsageError);
        const HistorySubject subject = positional[0] == u"teacher"     ? HistorySubject::Teacher
                                       : positional[0] == u"methodist" ? HistorySubject::Methodist
                                                                       : HistorySubject::Organisation;
        Database db;
        if (!openDatabase(context, db, &code, Access::Read))
            return code;
        bool isNumber = false;
        qint64 id = positional[1].toLongLong(&isNumber);
        if (!isNumber || id <= 0) {
            std::optional<qint64> found;
            if (subject == HistorySubject::Teacher)
                found = personBySnils<TeacherRepository>(context, db, positional[1],
                                                         tr("There is no teacher with СНИЛС %1."), &code);
            else if (subject == HistorySubject::Methodist)
                found = personBySnils<MethodistRepository>(context, db, positional[1],
                                                           tr("There is no methodist with СНИЛС %1."), &code);
            else
                return fail(context, tr("The id of an organisation is a whole number."), UsageError);
            if (!found)
                return code;
            id = *found;
        }
        auto history = HistoryService(db).of(subject, id);
        if (!history)
            return fail(context, history.message());
        QTextStream &out = context.out;
        if (!history->audited)
            out << HistoryService::fileNote() << '\n';
        if (parser.isSet(QStringLiteral("csv"))) {
            const QString path = parser.value(QStringLiteral("csv"));
            const ExportTable table = HistoryService::table(history.value(), tr("History"));
            if (Status written = RegistryExport::write(table, path); !written)
                return fail(context, written.message());
            out << tr("History of %n change(s) written to %1.", nullptr, int(history->entries.size())).arg(path)
                << Qt::endl;
            return Success;
        }
        if (history->entries.isEmpty())
            out << tr("No changes are recorded.") << '\n';
        for (const HistoryEntry &e : history->entries) {
            out << HistoryService::timeText(e).leftJustified(19) << "  "
                << (e.actor.isEmpty() ? QStringLiteral("—") : e.actor).leftJustified(14) << "  "
                << e.action.leftJustified(10) << "  " << e.record;
            if (!e.field.isEmpty())
                out << " · " << e.field;
            if (!e.oldValue.isEmpty() || !e.newValue.isEmpty())
                out << ": " << (e.oldValue.isEmpty() ? QStringLiteral("—") : e.oldValue) << " → "
                    << (e.newValue.isEmpty() ? QStringLiteral("—") : e.newValue);
            out << '\n';
        }
        out.flush();
        return Success;
    }

private:
    static QString usage()
    {
        return tr("Usage: metodist-cli history teacher|methodist|organisation ID [--csv FILE]");
    }
};

} // namespace

void addHistoryCommands(std::vector<Command> &commands)
{
    commands.push_back({QStringLiteral("history"), QStringLiteral("teacher|methodist|organisation ID [--csv FILE]"),
                        HistoryCommands::tr("who changed what and when about a record (kept on a shared server); "
                                            "--csv exports it"),
                        &HistoryCommands::run});
}

} // namespace metodist::cli
