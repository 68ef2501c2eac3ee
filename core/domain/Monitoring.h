#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace metodist {

// What a figure counts; a drill-down lists people (or schools, activities,
// routes) of that kind.
enum class MonitoringSubject { Teachers, Methodists, Organisations, Activities, Routes };

// How a value reads: a share (0..1, shown as a percentage), a ratio (teachers
// per methodist) or a count.
enum class IndicatorUnit { Share, Ratio };

// Met when value ≥ target (AtLeast) or value ≤ target (AtMost).
enum class TargetRule { AtLeast, AtMost };

// The part of a figure a drill-down lists: the people counted above the line,
// below it, or those below and not above (e.g. teachers not covered).
enum class DrillPart { Numerator, Denominator, Missing };

// One indicator of the regional monitoring as the program knows it. Computed
// indicators come from the data; manual ones are entered per municipality and
// year (e.g. from surveys) and summed for the region.
struct IndicatorDefinition
{
    QString code;
    int block = 1; // 1..4, the monitoring_blocks dictionary in order
    const char *title = nullptr;       // source text for MonitoringCatalogue::title()
    const char *numeratorText = nullptr;
    const char *denominatorText = nullptr;
    IndicatorUnit unit = IndicatorUnit::Share;
    std::optional<double> target;
    TargetRule rule = TargetRule::AtLeast;
    bool manual = false;
    MonitoringSubject numeratorSubject = MonitoringSubject::Teachers;
    MonitoringSubject denominatorSubject = MonitoringSubject::Teachers;
};

// A computed or entered figure. Without a denominator (nothing to count, or
// nothing entered) the value is empty, never NaN, and met is unknown.
struct Indicator
{
    QString code;
    int block = 1;
    QString title;
    IndicatorUnit unit = IndicatorUnit::Share;
    std::optional<qint64> numerator;
    std::optional<qint64> denominator;
    std::optional<double> value;
    std::optional<double> target;
    TargetRule rule = TargetRule::AtLeast;
    std::optional<bool> met;
    bool entered = false; // typed in by staff rather than computed
};

struct MunicipalityIndicators
{
    qint64 municipalityId = 0; // 0: teachers whose organisation is not known
    QString municipality;
    QList<Indicator> indicators;
};

// Count per name, largest first, then by name.
using Counts = QList<QPair<QString, qint64>>;

// The regional methodical active (active methodists) by subject,
// municipality and form of employment.
struct Composition
{
    Counts bySubject;
    Counts byMunicipality;
    Counts byEmployment;
    qint64 total = 0;
};

struct MonitoringReport
{
    QString academicYear;
    qint64 municipalityId = 0; // 0: the whole region
    QString municipality;      // empty for the whole region
    QString region;            // as the settings name it, may be empty
    QString institution;       // as set for orders, may be empty: the title page's heading
    QDateTime generatedAt;
    QList<Indicator> indicators;
    Composition composition;
    QList<MunicipalityIndicators> byMunicipality;

    const Indicator *indicator(const QString &code) const;
};

// A value entered by hand for a manual indicator.
struct ManualValue
{
    QString code;
    QString academicYear;
    qint64 municipalityId = 0;
    QString municipality;
    qint64 numerator = 0;
    qint64 denominator = 0;
    QString note;
};

// One line of a drill-down list.
struct DrillRow
{
    qint64 id = 0;
    QString name;         // person's full name, school, activity or route
    QString snils;        // people only
    QString municipality;
    QString organisation; // school; for activities and routes the methodist
    QString detail;       // subject, stage or progress
};

class MonitoringCatalogue
{
    Q_DECLARE_TR_FUNCTIONS(MonitoringCatalogue)

public:
    static constexpr int blockCount = 4;
    // Every indicator in report order (by block).
    static const QList<IndicatorDefinition> &definitions();
    static const IndicatorDefinition *find(const QString &code);
    static QString title(const IndicatorDefinition &definition);
    static QString numeratorText(const IndicatorDefinition &definition);
    static QString denominatorText(const IndicatorDefinition &definition);
    // «1. Научно-методическое сопровождение…», translated.
    static QString blockTitle(int block);

    // The figure from its counts: value, met, nothing when the denominator is 0.
    static Indicator evaluate(const IndicatorDefinition &definition, std::optional<qint64> numerator,
                              std::optional<qint64> denominator);
    // «12,5 %», «58,6» or «—» in the current language.
    static QString formatValue(const Indicator &indicator);
    static QString formatTarget(const Indicator &indicator);
    // «1.14»: the number every table and chart gives indicator `index` of a
    // report — its block, then its place among that block's indicators.
    static QString numberOf(const QList<Indicator> &indicators, qsizetype index);
    static QString formatMet(const Indicator &indicator);
};

} // namespace metodist
