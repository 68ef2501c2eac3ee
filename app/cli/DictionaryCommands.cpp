#include "Cli.h"

#include "domain/ReferenceData.h"
#include "domain/SearchKey.h"
#include "services/AliasFile.h"
#include "services/DictionaryService.h"
#include "storage/Database.h"
#include "storage/DictionaryRepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace metodist::cli {

namespace {

class DictionaryCommands
{
    Q_DECLARE_TR_FUNCTIONS(DictionaryCommands)

public:
    static int run(Context &context, const QStringList &args)
    {
        const QString action = args.value(0);
        if (action == u"list")
            return list(context, args.mid(1));
        if (action == u"alias")
            return alias(context, args.mid(1));
        return fail(context, usage(), UsageError);
    }

private:
    static QString usage()
    {
        return tr("Usage: metodist-cli dictionary list [DICT] [--format table|json]\n"
                  "       metodist-cli dictionary alias DICT \"TEXT\" CODE|NAME [--remove]\n"
                  "       metodist-cli dictionary alias [DICT] --file FILE.csv|FILE.xlsx\n"
                  "       metodist-cli dictionary alias DICT --export FILE.csv|FILE.xlsx");
    }

    // A dictionary named on the command line, by identifier or title.
    static QString dictionaryArgument(Context &context, const QString &text, int *code)
    {
        const QString dictionary = AliasFile::dictionaryNamed(text);
        if (dictionary.isEmpty())
            *code = fail(context, tr("There is no dictionary «%1»; the dictionaries are: %2.")
                                      .arg(text, ReferenceData::dictionaries().join(QStringLiteral(", "))),
                         UsageError);
        return dictionary;
    }

    static int list(Context &context, const QStringList &args)
    {
        QCommandLineParser parser;
        parser.addOption({QStringLiteral("format"), tr("table or json"), QStringLiteral("format"),
                          QStringLiteral("table")});
        int code = Success;
        if (!parseOptions(context, parser, QStringLiteral("dictionary list"), args, &code))
            return code;
        const QString format = parser.value(QStringLiteral("format"));
        if (format != u"table" && format != u"json")
            return fail(context, tr("The format is table or json."), UsageError);
        const QStringList positional = parser.positionalArguments();
        if (positional.size() > 1)
            return fail(context, usage(), UsageError);
        QStringList wanted = ReferenceData::dictionaries();
        if (!positional.isEmpty()) {
            const QString dictionary = dictionaryArgument(context, positional.first(), &code);
            if (dictionary.isEmpty())
                return code;
            wanted = {dictionary};
        }
        Database db;
        if (!openDatabase(context, db, &code, Access::Read))
            return code;
        const DictionaryRepository repository(db);
        QJsonArray dictionaries;
        for (const QString &dictionary : wanted) {
            auto entries = repository.entries(dictionary);
            auto aliases = repository.aliases(dictionary);
            if (!entries || !aliases)
                return fail(context, (entries ? aliases.status() : entries.status()).message());
            QHash<qint64, QStringList> aliasesOf;
            for (const DictionaryAlias &alias : aliases.value())
                aliasesOf[alias.entryId] << alias.alias;
            if (format == u"json") {
                QJsonArray items;
                for (const DictionaryEntry &entry : entries.value())
                    items.append(QJsonObject{{QStringLiteral("id"), entry.id},
                                             {QStringLiteral("code"), entry.code.isEmpty() ? QJsonValue() : entry.code},
                                             {QStringLiteral("name"), entry.name},
                                             {QStringLiteral("aliases"),
                                              QJsonArray::fromStringList(aliasesOf.value(entry.id))}});
                dictionaries.append(QJsonObject{{QStringLiteral("dictionary"), dictionary},
                                                {QStringLiteral("title"), ReferenceData::title(dictionary)},
                                                {QStringLiteral("entries"), items}});
                continue;
            }
            context.out << ReferenceData::title(dictionary) << " (" << dictionary << ")\n";
            for (const DictionaryEntry &entry : entries.value()) {
                context.out << "  " << (entry.code.isEmpty() ? QString() : entry.code + QStringLiteral(": "))
                            << entry.name << '\n';
                if (const QStringList names = aliasesOf.value(entry.id); !names.isEmpty())
                    context.out << "      " << tr("aliases: %1").arg(names.join(QStringLiteral("; "))) << '\n';
            }
        }
        if (format == u"json") {
            const QJsonDocument document = positional.isEmpty() ? QJsonDocument(dictionaries)
                                                                : QJsonDocument(dictionaries.first().toObject());
            context.out << document.toJson(QJsonDocument::Indented);
        }
        context.out.flush();
        return Success;
    }

    static int alias(Context &context, const QStringList &args)
    {
        QCommandLineParser parser;
        parser.addOption({QStringLiteral("remove"), tr("remove the alias instead of adding it")});
        parser.addOption({QStringLiteral("file"), tr("add every alias of a file (columns: dictionary, value, entry)"),
                          QStringLiteral("file")});
        parser.addOption({QStringLiteral("export"), tr("write the dictionary's aliases to a file"),
                          QStringLiteral("file")});
        int code = Success;
        if (!parseOptions(context, parser, QStringLiteral("dictionary alias"), args, &code))
            return code;
        const QStringList positional = parser.positionalArguments();
        QString dictionary;
        if (!positional.isEmpty()) {
            dictionary = dictionaryArgument(context, positional.first(), &code);
            if (dictionary.isEmpty())
                return code;
        }
        if (parser.isSet(QStringLiteral("export"))) {
            if (positional.size() != 1)
                return fail(context, usage(), UsageError);
            Database db;
            if (!openDatabase(context, db, &code, Access::Read))
                return code;
            const QString path = parser.value(QStringLiteral("export"));
            if (Status status = AliasFile::writeAliases(db, dictionary, path); !status)
                return fail(context, status.message());
            context.out << tr("Aliases written to %1.").arg(path) << Qt::endl;
            return Success;
        }
        if (parser.isSet(QStringLiteral("file"))) {
            if (positional.size() > 1)
                return fail(context, usage(), UsageError);
            return aliasFile(context, dictionary, parser.value(QStringLiteral("file")));
        }
        if (positional.size() != 3)
            return fail(context, usage(), UsageError);
        Database db;
        if (!openDatabase(context, db, &code, Access::Write))
            return code;
        auto entry = DictionaryRepository(db).findByCodeOrName(dictionary, positional[2]);
        if (!entry)
            return fail(context, entry.message());
        if (entry.value() == 0)
            return fail(context, tr("The dictionary «%1» has no entry «%2».")
                                     .arg(ReferenceData::title(dictionary), positional[2]));
        DictionaryService service(db);
        if (parser.isSet(QStringLiteral("remove"))) {
            auto aliases = DictionaryRepository(db).aliases(dictionary);
            if (!aliases)
                return fail(context, aliases.message());
            QList<qint64> ids;
            for (const DictionaryAlias &alias : aliases.value())
                if (alias.entryId == entry.value() && looseKey(alias.alias) == looseKey(positional[1]))
                    ids << alias.id;
            if (ids.isEmpty())
                return fail(context, tr("«%1» is not an alias of «%2».").arg(positional[1], positional[2]));
            if (Status status = service.removeAliases(dictionary, ids); !status)
                return fail(context, status.message());
            context.out << tr("Alias «%1» removed.").arg(positional[1]) << Qt::endl;
            return Success;
        }
        if (auto added = service.addAlias(dictionary, entry.value(), positional[1]); !added)
            return fail(context, added.message());
        context.out << tr("«%1» now means «%2» in the dictionary «%3».")
                           .arg(positional[1].simplified(), positional[2], ReferenceData::title(dictionary))
                    << Qt::endl;
        return Success;
    }

    static int aliasFile(Context &context, const QString &dictionary, const QString &path)
    {
        auto content = AliasFile::read(path, dictionary);
        if (!content)
            return fail(context, content.message());
        int code = Success;
        Database db;
        if (!openDatabase(context, db, &code, Access::Write))
            return code;
        QStringList errors = content.value().errors;
        int added = 0;
        if (errors.isEmpty()) {
            auto imported = DictionaryService(db).importAliases(content.value().rows);
            if (!imported)
                return fail(context, imported.message());
            errors = imported.value().errors;
            added = imported.value().added;
        }
        for (const QString &error : std::as_const(errors))
            context.err << tr("error: ") << error << '\n';
        if (!errors.isEmpty()) {
            context.err.flush();
            return fail(context, tr("No alias was added: %n row(s) of the file have errors.", nullptr,
                                    int(errors.size())));
        }
        context.out << tr("Aliases added: %1.").arg(added);
        if (content.value().unfilled > 0)
            context.out << ' ' << tr("Rows without an entry, skipped: %1.").arg(content.value().unfilled);
        if (content.value().otherDictionary > 0)
            context.out << ' ' << tr("Rows of other dictionaries, skipped: %1.").arg(content.value().otherDictionary);
        context.out << Qt::endl;
        return Success;
    }
};

} // namespace

void addDictionaryCommands(std::vector<Command> &commands)
{
    commands.push_back({QStringLiteral("dictionary"),
                        QStringLiteral("list [DICT] [--format table|json] | alias DICT \"TEXT\" CODE|NAME [--remove] | "
                                       "alias [DICT] --file FILE | alias DICT --export FILE"),
                        DictionaryCommands::tr("list dictionaries with their aliases; add or remove aliases"),
                        &DictionaryCommands::run});
}

} // namespace metodist::cli
