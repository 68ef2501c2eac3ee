#include "services/Importer.h"

#include "documents/CellSafety.h"
#include "documents/CsvReader.h"
#include "documents/XlsxReader.h"
#include "domain/Methodist.h"
#include "domain/SearchKey.h"
#include "domain/Snils.h"
#include "domain/Teacher.h"
#include "domain/TextRules.h"
#include "storage/DevelopmentRepository.h"
#include "storage/DictionaryRepository.h"
#include "storage/MethodistRepository.h"
#include "storage/OrganisationRepository.h"
#include "storage/TeacherBulkWriter.h"
#include "storage/TeacherRepository.h"

#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

namespace metodist {

QString ImportIssue::text() const
{
    if (column.isEmpty())
        return Importer::tr("Row %1: %2").arg(row).arg(message);
    return Importer::tr("Row %1, column «%2»: %3").arg(row).arg(column, message);
}

QString IssueSummary::text() const
{
    const QString sentence = example.endsWith(u'.') ? example.chopped(1) : example;
    const QString fault = column.isEmpty() ? sentence : Importer::tr("column «%1»: %2").arg(column, sentence);
    return Importer::tr("…and %n more row(s) with the same fault (%1)", nullptr, rows).arg(fault);
}

namespace {

// What a fault is, without the values that differ from row to row: the
// texts quoted in «» and the numbers are taken out.
QString kindOfFault(const ImportIssue &issue)
{
    static const QRegularExpression quoted(QStringLiteral("«[^»]*»"));
    static const QRegularExpression digits(QStringLiteral("[0-9]+"));
    QString shape = issue.message;
    shape.replace(quoted, QStringLiteral("«»"));
    shape.replace(digits, QStringLiteral("#"));
    return issue.column + QChar(0x1F) + shape + (issue.warning ? u'w' : u'e');
}

// So many kinds of fault are counted apart; the rest share one line.
constexpr int maxKindsOfFault = 100;

} // namespace

void ImportReport::addIssue(const ImportIssue &issue)
{
    if (issues.size() < maxListedIssues) {
        issues.append(issue);
        return;
    }
    QString kind = kindOfFault(issue);
    if (!m_kindIndex.contains(kind) && m_kindIndex.size() >= maxKindsOfFault)
        kind = issue.warning ? QStringLiteral("other warnings") : QStringLiteral("other errors");
    auto it = m_kindIndex.find(kind);
    if (it == m_kindIndex.end()) {
        it = m_kindIndex.insert(kind, int(moreIssues.size()));
        const bool lumped = m_kindIndex.size() > maxKindsOfFault;
        moreIssues.append({lumped ? QString() : issue.column,
                           lumped ? Importer::tr("other faults, such as row %1: %2").arg(issue.row).arg(issue.text())
                                  : issue.message,
                           0, issue.warning});
    }
    ++moreIssues[it.value()].rows;
}

int ImportReport::errorCount() const
{
    int count = int(std::count_if(issues.begin(), issues.end(), [](const ImportIssue &i) { return !i.warning; }));
    for (const IssueSummary &more : moreIssues)
        count += more.warning ? 0 : more.rows;
    return count;
}

namespace {

constexpr int headerSearchRows = 20;

// Names of a dictionary by search key, loaded once per import.
struct Lookup
{
    QString dictionary;
    QHash<QString, qint64> ids;
    QHash<qint64, QString> codes;
    mutable QHash<QString, qint64> memo; // the same cells recur on every row

    // An exact name, or the start of exactly one name (long dictionary
    // entries such as support categories are written shortened in files).
    qint64 find(const QString &text) const
    {
        if (const auto known = memo.constFind(text); known != memo.constEnd())
            return known.value();
        const qint64 id = match(text);
        memo.insert(text, id);
        return id;
    }

    qint64 match(const QString &text) const
    {
        const QString key = searchKey(text);
        if (const qint64 exact = ids.value(key, 0); exact > 0)
            return exact;
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

    static Result<Lookup> load(const Database &db, const QString &dictionary)
    {
        auto entries = DictionaryRepository(db).entries(dictionary);
        if (!entries)
            return entries.status();
        Lookup lookup;
        lookup.dictionary = dictionary;
        for (const DictionaryEntry &entry : entries.value()) {
            lookup.ids.insert(searchKey(entry.name), entry.id);
            lookup.codes.insert(entry.id, entry.code);
        }
        return lookup;
    }
};

struct Lookups
{
    Lookup municipalities, subjects, categories, levels, support, forms, education, deficits;
};

std::optional<bool> parseYesNo(const QString &text)
{
    const QString key = searchKey(text);
    static const QStringList yes{QStringLiteral("да"), QStringLiteral("1"), QStringLiteral("+"), QStringLiteral("yes"),
                                 QStringLiteral("true"), QStringLiteral("истина")};
    static const QStringList no{QStringLiteral("нет"), QStringLiteral("0"), QStringLiteral("-"), QStringLiteral("no"),
                                QStringLiteral("false"), QStringLiteral("ложь"), QString()};
    if (yes.contains(key))
        return true;
    if (no.contains(key))
        return false;
    return std::nullopt;
}

// A whole number, also as a spreadsheet writes it ("12.0").
std::optional<int> parseWhole(QStringView text)
{
    text = text.trimmed();
    qsizetype digits = 0;
    while (digits < text.size() && text[digits] >= u'0' && text[digits] <= u'9')
        ++digits;
    if (digits == 0 || digits > 9)
        return std::nullopt;
    if (digits < text.size()) {
        // Only a zero fraction may follow.
        if ((text[digits] != u'.' && text[digits] != u',') || digits + 1 == text.size())
            return std::nullopt;
        for (qsizetype i = digits + 1; i < text.size(); ++i) {
            if (text[i] != u'0')
                return std::nullopt;
        }
    }
    return text.first(digits).toInt();
}

// A date as offices write it: 25.03.2026, 25.03.26, 2026-03-25, or the day
// number a spreadsheet keeps for a date cell (45741).
std::optional<QDate> parseDate(const QString &text)
{
    for (const QString &format : {QStringLiteral("dd.MM.yyyy"), QStringLiteral("d.M.yyyy"), QStringLiteral("yyyy-MM-dd"),
                                  QStringLiteral("dd.MM.yy"), QStringLiteral("dd/MM/yyyy")}) {
        QDate date = QDate::fromString(text, format);
        if (format.endsWith(u"yy") && !format.endsWith(u"yyyy") && date.isValid() && date.year() < 2000)
            date = date.addYears(100); // «25.03.26» is 2026, not 1926
        if (date.isValid())
            return date;
    }
    // Day numbers of 1955–2119 only: a bare number of hours or years is no date.
    if (const auto serial = parseWhole(text); serial && *serial >= 20000 && *serial <= 80000)
        return QDate(1899, 12, 30).addDays(*serial);
    return std::nullopt;
}

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
    bool apostropheMarksText() const override { return !m_table.encoding.isEmpty(); }
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

// A sheet of a workbook read as it is imported, like a CSV file.
class XlsxSource : public RowSource
{
public:
    Status open(const QString &path, const QString &sheet) { return m_stream.open(path, sheet); }
    bool next(QStringList &cells, int &row) override { return m_stream.next(cells, row); }
    Status status() const override { return m_stream.status(); }
    double fractionDone() const override { return m_stream.fractionDone(); }
    // The packed position moves in steps of 16 KB: the sheet's own
    // dimension says better how big it is.
    qint64 expectedRows(qint64 read) const override
    {
        return m_stream.declaredRows() > 0 ? m_stream.declaredRows() : RowSource::expectedRows(read);
    }

private:
    XlsxSheetStream m_stream;
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
    std::optional<Person> readPerson(int row, const QStringList &cells);
    QString snilsCell(const QStringList &cells) const;
    qint64 findTeacher(int row, const QStringList &cells);
    std::optional<QDate> date(int row, ImportField field, const QStringList &cells, bool required);
    Status writePk(int row, const QStringList &cells);
    Status writeDiagnostic(int row, const QStringList &cells);
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
    QHash<QString, int> m_seenPeople; // СНИЛС or name+organisation → first row
    QHash<QString, qint64> m_organisations; // municipality | organisation as written → id
    QSet<int> m_invalidRows;
    std::unique_ptr<TeacherBulkWriter> m_teachers;
    QHash<qint64, int> m_rowOfTeacher; // registry teachers this file updates → their row
};

QString ImportRun::cell(const QStringList &row, ImportField field) const
{
    const int index = m_columns.value(field, -1);
    if (index < 0 || index >= row.size())
        return QString();
    const QString &text = row[index];
    if (m_apostropheMarksText && CellSafety::isMarked(text))
        return CellSafety::unmarked(text).simplified();
    return text.simplified();
}

namespace {

TextKind textKindOf(ImportField field)
{
    switch (field) {
    case ImportField::LastName:
    case ImportField::FirstName:
    case ImportField::MiddleName:
        return TextKind::Name;
    case ImportField::Organisation:
    case ImportField::Program:
        return TextKind::Title;
    case ImportField::SupportCategories:
    case ImportField::Deficits:
    case ImportField::Notes:
        return TextKind::Note;
    default:
        return TextKind::Line;
    }
}

} // namespace

bool ImportRun::checkTexts(int row, const QStringList &cells)
{
    bool sound = true;
    for (auto it = m_columns.constBegin(); it != m_columns.constEnd(); ++it) {
        const QString text = cell(cells, it.key());
        QString problem = TextRules::problem(text, textKindOf(it.key()));
        if (problem.isEmpty() && it.key() == ImportField::FullName) {
            for (const QString &part : text.split(u' ', Qt::SkipEmptyParts)) {
                problem = TextRules::problem(part, TextKind::Name);
                if (!problem.isEmpty())
                    break;
            }
        }
        if (!problem.isEmpty()) {
            error(row, it.key(), problem);
            sound = false;
        }
    }
    return sound;
}

void ImportRun::error(int row, ImportField field, const QString &message)
{
    m_report.addIssue({row, column(field), message, false});
    m_invalidRows.insert(row);
}

Status ImportRun::findHeader(const SourceTable &table)
{
    const int needed = ImportColumns::fields(m_kind).size() > 1 ? 2 : 1;
    for (int i = 0; i < std::min<int>(headerSearchRows, int(table.rows.size())); ++i) {
        QHash<ImportField, int> columns;
        QHash<ImportField, QString> headers;
        const QStringList &row = table.rows[i];
        for (int c = 0; c < row.size(); ++c) {
            const auto field = ImportColumns::fieldForHeader(m_kind, row[c]);
            if (field && !columns.contains(*field)) {
                columns.insert(*field, c);
                headers.insert(*field, row[c].simplified());
            }
        }
        if (columns.size() >= needed) {
            m_headerIndex = i;
            m_columns = columns;
            m_headers = headers;
            m_report.headerRow = table.rowNumbers.value(i, i + 1);
            break;
        }
    }
    if (m_headerIndex >= 0)
        applyCorrections(table.rows[m_headerIndex]);
    return checkColumns();
}

Status ImportRun::checkColumns()
{
    QStringList expected;
    for (ImportField field : ImportColumns::requiredFields(m_kind))
        expected << u'«' + ImportColumns::header(field) + u'»';
    if (m_headerIndex < 0)
        return Status::failure(Importer::tr("No header row was found in the first %1 rows of the file; the columns "
                                            "expected for %2 include %3.")
                                    .arg(headerSearchRows)
                                    .arg(ImportColumns::kindName(m_kind), expected.join(QStringLiteral(", "))));
    QStringList missing;
    for (ImportField field : ImportColumns::requiredFields(m_kind)) {
        // A name is the three parts or one ФИО column; records about teachers
        // may name them by СНИЛС alone.
        const bool recordsKind = m_kind == ImportKind::Development || m_kind == ImportKind::Diagnostics;
        const bool byFullName = (field == ImportField::LastName || field == ImportField::FirstName)
                                && (m_columns.contains(ImportField::FullName)
                                    || (recordsKind && m_columns.contains(ImportField::Snils)));
        if (!m_columns.contains(field) && !byFullName)
            missing << u'«' + ImportColumns::header(field) + u'»';
    }
    if (!missing.isEmpty())
        return Status::failure(Importer::tr("The header in row %1 lacks the required column(s) %2; nothing was "
                                            "imported.")
                                   .arg(m_report.headerRow)
                                   .arg(missing.join(QStringLiteral(", "))));
    for (ImportField field : {ImportField::Municipality, ImportField::Subject})
        m_headers.insert(field, m_headers.value(field, ImportColumns::header(field)));
    return Status::success();
}

void ImportRun::applyCorrections(const QStringList &header)
{
    for (auto it = m_options.columns.constBegin(); it != m_options.columns.constEnd(); ++it) {
        const int column = it.key();
        for (auto mapped = m_columns.begin(); mapped != m_columns.end();) {
            if (mapped.value() == column || (it.value() && mapped.key() == *it.value())) {
                m_headers.remove(mapped.key());
                mapped = m_columns.erase(mapped);
            } else {
                ++mapped;
            }
        }
        if (it.value() && ImportColumns::fields(m_kind).contains(*it.value())) {
            m_columns.insert(*it.value(), column);
            m_headers.insert(*it.value(), header.value(column).simplified());
        }
    }
}

Status ImportRun::loadLookups()
{
    const std::pair<Lookup *, const char *> wanted[] = {
        {&m_lookups.municipalities, "municipalities"}, {&m_lookups.subjects, "subjects"},
        {&m_lookups.categories, "qualification_categories"}, {&m_lookups.levels, "competence_levels"},
        {&m_lookups.support, "support_categories"},    {&m_lookups.forms, "employment_forms"},
        {&m_lookups.education, "education_levels"}, {&m_lookups.deficits, "deficit_areas"}};
    for (const auto &[target, name] : wanted) {
        auto loaded = Lookup::load(*m_db, QString::fromLatin1(name));
        if (!loaded)
            return loaded.status();
        *target = loaded.value();
    }
    return Status::success();
}

qint64 ImportRun::lookup(int row, ImportField field, const Lookup &lookup, const QString &text, bool required)
{
    if (text.isEmpty()) {
        if (required)
            error(row, field, Importer::tr("The value is required."));
        return 0;
    }
    const qint64 id = lookup.find(text);
    if (id == 0)
        error(row, field, Importer::tr("«%1» is not in the dictionary «%2»; add it there or correct the file.")
                              .arg(text, ReferenceData::title(lookup.dictionary)));
    return id;
}

std::optional<ImportRun::Person> ImportRun::readPerson(int row, const QStringList &cells)
{
    Person person;
    person.row = row;
    if (has(ImportField::LastName) || !has(ImportField::FullName)) {
        person.last = cell(cells, ImportField::LastName);
        person.first = cell(cells, ImportField::FirstName);
        person.middle = cell(cells, ImportField::MiddleName);
        if (person.last.isEmpty())
            error(row, ImportField::LastName, Importer::tr("The value is required."));
        if (person.first.isEmpty())
            error(row, ImportField::FirstName, Importer::tr("The value is required."));
    } else {
        const QStringList parts = cell(cells, ImportField::FullName).split(u' ', Qt::SkipEmptyParts);
        if (parts.size() < 2) {
            error(row, ImportField::FullName, Importer::tr("The full name needs at least a surname and a first name."));
        } else {
            person.last = parts[0];
            person.first = parts[1];
            person.middle = parts.mid(2).join(u' ');
        }
    }
    const QString snilsText = snilsCell(cells);
    if (!Snils::isBlank(snilsText)) {
        auto snils = Snils::parse(snilsText);
        if (snils)
            person.snils = snils.value().digits();
        else
            error(row, ImportField::Snils, snils.message());
    }
    person.municipalityId = lookup(row, ImportField::Municipality, m_lookups.municipalities,
                                   cell(cells, ImportField::Municipality), true);
    person.organisation = cell(cells, ImportField::Organisation);
    person.nameKey = searchKey({person.last, person.first, person.middle});

    const QString identity = !person.snils.isEmpty()
                                 ? person.snils
                                 : person.nameKey + u'|' + QString::number(person.municipalityId) + u'|'
                                       + searchKey(person.organisation);
    if (const int earlier = m_seenPeople.value(identity, 0); earlier > 0) {
        const ImportField field = person.snils.isEmpty() ? ImportField::LastName : ImportField::Snils;
        error(row, has(field) ? field : ImportField::FullName,
              Importer::tr("The same person is already in row %1 of this file.").arg(earlier));
    } else {
        m_seenPeople.insert(identity, row);
    }
    return person;
}

QString ImportRun::snilsCell(const QStringList &cells) const
{
    const QString text = cell(cells, ImportField::Snils);
    // A СНИЛС typed into a spreadsheet as a number loses its leading zeros
    // (002-003-004 05 becomes 200300405), and such a cell gets them back —
    // but only up to a number with a check to verify: the early numbers
    // without one (up to 001-001-998) would take any 9 digits.
    if ((text.size() == 9 || text.size() == 10)
        && std::all_of(text.begin(), text.end(), [](QChar c) { return c >= u'0' && c <= u'9'; })) {
        const QString padded = text.rightJustified(11, u'0');
        if (!Snils::isExemptFromCheck(QStringView(padded).first(9)))
            return padded;
    }
    return text;
}

// The teacher a record is about: by СНИЛС, else by the full name (within the
// organisation when the file names it), which must be one teacher only.
qint64 ImportRun::findTeacher(int row, const QStringList &cells)
{
    TeacherRepository teachers(*m_db);
    const QString snilsText = snilsCell(cells);
    if (!Snils::isBlank(snilsText)) {
        auto snils = Snils::parse(snilsText);
        if (!snils) {
            error(row, ImportField::Snils, snils.message());
            return 0;
        }
        auto id = teachers.findBySnils(snils.value().digits());
        if (id && id.value() > 0)
            return id.value();
        error(row, ImportField::Snils,
              Importer::tr("No teacher with the СНИЛС %1 is in the registry; import the teachers first.")
                  .arg(snils.value().formatted()));
        return 0;
    }
    QString last = cell(cells, ImportField::LastName), first = cell(cells, ImportField::FirstName),
            middle = cell(cells, ImportField::MiddleName);
    const ImportField nameField = has(ImportField::LastName) ? ImportField::LastName : ImportField::FullName;
    if (!has(ImportField::LastName)) {
        const QStringList parts = cell(cells, ImportField::FullName).split(u' ', Qt::SkipEmptyParts);
        last = parts.value(0);
        first = parts.value(1);
        middle = parts.mid(2).join(u' ');
    }
    if (last.isEmpty() || first.isEmpty()) {
        error(row, nameField, Importer::tr("A СНИЛС or the teacher's surname and first name are required."));
        return 0;
    }
    const QString key = searchKey({last, first, middle});
    const QString organisation = cell(cells, ImportField::Organisation);
    auto ids = organisation.isEmpty() ? teachers.findAllByName(key, 2) : teachers.findAllByName(key, organisation, 2);
    if (!ids) {
        error(row, nameField, ids.message());
        return 0;
    }
    const QString name = QStringList{last, first, middle}.join(u' ').trimmed();
    if (ids.value().isEmpty()) {
        error(row, nameField,
              organisation.isEmpty()
                  ? Importer::tr("No teacher «%1» is in the registry; import the teachers first.").arg(name)
                  : Importer::tr("No teacher «%1» of «%2» is in the registry.").arg(name, organisation));
        return 0;
    }
    if (ids.value().size() > 1) {
        error(row, nameField,
              Importer::tr("Several teachers named «%1» are in the registry; add the СНИЛС or the organisation to "
                           "tell them apart.")
                  .arg(name));
        return 0;
    }
    return ids.value().first();
}

std::optional<QDate> ImportRun::date(int row, ImportField field, const QStringList &cells, bool required)
{
    const QString text = cell(cells, field);
    if (text.isEmpty()) {
        if (required)
            error(row, field, Importer::tr("The value is required."));
        return std::nullopt;
    }
    const auto parsed = parseDate(text);
    if (!parsed)
        error(row, field, Importer::tr("«%1» is not a date; write it as 25.03.2026.").arg(text));
    return parsed;
}

Status ImportRun::writePk(int row, const QStringList &cells)
{
    PkRecord record;
    record.teacherId = findTeacher(row, cells);
    record.program = cell(cells, ImportField::Program);
    if (record.program.isEmpty())
        error(row, ImportField::Program, Importer::tr("The value is required."));
    if (const QString text = cell(cells, ImportField::Hours); !text.isEmpty()) {
        record.hours = parseWhole(text);
        if (!record.hours || *record.hours <= 0)
            error(row, ImportField::Hours, Importer::tr("The hours must be a whole positive number, not «%1».").arg(text));
    }
    const QString federalText = cell(cells, ImportField::FederalRegistry);
    const auto federal = parseYesNo(federalText);
    if (!federal)
        error(row, ImportField::FederalRegistry, Importer::tr("Expected «да» or «нет», not «%1».").arg(federalText));
    record.federalRegistry = federal.value_or(false);
    record.completedOn = date(row, ImportField::CompletedOn, cells, false).value_or(QDate());
    if (m_invalidRows.contains(row))
        return Status::success();
    DevelopmentRepository development(*m_db);
    auto existing = development.findPk(record.teacherId, record.program, record.completedOn);
    if (!existing)
        return existing.status();
    if (existing.value() > 0) {
        record.id = existing.value();
        ++m_report.updated;
        return development.updatePk(record);
    }
    ++m_report.created;
    return development.addPk(record).status();
}

Status ImportRun::writeDiagnostic(int row, const QStringList &cells)
{
    Diagnostic diagnostic;
    diagnostic.teacherId = findTeacher(row, cells);
    diagnostic.diagnosedOn = date(row, ImportField::DiagnosedOn, cells, true).value_or(QDate());
    diagnostic.competenceLevelId = lookup(row, ImportField::CompetenceLevel, m_lookups.levels,
                                          cell(cells, ImportField::CompetenceLevel), true);
    for (const QString &name : cell(cells, ImportField::Deficits).split(u';', Qt::SkipEmptyParts)) {
        if (const qint64 id = lookup(row, ImportField::Deficits, m_lookups.deficits, name.trimmed(), false);
            id > 0 && !diagnostic.deficitAreaIds.contains(id))
            diagnostic.deficitAreaIds.append(id);
    }
    diagnostic.notes = cell(cells, ImportField::Notes);
    if (m_invalidRows.contains(row))
        return Status::success();
    DevelopmentRepository development(*m_db);
    auto existing = development.findDiagnostic(diagnostic.teacherId, diagnostic.diagnosedOn);
    if (!existing)
        return existing.status();
    Status written = Status::success();
    if (existing.value() > 0) {
        diagnostic.id = existing.value();
        ++m_report.updated;
        written = development.replaceDiagnostic(diagnostic);
    } else {
        ++m_report.created;
        written = development.addDiagnostic(diagnostic).status();
    }
    if (!written)
        return written;
    return development.takeLatestLevel(diagnostic.teacherId);
}

Result<qint64> ImportRun::organisationFor(qint64 municipalityId, const QString &name)
{
    if (name.isEmpty())
        return qint64(0);
    const QString written = QString::number(municipalityId) + u'|' + name;
    if (const qint64 known = m_organisations.value(written, 0); known > 0)
        return known;
    // Spelled differently from an earlier row («МАОУ СОШ №5» and «маоу сош № 5»).
    const QString key = QString::number(municipalityId) + QStringLiteral("|\u0001") + searchKey(name);
    qint64 id = m_organisations.value(key, 0);
    if (id == 0) {
        bool created = false;
        auto found = OrganisationRepository(*m_db).findOrCreate(municipalityId, name, &created);
        if (!found)
            return found;
        id = found.value();
        m_report.organisationsCreated += created ? 1 : 0;
        m_organisations.insert(key, id);
    }
    m_organisations.insert(written, id);
    return id;
}

Status ImportRun::writeTeacher(const Person &person, const QStringList &cells)
{
    const int row = person.row;
    Teacher t;
    const qint64 subject = lookup(row, ImportField::Subject, m_lookups.subjects, cell(cells, ImportField::Subject), true);
    const qint64 category = lookup(row, ImportField::QualificationCategory, m_lookups.categories,
                                   cell(cells, ImportField::QualificationCategory), false);
    const qint64 level = lookup(row, ImportField::CompetenceLevel, m_lookups.levels,
                                cell(cells, ImportField::CompetenceLevel), false);
    QList<qint64> support;
    for (const QString &name : cell(cells, ImportField::SupportCategories).split(u';', Qt::SkipEmptyParts)) {
        if (const qint64 id = lookup(row, ImportField::SupportCategories, m_lookups.support, name.trimmed(), false))
            support.append(id);
    }
    std::optional<int> experience;
    if (const QString text = cell(cells, ImportField::Experience); !text.isEmpty()) {
        experience = parseWhole(text);
        if (!experience)
            error(row, ImportField::Experience, Importer::tr("The experience must be a whole number of years, not «%1».").arg(text));
    }
    if (person.organisation.isEmpty())
        error(row, ImportField::Organisation, Importer::tr("The value is required."));
    if (m_invalidRows.contains(row))
        return Status::success();

    auto organisation = organisationFor(person.municipalityId, person.organisation);
    if (!organisation)
        return organisation.status();
    auto existing = m_teachers->find(person.snils, person.nameKey, organisation.value());
    if (!existing)
        return existing.status();
    t.id = existing.value();
    // Two rows (one with a СНИЛС, one without) may both find the same person
    // of the registry: that is one person twice, or namesakes to tell apart.
    if (t.id > 0) {
        if (const int earlier = m_rowOfTeacher.value(t.id, 0); earlier > 0) {
            error(row, has(ImportField::LastName) ? ImportField::LastName : ImportField::FullName,
                  Importer::tr("The same person is already in row %1 of this file.").arg(earlier));
            return Status::success();
        }
        m_rowOfTeacher.insert(t.id, row);
    }
    t.lastName = person.last;
    t.firstName = person.first;
    t.middleName = person.middle;
    t.snils = person.snils;
    t.organisationId = organisation.value();
    t.subjectId = subject;
    // Columns the file does not have keep what the registry knows (the writer
    // leaves them out of its update).
    t.position = cell(cells, ImportField::Position);
    t.experienceYears = experience;
    t.qualificationCategoryId = category;
    t.competenceLevelId = level;
    t.supportCategoryIds = support;
    if (t.id > 0) {
        ++m_report.updated;
        return m_teachers->update(t, person.nameKey);
    }
    ++m_report.created;
    return m_teachers->insert(t, person.nameKey).status();
}

Status ImportRun::writeMethodist(const Person &person, const QStringList &cells)
{
    const int row = person.row;
    const qint64 subject = lookup(row, ImportField::Subject, m_lookups.subjects, cell(cells, ImportField::Subject), true);
    const qint64 form = lookup(row, ImportField::EmploymentForm, m_lookups.forms, cell(cells, ImportField::EmploymentForm), false);
    const qint64 category = lookup(row, ImportField::QualificationCategory, m_lookups.categories,
                                   cell(cells, ImportField::QualificationCategory), false);
    const qint64 education = lookup(row, ImportField::Education, m_lookups.education, cell(cells, ImportField::Education), false);
    std::optional<int> experience;
    if (const QString text = cell(cells, ImportField::Experience); !text.isEmpty()) {
        experience = parseWhole(text);
        if (!experience)
            error(row, ImportField::Experience, Importer::tr("The experience must be a whole number of years, not «%1».").arg(text));
    }
    int capacity = 60;
    if (const QString text = cell(cells, ImportField::Capacity); !text.isEmpty()) {
        const auto value = parseWhole(text);
        if (!value || *value <= 0)
            error(row, ImportField::Capacity, Importer::tr("The load must be a whole positive number of teachers, not «%1».").arg(text));
        else
            capacity = *value;
    }
    const QString pkText = cell(cells, ImportField::FederalPk);
    const auto federalPk = parseYesNo(pkText);
    if (!federalPk)
        error(row, ImportField::FederalPk, Importer::tr("Expected «да» or «нет», not «%1».").arg(pkText));
    if (m_invalidRows.contains(row))
        return Status::success();

    MethodistRepository methodists(*m_db);
    auto organisation = organisationFor(person.municipalityId, person.organisation);
    if (!organisation)
        return organisation.status();
    auto existing = person.snils.isEmpty() ? methodists.findByName(person.nameKey, organisation.value())
                                           : methodists.findBySnils(person.snils);
    if (!existing)
        return existing.status();
    Methodist m;
    if (existing.value() > 0) {
        auto loaded = methodists.get(existing.value());
        if (!loaded)
            return loaded.status();
        m = loaded.value();
    }
    m.lastName = person.last;
    m.firstName = person.first;
    m.middleName = person.middle;
    m.snils = person.snils.isEmpty() ? m.snils : person.snils;
    m.municipalityId = person.municipalityId;
    m.organisationId = organisation.value();
    m.subjectId = subject;
    if (has(ImportField::Position))
        m.position = cell(cells, ImportField::Position);
    if (has(ImportField::EmploymentForm))
        m.employmentFormId = form;
    if (has(ImportField::QualificationCategory))
        m.qualificationCategoryId = category;
    if (has(ImportField::Education))
        m.educationLevelId = education;
    if (has(ImportField::Experience))
        m.experienceYears = experience;
    if (has(ImportField::Capacity))
        m.capacity = capacity;
    if (has(ImportField::FederalPk))
        m.federalPk = *federalPk;

    const QStringList shortfalls = Eligibility::shortfalls({m_lookups.categories.codes.value(m.qualificationCategoryId),
                                                            m_lookups.education.codes.value(m.educationLevelId),
                                                            m.experienceYears});
    if (!shortfalls.isEmpty())
        m_report.addIssue({row, QString(),
                           Importer::tr("Saved, but does not meet the requirements of the regional methodical "
                                        "active: %1.").arg(shortfalls.join(QStringLiteral("; "))),
                           true});
    if (existing.value() > 0) {
        ++m_report.updated;
        return methodists.update(m);
    }
    ++m_report.created;
    return methodists.insert(m).status();
}

Status ImportRun::writeOrganisation(int row, const QStringList &cells)
{
    const QString name = cell(cells, ImportField::Organisation);
    const qint64 municipality = lookup(row, ImportField::Municipality, m_lookups.municipalities,
                                       cell(cells, ImportField::Municipality), true);
    if (name.isEmpty())
        error(row, ImportField::Organisation, Importer::tr("The value is required."));
    Organisation o;
    o.name = name;
    o.municipalityId = municipality;
    const std::pair<ImportField, bool *> flags[] = {{ImportField::LowResults, &o.lowResults},
                                                    {ImportField::GrowthPoint, &o.growthPoint},
                                                    {ImportField::InternshipSite, &o.internshipSite}};
    for (const auto &[field, target] : flags) {
        const QString text = cell(cells, field);
        const auto value = parseYesNo(text);
        if (!value)
            error(row, field, Importer::tr("Expected «да» or «нет», not «%1».").arg(text));
        else
            *target = *value;
    }
    if (m_invalidRows.contains(row))
        return Status::success();
    OrganisationRepository organisations(*m_db);
    auto existing = organisations.find(municipality, name);
    if (!existing)
        return existing.status();
    if (existing.value() > 0) {
        o.id = existing.value();
        ++m_report.updated;
        return organisations.update(o);
    }
    ++m_report.created;
    return organisations.insert(o).status();
}

Status ImportRun::writeDictionary(const QStringList &cells, const QString &dictionary, ImportField field)
{
    const QString name = cell(cells, field);
    if (name.isEmpty())
        return Status::success();
    auto added = DictionaryRepository(*m_db).ensure(dictionary, {QString(), name, QString()});
    if (!added)
        return added.status();
    ++(added.value() ? m_report.created : m_report.updated);
    return Status::success();
}

Result<ImportReport> ImportRun::run(RowSource &source)
{
    // The header is looked for in the first rows; the rest is read as it is written.
    SourceTable head;
    head.encoding = source.encoding();
    {
        QStringList cells;
        int row = 0;
        while (head.rows.size() < headerSearchRows && source.next(cells, row)) {
            head.rows.append(cells);
            head.rowNumbers.append(row);
        }
        if (!source.status())
            return source.status();
    }
    m_report.encoding = head.encoding;
    m_apostropheMarksText = source.apostropheMarksText();
    if (Status status = findHeader(head); !status)
        return status;
    if (Status status = loadLookups(); !status)
        return status;

    // Progress in thousandths: reading and writing the rows, then the indexes.
    constexpr qint64 rowsShare = 900;
    const BulkWrite bulk(*m_db);
    Transaction transaction(*m_db);
    if (!transaction.status())
        return transaction.status();
    if (m_kind == ImportKind::Teachers) {
        TeacherColumns present;
        present.position = has(ImportField::Position);
        present.experience = has(ImportField::Experience);
        present.qualificationCategory = has(ImportField::QualificationCategory);
        present.competenceLevel = has(ImportField::CompetenceLevel);
        present.supportCategories = has(ImportField::SupportCategories);
        m_teachers = std::make_unique<TeacherBulkWriter>(*m_db, present);
        const qint64 expected = source.expectedRows(head.rows.size() - m_headerIndex - 1);
        if (Status status = m_teachers->begin(expected); !status)
            return status;
    }

    auto importRow = [this](const QStringList &cells, int row) -> Status {
        if (std::all_of(cells.begin(), cells.end(), [](const QString &c) { return c.trimmed().isEmpty(); }))
            return Status::success();
        ++m_report.dataRows;
        if (!checkTexts(row, cells))
            return Status::success(); // reported; the row is not read further
        switch (m_kind) {
        case ImportKind::Teachers:
        case ImportKind::Methodists: {
            const auto person = readPerson(row, cells);
            return m_kind == ImportKind::Teachers ? writeTeacher(*person, cells) : writeMethodist(*person, cells);
        }
        case ImportKind::Organisations:
            return writeOrganisation(row, cells);
        case ImportKind::Municipalities:
            return writeDictionary(cells, QStringLiteral("municipalities"), ImportField::Municipality);
        case ImportKind::Subjects:
            return writeDictionary(cells, QStringLiteral("subjects"), ImportField::Subject);
        case ImportKind::Development:
            return writePk(row, cells);
        case ImportKind::Diagnostics:
            return writeDiagnostic(row, cells);
        }
        return Status::success();
    };
    const auto cancelled = [] {
        return Status::failure(Importer::tr("The import was cancelled; the database was not changed."));
    };
    qint64 seen = 0;
    auto handle = [&](const QStringList &cells, int row) -> Status {
        if (Status status = importRow(cells, row); !status)
            return Status::failure(Importer::tr("Row %1 could not be saved, so nothing was imported: %2")
                                       .arg(row)
                                       .arg(status.message()));
        if (m_progress && ++seen % 1000 == 0) {
            m_progress->report(qint64(source.fractionDone() * rowsShare), 1000);
            if (m_progress->cancelled())
                return cancelled();
        }
        return Status::success();
    };
    for (int i = m_headerIndex + 1; i < head.rows.size(); ++i) {
        if (Status status = handle(head.rows[i], head.rowNumbers[i]); !status)
            return status;
    }
    QStringList cells;
    int row = 0;
    while (source.next(cells, row)) {
        if (Status status = handle(cells, row); !status)
            return status;
    }
    if (!source.status())
        return source.status();
    if (m_progress)
        m_progress->report(rowsShare, 1000);

    m_report.invalid = int(m_invalidRows.size());
    const bool refuse = m_report.invalid > 0 && !m_options.skipInvalid;
    if (refuse || m_options.dryRun)
        return m_report; // the transaction rolls back
    if (m_teachers) {
        Status built = m_teachers->finish([this](int done, int total) {
            if (!m_progress)
                return true;
            m_progress->report(rowsShare + (1000 - rowsShare) * done / std::max(total, 1), 1000);
            return !m_progress->cancelled();
        });
        if (m_progress && m_progress->cancelled())
            return cancelled();
        if (!built)
            return built;
    }
    if (Status status = transaction.commit(); !status)
        return status;
    m_report.written = true;
    if (m_progress)
        m_progress->report(1000, 1000);
    return m_report;
}

} // namespace

Importer::Importer(Database &db, ImportKind kind, ImportOptions options, Progress *progress)
    : m_db(db), m_kind(kind), m_options(std::move(options)), m_progress(progress)
{
}

Result<SourceTable> Importer::readFile(const QString &path, const QString &sheet, int maxRows)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"xls")
        return Status::failure(tr("The old Excel format (.xls) is not supported; save the file as .xlsx or CSV."));
    if (suffix == u"xlsx") {
        XlsxSheetStream stream;
        if (Status status = stream.open(path, sheet); !status)
            return status;
        SourceTable table;
        QStringList cells;
        int row = 0;
        while ((maxRows <= 0 || table.rows.size() < maxRows) && stream.next(cells, row)) {
            table.rows.append(cells);
            table.rowNumbers.append(row);
        }
        if (!stream.status())
            return stream.status();
        return table;
    }
    auto csv = CsvReader::readFile(path, maxRows);
    if (!csv)
        return csv.status();
    return SourceTable{csv.value().rows, csv.value().lineNumbers, csv.value().encoding};
}

Result<ImportReport> Importer::importFile(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"xls")
        return Status::failure(tr("The old Excel format (.xls) is not supported; save the file as .xlsx or CSV."));
    if (suffix == u"xlsx") {
        XlsxSource source;
        if (Status status = source.open(path, m_options.sheet); !status)
            return status;
        return ImportRun(&m_db, m_kind, m_options, m_progress).run(source);
    }
    CsvSource source;
    if (Status status = source.open(path); !status)
        return status;
    return ImportRun(&m_db, m_kind, m_options, m_progress).run(source);
}

Result<ColumnPlan> Importer::plan(ImportKind kind, const SourceTable &table, const ImportOptions &options)
{
    return ImportRun(nullptr, kind, options, nullptr).plan(table);
}

Result<ImportReport> Importer::importTable(const SourceTable &table)
{
    TableSource source(table);
    return ImportRun(&m_db, m_kind, m_options, m_progress).run(source);
}

} // namespace metodist
