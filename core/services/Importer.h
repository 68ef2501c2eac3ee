#pragma once

#include "Status.h"
#include "services/ImportColumns.h"
#include "services/Progress.h"
#include "storage/Database.h"

#include <QHash>
#include <QList>
#include <QStringList>

namespace metodist {

struct ImportOptions
{
    QString sheet;            // workbooks only; empty = the first sheet
    bool dryRun = false;      // validate and count, write nothing
    bool skipInvalid = false; // import the valid rows even when others are invalid
    // The user's corrections of the mapping read from the header: file column
    // index → the field it feeds, or nothing (the column is ignored).
    QHash<int, std::optional<ImportField>> columns;
};

struct ImportIssue
{
    int row = 0;         // as a spreadsheet program shows it
    QString column;      // the file's header text; empty for the whole row
    QString message;
    bool warning = false; // saved anyway (e.g. РМА requirements not met)

    QString text() const;
};

// Faults beyond the listed ones, counted by kind: the column and the fault
// with the values taken out, and the first such message as the example.
struct IssueSummary
{
    QString column;
    QString example;
    int rows = 0;
    bool warning = false;

    QString text() const;
};

// A value of a dictionary column that no entry, code or alias matches,
// reported once however many rows carry it.
struct UnknownValue
{
    static constexpr int listedRows = 5;

    QString column;       // the file's header text
    QString dictionary;   // ReferenceData::dictionaries()
    QString value;        // as the file first writes it
    int rows = 0;         // how many rows carry it
    QList<int> firstRows; // the first listedRows of them
    qint64 suggestedId = 0; // the entry it most likely means (ValueMatch), or 0
    QString suggestion;     // that entry's name

    QString text() const;
};

struct ImportReport
{
    // A file of half a million bad rows is reported in a screenful: the first
    // thousand issues row by row, the rest counted per kind of fault.
    static constexpr int maxListedIssues = 1000;

    QString encoding;   // CSV only
    int headerRow = 0;
    int dataRows = 0;
    int created = 0;
    int updated = 0;
    int invalid = 0;    // rows with errors
    int organisationsCreated = 0;
    bool written = false;
    QList<ImportIssue> issues;       // the first maxListedIssues
    QList<IssueSummary> moreIssues;  // the rest, per kind of fault
    // So many distinct unknown values are grouped; more are reported as
    // issues (a file with a thousand different wrong values is not a matter
    // of aliases).
    static constexpr int maxUnknownValues = 500;
    QList<UnknownValue> unknownValues;

    void addIssue(const ImportIssue &issue);
    // Every error: issues and the rows of unknown values.
    int errorCount() const;
    // The report as lines for a person: the unknown values grouped, then
    // the issues row by row and the rest counted.
    QStringList lines() const;

private:
    QHash<QString, int> m_kindIndex; // kind of fault → index into moreIssues
};

// A table read from a file, with the spreadsheet row number of each row.
struct SourceTable
{
    QList<QStringList> rows;
    QList<int> rowNumbers;
    QString encoding;
    // Read from CSV, where a leading apostrophe marks text (see CellSafety).
    bool csv = false;
};

// Takes office files in (CSV in UTF-8 or Windows-1251, XLSX, XLS, ODS), finds the
// header row under any title, maps the columns by their headers, validates
// every row with the same rules as the editors, and writes everything in one
// transaction — or nothing, unless skipping invalid rows was asked for.
// Re-importing a file updates: people match on СНИЛС, else on name within
// the organisation.
// What the importer understood of a file's header, for the wizard's preview.
struct ColumnPlan
{
    int headerIndex = -1;     // index into SourceTable::rows
    QStringList fileHeaders;  // as in the file
    QStringList fieldHeaders; // the field each column feeds; empty = ignored
    QString problem;          // e.g. a required column is missing; empty when ready
};

class Importer
{
    Q_DECLARE_TR_FUNCTIONS(Importer)

public:
    Importer(Database &db, ImportKind kind, ImportOptions options = {}, Progress *progress = nullptr);

    // The whole table, or its first maxRows rows (a preview) when maxRows > 0.
    static Result<SourceTable> readFile(const QString &path, const QString &sheet = {}, int maxRows = 0);
    // CSV files and workbooks are read as they are imported, so their size is
    // not limited by memory (but for an .xls, which is read whole).
    Result<ImportReport> importFile(const QString &path);
    Result<ImportReport> importTable(const SourceTable &table);
    static Result<ColumnPlan> plan(ImportKind kind, const SourceTable &table, const ImportOptions &options = {});

private:
    Database &m_db;
    ImportKind m_kind;
    ImportOptions m_options;
    Progress *m_progress;
};

} // namespace metodist
