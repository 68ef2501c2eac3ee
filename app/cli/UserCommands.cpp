#include "Cli.h"

#include "storage/AccessRepository.h"
#include "storage/Database.h"

// Users of a shared registry on a server and their roles. The server keeps
// them (its roles); the program never sees or stores a password.

namespace metodist::cli {

namespace {

class UserCommands
{
    Q_DECLARE_TR_FUNCTIONS(UserCommands)

public:
    static int run(Context &context, const QStringList &args)
    {
        const QString sub = args.value(0);
        if (sub == u"list")
            return list(context, args.mid(1));
        if (sub == u"add" || sub == u"role")
            return change(context, sub, args.mid(1));
        if (sub == u"remove")
            return remove(context, args.mid(1));
        return fail(context, usage(), UsageError);
    }

    static QString usage()
    {
        return tr("Usage: metodist-cli --db postgresql://… user list | add LOGIN --role ROLE [--methodist ID] | "
                  "role LOGIN ROLE [--methodist ID] | remove LOGIN\n"
                  "ROLE: administrator, coordinator, methodist (with --methodist, the methodist's number) or viewer.");
    }

private:
    static int list(Context &context, const QStringList &args)
    {
        if (!args.isEmpty())
            return fail(context, usage(), UsageError);
        Database db;
        int code = Success;
        if (!openDatabase(context, db, &code, Access::Read))
            return code;
        auto accounts = AccessRepository(db).accounts();
        if (!accounts)
            return fail(context, accounts.message());
        if (accounts.value().isEmpty()) {
            context.out << tr("No users yet: add one with «user add LOGIN --role ROLE».") << Qt::endl;
            return Success;
        }
        for (const StaffAccount &account : accounts.value()) {
            QString line = account.login.leftJustified(20) + u' ' + SessionAccess::roleTitle(account.role).leftJustified(15);
            if (account.methodistId > 0)
                line += u' ' + tr("methodist %1 %2").arg(QString::number(account.methodistId), account.methodistName);
            if (!account.canLogIn)
                line += u' ' + tr("(cannot log in)");
            context.out << line.trimmed() << '\n';
        }
        context.out.flush();
        return Success;
    }

    static int change(Context &context, const QString &sub, const QStringList &args)
    {
        QCommandLineParser parser;
        parser.addOption({QStringLiteral("role"), tr("the role"), QStringLiteral("ROLE")});
        parser.addOption({QStringLiteral("methodist"), tr("the methodist a methodist's login is"), QStringLiteral("ID")});
        int code = Success;
        if (!parseOptions(context, parser, QStringLiteral("user ") + sub, args, &code))
            return code;
        const QStringList positional = parser.positionalArguments();
        QString roleText = parser.value(QStringLiteral("role"));
        if (sub == u"role" && positional.size() == 2 && roleText.isEmpty())
            roleText = positional.at(1);
        else if (positional.size() != 1)
            return fail(context, usage(), UsageError);
        const auto role = SessionAccess::roleFromText(roleText);
        if (!role)
            return fail(context, tr("«%1» is not a role: administrator, coordinator, methodist or viewer.").arg(roleText),
                        UsageError);
        qint64 methodistId = 0;
        if (parser.isSet(QStringLiteral("methodist"))) {
            bool ok = false;
            methodistId = parser.value(QStringLiteral("methodist")).toLongLong(&ok);
            if (!ok || methodistId <= 0)
                return fail(context, tr("--methodist takes the methodist's number."), UsageError);
        }
        const QString login = positional.at(0);
        Database db;
        if (!openDatabase(context, db, &code, Access::Write))
            return code;
        AccessWriter writer(db);
        const Status status = sub == u"add" ? writer.addAccount(login, *role, methodistId)
                                            : writer.setRole(login, *role, methodistId);
        if (!status)
            return fail(context, status.message());
        context.out << tr("«%1» is now %2 in this registry.").arg(login, SessionAccess::roleTitle(*role)) << '\n';
        if (sub == u"add")
            context.out << tr("The password is the server's: set it with psql («\\password %1») or as the server's "
                              "administrator decides; the program never stores one.").arg(login)
                        << '\n';
        context.out.flush();
        return Success;
    }

    static int remove(Context &context, const QStringList &args)
    {
        if (args.size() != 1 || args.first().startsWith(u'-'))
            return fail(context, usage(), UsageError);
        Database db;
        int code = Success;
        if (!openDatabase(context, db, &code, Access::Write))
            return code;
        if (Status status = AccessWriter(db).removeAccount(args.first()); !status)
            return fail(context, status.message());
        context.out << tr("«%1» has no role in this registry any more; the login stays on the server.")
                           .arg(args.first())
                    << Qt::endl;
        return Success;
    }
};

} // namespace

void addUserCommands(std::vector<Command> &commands)
{
    commands.push_back({QStringLiteral("user"),
                        QStringLiteral("list | add LOGIN --role ROLE [--methodist ID] | role LOGIN ROLE | remove LOGIN"),
                        UserCommands::tr("users of a shared registry on a server and their roles"),
                        &UserCommands::run});
}

} // namespace metodist::cli
