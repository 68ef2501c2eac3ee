#include "services/import/ImportRun.h"

#include "documents/CellSafety.h"
#include "domain/Methodist.h"
#include "domain/Snils.h"
#include "domain/Teacher.h"
#include "domain/TextRules.h"
#include "storage/CatalogueRepository.h"
#include "storage/DevelopmentRepository.h"
#include "storage/MethodistRepository.h"
#include "storage/OrganisationRepository.h"
#include "storage/TeacherRepository.h"
#include "storage/WorkLogRepository.h"

#include <QRegularExpression>

// The row writers: what each kind of import makes of a row.

namespace metodist::importing {

Status ImportRun::writePk(int row, const QStringList &cells)
{
    PkRecord record;
    record.teacherId = findPerson(row, cells, Role::Teacher);
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
    DevelopmentWriter development(*m_db);
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

Status ImportRun::writeCatalogue(int row, const QStringList &cells)
{
    CatalogueEntry entry;
    const ImportField titleField = has(ImportField::Title) ? ImportField::Title : ImportField::Program;
    entry.title = cell(cells, titleField);
    if (entry.title.isEmpty())
        error(row, titleField, Importer::tr("The value is required."));
    entry.kindId = lookup(row, ImportField::CatalogueKind, m_lookups.routeKinds, cell(cells, ImportField::CatalogueKind),
                          true);
    entry.provider = cell(cells, ImportField::Provider);
    if (const QString text = cell(cells, ImportField::Hours); !text.isEmpty()) {
        entry.hours = parseWhole(text);
        if (!entry.hours || *entry.hours <= 0)
            error(row, ImportField::Hours, Importer::tr("The hours must be a whole positive number, not «%1».").arg(text));
    }
    const QString formText = cell(cells, ImportField::Form);
    const auto form = CatalogueEntry::parseForm(formText);
    if (!form)
        error(row, ImportField::Form,
              Importer::tr("Expected «очно», «дистанционно» or «смешанно», not «%1».").arg(formText));
    entry.form = form.value_or(CatalogueForm::Unknown);
    const QString federalText = cell(cells, ImportField::FederalRegistry);
    const auto federal = parseYesNo(federalText);
    if (!federal)
        error(row, ImportField::FederalRegistry, Importer::tr("Expected «да» or «нет», not «%1».").arg(federalText));
    entry.federalRegistry = federal.value_or(false);
    for (const ImportField field : {ImportField::Subjects, ImportField::Subject})
        entry.subjectIds << lookupMany(row, field, m_lookups.subjects, cell(cells, field));
    entry.deficitAreaIds = lookupMany(row, ImportField::Deficits, m_lookups.deficits, cell(cells, ImportField::Deficits));
    for (const ImportField field : {ImportField::Levels, ImportField::CompetenceLevel})
        entry.levelIds << lookupMany(row, field, m_lookups.levels, cell(cells, field));

    const QString identity = QStringLiteral("catalogue|") + searchKey(entry.title) + u'|' + searchKey(entry.provider);
    if (const int earlier = m_seenPeople.value(identity, 0); earlier > 0 && !entry.title.isEmpty())
        error(row, titleField, Importer::tr("The same entry (title and provider) is already in row %1 of this file.")
                                   .arg(earlier));
    else
        m_seenPeople.insert(identity, row);
    if (m_invalidRows.contains(row))
        return Status::success();
    CatalogueWriter catalogue(*m_db);
    auto existing = catalogue.find(entry.title, entry.provider);
    if (!existing)
        return existing.status();
    entry.id = existing.value();
    ++(entry.id > 0 ? m_report.updated : m_report.created);
    return catalogue.save(entry).status();
}

Status ImportRun::writeWorkLog(int row, const QStringList &cells)
{
    WorkLogEntry entry;
    entry.methodistId = findPerson(row, cells, Role::LoggedMethodist);
    entry.teacherId = findPerson(row, cells, Role::LoggedTeacher);
    entry.workKindId = lookup(row, ImportField::WorkKind, m_lookups.workKinds, cell(cells, ImportField::WorkKind), true);
    entry.workedOn = date(row, ImportField::WorkDate, cells, true).value_or(QDate());
    if (const QString text = cell(cells, ImportField::DurationMinutes); !text.isEmpty()) {
        const auto minutes = parseWhole(text);
        if (!minutes || *minutes <= 0)
            error(row, ImportField::DurationMinutes,
                  Importer::tr("«%1» is not a positive whole number of minutes.").arg(text));
        else
            entry.durationMinutes = *minutes;
    }
    entry.result = cell(cells, ImportField::WorkResult);
    // A file with a fault is only checked on, unless its good rows are wanted.
    if (m_invalidRows.contains(row) || (!m_invalidRows.isEmpty() && !m_options.skipInvalid))
        return Status::success();
    ++m_report.created;
    return WorkLogWriter(*m_db).insert(entry).status();
}

Status ImportRun::writeDiagnostic(int row, const QStringList &cells)
{
    Diagnostic diagnostic;
    diagnostic.teacherId = findPerson(row, cells, Role::Teacher);
    diagnostic.diagnosedOn = date(row, ImportField::DiagnosedOn, cells, true).value_or(QDate());
    diagnostic.competenceLevelId = lookup(row, ImportField::CompetenceLevel, m_lookups.levels,
                                          cell(cells, ImportField::CompetenceLevel), true);
    for (const qint64 id : lookupMany(row, ImportField::Deficits, m_lookups.deficits, cell(cells, ImportField::Deficits)))
        if (!diagnostic.deficitAreaIds.contains(id))
            diagnostic.deficitAreaIds.append(id);
    diagnostic.notes = cell(cells, ImportField::Notes);
    if (m_invalidRows.contains(row))
        return Status::success();
    DevelopmentWriter development(*m_db);
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
        auto found = OrganisationWriter(*m_db).findOrCreate(municipalityId, name, &created);
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
    for (const qint64 id :
         lookupMany(row, ImportField::SupportCategories, m_lookups.support, cell(cells, ImportField::SupportCategories)))
        if (!support.contains(id))
            support.append(id);
    std::optional<int> experience;
    if (const QString text = cell(cells, ImportField::Experience); !text.isEmpty()) {
        experience = parseWhole(text);
        if (!experience)
            error(row, ImportField::Experience, Importer::tr("The experience must be a whole number of years, not «%1».").arg(text));
    }
    if (person.organisation.isEmpty())
        error(row, ImportField::Organisation, Importer::tr("The value is required."));
    const QDate categoryOn = date(row, ImportField::CategoryAssignedOn, cells, false).value_or(QDate());
    const qint64 applied = lookup(row, ImportField::CategoryApplied, m_lookups.categories,
                                  cell(cells, ImportField::CategoryApplied), false);
    const QDate appliedOn = date(row, ImportField::CategoryAppliedOn, cells, false).value_or(QDate());
    if (appliedOn.isValid() && applied == 0 && cell(cells, ImportField::CategoryApplied).isEmpty())
        error(row, ImportField::CategoryApplied,
              Importer::tr("The date of application is given; name the category applied for."));
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
    t.categoryAssignedOn = categoryOn;
    t.categoryAppliedId = applied;
    t.categoryAppliedOn = appliedOn;
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
    const QString activeText = cell(cells, ImportField::Active);
    const auto active = activeText.isEmpty() ? std::optional<bool>(true) : parseYesNo(activeText);
    if (!active)
        error(row, ImportField::Active, Importer::tr("Expected «да» or «нет», not «%1».").arg(activeText));
    const QDate categoryOn = date(row, ImportField::CategoryAssignedOn, cells, false).value_or(QDate());
    const QDate joinedOn = date(row, ImportField::JoinedOn, cells, false).value_or(QDate());
    const QDate leftOn = date(row, ImportField::LeftOn, cells, false).value_or(QDate());
    std::optional<double> rate;
    if (const QString text = cell(cells, ImportField::Rate); !text.isEmpty()) {
        bool ok = false;
        const double value = QString(text).replace(u',', u'.').toDouble(&ok);
        if (!ok || value <= 0.0 || value > 2.0)
            error(row, ImportField::Rate, Importer::tr("The rate must be a number above 0 and at most 2, e.g. 0,5; "
                                                       "not «%1».").arg(text));
        else
            rate = value;
    }
    if (m_invalidRows.contains(row))
        return Status::success();

    MethodistWriter methodists(*m_db);
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
    if (has(ImportField::CategoryAssignedOn))
        m.categoryAssignedOn = categoryOn;
    if (has(ImportField::JoinedOn))
        m.joinedOn = joinedOn;
    if (has(ImportField::LeftOn))
        m.leftOn = leftOn;
    if (has(ImportField::LeftReason))
        m.leftReason = cell(cells, ImportField::LeftReason);
    if (has(ImportField::Phone))
        m.phone = cell(cells, ImportField::Phone);
    if (has(ImportField::Email))
        m.email = cell(cells, ImportField::Email);
    if (has(ImportField::Rate))
        m.rate = rate;
    // A date of leaving in the past makes the methodist inactive unless the
    // file says otherwise.
    if (has(ImportField::Active))
        m.active = *active;
    else if (has(ImportField::LeftOn) && leftOn.isValid() && leftOn <= QDate::currentDate())
        m.active = false;
    if (const QString problem = m.textProblem(); !problem.isEmpty()) {
        // The column at fault: the dates, the address, else the texts.
        ImportField field = ImportField::Phone;
        if (m.joinedOn.isValid() && m.leftOn.isValid() && m.leftOn < m.joinedOn)
            field = has(ImportField::LeftOn) ? ImportField::LeftOn : ImportField::JoinedOn;
        else if (!Methodist::isEmailAddress(m.email))
            field = ImportField::Email;
        else if (!TextRules::problem(m.leftReason, TextKind::Line).isEmpty())
            field = ImportField::LeftReason;
        error(row, field, problem);
        return Status::success();
    }

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
    const std::pair<ImportField, bool Organisation::*> flags[] = {
        {ImportField::LowResults, &Organisation::lowResults}, {ImportField::GrowthPoint, &Organisation::growthPoint},
        {ImportField::InternshipSite, &Organisation::internshipSite}, {ImportField::Quantorium, &Organisation::quantorium},
        {ImportField::ItCube, &Organisation::itCube}, {ImportField::MentoringModel, &Organisation::mentoringModel}};
    QList<std::pair<bool Organisation::*, bool>> given;
    for (const auto &[field, target] : flags) {
        if (!has(field))
            continue; // an older file without the column keeps what is stored
        const QString text = cell(cells, field);
        const auto value = parseYesNo(text);
        if (!value)
            error(row, field, Importer::tr("Expected «да» or «нет», not «%1».").arg(text));
        else
            given.append({target, *value});
    }
    if (m_invalidRows.contains(row))
        return Status::success();
    OrganisationWriter organisations(*m_db);
    auto existing = organisations.find(municipality, name);
    if (!existing)
        return existing.status();
    if (existing.value() > 0) {
        auto stored = organisations.get(existing.value());
        if (!stored)
            return stored.status();
        o = stored.value();
    }
    o.name = name;
    o.municipalityId = municipality;
    for (const auto &[target, value] : given)
        o.*target = value;
    if (existing.value() > 0) {
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
    auto added = DictionaryWriter(*m_db).ensure(dictionary, {QString(), name, QString()});
    if (!added)
        return added.status();
    ++(added.value() ? m_report.created : m_report.updated);
    return Status::success();
}

} // namespace metodist::importing
