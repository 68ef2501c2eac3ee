#include "Cli.h"

#include "services/PriorityService.h"
#include "storage/Database.h"

namespace metodist::cli {

namespace {

// Settings kept in the database, shared by everyone who opens it.
class SettingsCommands
{
    Q_DECLARE_TR_FUNCTIONS(SettingsCommands)

public:
    static int run(Context &context, const QStringList &args)
    {
        if (args.value(0) == u"planner-priority")
            return plannerPriority(context, args.mid(1));
        return fail(context, usage(), UsageError);
    }

private:
    static QString usage()
    {
        return tr("Usage: metodist-cli settings planner-priority [CODE[+CODE…] …] [--reset] [--clear]");
    }

    // Without arguments it shows the order; each argument is a rank, its codes joined by «+».
    static int plannerPriority(Context &context, const QStringList &args)
    {
        QCommandLineParser parser;
        parser.addOption({QStringLiteral("reset"), tr("back to the shipped order")});
        parser.addOption({QStringLiteral("clear"), tr("no priority categories")});
        int code = Success;
        if (!parseOptions(context, parser, QStringLiteral("settings planner-priority"), args, &code))
            return code;
        const QStringList ranks = parser.positionalArguments();
        const bool reset = parser.isSet(QStringLiteral("reset"));
        const bool clear = parser.isSet(QStringLiteral("clear"));
        if (int(reset) + int(clear) + int(!ranks.isEmpty()) > 1)
            return fail(context, usage(), UsageError);
        const bool changing = reset || clear || !ranks.isEmpty();
        Database db;
        if (!openDatabase(context, db, &code, changing ? Access::Write : Access::Read))
            return code;
        if (changing) {
            auto order = reset ? Result<PriorityOrder>(PriorityOrder::shipped())
                               : PriorityOrder::parse(ranks.join(u','));
            if (!order)
                return fail(context, order.message(), UsageError);
            if (Status saved = PriorityService(db).save(order.value()); !saved)
                return fail(context, saved.message());
        }
        return show(context, db);
    }

    static int show(Context &context, const Database &db)
    {
        auto order = PriorityService::order(db);
        auto choices = PriorityService::choices(db);
        if (!order || !choices)
            return fail(context, order ? choices.message() : order.message());
        QTextStream &out = context.out;
        if (order->isEmpty())
            out << tr("No priority categories are set: when capacity is short, no teacher comes first.") << '\n';
        else
            out << tr("Order of assignment when capacity is short:") << '\n';
        for (int i = 0; i < order->ranks().size(); ++i) {
            QStringList names;
            for (const QString &code : order->ranks()[i])
                names << PriorityService::nameOf(choices.value(), code);
            out << "  " << i + 1 << ". " << order->ranks()[i].join(u'+') << '\n'
                << "     " << names.join(QStringLiteral("; ")) << '\n';
        }
        out << '\n' << tr("Codes:") << '\n';
        for (const PriorityChoice &choice : choices.value())
            out << "  " << choice.code.leftJustified(28) << ' ' << choice.name << '\n';
        out.flush();
        return Success;
    }
};

} // namespace

void addSettingsCommands(std::vector<Command> &commands)
{
    commands.push_back({QStringLiteral("settings"),
                        QStringLiteral("planner-priority [CODE[+CODE…] …] [--reset] [--clear]"),
                        SettingsCommands::tr("settings of the database: the order of assignment (priority "
                                             "categories, rank by rank)"),
                        &SettingsCommands::run});
}

} // namespace metodist::cli
