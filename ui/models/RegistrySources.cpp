#include "models/RegistrySources.h"

#include "domain/Snils.h"
#include "storage/MethodistRepository.h"
#include "storage/TeacherRepository.h"

namespace metodist {

QStringList TeacherSource::headers() const
{
    return {tr("Full name"), tr("СНИЛС"), tr("Municipality"), tr("Organisation"), tr("Position"), tr("Subject"),
            tr("Experience"), tr("Category"), tr("Competence"), tr("Support categories")};
}

std::optional<SortKey> TeacherSource::sortKey(int column) const
{
    // In the order of headers(); the support categories are a list, not a value.
    static const std::optional<SortKey> keys[] = {
        SortKey::Name,    SortKey::Snils,      SortKey::Municipality,          SortKey::Organisation,
        SortKey::Position, SortKey::Subject,   SortKey::Experience,            SortKey::QualificationCategory,
        SortKey::CompetenceLevel, std::nullopt};
    return column >= 0 && column < int(std::size(keys)) ? keys[column] : std::nullopt;
}

QString TeacherSource::count(const Database &db, const RegistryFilter &filter, qint64 *total) const
{
    auto count = TeacherRepository(db).count(filter);
    *total = count ? count.value() : 0;
    return count.message();
}

QString TeacherSource::page(const Database &db, const RegistryFilter &filter, const PageCursor &after, int limit,
                            RegistryChunk *page) const
{
    auto rows = TeacherRepository(db).page(filter, after, limit);
    if (!rows)
        return rows.message();
    for (const TeacherRow &t : rows.value()) {
        page->rows.append({t.fullName(), Snils::format(t.snils), t.municipality, t.organisation, t.position,
                           t.subject, valueOrNull(t.experienceYears), t.qualificationCategory, t.competenceLevel,
                           t.supportCategories});
        page->ids.append(t.id);
        page->warnings.append(QStringList());
        page->last = {t.sortValue, t.id};
    }
    return {};
}

QStringList MethodistSource::headers() const
{
    return {tr("Full name"), tr("СНИЛС"), tr("Municipality"), tr("Subject"), tr("Form of employment"),
            tr("Category"), tr("Education"), tr("Experience"), tr("Load"), tr("Federal ПК"), tr("РМА requirements")};
}

std::optional<SortKey> MethodistSource::sortKey(int column) const
{
    // In the order of headers(); federal ПК and the requirements are yes/no.
    static const std::optional<SortKey> keys[] = {
        SortKey::Name,           SortKey::Snils,   SortKey::Municipality,
        SortKey::Subject,        SortKey::EmploymentForm, SortKey::QualificationCategory,
        SortKey::Education,      SortKey::Experience,     SortKey::Capacity,
        std::nullopt,            std::nullopt};
    return column >= 0 && column < int(std::size(keys)) ? keys[column] : std::nullopt;
}

QString MethodistSource::count(const Database &db, const RegistryFilter &filter, qint64 *total) const
{
    auto count = MethodistRepository(db).count(filter);
    *total = count ? count.value() : 0;
    return count.message();
}

QString MethodistSource::page(const Database &db, const RegistryFilter &filter, const PageCursor &after, int limit,
                              RegistryChunk *page) const
{
    auto rows = MethodistRepository(db).page(filter, after, limit);
    if (!rows)
        return rows.message();
    for (const MethodistRow &m : rows.value()) {
        page->rows.append({m.fullName(), Snils::format(m.snils), m.municipality, m.subject, m.employmentForm,
                           m.qualificationCategory, m.educationLevel, valueOrNull(m.experienceYears), m.capacity,
                           m.federalPk ? tr("yes") : tr("no"),
                           m.shortfalls.isEmpty() ? tr("met") : tr("not met: %1").arg(m.shortfalls.join(QStringLiteral("; ")))});
        page->ids.append(m.id);
        page->warnings.append(m.shortfalls);
        page->last = {m.sortValue, m.id};
    }
    return {};
}

} // namespace metodist
