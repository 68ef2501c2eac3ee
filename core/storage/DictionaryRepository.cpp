#include "storage/DictionaryRepository.h"

#include "domain/SearchKey.h"

#include <QHash>
#include <QSet>
#include <QSqlError>

namespace metodist {

namespace {

// Table names come from this whitelist only, never from user text.
struct Table
{
    QString name;
    bool shared = false; // dictionary_entries, filtered by the dictionary column
    bool hasCode = false;
};

Table tableFor(const QString &dictionary)
{
    if (dictionary == u"municipalities")
        return {QStringLiteral("municipalities"), false, false};
    if (dictionary == u"subjects")
        return {QStringLiteral("subjects"), false, true};
    return {QStringLiteral("dictionary_entries"), true, true};
}

QString scope(const Table &table)
{
    return table.shared ? QStringLiteral(" AND dictionary = ?") : QString();
}

QVariantList scoped(const Table &table, const QString &dictionary, QVariantList values)
{
    if (table.shared)
        values.append(dictionary);
    return values;
}

} // namespace

Result<QList<DictionaryEntry>> DictionaryRepository::entries(const QString &dictionary) const
{
    if (!ReferenceData::isKnownDictionary(dictionary))
        return Status::failure(tr("There is no dictionary «%1».").arg(dictionary));
    const Table table = tableFor(dictionary);
    const QString sql = table.shared
        ? QStringLiteral("SELECT id, code, name, description FROM dictionary_entries "
                         "WHERE dictionary = ? ORDER BY position, id")
        : QStringLiteral("SELECT id, %1, name, '' FROM %2 ORDER BY search_key")
              .arg(table.hasCode ? QStringLiteral("code") : QStringLiteral("''"), table.name);
    auto query = m_db.exec(sql, table.shared ? QVariantList{dictionary} : QVariantList{});
    if (!query)
        return query.status();
    QList<DictionaryEntry> result;
    while (query.value().next())
        result.append({query.value().value(0).toLongLong(), query.value().value(1).toString(),
                       query.value().value(2).toString(), query.value().value(3).toString()});
    return result;
}

Result<int> DictionaryRepository::count(const QString &dictionary) const
{
    const Table table = tableFor(dictionary);
    auto query = m_db.exec(QStringLiteral("SELECT count(*) FROM %1 WHERE 1 = 1%2").arg(table.name, scope(table)),
                           scoped(table, dictionary, {}));
    if (!query || !query.value().next())
        return query.status();
    return query.value().value(0).toInt();
}

Result<qint64> DictionaryRepository::findByName(const QString &dictionary, const QString &name) const
{
    const Table table = tableFor(dictionary);
    auto query = m_db.exec(QStringLiteral("SELECT id FROM %1 WHERE search_key = ?%2").arg(table.name, scope(table)),
                           scoped(table, dictionary, {searchKey(name)}));
    if (!query)
        return query.status();
    return query.value().next() ? query.value().value(0).toLongLong() : qint64(0);
}

Result<qint64> DictionaryRepository::findByCodeOrName(const QString &dictionary, const QString &text) const
{
    auto list = entries(dictionary);
    if (!list)
        return list.status();
    const QString key = searchKey(text.simplified());
    for (const DictionaryEntry &entry : list.value())
        if (!entry.code.isEmpty() && searchKey(entry.code) == key)
            return entry.id;
    for (const DictionaryEntry &entry : list.value())
        if (searchKey(entry.name) == key)
            return entry.id;
    return qint64(0);
}

Result<QList<DictionaryAlias>> DictionaryRepository::aliases(const QString &dictionary) const
{
    if (!ReferenceData::isKnownDictionary(dictionary))
        return Status::failure(tr("There is no dictionary «%1».").arg(dictionary));
    auto query = m_db.exec(QStringLiteral("SELECT id, entry_id, alias FROM dictionary_aliases WHERE dictionary = ? "
                                          "ORDER BY entry_id, search_key"),
                           {dictionary});
    if (!query)
        return query.status();
    QList<DictionaryAlias> result;
    while (query.value().next())
        result.append({query.value().value(0).toLongLong(), query.value().value(1).toLongLong(),
                       query.value().value(2).toString()});
    return result;
}

Result<qint64> DictionaryWriter::add(const QString &dictionary, const QString &name, const QString &code,
                                         const QString &description)
{
    if (!ReferenceData::isKnownDictionary(dictionary))
        return Status::failure(tr("There is no dictionary «%1».").arg(dictionary));
    const QString trimmed = name.simplified();
    if (trimmed.isEmpty())
        return Status::failure(tr("The name must not be empty."));
    const Table table = tableFor(dictionary);
    const QVariant codeValue = code.isEmpty() ? QVariant() : QVariant(code);
    Result<qint64> query = Status::failure(QString());
    if (table.shared) {
        query = m_db.insertReturningId(
            QStringLiteral("INSERT INTO dictionary_entries (dictionary, code, name, description, "
                           "position, search_key) VALUES (?, ?, ?, ?, (SELECT coalesce(max(position), "
                           "0) + 1 FROM dictionary_entries WHERE dictionary = ?), ?) "
                           "RETURNING id"),
            {dictionary, codeValue, trimmed, description, dictionary, searchKey(trimmed)});
    } else if (table.hasCode) {
        query = m_db.insertReturningId(
            QStringLiteral("INSERT INTO subjects (code, name, search_key) VALUES (?, ?, ?) "
                           "RETURNING id"),
            {codeValue, trimmed, searchKey(trimmed)});
    } else {
        query = m_db.insertReturningId(
            QStringLiteral("INSERT INTO municipalities (name, search_key) VALUES (?, ?) "
                           "RETURNING id"),
            {trimmed, searchKey(trimmed)});
    }
    if (!query) {
        if (query.dbError() == DbError::UniqueViolation)
            return Status::failure(tr("«%1» is already in the dictionary «%2».").arg(trimmed, ReferenceData::title(dictionary)));
        return query.status();
    }
    return query.value();
}

Result<bool> DictionaryWriter::ensure(const QString &dictionary, const ReferenceItem &item)
{
    const Table table = tableFor(dictionary);
    const QString matchColumn = table.hasCode && !item.code.isEmpty() ? QStringLiteral("code") : QStringLiteral("search_key");
    const QString matchValue = matchColumn == u"code" ? item.code : searchKey(item.name);
    auto existing = m_db.exec(QStringLiteral("SELECT 1 FROM %1 WHERE %2 = ?%3").arg(table.name, matchColumn, scope(table)),
                              scoped(table, dictionary, {matchValue}));
    if (!existing)
        return existing.status();
    if (existing.value().next())
        return false;
    auto added = add(dictionary, item.name, item.code, item.description);
    if (!added)
        return added.status();
    return true;
}

Status DictionaryWriter::rename(const QString &dictionary, qint64 id, const QString &name)
{
    const QString trimmed = name.simplified();
    if (trimmed.isEmpty())
        return Status::failure(tr("The name must not be empty."));
    const Table table = tableFor(dictionary);
    auto query = m_db.exec(QStringLiteral("UPDATE %1 SET name = ?, search_key = ? WHERE id = ?%2").arg(table.name, scope(table)),
                           scoped(table, dictionary, {trimmed, searchKey(trimmed), id}));
    if (!query) {
        if (query.dbError() == DbError::UniqueViolation)
            return Status::failure(tr("«%1» is already in the dictionary «%2».").arg(trimmed, ReferenceData::title(dictionary)));
        return query.status();
    }
    if (query.value().numRowsAffected() != 1)
        return Status::failure(tr("The entry no longer exists; it may have been deleted by another user."));
    return Status::success();
}

Status DictionaryWriter::remove(const QString &dictionary, qint64 id)
{
    const Table table = tableFor(dictionary);
    Transaction transaction(m_writable);
    if (!transaction.status())
        return transaction.status();
    auto query = m_db.exec(QStringLiteral("DELETE FROM %1 WHERE id = ?%2").arg(table.name, scope(table)),
                           scoped(table, dictionary, {id}));
    if (!query) {
        if (query.dbError() == DbError::ForeignKeyViolation)
            return Status::failure(tr("The entry is in use (by organisations, people or plans) and cannot be "
                                      "deleted; rename it instead."));
        return query.status();
    }
    if (auto aliases = m_db.exec(QStringLiteral("DELETE FROM dictionary_aliases WHERE dictionary = ? AND entry_id = ?"),
                                 {dictionary, id});
        !aliases)
        return aliases.status();
    return transaction.commit();
}

Result<qint64> DictionaryWriter::addAlias(const QString &dictionary, qint64 entryId, const QString &text)
{
    const QString alias = text.simplified();
    const QString key = looseKey(alias);
    if (key.isEmpty())
        return Status::failure(tr("The alias must have letters or digits."));
    auto list = entries(dictionary);
    if (!list)
        return list.status();
    const DictionaryEntry *target = nullptr;
    for (const DictionaryEntry &entry : list.value()) {
        if (entry.id == entryId)
            target = &entry;
        if (looseKey(entry.name) == key || (!entry.code.isEmpty() && looseKey(entry.code) == key))
            return Status::failure(tr("«%1» is already the name or code of the entry «%2» of the dictionary «%3».")
                                       .arg(alias, entry.name, ReferenceData::title(dictionary)));
    }
    if (!target)
        return Status::failure(tr("The entry no longer exists; it may have been deleted by another user."));
    auto existing = m_db.exec(QStringLiteral("SELECT id FROM dictionary_aliases WHERE dictionary = ? AND search_key = ?"),
                              {dictionary, key});
    if (!existing)
        return existing.status();
    if (existing.value().next()) {
        const qint64 id = existing.value().value(0).toLongLong();
        if (auto moved = m_db.exec(QStringLiteral("UPDATE dictionary_aliases SET entry_id = ?, alias = ? WHERE id = ?"),
                                   {entryId, alias, id});
            !moved)
            return moved.status();
        return id;
    }
    auto added = m_db.insertReturningId(QStringLiteral("INSERT INTO dictionary_aliases (dictionary, entry_id, alias, "
                                                       "search_key) VALUES (?, ?, ?, ?) RETURNING id"),
                                        {dictionary, entryId, alias, key});
    if (!added)
        return added.status();
    return added.value();
}

Status DictionaryWriter::removeAlias(const QString &dictionary, qint64 aliasId)
{
    auto query = m_db.exec(QStringLiteral("DELETE FROM dictionary_aliases WHERE id = ? AND dictionary = ?"),
                           {aliasId, dictionary});
    if (!query)
        return query.status();
    return Status::success();
}

Result<int> DictionaryWriter::ensureShippedAliases()
{
    auto shipped = ReferenceData::shippedAliases();
    if (!shipped)
        return shipped.status();
    // Per dictionary: the entries by code and by name, and every key that
    // means something already.
    struct Known
    {
        QHash<QString, qint64> entries;
        QSet<QString> taken;
    };
    QHash<QString, Known> known;
    int added = 0;
    for (const ShippedAlias &alias : shipped.value()) {
        auto it = known.find(alias.dictionary);
        if (it == known.end()) {
            Known fresh;
            auto list = entries(alias.dictionary);
            if (!list)
                return list.status();
            for (const DictionaryEntry &entry : list.value()) {
                fresh.entries.insert(entry.code.isEmpty() ? searchKey(entry.name) : entry.code, entry.id);
                fresh.taken.insert(looseKey(entry.name));
                if (!entry.code.isEmpty())
                    fresh.taken.insert(looseKey(entry.code));
            }
            auto present = aliases(alias.dictionary);
            if (!present)
                return present.status();
            for (const DictionaryAlias &existing : present.value())
                fresh.taken.insert(looseKey(existing.alias));
            it = known.insert(alias.dictionary, fresh);
        }
        const bool coded = alias.dictionary != u"municipalities";
        const qint64 entryId = it->entries.value(coded ? alias.entry : searchKey(alias.entry), 0);
        const QString key = looseKey(alias.alias);
        if (entryId == 0 || key.isEmpty() || it->taken.contains(key))
            continue;
        auto inserted = m_db.exec(QStringLiteral("INSERT INTO dictionary_aliases (dictionary, entry_id, alias, "
                                                 "search_key) VALUES (?, ?, ?, ?)"),
                                  {alias.dictionary, entryId, alias.alias, key});
        if (!inserted)
            return inserted.status();
        it->taken.insert(key);
        ++added;
    }
    return added;
}

Status DictionaryWriter::move(const QString &dictionary, qint64 id, int delta)
{
    const Table table = tableFor(dictionary);
    if (!table.shared)
        return Status::failure(tr("This dictionary is sorted alphabetically."));
    auto list = entries(dictionary);
    if (!list)
        return list.status();
    const auto &items = list.value();
    int index = -1;
    for (int i = 0; i < items.size(); ++i)
        if (items[i].id == id)
            index = i;
    const int other = index + delta;
    if (index < 0 || other < 0 || other >= items.size())
        return Status::success();
    Transaction transaction(m_writable);
    if (!transaction.status())
        return transaction.status();
    // Renumber densely, with the two entries swapped.
    QList<qint64> order;
    for (const auto &item : items)
        order.append(item.id);
    order.swapItemsAt(index, other);
    for (int i = 0; i < order.size(); ++i) {
        if (auto query = m_db.exec(QStringLiteral("UPDATE dictionary_entries SET position = ? WHERE id = ?"),
                                   {i + 1, order[i]});
            !query)
            return query.status();
    }
    return transaction.commit();
}

} // namespace metodist
