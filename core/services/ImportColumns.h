#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QStringList>

namespace metodist {

// Registries, and records about teachers already in the registry: their
// professional development (ПК) and diagnostics results.
enum class ImportKind { Teachers, Methodists, Organisations, Municipalities, Subjects, Development, Diagnostics };

enum class ImportField {
    LastName, FirstName, MiddleName, FullName, Snils, Municipality, Organisation, Position, Subject,
    Experience, QualificationCategory, SupportCategories, CompetenceLevel, EmploymentForm, Education,
    Capacity, FederalPk, LowResults, GrowthPoint, InternshipSite,
    Program, Hours, FederalRegistry, CompletedOn, DiagnosedOn, Deficits, Notes
};

// Which header of a spreadsheet means which field, per kind of registry.
// Headers are compared by search key (case, ё and spacing do not matter).
class ImportColumns
{
    Q_DECLARE_TR_FUNCTIONS(ImportColumns)

public:
    static QList<ImportField> fields(ImportKind kind);
    // Fields that must be present as columns (a name is either the three
    // parts or one ФИО column).
    static QList<ImportField> requiredFields(ImportKind kind);
    // The canonical Russian header, as the template writes it.
    static QString header(ImportField field);
    static std::optional<ImportField> fieldForHeader(ImportKind kind, const QString &header);
    static std::optional<ImportKind> kindFromName(const QString &name);
    static QString kindName(ImportKind kind);
};

} // namespace metodist
