#include "services/import/ImportRun.h"

#include "domain/Network.h"
#include "domain/Snils.h"
#include "storage/NetworkRepository.h"
#include "storage/OrganisationRepository.h"

// The support network's rows: its units (ImportKind::Network), then their
// members and covered schools (ImportKind::NetworkMembers).

namespace metodist::importing {

namespace {

// «руководитель» or «участник» as offices write them; nullopt otherwise.
std::optional<bool> parseHead(const QString &text)
{
    const QString key = searchKey(text);
    static const QStringList heads{QStringLiteral("руководитель"), QStringLiteral("рук."), QStringLiteral("рук"),
                                   QStringLiteral("председатель"), QStringLiteral("head")};
    static const QStringList members{QString(), QStringLiteral("участник"), QStringLiteral("член"),
                                     QStringLiteral("член объединения"), QStringLiteral("member")};
    if (heads.contains(key))
        return true;
    if (members.contains(key))
        return false;
    return std::nullopt;
}

} // namespace

Result<qint64> ImportRun::networkOrganisation(int row, const QStringList &cells, qint64 unitMunicipalityId)
{
    const QString name = cell(cells, ImportField::Organisation);
    if (name.isEmpty())
        return qint64(0);
    const QString municipalityText = cell(cells, ImportField::OrganisationMunicipality);
    qint64 municipality = unitMunicipalityId;
    if (!municipalityText.isEmpty()) {
        municipality = lookup(row, ImportField::OrganisationMunicipality, m_lookups.municipalities, municipalityText,
                              false);
        if (municipality == 0)
            return qint64(0); // reported as an unknown value
    }
    const OrganisationRepository organisations(*m_db);
    if (municipality > 0) {
        auto found = organisations.find(municipality, name);
        if (!found)
            return found.status();
        if (found.value() == 0)
            error(row, ImportField::Organisation,
                  Importer::tr("No organisation «%1» is in «%2»; import the organisations first.")
                      .arg(name, m_lookups.municipalities.nameOf(municipality)));
        return found.value();
    }
    auto found = organisations.findAnywhere(name, 2);
    if (!found)
        return found.status();
    if (found.value().isEmpty()) {
        error(row, ImportField::Organisation,
              Importer::tr("No organisation «%1» is in the registry; import the organisations first.").arg(name));
        return qint64(0);
    }
    if (found.value().size() > 1) {
        error(row, ImportField::Organisation,
              Importer::tr("Organisations named «%1» are in several municipalities; name the municipality in the "
                           "column «%2».")
                  .arg(name, ImportColumns::header(ImportField::OrganisationMunicipality)));
        return qint64(0);
    }
    return found.value().first();
}

Status ImportRun::writeNetworkUnit(int row, const QStringList &cells)
{
    NetworkUnit unit;
    unit.name = cell(cells, ImportField::Title);
    if (unit.name.isEmpty())
        error(row, ImportField::Title, Importer::tr("The value is required."));
    unit.kindId = lookup(row, ImportField::CatalogueKind, m_lookups.networkKinds, cell(cells, ImportField::CatalogueKind),
                         true);
    // An empty municipality: a regional unit.
    const QString municipalityText = cell(cells, ImportField::Municipality);
    unit.municipalityId = lookup(row, ImportField::Municipality, m_lookups.municipalities, municipalityText, false);
    unit.subjectId = lookup(row, ImportField::Subject, m_lookups.subjects, cell(cells, ImportField::Subject), false);
    unit.theme = cell(cells, ImportField::Theme);
    unit.headName = cell(cells, ImportField::HeadName);
    unit.note = cell(cells, ImportField::Notes);
    if (municipalityText.isEmpty() || unit.municipalityId > 0) {
        auto host = networkOrganisation(row, cells, unit.municipalityId);
        if (!host)
            return host.status();
        unit.organisationId = host.value();
    }

    const QString identity = QStringLiteral("network|%1|%2|").arg(unit.kindId).arg(unit.municipalityId)
                             + searchKey(unit.name);
    if (const int earlier = m_seenPeople.value(identity, 0); earlier > 0 && !unit.name.isEmpty())
        error(row, ImportField::Title,
              Importer::tr("The same unit (kind, municipality and name) is already in row %1 of this file.")
                  .arg(earlier));
    else
        m_seenPeople.insert(identity, row);
    if (m_invalidRows.contains(row))
        return Status::success();
    NetworkWriter network(*m_db);
    auto existing = network.find(unit.kindId, unit.municipalityId, unit.name);
    if (!existing)
        return existing.status();
    unit.id = existing.value();
    ++(unit.id > 0 ? m_report.updated : m_report.created);
    return network.save(unit).status();
}

Status ImportRun::writeNetworkMember(int row, const QStringList &cells)
{
    const QString unitName = cell(cells, ImportField::NetworkUnit);
    if (unitName.isEmpty())
        error(row, ImportField::NetworkUnit, Importer::tr("The value is required."));
    const qint64 kindId = lookup(row, ImportField::CatalogueKind, m_lookups.networkKinds,
                                 cell(cells, ImportField::CatalogueKind), true);
    const QString municipalityText = cell(cells, ImportField::Municipality);
    const qint64 municipalityId =
        lookup(row, ImportField::Municipality, m_lookups.municipalities, municipalityText, false);
    const QString roleText = cell(cells, ImportField::MemberRole);
    const auto head = parseHead(roleText);
    if (!head)
        error(row, ImportField::MemberRole,
              Importer::tr("Expected «участник» or «руководитель», not «%1».").arg(roleText));

    // Who the row names: a teacher (СНИЛС, ФИО or the Педагог columns), a
    // methodist (the Методист columns), or else a covered school.
    const auto given = [&](ImportField snils, std::initializer_list<ImportField> names) {
        if (!Snils::isBlank(cell(cells, snils)))
            return true;
        return std::any_of(names.begin(), names.end(), [&](ImportField f) { return !cell(cells, f).isEmpty(); });
    };
    const bool teacher = given(ImportField::Snils, {ImportField::FullName, ImportField::LastName, ImportField::FirstName});
    const bool loggedTeacher = given(ImportField::TeacherSnils, {ImportField::TeacherName});
    const bool methodist = given(ImportField::MethodistSnils, {ImportField::MethodistName});
    if (int(teacher) + int(loggedTeacher) + int(methodist) > 1) {
        error(row, ImportField::NetworkUnit,
              Importer::tr("A row names one member: a teacher or a methodist, not both."));
        return Status::success();
    }
    const bool school = !teacher && !loggedTeacher && !methodist;
    if (school && cell(cells, ImportField::Organisation).isEmpty()) {
        error(row, ImportField::NetworkUnit,
              Importer::tr("The row names neither a member (СНИЛС or ФИО) nor a covered school (Организация)."));
        return Status::success();
    }
    if (m_invalidRows.contains(row))
        return Status::success();

    NetworkWriter network(*m_db);
    auto unit = network.find(kindId, municipalityId, unitName);
    if (!unit)
        return unit.status();
    if (unit.value() == 0) {
        error(row, ImportField::NetworkUnit,
              (municipalityId > 0
                   ? Importer::tr("No unit «%1» of the kind «%2» is in «%3»; import the units first.")
                         .arg(unitName, m_lookups.networkKinds.nameOf(kindId), m_lookups.municipalities.nameOf(municipalityId))
                   : Importer::tr("No regional unit «%1» of the kind «%2» is in the network; import the units first.")
                         .arg(unitName, m_lookups.networkKinds.nameOf(kindId))));
        return Status::success();
    }
    if (school) {
        auto organisation = networkOrganisation(row, cells, municipalityId);
        if (!organisation)
            return organisation.status();
        if (organisation.value() == 0)
            return Status::success();
        auto added = network.addCoveredOrganisation(unit.value(), organisation.value());
        if (!added)
            return added.status();
        ++(added.value() ? m_report.created : m_report.updated);
        return Status::success();
    }
    NetworkMember member;
    member.unitId = unit.value();
    member.head = head.value_or(false);
    if (methodist)
        member.methodistId = findPerson(row, cells, Role::LoggedMethodist);
    else
        member.teacherId = findPerson(row, cells, teacher ? Role::Teacher : Role::LoggedTeacher);
    if (member.teacherId == 0 && member.methodistId == 0)
        return Status::success(); // reported by findPerson
    auto added = network.addMember(member);
    if (!added)
        return added.status();
    ++(added.value() ? m_report.created : m_report.updated);
    return Status::success();
}

} // namespace metodist::importing
