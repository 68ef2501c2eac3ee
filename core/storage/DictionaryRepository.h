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
    Status remove(const QString &dictionary, qint64 id);
    // Swaps the entry with its neighbour (shared dictionaries keep an order).
    Status move(const QString &dictionary, qint64 id, int delta);

private:
    Database &m_writable;
};

} // namespace metodist
