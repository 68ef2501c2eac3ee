#pragma once

#include "Status.h"
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

    Result<qint64> addOrganisation(const Organisation &organisation);
    Status updateOrganisation(const Organisation &organisation);
    Removal removeOrganisations(const QList<qint64> &ids);

private:
    Database &m_db;
};

} // namespace metodist
