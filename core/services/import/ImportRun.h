#pragma once

// The insides of Importer, shared by its files: the rows of a source, the
// dictionaries an import looks values up in, and one import's run.

#include "services/Importer.h"

#include "documents/CsvReader.h"
#include "documents/SheetStream.h"
#include "domain/ReferenceData.h"
#include "domain/SearchKey.h"
#include "domain/ValueMatch.h"
#include "storage/DictionaryRepository.h"
#include "storage/TeacherBulkWriter.h"

#include <QDate>
#include <QHash>
#include <QSet>

#include <memory>
#include <optional>

namespace metodist::importing {

constexpr int headerSearchRows = 20;

// Names of a dictionary by search key, loaded once per import.
struct Lookup
{
    QString dictionary;
    QHash<QString, qint64> ids;     // by the name's search key
    QHash<QString, qint64> byCode;  // by the code's search key
    QHash<QString, qint64> byAlias; // by the alias's loose key
    QHash<QString, qint64> loose;   // by the loose key of a name or code
    QHash<qint64, QString> codes;
    QList<MatchCandidate> candidates; // for suggestions
    mutable QHash<QString, qint64> memo; // the same cells recur on every row

    // An exact name or code, an alias, or the start of exactly one name
    // (long dictionary entries such as support categories are written
    // shortened in files).
    qint64 find(const QString &text) const
    {
        if (const auto known = memo.constFind(text); known != memo.constEnd())
            return known.value();
        const qint64 id = match(text);
        if (memo.size() < 100000)
            memo.insert(text, id);
        return id;
    }

    qint64 match(const QString &text) const
    {
        const QString key = searchKey(text);
        if (const qint64 exact = ids.value(key, 0); exact > 0)
            return exact;
        if (const qint64 coded = byCode.value(key, 0); coded > 0)
            return coded;
        const QString spelled = looseKey(key);
        if (const qint64 aliased = byAlias.value(spelled, 0); aliased > 0)
            return aliased;
        if (const qint64 written = loose.value(spelled, 0); written > 0)
            return written;
        if (key.size() < 5)
            return 0;
        qint64 found = 0;
        for (auto it = ids.constBegin(); it != ids.constEnd(); ++it) {
            if (it.key().startsWith(key)) {
                if (found > 0)
                    return 0; // ambiguous
                found = it.value();
            }
        }
        return found;
    }

    QString nameOf(qint64 id) const
    {
        for (const MatchCandidate &candidate : candidates)
            if (candidate.id == id)
                return candidate.name;
        return {};
    }

    static Result<Lookup> load(const Database &db, const QString &dictionary)
    {
        const DictionaryRepository repository(db);
        auto entries = repository.entries(dictionary);
        if (!entries)
            return entries.status();
        auto aliases = repository.aliases(dictionary);
        if (!aliases)
            return aliases.status();
        Lookup lookup;
        lookup.dictionary = dictionary;
        QHash<qint64, int> candidateOf;
        for (const DictionaryEntry &entry : entries.value()) {
            lookup.ids.insert(searchKey(entry.name), entry.id);
            lookup.loose.insert(looseKey(entry.name), entry.id);
            lookup.codes.insert(entry.id, entry.code);
            if (!entry.code.isEmpty()) {
                lookup.byCode.insert(searchKey(entry.code), entry.id);
                lookup.loose.insert(looseKey(entry.code), entry.id);
            }
            candidateOf.insert(entry.id, int(lookup.candidates.size()));
            lookup.candidates.append({entry.id, entry.name, {}, entry.code});
        }
        for (const DictionaryAlias &alias : aliases.value()) {
            const int candidate = candidateOf.value(alias.entryId, -1);
            if (candidate < 0)
                continue; // its entry is gone
            lookup.byAlias.insert(looseKey(alias.alias), alias.entryId);
            lookup.candidates[candidate].aliases.append(alias.alias);
        }
        return lookup;
    }
};

struct Lookups
{
    Lookup municipalities, subjects, categories, levels, support, forms, education, deficits, workKinds, routeKinds,
        networkKinds;
};

// Values as offices write them.
std::optional<bool> parseYesNo(const QString &text);
// A whole number, also as a spreadsheet writes it ("12.0").
std::optional<int> parseWhole(QStringView text);
// A date as offices write it: 25.03.2026, 25.03.26, 2026-03-25, or the day
// number a spreadsheet keeps for a date cell (45741).
std::optional<QDate> parseDate(const QString &text);

// The rows of a file one by one, with the spreadsheet row of each.
class RowSource
{
public:
    virtual ~RowSource() = default;
    virtual bool next(QStringList &cells, int &row) = 0;
    virtual Status status() const { return Status::success(); }
    virtual QString encoding() const { return {}; }
    // Whether a leading apostrophe marks text (CSV, where the export puts one
    // before what a spreadsheet would take for a formula).
    virtual bool apostropheMarksText() const { return false; }
    // The share of the rows read so far (0…1).
    virtual double fractionDone() const = 0;
    // How many rows the whole source has, estimated once `read` rows are in.
    virtual qint64 expectedRows(qint64 read) const
    {
        return qint64(double(read) / std::max(fractionDone(), 1e-9));
    }
};

class TableSource : public RowSource
{
public:
    explicit TableSource(const SourceTable &table) : m_table(table) {}

    bool next(QStringList &cells, int &row) override
    {
        if (m_next >= m_table.rows.size())
            return false;
        cells = m_table.rows[m_next];
        row = m_table.rowNumbers.value(m_next, int(m_next) + 1);
        ++m_next;
        return true;
    }
    QString encoding() const override { return m_table.encoding; }
    bool apostropheMarksText() const override { return m_table.csv; }
    double fractionDone() const override
    {
        return m_table.rows.isEmpty() ? 1.0 : double(m_next) / double(m_table.rows.size());
    }

private:
    const SourceTable &m_table;
    qsizetype m_next = 0;
};

// A CSV file read as it is imported: a million rows never sit in memory at once.
class CsvSource : public RowSource
{
public:
    Status open(const QString &path) { return m_stream.open(path); }
    bool next(QStringList &cells, int &row) override { return m_stream.next(cells, row); }
    Status status() const override { return m_stream.status(); }
    QString encoding() const override { return m_stream.encoding(); }
    bool apostropheMarksText() const override { return true; }
    double fractionDone() const override { return m_stream.fractionDone(); }

private:
    CsvStream m_stream;
};

// A sheet of a workbook (XLSX, XLS, ODS) read as it is imported, like a CSV file.
class WorkbookSource : public RowSource
{
public:
    explicit WorkbookSource(std::unique_ptr<SheetStream> stream) : m_stream(std::move(stream)) {}
    Status open(const QString &path, const QString &sheet) { return m_stream->open(path, sheet); }
    bool next(QStringList &cells, int &row) override { return m_stream->next(cells, row); }
    Status status() const override { return m_stream->status(); }
    double fractionDone() const override { return m_stream->fractionDone(); }
    // The packed position of a zip moves in steps of 16 KB: the sheet's own
    // dimension, where it has one, says better how big it is.
    qint64 expectedRows(qint64 read) const override
    {
        return m_stream->declaredRows() > 0 ? m_stream->declaredRows() : RowSource::expectedRows(read);
    }

private:
    std::unique_ptr<SheetStream> m_stream;
};

// One import: the column map, the lookups, the rows' fate.
class ImportRun
{
public:
    ImportRun(Database *db, ImportKind kind, const ImportOptions &options, Progress *progress)
        : m_db(db), m_kind(kind), m_options(options), m_progress(progress)
    {
    }

    Result<ImportReport> run(RowSource &source);
    Result<ColumnPlan> plan(const SourceTable &table)
    {
        const Status columns = findHeader(table);
        if (m_headerIndex < 0)
            return columns;
        ColumnPlan plan;
        plan.problem = columns.message();
        plan.headerIndex = m_headerIndex;
        plan.fileHeaders = table.rows[m_headerIndex];
        for (int c = 0; c < plan.fileHeaders.size(); ++c)
            plan.fieldHeaders << QString();
        for (auto it = m_columns.constBegin(); it != m_columns.constEnd(); ++it)
            plan.fieldHeaders[it.value()] = ImportColumns::header(it.key());
        return plan;
    }

private:
    struct Person
    {
        int row = 0;
        QString last, first, middle, snils, nameKey;
        qint64 municipalityId = 0;
        QString organisation;
    };

    Status findHeader(const SourceTable &table);
    // Every mapped cell of the row against TextRules; false (and an error
    // per cell) when one breaks them.
    bool checkTexts(int row, const QStringList &cells);
    void applyCorrections(const QStringList &header);
    Status checkColumns();
    Status loadLookups();
    QString cell(const QStringList &row, ImportField field) const;
    bool has(ImportField field) const { return m_columns.contains(field); }
    QString column(ImportField field) const { return m_headers.value(field); }
    void error(int row, ImportField field, const QString &message);
    qint64 lookup(int row, ImportField field, const Lookup &lookup, const QString &text, bool required);
    // The entries of a cell that may name several (separated by «;», or by
    // commas where each piece is an entry).
    QList<qint64> lookupMany(int row, ImportField field, const Lookup &lookup, const QString &text);
    // A value no entry matches: counted once per distinct value, with the
    // rows that carry it (ImportReport::unknownValues).
    void unknownValue(int row, ImportField field, const Lookup &lookup, const QString &text);
    void suggestValues();
    const Lookup *lookupOf(const QString &dictionary) const;
    std::optional<Person> readPerson(int row, const QStringList &cells);
    QString snilsCell(const QStringList &cells, ImportField field = ImportField::Snils) const;
    // Whom a record is about, in the registry already: a teacher of a ПК or
    // diagnostics file, or either person of a work-log row.
    enum class Role { Teacher, LoggedTeacher, LoggedMethodist };
    qint64 findPerson(int row, const QStringList &cells, Role role);
    std::optional<QDate> date(int row, ImportField field, const QStringList &cells, bool required);
    Status writePk(int row, const QStringList &cells);
    Status writeDiagnostic(int row, const QStringList &cells);
    Status writeWorkLog(int row, const QStringList &cells);
    Status writeCatalogue(int row, const QStringList &cells);
    // The support network (NetworkImport.cpp).
    Status writeNetworkUnit(int row, const QStringList &cells);
    Status writeNetworkMember(int row, const QStringList &cells);
    // The organisation a network row names (a unit's host, a covered school):
    // in the municipality of the Муниципалитет организации column, else in
    // the unit's, else the one of that name in the region; never created.
    // 0 (and an error at the column) when there is none or several.
    Result<qint64> networkOrganisation(int row, const QStringList &cells, qint64 unitMunicipalityId);
    Result<qint64> organisationFor(qint64 municipalityId, const QString &name);
    Status writeTeacher(const Person &person, const QStringList &cells);
    Status writeMethodist(const Person &person, const QStringList &cells);
    Status writeOrganisation(int row, const QStringList &cells);
    Status writeDictionary(const QStringList &cells, const QString &dictionary, ImportField field);

    Database *m_db; // null when only planning
    ImportKind m_kind;
    ImportOptions m_options;
    Progress *m_progress;
    ImportReport m_report;
    bool m_apostropheMarksText = false;
    int m_headerIndex = -1;
    QHash<ImportField, int> m_columns;
    QHash<ImportField, QString> m_headers;
    Lookups m_lookups;
    QHash<qint64, int> m_seenSnils;   // СНИЛС (11 digits, as a number) → first row
    QHash<QString, int> m_seenPeople; // name + organisation of people without a СНИЛС → first row
    QHash<QString, qint64> m_organisations; // municipality | organisation as written → id
    QSet<int> m_invalidRows;
    QHash<QString, int> m_unknownIndex; // field | value key → index into m_report.unknownValues
    QHash<int, int> m_unknownLastRow;   // that index → the last row that carried the value
    std::unique_ptr<TeacherBulkWriter> m_teachers;
    QHash<qint64, int> m_rowOfTeacher; // registry teachers this file updates → their row
    // People found by СНИЛС or name, as the same ones recur row after row;
    // bounded, so a file of a million different people is not remembered whole.
    QHash<QString, QList<qint64>> m_peopleFound;
};

} // namespace metodist::importing
