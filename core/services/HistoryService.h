#pragma once

#include "Status.h"
#include "services/RegistryExport.h"
#include "storage/Database.h"

#include <QDateTime>
#include <QList>

namespace metodist {

// Whose history: a record of a registry.
enum class HistorySubject { Teacher, Methodist, Organisation };

// One line of a history: one field of one record changed by someone at a
// time, in words a person reads (names, not ids).
struct HistoryEntry
{
    QDateTime at;          // UTC
    bool dateOnly = false; // known to the day (an assignment's own dates on a file)
    QString actor;         // the server's role; empty on a file
    QString action;        // «Added», «Changed», «Deleted», «Assigned» …
    QString record;        // what was changed: «Teacher», «Assignment 2025/2026 — Петрова А. В.»
    QString field;
    QString oldValue;
    QString newValue;
};

struct History
{
    // Whether the database keeps the audit of changes (a shared server);
    // without it the history is the assignments' own dates alone.
    bool audited = false;
    QList<HistoryEntry> entries; // oldest first
};

// Who changed what and when about a teacher, a methodist or an
// organisation: on a server from the audit its triggers write (with the
// changes of the person's assignments, courses, diagnostics and support
// categories), with the history of assignments the registry keeps in any
// case; on a file that history alone.
class HistoryService
{
    Q_DECLARE_TR_FUNCTIONS(HistoryService)

public:
    explicit HistoryService(const Database &db) : m_db(db) {}

    Result<History> of(HistorySubject subject, qint64 id) const;

    // What a file's history says about the rest (for the window and the CLI).
    static QString fileNote();
    // The history as a table to export (CSV or XLSX through RegistryExport::write).
    static ExportTable table(const History &history, const QString &title);
    static QString timeText(const HistoryEntry &entry);

private:
    const Database &m_db;
};

} // namespace metodist
