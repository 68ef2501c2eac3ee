#pragma once

#include "Status.h"
#include "services/AliasFile.h"
#include "storage/Database.h"
#include "storage/OrganisationRepository.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace metodist {

// The Справочники page's edits, callable from the CLI and the tests as
// well: entries of a dictionary added, renamed, reordered and removed, and
// organisations added, changed and removed.
class DictionaryService
{
    Q_DECLARE_TR_FUNCTIONS(DictionaryService)

public:
    explicit DictionaryService(Database &db) : m_db(db) {}

    Result<qint64> addEntry(const QString &dictionary, const QString &name);
    Status renameEntry(const QString &dictionary, qint64 id, const QString &name);
    // Swaps the entry with its neighbour (delta -1 up, +1 down).
    Status moveEntry(const QString &dictionary, qint64 id, int delta);

    struct Removal
    {
        int removed = 0;
        QList<QPair<qint64, QString>> kept; // id, why it stays (in use, …)
    };
    // Removes each entry that can go; entries in use stay and are listed.
    // Each removal stands alone, so one entry in use keeps no other back.
    Removal removeEntries(const QString &dictionary, const QList<qint64> &ids);
    // The stages of the roadmap and of the model and the monitoring blocks:
    // the model itself, never removed.
    static bool isFixed(const QString &dictionary);

    // Dictionaries an import may add a value to instead of aliasing it
    // (subjects and municipalities: open lists; the rest are the model's).
    static bool isOpenToAdditions(const QString &dictionary);

    Result<qint64> addAlias(const QString &dictionary, qint64 entryId, const QString &text);
    // The entry's aliases become these, in one transaction: those not listed
    // go, the new ones are added (moved here if another entry had them).
    Status setAliases(const QString &dictionary, qint64 entryId, const QStringList &aliases);
    // In one transaction: all or none.
    Status removeAliases(const QString &dictionary, const QList<qint64> &ids);

    // Rows of an alias file (AliasFile::read), in one transaction: all, or
    // none and the errors row by row.
    struct AliasImport
    {
        int added = 0;
        QStringList errors;
    };
    Result<AliasImport> importAliases(const QList<AliasRow> &rows);

    // The import wizard's «Сопоставление значений»: each unknown value of a
    // file becomes an alias of the entry chosen, or a new entry of its own.
    struct ValueChoice
    {
        QString dictionary;
        QString value;
        qint64 entryId = 0; // the entry it means; 0 with addEntry
        bool addEntry = false;
    };
    // All in one transaction; returns how many were saved.
    Result<int> saveChoices(const QList<ValueChoice> &choices);

    Result<qint64> addOrganisation(const Organisation &organisation);
    Status updateOrganisation(const Organisation &organisation);
    Removal removeOrganisations(const QList<qint64> &ids);

private:
    Database &m_db;
};

} // namespace metodist
