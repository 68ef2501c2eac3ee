#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QStringList>

namespace metodist {

// Registries, and records about people already in the registry: teachers'
// professional development (ПК) and diagnostics results, and the
// methodists' work log.
enum class ImportKind {
    Teachers, Methodists, Organisations, Municipalities, Subjects, Development, Diagnostics, WorkLog,
    // The catalogue of programmes and activities for routes.
    Catalogue,
    // The support network: its units, then their members and covered schools.
    Network, NetworkMembers
};

enum class ImportField {
    LastName, FirstName, MiddleName, FullName, Snils, Municipality, Organisation, Position, Subject,
    Experience, QualificationCategory, SupportCategories, CompetenceLevel, EmploymentForm, Education,
    Capacity, FederalPk, LowResults, GrowthPoint, InternshipSite,
    Program, Hours, FederalRegistry, CompletedOn, DiagnosedOn, Deficits, Notes,
    // The work log: each person by СНИЛС or by full name.
    MethodistSnils, TeacherSnils, WorkKind, WorkDate, DurationMinutes, WorkResult, MethodistName, TeacherName,
    // The catalogue: the title is Program's column or Title's.
    Title, CatalogueKind, Provider, Form, Subjects, Levels,
    // Qualification categories since 2023 and the РМА kept current.
    CategoryAssignedOn, CategoryApplied, CategoryAppliedOn, Active, JoinedOn, LeftOn, LeftReason, Phone, Email, Rate,
    // Schools of the national projects and of the mentoring model.
    Quantorium, ItCube, MentoringModel,
    // The support network: a unit's name is Title's column and its kind
    // CatalogueKind's («Вид»); a member's row names the unit in NetworkUnit's.
    Theme, HeadName, NetworkUnit, MemberRole, OrganisationMunicipality
};

// Which header of a spreadsheet means which field, per kind of registry.
// Headers are compared by search key (case, ё and spacing do not matter).
class ImportColumns
{
    Q_DECLARE_TR_FUNCTIONS(ImportColumns)

public:
    static QList<ImportField> fields(ImportKind kind);
    // The columns a header must have: one field of each group (a name is
    // either the three parts or one ФИО column; records about people already
    // in the registry may name them by СНИЛС alone).
    static QList<QList<ImportField>> requiredColumns(ImportKind kind);
    // The canonical Russian header, as the template writes it.
    static QString header(ImportField field);
    static std::optional<ImportField> fieldForHeader(ImportKind kind, const QString &header);
    static std::optional<ImportKind> kindFromName(const QString &name);
    static QString kindName(ImportKind kind);
};

} // namespace metodist
