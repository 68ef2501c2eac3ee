#include "services/RegistryExport.h"

#include "documents/CsvWriter.h"
#include "documents/XlsxWriter.h"
#include "domain/Snils.h"
#include "storage/CatalogueRepository.h"
#include "storage/MethodistRepository.h"
#include "storage/NetworkRepository.h"
#include "storage/OrganisationRepository.h"
#include "storage/TeacherRepository.h"

#include <QFileInfo>
#include <QLocale>

namespace metodist {

namespace {

constexpr int pageSize = 5000;

QList<ImportField> exportFields(ImportKind kind)
{
    using F = ImportField;
    switch (kind) {
    case ImportKind::Teachers:
        return {F::LastName, F::FirstName, F::MiddleName, F::Snils, F::Municipality, F::Organisation, F::Position,
                F::Subject, F::Experience, F::QualificationCategory, F::SupportCategories, F::CompetenceLevel,
                F::CategoryAssignedOn, F::CategoryApplied, F::CategoryAppliedOn};
    case ImportKind::Methodists:
        return {F::LastName, F::FirstName, F::MiddleName, F::Snils, F::Municipality, F::Organisation, F::Position,
                F::Subject, F::EmploymentForm, F::QualificationCategory, F::Education, F::Experience, F::Capacity,
                F::FederalPk, F::CategoryAssignedOn, F::Active, F::JoinedOn, F::LeftOn, F::LeftReason, F::Phone,
                F::Email, F::Rate};
    case ImportKind::Development:
        return {F::LastName, F::FirstName, F::MiddleName, F::Snils, F::Organisation, F::Program, F::Hours,
                F::FederalRegistry, F::CompletedOn};
    case ImportKind::Diagnostics:
        return {F::LastName, F::FirstName, F::MiddleName, F::Snils, F::Organisation, F::DiagnosedOn,
                F::CompetenceLevel, F::Deficits, F::Notes};
    case ImportKind::Catalogue:
        return {F::Title, F::CatalogueKind, F::Provider, F::Hours, F::Form, F::FederalRegistry, F::Subjects,
                F::Deficits, F::Levels};
    case ImportKind::Network:
        return {F::CatalogueKind, F::Title, F::Municipality, F::Organisation, F::OrganisationMunicipality, F::Subject,
                F::Theme, F::HeadName, F::Notes};
    case ImportKind::NetworkMembers:
        return {F::NetworkUnit, F::CatalogueKind, F::Municipality, F::TeacherSnils, F::TeacherName,
                F::MethodistSnils, F::MethodistName, F::Organisation, F::OrganisationMunicipality, F::MemberRole};
    default:
        return ImportColumns::fields(kind);
    }
}

// «25.03.2026», as the import reads it back; empty when not known.
QString dayText(const QDate &date)
{
    return date.isValid() ? date.toString(QStringLiteral("dd.MM.yyyy")) : QString();
}

QString yesNo(bool value)
{
    return value ? QStringLiteral("да") : QStringLiteral("нет");
}

// The network's units, or their members and covered schools one a row, as
// the network imports read them back.
Status networkRows(const Database &db, ImportKind kind, ExportTable &table)
{
    const NetworkRepository network(db);
    auto units = network.units();
    if (!units)
        return units.status();
    for (const NetworkUnit &u : units.value()) {
        if (kind == ImportKind::Network) {
            // The host's municipality is written when it is not the unit's.
            QString hostMunicipality;
            if (u.organisationId > 0) {
                auto host = OrganisationRepository(db).get(u.organisationId);
                if (!host)
                    return host.status();
                if (host.value().municipalityId != u.municipalityId)
                    hostMunicipality = host.value().municipality;
            }
            table.rows.append({u.kindName, u.name, u.municipality, u.organisation, hostMunicipality, u.subject, u.theme,
                               u.headName, u.note});
            continue;
        }
        auto members = network.members(u.id);
        if (!members)
            return members.status();
        for (const NetworkMember &m : members.value()) {
            const QString snils = Snils::format(m.snils);
            const QString role = m.head ? QStringLiteral("руководитель") : QStringLiteral("участник");
            // A teacher's school too: it tells namesakes without a СНИЛС apart
            // when the file is imported again.
            if (m.teacherId > 0)
                table.rows.append({u.name, u.kindName, u.municipality, snils, m.name, QString(), QString(),
                                   m.organisation, m.municipality != u.municipality ? m.municipality : QString(),
                                   role});
            else
                table.rows.append({u.name, u.kindName, u.municipality, QString(), QString(), snils, m.name, QString(),
                                   QString(), role});
        }
        auto covered = network.coveredOrganisations(u.id);
        if (!covered)
            return covered.status();
        for (const CoveredOrganisation &o : covered.value())
            table.rows.append({u.name, u.kindName, u.municipality, QString(), QString(), QString(), QString(), o.name,
                               o.municipalityId != u.municipalityId ? o.municipality : QString(), QString()});
    }
    return Status::success();
}

} // namespace

QList<QStringList> ExportTable::asText() const
{
    QList<QStringList> text{headers};
    for (const QVariantList &row : rows) {
        QStringList cells;
        for (const QVariant &value : row)
            cells << value.toString();
        text << cells;
    }
    return text;
}

ExportTable RegistryExport::templateFor(ImportKind kind)
{
    ExportTable table;
    table.title = ImportColumns::kindName(kind);
    for (ImportField field : exportFields(kind)) {
        table.headers << ImportColumns::header(field);
        table.textColumns << (field != ImportField::Experience && field != ImportField::Capacity
                              && field != ImportField::Hours && field != ImportField::DurationMinutes);
    }
    return table;
}

Result<ExportTable> RegistryExport::table(const Database &db, ImportKind kind, const RegistryFilter &filter,
                                          Progress *progress)
{
    ExportTable table = templateFor(kind);
    if (kind == ImportKind::Methodists)
        table.headers << tr("Meets the РМА requirements"), table.textColumns << true;
    if (kind == ImportKind::Teachers) {
        TeacherRepository teachers(db);
        auto total = teachers.count(filter);
        if (!total)
            return total.status();
        PageCursor cursor;
        for (;;) {
            auto page = teachers.page(filter, cursor, pageSize);
            if (!page)
                return page.status();
            for (const TeacherRow &t : page.value())
                table.rows.append({t.lastName, t.firstName, t.middleName, Snils::format(t.snils), t.municipality,
                                   t.organisation, t.position, t.subject, valueOrNull(t.experienceYears),
                                   t.qualificationCategory, t.supportCategories, t.competenceLevel,
                                   dayText(t.categoryAssignedOn), t.categoryApplied, dayText(t.categoryAppliedOn)});
            if (page.value().size() < pageSize)
                break;
            cursor = {page.value().last().sortValue, page.value().last().id};
            if (progress) {
                progress->report(table.rows.size(), total.value());
                if (progress->cancelled())
                    return Status::failure(tr("The export was cancelled."));
            }
        }
    } else if (kind == ImportKind::Methodists) {
        MethodistRepository methodists(db);
        PageCursor cursor;
        for (;;) {
            auto page = methodists.page(filter, cursor, pageSize);
            if (!page)
                return page.status();
            for (const MethodistRow &m : page.value())
                table.rows.append({m.lastName, m.firstName, m.middleName, Snils::format(m.snils), m.municipality,
                                   m.organisation, m.position, m.subject, m.employmentForm, m.qualificationCategory,
                                   m.educationLevel, valueOrNull(m.experienceYears), m.capacity, yesNo(m.federalPk),
                                   dayText(m.categoryAssignedOn), yesNo(m.active), dayText(m.joinedOn),
                                   dayText(m.leftOn), m.leftReason, m.phone, m.email,
                                   m.rate ? QVariant(QLocale(QLocale::Russian).toString(*m.rate, 'g', 3)) : QVariant(),
                                   m.shortfalls.isEmpty() ? yesNo(true)
                                                          : tr("no: %1").arg(m.shortfalls.join(QStringLiteral("; ")))});
            if (page.value().size() < pageSize)
                break;
            cursor = {page.value().last().sortValue, page.value().last().id};
        }
    } else if (kind == ImportKind::Organisations) {
        auto organisations = OrganisationRepository(db).list(filter.municipalityId, filter.search);
        if (!organisations)
            return organisations.status();
        for (const Organisation &o : organisations.value())
            table.rows.append({o.name, o.municipality, yesNo(o.lowResults), yesNo(o.growthPoint), yesNo(o.internshipSite),
                               yesNo(o.quantorium), yesNo(o.itCube), yesNo(o.mentoringModel)});
    } else if (kind == ImportKind::Catalogue) {
        auto entries = CatalogueRepository(db).entries();
        if (!entries)
            return entries.status();
        const QString separator = QStringLiteral("; ");
        for (const CatalogueEntry &e : entries.value())
            table.rows.append({e.title, e.kindName, e.provider, e.hours ? QVariant(*e.hours) : QVariant(),
                               CatalogueEntry::formName(e.form), yesNo(e.federalRegistry), e.subjects.join(separator),
                               e.deficits.join(separator), e.levels.join(separator)});
    } else if (kind == ImportKind::Network || kind == ImportKind::NetworkMembers) {
        if (Status status = networkRows(db, kind, table); !status)
            return status;
    } else {
        return Status::failure(tr("Only teachers, methodists and organisations can be exported."));
    }
    return table;
}

Status RegistryExport::write(const ExportTable &table, const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"csv")
        return CsvWriter::write(path, table.asText());
    if (suffix == u"xlsx") {
        QList<XlsxColumn> columns;
        for (int i = 0; i < table.headers.size(); ++i) {
            XlsxColumn column;
            column.title = table.headers[i];
            column.text = table.textColumns.value(i, true);
            columns << column;
        }
        return XlsxWriter::writeTable(path, table.title, columns, table.rows);
    }
    return Status::failure(tr("The file «%1» must end in .csv or .xlsx.").arg(path));
}

} // namespace metodist
