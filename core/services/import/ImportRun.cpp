#include "services/import/ImportRun.h"

#include "documents/CellSafety.h"
#include "domain/Methodist.h"
#include "domain/Snils.h"
#include "domain/Teacher.h"
#include "domain/TextRules.h"
#include "storage/AuditRepository.h"
#include "storage/DevelopmentRepository.h"
#include "storage/MethodistRepository.h"
#include "storage/OrganisationRepository.h"
#include "storage/TeacherRepository.h"
#include "storage/WorkLogRepository.h"

#include <QRegularExpression>

namespace metodist::importing {

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
    // «25.03.2026» and «2026-03-25», as nearly every file writes them, read
    // directly (QDate::fromString with a format costs microseconds a cell).
    if (text.size() == 10) {
        const auto digits = [&text](qsizetype from, qsizetype count) {
            int value = 0;
            for (qsizetype i = from; i < from + count; ++i) {
                const char16_t c = text[i].unicode();
                if (c < u'0' || c > u'9')
                    return -1;
                value = value * 10 + (c - u'0');
            }
            return value;
        };
        int day = -1, month = -1, year = -1;
        if (text[2] == u'.' && text[5] == u'.') {
            day = digits(0, 2);
            month = digits(3, 2);
            year = digits(6, 4);
        } else if (text[4] == u'-' && text[7] == u'-') {
            year = digits(0, 4);
            month = digits(5, 2);
            day = digits(8, 2);
        }
        if (day >= 0 && month >= 0 && year >= 0) {
            const QDate date(year, month, day);
            if (date.isValid())
                return date;
            return std::nullopt; // «31.02.2026»: of the right shape, not a date
        }
    }
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

namespace {

// Whether QString::simplified() would change the text: whitespace at an end,
// two in a row, or any but a plain space. Most cells are clean already, and
// a clean one is returned as it is, without a copy.
bool needsSimplifying(const QString &text)
{
    const qsizetype n = text.size();
    if (n == 0)
        return false;
    bool space = true; // at the start a space would be one too many
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t c = text[i].unicode();
        if (c == u' ') {
            if (space)
                return true;
            space = true;
            continue;
        }
        space = false;
        if (c < 0x80 ? (c >= 0x09 && c <= 0x0D) : (c == 0x85 || c == 0xA0 || (c >= 0x1680 && QChar(c).isSpace())))
            return true;
    }
    return space; // a space at the end
}

QString simplifiedCell(const QString &text)
{
    return needsSimplifying(text) ? text.simplified() : text;
}

} // namespace

QString ImportRun::cell(const QStringList &row, ImportField field) const
{
    const int index = m_columns.value(field, -1);
    if (index < 0 || index >= row.size())
        return QString();
    const QString &text = row[index];
    const QString unmarked = m_apostropheMarksText && CellSafety::isMarked(text) ? CellSafety::unmarked(text) : text;
    // A work-log result keeps its lines, as the entry editor does.
    if (field == ImportField::WorkResult)
        return unmarked.trimmed();
    if (field == ImportField::FullName) {
        // «Петрова - Водкина Анна»: a dash with spaces around it still joins
        // a double surname.
        static const QRegularExpression spacedDash(QStringLiteral("\\s*[-‐‑‒–—−]\\s*"));
        return unmarked.simplified().replace(spacedDash, QStringLiteral("-"));
    }
    return simplifiedCell(unmarked);
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
    case ImportField::Title:
    case ImportField::Provider:
    case ImportField::MethodistName:
    case ImportField::TeacherName:
    case ImportField::Theme:
    case ImportField::HeadName:
    case ImportField::NetworkUnit:
        return TextKind::Title;
    case ImportField::SupportCategories:
    case ImportField::Subjects:
    case ImportField::Levels:
    case ImportField::Deficits:
    case ImportField::Notes:
    case ImportField::WorkResult:
        return TextKind::Note;
    default:
        return TextKind::Line;
    }
}

// The table an import of a kind writes, as the audit names it.
QString auditedTable(ImportKind kind)
{
    switch (kind) {
    case ImportKind::Teachers: return QStringLiteral("teachers");
    case ImportKind::Methodists: return QStringLiteral("methodists");
    case ImportKind::Organisations: return QStringLiteral("organisations");
    case ImportKind::Municipalities: return QStringLiteral("municipalities");
    case ImportKind::Subjects: return QStringLiteral("subjects");
    case ImportKind::Development: return QStringLiteral("professional_development");
    case ImportKind::Diagnostics: return QStringLiteral("diagnostics");
    case ImportKind::WorkLog: return QStringLiteral("work_log");
    case ImportKind::Catalogue: return QStringLiteral("route_catalogue");
    case ImportKind::Network: return QStringLiteral("network_units");
    case ImportKind::NetworkMembers: return QStringLiteral("network_members");
    }
    return {};
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
    const auto quoted = [](ImportField field) { return u'«' + ImportColumns::header(field) + u'»'; };
    const QList<QList<ImportField>> required = ImportColumns::requiredColumns(m_kind);
    QStringList expected;
    for (const QList<ImportField> &group : required) {
        if (!expected.contains(quoted(group.first())))
            expected << quoted(group.first());
    }
    if (m_headerIndex < 0)
        return Status::failure(Importer::tr("No header row was found in the first %1 rows of the file; the columns "
                                            "expected for %2 include %3.")
                                    .arg(headerSearchRows)
                                    .arg(ImportColumns::kindName(m_kind), expected.join(QStringLiteral(", "))));
    QStringList missing;
    for (const QList<ImportField> &group : required) {
        if (std::any_of(group.begin(), group.end(), [this](ImportField field) { return has(field); }))
            continue;
        QStringList names;
        for (ImportField field : group)
            names << quoted(field);
        const QString text = names.join(Importer::tr(" or "));
        if (!missing.contains(text))
            missing << text;
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
        {&m_lookups.education, "education_levels"}, {&m_lookups.deficits, "deficit_areas"},
        {&m_lookups.workKinds, "work_kinds"}, {&m_lookups.routeKinds, "route_item_kinds"},
        {&m_lookups.networkKinds, "network_kinds"}};
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
        unknownValue(row, field, lookup, text);
    return id;
}

QList<qint64> ImportRun::lookupMany(int row, ImportField field, const Lookup &lookup, const QString &text)
{
    QList<qint64> ids;
    for (const QString &part : text.split(u';', Qt::SkipEmptyParts)) {
        const QString value = part.trimmed();
        if (value.isEmpty())
            continue;
        if (const qint64 id = lookup.find(value); id > 0) {
            ids.append(id);
            continue;
        }
        // «молодые специалисты, эксперты ОГЭ/ЕГЭ», «предметные/методические»:
        // commas and slashes separate entries only when every piece is one
        // (entry names have commas of their own).
        static const QRegularExpression separators(QStringLiteral("[,/]"));
        QList<qint64> pieces;
        for (const QString &piece : value.split(separators, Qt::SkipEmptyParts)) {
            const qint64 id = piece.trimmed().isEmpty() ? -1 : lookup.find(piece.trimmed());
            if (id == 0) {
                pieces.clear();
                break;
            }
            if (id > 0)
                pieces.append(id);
        }
        if (pieces.isEmpty())
            unknownValue(row, field, lookup, value);
        ids.append(pieces);
    }
    return ids;
}

void ImportRun::unknownValue(int row, ImportField field, const Lookup &lookup, const QString &text)
{
    const QString key = QString::number(int(field)) + u'|' + looseKey(text);
    auto it = m_unknownIndex.find(key);
    if (it == m_unknownIndex.end()) {
        if (m_report.unknownValues.size() >= ImportReport::maxUnknownValues) {
            error(row, field, Importer::tr("«%1» is not in the dictionary «%2»; add it there or correct the file.")
                                  .arg(text, ReferenceData::title(lookup.dictionary)));
            return;
        }
        it = m_unknownIndex.insert(key, int(m_report.unknownValues.size()));
        UnknownValue unknown;
        unknown.column = column(field);
        unknown.dictionary = lookup.dictionary;
        unknown.value = text;
        m_report.unknownValues.append(unknown);
    }
    // Rows come in order: a row that names the value twice counts once.
    UnknownValue &unknown = m_report.unknownValues[it.value()];
    int &lastRow = m_unknownLastRow[it.value()];
    if (lastRow != row) {
        lastRow = row;
        ++unknown.rows;
        if (unknown.firstRows.size() < UnknownValue::listedRows)
            unknown.firstRows.append(row);
    }
    m_invalidRows.insert(row);
}

const Lookup *ImportRun::lookupOf(const QString &dictionary) const
{
    for (const Lookup *lookup : {&m_lookups.municipalities, &m_lookups.subjects, &m_lookups.categories,
                                 &m_lookups.levels, &m_lookups.support, &m_lookups.forms, &m_lookups.education,
                                 &m_lookups.deficits, &m_lookups.workKinds, &m_lookups.routeKinds,
                                 &m_lookups.networkKinds})
        if (lookup->dictionary == dictionary)
            return lookup;
    return nullptr;
}

void ImportRun::suggestValues()
{
    QHash<QString, std::shared_ptr<ValueMatch>> matchers;
    for (UnknownValue &unknown : m_report.unknownValues) {
        const Lookup *lookup = lookupOf(unknown.dictionary);
        if (!lookup)
            continue;
        auto &matcher = matchers[unknown.dictionary];
        if (!matcher)
            matcher = std::make_shared<ValueMatch>(lookup->candidates);
        const MatchSuggestion suggestion = matcher->suggest(unknown.value);
        unknown.suggestedId = suggestion.id;
        unknown.suggestion = suggestion.id > 0 ? lookup->nameOf(suggestion.id) : QString();
    }
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
        // «Мамедов Эльчин Гусейн оглы»: what follows the first name is the
        // patronymic, «оглы» and «кызы» included.
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

    // A СНИЛС is kept as its number: a million rows would hold a million strings.
    int &earlier = !person.snils.isEmpty()
                       ? m_seenSnils[person.snils.toLongLong()]
                       : m_seenPeople[person.nameKey + u'|' + QString::number(person.municipalityId) + u'|'
                                      + searchKey(person.organisation)];
    if (earlier > 0) {
        const ImportField field = person.snils.isEmpty() ? ImportField::LastName : ImportField::Snils;
        error(row, has(field) ? field : ImportField::FullName,
              Importer::tr("The same person is already in row %1 of this file.").arg(earlier));
    } else {
        earlier = row;
    }
    return person;
}

QString ImportRun::snilsCell(const QStringList &cells, ImportField field) const
{
    const QString text = cell(cells, field);
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

// The person a record is about: by СНИЛС, else by the full name (within the
// organisation when the file names it), which must be one person only.
qint64 ImportRun::findPerson(int row, const QStringList &cells, Role role)
{
    const bool methodist = role == Role::LoggedMethodist;
    const ImportField snilsField = role == Role::Teacher        ? ImportField::Snils
                                   : role == Role::LoggedTeacher ? ImportField::TeacherSnils
                                                                 : ImportField::MethodistSnils;
    const bool byParts = role == Role::Teacher && has(ImportField::LastName);
    const ImportField nameField = byParts                        ? ImportField::LastName
                                  : role == Role::Teacher        ? ImportField::FullName
                                  : role == Role::LoggedTeacher ? ImportField::TeacherName
                                                                 : ImportField::MethodistName;
    // Bounded: the people of a file recur, but a million different ones are
    // not all remembered.
    const auto remembered = [this](const QString &key, const auto &find) -> Result<QList<qint64>> {
        if (const auto known = m_peopleFound.constFind(key); known != m_peopleFound.constEnd())
            return known.value();
        auto found = find();
        if (!found)
            return found.status();
        if (m_peopleFound.size() >= 10000)
            m_peopleFound.clear();
        m_peopleFound.insert(key, found.value());
        return found.value();
    };
    const QChar roleMark = QChar(u'0' + int(role));

    const QString snilsText = snilsCell(cells, snilsField);
    if (!Snils::isBlank(snilsText)) {
        auto snils = Snils::parse(snilsText);
        if (!snils) {
            error(row, snilsField, snils.message());
            return 0;
        }
        const QString digits = snils.value().digits();
        auto ids = remembered(roleMark + u's' + digits, [&]() -> Result<QList<qint64>> {
            auto id = methodist ? MethodistRepository(*m_db).findBySnils(digits)
                                : TeacherRepository(*m_db).findBySnils(digits);
            if (!id)
                return id.status();
            return id.value() > 0 ? QList<qint64>{id.value()} : QList<qint64>{};
        });
        if (!ids) {
            error(row, snilsField, ids.message());
            return 0;
        }
        if (!ids.value().isEmpty())
            return ids.value().first();
        error(row, snilsField,
              (methodist ? Importer::tr("No methodist with the СНИЛС %1 is in the registry; import the methodists "
                                        "first.")
                         : Importer::tr("No teacher with the СНИЛС %1 is in the registry; import the teachers first."))
                  .arg(snils.value().formatted()));
        return 0;
    }
    QString last, first, middle;
    if (byParts) {
        last = cell(cells, ImportField::LastName);
        first = cell(cells, ImportField::FirstName);
        middle = cell(cells, ImportField::MiddleName);
    } else {
        const QStringList parts = cell(cells, nameField).split(u' ', Qt::SkipEmptyParts);
        last = parts.value(0);
        first = parts.value(1);
        middle = parts.mid(2).join(u' ');
    }
    if (last.isEmpty() || first.isEmpty()) {
        // Said at the СНИЛС column when both are empty and there is one.
        const bool nameGiven = !last.isEmpty() || !first.isEmpty();
        const ImportField at = !has(nameField) || (!nameGiven && role != Role::Teacher && has(snilsField))
                                   ? snilsField
                                   : nameField;
        error(row, at,
              methodist ? Importer::tr("A СНИЛС or the methodist's surname and first name are required.")
                        : Importer::tr("A СНИЛС or the teacher's surname and first name are required."));
        return 0;
    }
    const QString key = searchKey({last, first, middle});
    // The school tells namesakes apart (a member's row of the network names
    // the teacher's school as well).
    const QString organisation = role != Role::LoggedMethodist ? cell(cells, ImportField::Organisation) : QString();
    // Schools of one name are in many municipalities: the organisation's
    // municipality when the file gives it, else the row's (the unit's for a
    // member of the network); not recognised, any.
    QString municipalityText = cell(cells, ImportField::OrganisationMunicipality);
    if (municipalityText.isEmpty())
        municipalityText = cell(cells, ImportField::Municipality);
    const qint64 municipalityId =
        organisation.isEmpty() || municipalityText.isEmpty() ? 0 : m_lookups.municipalities.find(municipalityText);
    // Two ids are enough to know a name is not one person's.
    auto ids = remembered(roleMark + u'n' + key + u'|' + searchKey(organisation) + u'|' + QString::number(municipalityId),
                          [&]() {
                              if (methodist)
                                  return MethodistRepository(*m_db).findAllByName(key, 2);
                              const TeacherRepository teachers(*m_db);
                              return organisation.isEmpty()
                                         ? teachers.findAllByName(key, 2)
                                         : teachers.findAllByName(key, organisation, municipalityId, 2);
                          });
    if (!ids) {
        error(row, nameField, ids.message());
        return 0;
    }
    const QString name = QStringList{last, first, middle}.join(u' ').trimmed();
    if (ids.value().isEmpty()) {
        error(row, nameField,
              methodist                ? Importer::tr("No methodist «%1» is in the registry; import the methodists first.")
                                             .arg(name)
              : organisation.isEmpty() ? Importer::tr("No teacher «%1» is in the registry; import the teachers first.")
                                             .arg(name)
                                       : Importer::tr("No teacher «%1» of «%2» is in the registry.").arg(name, organisation));
        return 0;
    }
    if (ids.value().size() > 1) {
        error(row, nameField,
              methodist ? Importer::tr("Several methodists named «%1» are in the registry; add the СНИЛС to tell them "
                                       "apart.")
                              .arg(name)
              : role == Role::LoggedTeacher
                  ? Importer::tr("Several teachers named «%1» are in the registry; add the СНИЛС to tell them apart.")
                        .arg(name)
                  : Importer::tr("Several teachers named «%1» are in the registry; add the СНИЛС or the organisation "
                                 "to tell them apart.")
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
    // On a server the import is one row of the audit, not one per row.
    AuditWriter audit(*m_db);
    if (Status status = audit.quietRowAudit(); !status)
        return status;
    if (m_kind == ImportKind::Teachers) {
        TeacherColumns present;
        present.position = has(ImportField::Position);
        present.experience = has(ImportField::Experience);
        present.qualificationCategory = has(ImportField::QualificationCategory);
        present.competenceLevel = has(ImportField::CompetenceLevel);
        present.supportCategories = has(ImportField::SupportCategories);
        present.categoryAssignedOn = has(ImportField::CategoryAssignedOn);
        present.categoryApplied = has(ImportField::CategoryApplied) || has(ImportField::CategoryAppliedOn);
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
        case ImportKind::WorkLog:
            return writeWorkLog(row, cells);
        case ImportKind::Catalogue:
            return writeCatalogue(row, cells);
        case ImportKind::Network:
            return writeNetworkUnit(row, cells);
        case ImportKind::NetworkMembers:
            return writeNetworkMember(row, cells);
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
    suggestValues();
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
    const QString table = auditedTable(m_kind);
    if (Status status = audit.recordBulk(table, u'I', m_report.created); !status)
        return status;
    if (Status status = audit.recordBulk(table, u'U', m_report.updated); !status)
        return status;
    // The schools a registry of people brought with it.
    if (m_kind != ImportKind::Organisations)
        if (Status status = audit.recordBulk(QStringLiteral("organisations"), u'I', m_report.organisationsCreated);
            !status)
            return status;
    if (Status status = transaction.commit(); !status)
        return status;
    m_report.written = true;
    if (m_progress)
        m_progress->report(1000, 1000);
    return m_report;
}

} // namespace metodist::importing
