#include "Cli.h"

#include "services/ImportColumns.h"
#include "services/NetworkService.h"
#include "storage/Database.h"
#include "storage/DictionaryRepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace metodist::cli {

namespace {

// `network list|import|export`: the support network of the region. Import and
// export are the registry commands' (`import network`, `import
// network-members`, `export network`, `export network-members`), with their
// report and their formats.
class NetworkCommands
{
    Q_DECLARE_TR_FUNCTIONS(NetworkCommands)

public:
    static int run(Context &context, const QStringList &args, const std::vector<Command> *commands)
    {
        const QString action = args.value(0);
        if (action == u"import" || action == u"export") {
            QStringList rest = args.mid(1);
            const bool members = rest.removeAll(QStringLiteral("--members")) > 0;
            for (const Command &command : *commands)
                if (command.name == action)
                    return command.run(context, QStringList{members ? QStringLiteral("network-members")
                                                                    : QStringLiteral("network")}
                                                    + rest);
        }
        if (action == u"list")
            return list(context, args.mid(1));
        return fail(context, usage(), UsageError);
    }

    static QString usage()
    {
        return tr("Usage: metodist-cli network list [--kind CODE] [--municipality NAME] [--search TEXT] "
                  "[--format table|json] | import FILE [--members] [--dry-run] | export FILE.csv|FILE.xlsx "
                  "[--members]");
    }

private:
    static int list(Context &context, const QStringList &args)
    {
        QCommandLineParser parser;
        parser.addOption({QStringLiteral("format"), tr("table or json"), QStringLiteral("format"),
                          QStringLiteral("table")});
        parser.addOption({QStringLiteral("kind"), tr("a kind of unit: its code (mms, association, …) or name"),
                          QStringLiteral("code")});
        parser.addOption({QStringLiteral("municipality"), tr("municipality"), QStringLiteral("name")});
        parser.addOption({QStringLiteral("search"), tr("part of the name, the theme or the head"),
                          QStringLiteral("text")});
        int code = Success;
        if (!parseOptions(context, parser, QStringLiteral("network list"), args, &code))
            return code;
        const QString format = parser.value(QStringLiteral("format"));
        if ((format != u"table" && format != u"json") || !parser.positionalArguments().isEmpty())
            return fail(context, usage(), UsageError);
        Database db;
        if (!openDatabase(context, db, &code, Access::Read))
            return code;
        NetworkService network(db);
        NetworkFilter filter;
        filter.text = parser.value(QStringLiteral("search"));
        const DictionaryRepository dictionaries(db);
        if (parser.isSet(QStringLiteral("kind"))) {
            const QString text = parser.value(QStringLiteral("kind"));
            auto kind = network.kindCode(text);
            if (!kind)
                return fail(context, kind.message());
            if (kind.value().isEmpty()) {
                auto kinds = network.kinds();
                if (!kinds)
                    return fail(context, kinds.message());
                QStringList codes;
                for (const DictionaryEntry &entry : kinds.value())
                    codes << entry.code;
                return fail(context, tr("«%1» is not a kind of the network; the kinds are: %2.")
                                         .arg(text, codes.join(QStringLiteral(", "))));
            }
            filter.kindCode = kind.value();
        }
        if (parser.isSet(QStringLiteral("municipality"))) {
            const QString text = parser.value(QStringLiteral("municipality"));
            auto id = dictionaries.findByName(QStringLiteral("municipalities"), text);
            if (!id)
                return fail(context, id.message());
            if (id.value() == 0)
                return fail(context, tr("«%1» is not in the dictionary «%2».")
                                         .arg(text, ReferenceData::title(QStringLiteral("municipalities"))));
            filter.municipalityId = id.value();
        }
        auto units = network.units(filter);
        if (!units)
            return fail(context, units.message());
        if (format == u"json") {
            QJsonArray items;
            for (const NetworkUnit &u : units.value())
                items.append(QJsonObject{{QStringLiteral("id"), u.id},
                                         {QStringLiteral("kind"), u.kindCode},
                                         {QStringLiteral("kind_name"), u.kindName},
                                         {QStringLiteral("name"), u.name},
                                         {QStringLiteral("municipality"), u.isRegional() ? QJsonValue()
                                                                                         : QJsonValue(u.municipality)},
                                         {QStringLiteral("organisation"), u.organisation},
                                         {QStringLiteral("subject"), u.subject},
                                         {QStringLiteral("theme"), u.theme},
                                         {QStringLiteral("head"), u.head},
                                         {QStringLiteral("members"), u.members},
                                         {QStringLiteral("covered_organisations"), u.coveredOrganisations}});
            context.out << QJsonDocument(items).toJson(QJsonDocument::Indented);
            context.out.flush();
            return Success;
        }
        for (const NetworkUnit &u : units.value()) {
            context.out << u.kindName << ": " << u.name << " — "
                        << (u.isRegional() ? tr("regional") : u.municipality);
            if (!u.organisation.isEmpty())
                context.out << ", " << u.organisation;
            if (!u.theme.isEmpty())
                context.out << ", " << tr("theme: %1").arg(u.theme);
            context.out << ", " << tr("%n member(s)", nullptr, u.members);
            if (u.coveredOrganisations > 0)
                context.out << ", " << tr("%n school(s) covered", nullptr, u.coveredOrganisations);
            if (!u.head.isEmpty())
                context.out << ", " << tr("head: %1").arg(u.head);
            context.out << '\n';
        }
        context.out << tr("Units: %1").arg(units.value().size()) << Qt::endl;
        return Success;
    }
};

} // namespace

void addNetworkCommands(std::vector<Command> &commands)
{
    // The list of every command (Cli's member, which lives as long as the
    // commands run): `network import` runs `import network`.
    const std::vector<Command> *all = &commands;
    commands.push_back({QStringLiteral("network"),
                        QStringLiteral("list [--kind CODE] [--municipality NAME] [--search TEXT] [--format table|json] "
                                       "| import FILE [--members] [--dry-run] | export FILE.csv|FILE.xlsx [--members]"),
                        NetworkCommands::tr("the support network: methodical services, associations (МО/РМО), "
                                            "communities, ЦМН, internship sites and their members"),
                        [all](Context &context, const QStringList &args) {
                            return NetworkCommands::run(context, args, all);
                        }});
}

} // namespace metodist::cli
