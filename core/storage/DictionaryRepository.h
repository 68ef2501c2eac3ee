#pragma once

#include "Status.h"
#include "domain/ReferenceData.h"
#include "storage/Database.h"

#include <QList>
#include <QString>

namespace metodist {

struct DictionaryEntry
{
    qint64 id = 0;
    QString code;
    QString name;
    QString description;
};

// A text an office writes for an entry (see ShippedAlias), matched up to
// case, ё, spaces and punctuation (looseKey).
struct DictionaryAlias
{
    qint64 id = 0;
    qint64 entryId = 0;
    QString alias;
};

// Every dictionary the user can edit: municipalities and subjects (tables of
// their own, referenced by organisations and people) and the small shared
// dictionaries of dictionary_entries. Names are unique within a dictionary
// up to case and ё.
class DictionaryRepository
{
    Q_DECLARE_TR_FUNCTIONS(DictionaryRepository)

public:
    explicit DictionaryRepository(const Database &db) : m_db(db) {}

    Result<QList<DictionaryEntry>> entries(const QString &dictionary) const;
    Result<int> count(const QString &dictionary) const;
    // The entry whose name matches up to case and ё, if any.
    Result<qint64> findByName(const QString &dictionary, const QString &name) const;
    // The entry whose code, or else name, is the text (up to case and ё).
    Result<qint64> findByCodeOrName(const QString &dictionary, const QString &text) const;
    // The dictionary's aliases, by entry and alias.
    Result<QList<DictionaryAlias>> aliases(const QString &dictionary) const;

protected:
    const Database &m_db;
};

// The writing half of DictionaryRepository: it can be made only from a writable
// Database, so work holding a read-only one cannot write by accident.
class DictionaryWriter : public DictionaryRepository
{
    Q_DECLARE_TR_FUNCTIONS(DictionaryWriter)

public:
    explicit DictionaryWriter(Database &db) : DictionaryRepository(db), m_writable(db) {}

    Result<qint64> add(const QString &dictionary, const QString &name, const QString &code = {},
                       const QString &description = {});
    // Adds unless an entry with this code (or, without a code, this name) is
    // there; returns whether a row was added.
    Result<bool> ensure(const QString &dictionary, const ReferenceItem &item);
    Status rename(const QString &dictionary, qint64 id, const QString &name);
    // Removes the entry and its aliases.
    Status remove(const QString &dictionary, qint64 id);
    // Makes the text mean the entry; an alias that meant another entry now
    // means this one (the user's latest word). Refused when the text is the
    // name or code of an entry already, which an import matches first.
    Result<qint64> addAlias(const QString &dictionary, qint64 entryId, const QString &text);
    Status removeAlias(const QString &dictionary, qint64 aliasId);
    // The shipped aliases (ReferenceData::shippedAliases) of the entries this
    // database has, unless the text means something here already; returns how
    // many were added.
    Result<int> ensureShippedAliases();
    // Swaps the entry with its neighbour (shared dictionaries keep an order).
    Status move(const QString &dictionary, qint64 id, int delta);

private:
    Database &m_writable;
};

} // namespace metodist
