#include "Cli.h"

#include "services/ImportColumns.h"
#include "storage/CatalogueRepository.h"
#include "storage/Database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace metodist::cli {

namespace {

// `catalogue import|export|list`: the catalogue of programmes and activities
// for routes. Import and export are the registry commands' (`import
// catalogue`, `export catalogue`), with their report and their formats.
class CatalogueCommands
{
    Q_DECLARE_TR_FUNCTIONS(CatalogueCommands)

public:
    static int run(Context &context, const QStringList &args, const std::vector<Command> *commands)
    {
        const QString action = args.value(0);
        if (action == u"import" || action == u"export") {
            for (const Command &command : *commands)
                if (command.name == action)
                    return command.run(context, QStringList{QStringLiteral("catalogue")} + args.mid(1));
        }
        if (action == u"list")
            return list(context, args.mid(1));
        return fail(context, tr("Usage: metodist-cli catalogue import FILE [--dry-run] | export FILE.csv|FILE.xlsx | "
                                "list [--search TEXT] [--format table|json]"),
                    UsageError);
    }

private:
    static int list(Context &context, const QStringList &args)
    {
        QCommandLineParser parser;
        parser.addOption({QStringLiteral("format"), tr("table or json"), QStringLiteral("format"),
                          QStringLiteral("table")});
        parser.addOption({QStringLiteral("search"), tr("part of the title or the provider"), QStringLiteral("text")});
        int code = Success;
        if (!parseOptions(context, parser, QStringLiteral("catalogue list"), args, &code))
            return code;
        const QString format = parser.value(QStringLiteral("format"));
        if ((format != u"table" && format != u"json") || !parser.positionalArguments().isEmpty())
            return fail(context, tr("Usage: metodist-cli catalogue list [--search TEXT] [--format table|json]"),
                        UsageError);
        Database db;
        if (!openDatabase(context, db, &code, Access::Read))
            return code;
        CatalogueFilter filter;
        filter.text = parser.value(QStringLiteral("search"));
        auto entries = CatalogueRepository(db).entries(filter);
        if (!entries)
            return fail(context, entries.message());
        if (format == u"json") {
            QJsonArray items;
            for (const CatalogueEntry &e : entries.value())
                items.append(QJsonObject{
                    {QStringLiteral("id"), e.id},
                    {QStringLiteral("title"), e.title},
                    {QStringLiteral("kind"), e.kindName},
                    {QStringLiteral("provider"), e.provider},
                    {QStringLiteral("hours"), e.hours ? QJsonValue(*e.hours) : QJsonValue()},
                    {QStringLiteral("form"), e.form == CatalogueForm::Unknown ? QJsonValue()
                                                                              : CatalogueEntry::formCode(e.form)},
                    {QStringLiteral("federal_registry"), e.federalRegistry},
                    {QStringLiteral("subjects"), QJsonArray::fromStringList(e.subjects)},
                    {QStringLiteral("deficits"), QJsonArray::fromStringList(e.deficits)},
                    {QStringLiteral("levels"), QJsonArray::fromStringList(e.levels)}});
            context.out << QJsonDocument(items).toJson(QJsonDocument::Indented);
            context.out.flush();
            return Success;
        }
        const QString separator = QStringLiteral("; ");
        for (const CatalogueEntry &e : entries.value()) {
            context.out << e.kindName << ": " << e.title;
            if (!e.provider.isEmpty())
                context.out << " (" << e.provider << ')';
            if (e.hours)
                context.out << ", " << tr("%n hour(s)", nullptr, *e.hours);
            if (e.form != CatalogueForm::Unknown)
                context.out << ", " << CatalogueEntry::formName(e.form);
            if (e.federalRegistry)
                context.out << ", " << tr("federal registry");
            context.out << '\n';
            if (!e.subjects.isEmpty())
                context.out << "    " << tr("subjects: %1").arg(e.subjects.join(separator)) << '\n';
            if (!e.deficits.isEmpty())
                context.out << "    " << tr("deficits: %1").arg(e.deficits.join(separator)) << '\n';
            if (!e.levels.isEmpty())
                context.out << "    " << tr("levels: %1").arg(e.levels.join(separator)) << '\n';
        }
        context.out << tr("Entries: %1").arg(entries.value().size()) << Qt::endl;
        return Success;
    }
};

} // namespace

void addCatalogueCommands(std::vector<Command> &commands)
{
    // The list of every command (Cli's member, which lives as long as the
    // commands run): `catalogue import` runs `import catalogue`.
    const std::vector<Command> *all = &commands;
    commands.push_back({QStringLiteral("catalogue"),
                        QStringLiteral("import FILE [--dry-run] | export FILE.csv|FILE.xlsx | list [--search TEXT] "
                                       "[--format table|json]"),
                        CatalogueCommands::tr("the catalogue of programmes and activities for routes (ИОМ)"),
                        [all](Context &context, const QStringList &args) {
                            return CatalogueCommands::run(context, args, all);
                        }});
}

} // namespace metodist::cli
