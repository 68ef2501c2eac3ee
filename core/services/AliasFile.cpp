#include "services/AliasFile.h"

#include "domain/ReferenceData.h"
#include "domain/SearchKey.h"
#include "services/RegistryExport.h"
#include "storage/DictionaryRepository.h"

namespace metodist {

namespace {

struct Columns
{
    int dictionary = -1;
    int value = -1;
    int entry = -1;
};

QStringList headers()
{
    return {AliasFile::tr("Dictionary"), AliasFile::tr("Value in files"), AliasFile::tr("Entry (code or name)"),
            AliasFile::tr("Rows")};
}

// The columns a header row names, in Russian or English.
std::optional<Columns> headerColumns(const QStringList &row)
{
    Columns columns;
    for (int c = 0; c < row.size(); ++c) {
        const QString key = searchKey(row[c]);
        if (key.startsWith(u"справочник") || key.startsWith(u"dictionary"))
            columns.dictionary = c;
        else if (key.startsWith(u"значение") || key.startsWith(u"value") || key.startsWith(u"псевдоним")
                 || key.startsWith(u"alias"))
            columns.value = c;
        else if (key.startsWith(u"запись") || key.startsWith(u"entry") || key.startsWith(u"код")
                 || key.startsWith(u"code"))
            columns.entry = c;
    }
    if (columns.value < 0 || columns.entry < 0)
        return std::nullopt;
    return columns;
}

} // namespace

QString AliasFile::dictionaryNamed(const QString &text)
{
    const QString key = searchKey(text.simplified());
    for (const QString &dictionary : ReferenceData::dictionaries())
        if (key == dictionary || key == searchKey(ReferenceData::title(dictionary)))
            return dictionary;
    return {};
}

Result<AliasFileContent> AliasFile::read(const QString &path, const QString &dictionary)
{
    auto table = Importer::readFile(path, {}, maxRows + 1);
    if (!table)
        return table.status();
    const SourceTable &source = table.value();
    if (source.rows.size() > maxRows)
        return Status::failure(tr("The alias file has more than %1 rows; an alias file lists distinct values, "
                                  "so this is not one.").arg(maxRows));
    int first = 0;
    while (first < source.rows.size()
           && std::all_of(source.rows[first].begin(), source.rows[first].end(),
                          [](const QString &cell) { return cell.trimmed().isEmpty(); }))
        ++first;
    if (first == source.rows.size())
        return Status::failure(tr("The alias file is empty."));
    // A header names the columns; without one, the columns are
    // [dictionary,] value, entry.
    Columns columns;
    if (auto named = headerColumns(source.rows[first])) {
        columns = *named;
        ++first;
    } else if (source.rows[first].size() >= 3 && !dictionaryNamed(source.rows[first][0]).isEmpty()) {
        columns = {0, 1, 2};
    } else {
        columns = {-1, 0, 1};
    }
    if (columns.dictionary < 0 && dictionary.isEmpty())
        return Status::failure(tr("The alias file has no column «Dictionary»; name the dictionary the aliases "
                                  "are for."));

    AliasFileContent content;
    for (int i = first; i < source.rows.size(); ++i) {
        const QStringList &cells = source.rows[i];
        const int row = source.rowNumbers.value(i, i + 1);
        AliasRow alias{row, dictionary, cells.value(columns.value).simplified(), cells.value(columns.entry).simplified()};
        if (alias.value.isEmpty() && alias.entry.isEmpty())
            continue;
        if (columns.dictionary >= 0) {
            const QString named = cells.value(columns.dictionary).simplified();
            const QString found = dictionaryNamed(named);
            if (found.isEmpty()) {
                content.errors << tr("Row %1: there is no dictionary «%2».").arg(row).arg(named);
                continue;
            }
            if (!dictionary.isEmpty() && found != dictionary) {
                ++content.otherDictionary;
                continue;
            }
            alias.dictionary = found;
        }
        if (alias.value.isEmpty()) {
            content.errors << tr("Row %1: the value is empty.").arg(row);
            continue;
        }
        if (alias.entry.isEmpty()) {
            ++content.unfilled;
            continue;
        }
        content.rows.append(alias);
    }
    return content;
}

Status AliasFile::writeUnknown(const QList<UnknownValue> &values, const QString &path)
{
    ExportTable table;
    table.title = tr("Aliases");
    table.headers = headers();
    table.textColumns = {true, true, true, false};
    for (const UnknownValue &unknown : values)
        table.rows.append({ReferenceData::title(unknown.dictionary), unknown.value, unknown.suggestion, unknown.rows});
    return RegistryExport::write(table, path);
}

Status AliasFile::writeAliases(const Database &db, const QString &dictionary, const QString &path)
{
    const DictionaryRepository repository(db);
    auto entries = repository.entries(dictionary);
    if (!entries)
        return entries.status();
    auto aliases = repository.aliases(dictionary);
    if (!aliases)
        return aliases.status();
    QHash<qint64, QString> names;
    for (const DictionaryEntry &entry : entries.value())
        names.insert(entry.id, entry.code.isEmpty() ? entry.name : entry.code);
    ExportTable table;
    table.title = tr("Aliases");
    table.headers = headers().mid(0, 3);
    table.textColumns = {true, true, true};
    for (const DictionaryAlias &alias : aliases.value())
        if (names.contains(alias.entryId))
            table.rows.append({ReferenceData::title(dictionary), alias.alias, names.value(alias.entryId)});
    return RegistryExport::write(table, path);
}

} // namespace metodist
