#include "domain/Monitoring.h"

#include <QLocale>

#include <cmath>

namespace metodist {

const Indicator *MonitoringReport::indicator(const QString &code) const
{
    for (const Indicator &i : indicators)
        if (i.code == code)
            return &i;
    return nullptr;
}

const QList<IndicatorDefinition> &MonitoringCatalogue::definitions()
{
    using S = MonitoringSubject;
    static const QList<IndicatorDefinition> all{
        // Block 1: scientific-methodical support of teachers.
        {QStringLiteral("methodists_pk_federal_share"), 1,
         QT_TR_NOOP("Share of regional methodists who passed professional development on federal-registry programmes"),
         QT_TR_NOOP("Methodists with federal-registry professional development"), QT_TR_NOOP("Active methodists"),
         IndicatorUnit::Share, 1.0, TargetRule::AtLeast, false, S::Methodists, S::Methodists},
        {QStringLiteral("teachers_covered_share"), 1,
         QT_TR_NOOP("Share of teachers involved in the system of methodical support (assigned to a methodist)"),
         QT_TR_NOOP("Teachers with an active assignment this year"), QT_TR_NOOP("Teachers"), IndicatorUnit::Share, 1.0,
         TargetRule::AtLeast, false, S::Teachers, S::Teachers},
        {QStringLiteral("teachers_route_share"), 1,
         QT_TR_NOOP("Share of teachers who passed the assessment of competences and follow an individual route"),
         QT_TR_NOOP("Diagnosed teachers with a route this year"), QT_TR_NOOP("Teachers"), IndicatorUnit::Share, 0.3,
         TargetRule::AtLeast, false, S::Teachers, S::Teachers},
        {QStringLiteral("teachers_pk_federal_share"), 1,
         QT_TR_NOOP("Share of teachers who passed professional development on federal-registry programmes this year"),
         QT_TR_NOOP("Teachers with federal-registry professional development completed this year"),
         QT_TR_NOOP("Teachers"), IndicatorUnit::Share, 0.2, TargetRule::AtLeast, false, S::Teachers, S::Teachers},
        {QStringLiteral("teachers_per_methodist"), 1, QT_TR_NOOP("Teachers per regional methodist"),
         QT_TR_NOOP("Teachers"), QT_TR_NOOP("Active methodists"), IndicatorUnit::Ratio, 60.0, TargetRule::AtMost, false,
         S::Teachers, S::Methodists},
        {QStringLiteral("teachers_worklog_share"), 1,
         QT_TR_NOOP("Share of assigned teachers the methodists worked with this year (work log)"),
         QT_TR_NOOP("Assigned teachers with work log entries this year"),
         QT_TR_NOOP("Teachers with an active assignment this year"), IndicatorUnit::Share, std::nullopt,
         TargetRule::AtLeast, false, S::Teachers, S::Teachers},
        {QStringLiteral("roadmap_activities_done_share"), 1,
         QT_TR_NOOP("Share of roadmap activities done"), QT_TR_NOOP("Activities done"),
         QT_TR_NOOP("Activities planned in the year's roadmaps"), IndicatorUnit::Share, std::nullopt,
         TargetRule::AtLeast, false, S::Activities, S::Activities},
        {QStringLiteral("routes_completed_share"), 1, QT_TR_NOOP("Share of individual routes completed"),
         QT_TR_NOOP("Routes with every item done"), QT_TR_NOOP("Routes of the year"), IndicatorUnit::Share,
         std::nullopt, TargetRule::AtLeast, false, S::Routes, S::Routes},
        // Block 1, management indicators of the Tyumen model and the figures
        // of the Kaliningrad model.
        {QStringLiteral("teachers_iom_share"), 1,
         QT_TR_NOOP("Share of teachers with an individual route (ИОМ) developed by a methodist"),
         QT_TR_NOOP("Teachers with a route this year"), QT_TR_NOOP("Teachers"), IndicatorUnit::Share, std::nullopt,
         TargetRule::AtLeast, false, S::Teachers, S::Teachers},
        {QStringLiteral("rma_teachers_share"), 1,
         QT_TR_NOOP("Share of teachers who are members of the regional methodical active (РМА)"),
         QT_TR_NOOP("Methodists in the РМА during the year"), QT_TR_NOOP("Teachers"), IndicatorUnit::Share,
         std::nullopt, TargetRule::AtLeast, false, S::Methodists, S::Teachers},
        {QStringLiteral("cmn_schools_share"), 1,
         QT_TR_NOOP("Share of schools covered by centres of methodical support (ЦМН)"),
         QT_TR_NOOP("Schools covered by a ЦМН"), QT_TR_NOOP("Schools"), IndicatorUnit::Share, std::nullopt,
         TargetRule::AtLeast, false, S::Organisations, S::Organisations},
        {QStringLiteral("cmn_teachers_share"), 1,
         QT_TR_NOOP("Share of teachers covered by centres of methodical support (ЦМН)"),
         QT_TR_NOOP("Teachers of schools covered by a ЦМН or its members"), QT_TR_NOOP("Teachers"),
         IndicatorUnit::Share, std::nullopt, TargetRule::AtLeast, false, S::Teachers, S::Teachers},
        {QStringLiteral("teachers_pk_federal_total_share"), 1,
         QT_TR_NOOP("Share of teachers trained on federal-registry programmes (all years up to the end of this one)"),
         QT_TR_NOOP("Teachers with federal-registry professional development completed by the end of the year"),
         QT_TR_NOOP("Teachers"), IndicatorUnit::Share, std::nullopt, TargetRule::AtLeast, false, S::Teachers,
         S::Teachers},
        {QStringLiteral("national_project_teachers_pk_share"), 1,
         QT_TR_NOOP("Share of teachers of «Точка роста», «Кванториум» and IT-куб trained on federal-registry "
                    "programmes"),
         QT_TR_NOOP("Teachers of national-project schools with federal-registry professional development"),
         QT_TR_NOOP("Teachers of national-project schools"), IndicatorUnit::Share, 1.0, TargetRule::AtLeast, false,
         S::Teachers, S::Teachers},
        // Block 2: methodical associations and professional communities.
        {QStringLiteral("association_heads_covered_share"), 2,
         QT_TR_NOOP("Share of heads of methodical associations and professional communities with methodical support"),
         QT_TR_NOOP("Heads of associations with an active assignment this year"),
         QT_TR_NOOP("Heads of methodical associations and professional communities"), IndicatorUnit::Share,
         std::nullopt, TargetRule::AtLeast, false, S::Teachers, S::Teachers},
        {QStringLiteral("associations_participation_share"), 2,
         QT_TR_NOOP("Share of teachers taking part in methodical associations and professional communities"),
         QT_TR_NOOP("Teachers who are members of a methodical association or a professional community"),
         QT_TR_NOOP("Teachers"), IndicatorUnit::Share, std::nullopt, TargetRule::AtLeast, false, S::Teachers,
         S::Teachers},
        {QStringLiteral("internship_schools_share"), 2,
         QT_TR_NOOP("Share of schools that are internship sites on a theme"),
         QT_TR_NOOP("Schools that are internship sites"), QT_TR_NOOP("Schools"), IndicatorUnit::Share, std::nullopt,
         TargetRule::AtLeast, false, S::Organisations, S::Organisations},
        {QStringLiteral("municipal_service_satisfaction_share"), 2,
         QT_TR_NOOP("Share of teachers satisfied with the municipal methodical service (survey)"),
         QT_TR_NOOP("Teachers satisfied"), QT_TR_NOOP("Teachers surveyed"), IndicatorUnit::Share, std::nullopt,
         TargetRule::AtLeast, true, S::Teachers, S::Teachers},
        // Block 3: support of young teachers.
        {QStringLiteral("young_teachers_supported_share"), 3,
         QT_TR_NOOP("Share of young teachers with a methodist or a mentor"),
         QT_TR_NOOP("Young teachers assigned to a methodist or with mentoring in their route"),
         QT_TR_NOOP("Young specialists and newcomers"), IndicatorUnit::Share, 1.0, TargetRule::AtLeast, false,
         S::Teachers, S::Teachers},
        {QStringLiteral("young_teachers_retained_share"), 3,
         QT_TR_NOOP("Share of young teachers who stayed in the profession"), QT_TR_NOOP("Young teachers who stayed"),
         QT_TR_NOOP("Young teachers"), IndicatorUnit::Share, std::nullopt, TargetRule::AtLeast, true, S::Teachers,
         S::Teachers},
        {QStringLiteral("young_teachers_attested_share"), 3,
         QT_TR_NOOP("Share of young teachers attested for the first category"),
         QT_TR_NOOP("Young teachers given the first category this year"), QT_TR_NOOP("Young specialists and newcomers"),
         IndicatorUnit::Share, std::nullopt, TargetRule::AtLeast, false, S::Teachers, S::Teachers},
        {QStringLiteral("young_teachers_contests_share"), 3,
         QT_TR_NOOP("Share of young teachers who take part in professional contests"),
         QT_TR_NOOP("Young teachers among the participants of professional contests"),
         QT_TR_NOOP("Young specialists and newcomers"), IndicatorUnit::Share, std::nullopt, TargetRule::AtLeast,
         false, S::Teachers, S::Teachers},
        {QStringLiteral("young_teachers_faculty_share"), 3,
         QT_TR_NOOP("Share of beginning teachers studying at the Faculty of pedagogical professions"),
         QT_TR_NOOP("Young teachers studying at the faculty"), QT_TR_NOOP("Young specialists and newcomers"),
         IndicatorUnit::Share, std::nullopt, TargetRule::AtLeast, false, S::Teachers, S::Teachers},
        {QStringLiteral("mentor_applicants_share"), 3,
         QT_TR_NOOP("Share of teachers who applied for the category «педагог-наставник»"),
         QT_TR_NOOP("Teachers who applied for «педагог-наставник» this year"), QT_TR_NOOP("Teachers"),
         IndicatorUnit::Share, std::nullopt, TargetRule::AtLeast, false, S::Teachers, S::Teachers},
        {QStringLiteral("mentoring_model_schools_share"), 3,
         QT_TR_NOOP("Share of schools fully running the target model of mentoring"),
         QT_TR_NOOP("Schools running the mentoring model"), QT_TR_NOOP("Schools"), IndicatorUnit::Share,
         std::nullopt, TargetRule::AtLeast, false, S::Organisations, S::Organisations},
        // Block 4: targeted support of schools with low results.
        {QStringLiteral("low_results_schools_covered_share"), 4,
         QT_TR_NOOP("Share of schools with low results whose teachers have methodical support"),
         QT_TR_NOOP("Schools with low results with at least one teacher assigned to a methodist"),
         QT_TR_NOOP("Schools with low results"), IndicatorUnit::Share, 1.0, TargetRule::AtLeast, false,
         S::Organisations, S::Organisations},
        {QStringLiteral("low_results_teachers_covered_share"), 4,
         QT_TR_NOOP("Share of teachers of schools with low results assigned to a methodist"),
         QT_TR_NOOP("Teachers of schools with low results with an active assignment this year"),
         QT_TR_NOOP("Teachers of schools with low results"), IndicatorUnit::Share, 1.0, TargetRule::AtLeast, false,
         S::Teachers, S::Teachers},
        {QStringLiteral("low_results_schools_improved_share"), 4,
         QT_TR_NOOP("Share of schools with low results that improved their results"),
         QT_TR_NOOP("Schools that improved"), QT_TR_NOOP("Schools with low results"), IndicatorUnit::Share,
         std::nullopt, TargetRule::AtLeast, true, S::Organisations, S::Organisations},
    };
    return all;
}

const IndicatorDefinition *MonitoringCatalogue::find(const QString &code)
{
    for (const IndicatorDefinition &d : definitions())
        if (d.code == code)
            return &d;
    return nullptr;
}

QString MonitoringCatalogue::title(const IndicatorDefinition &definition)
{
    return tr(definition.title);
}

QString MonitoringCatalogue::numeratorText(const IndicatorDefinition &definition)
{
    return tr(definition.numeratorText);
}

QString MonitoringCatalogue::denominatorText(const IndicatorDefinition &definition)
{
    return tr(definition.denominatorText);
}

QString MonitoringCatalogue::blockTitle(int block)
{
    switch (block) {
    case 1:
        return tr("1. Scientific-methodical support of teachers");
    case 2:
        return tr("2. Development of methodical associations and professional communities");
    case 3:
        return tr("3. Support of young teachers");
    case 4:
        return tr("4. Targeted support of schools with low results and in adverse social conditions");
    default:
        return {};
    }
}

Indicator MonitoringCatalogue::evaluate(const IndicatorDefinition &d, std::optional<qint64> numerator,
                                        std::optional<qint64> denominator)
{
    Indicator i;
    i.code = d.code;
    i.block = d.block;
    i.title = title(d);
    i.unit = d.unit;
    i.numerator = numerator;
    i.denominator = denominator;
    i.target = d.target;
    i.rule = d.rule;
    i.entered = d.manual;
    if (numerator && denominator && *denominator > 0) {
        i.value = double(*numerator) / double(*denominator);
        if (d.target) {
            // Compared on the rounded figure the reader sees (0.1 % or 0.1).
            const double scale = d.unit == IndicatorUnit::Share ? 1000.0 : 10.0;
            const double shown = std::round(*i.value * scale) / scale;
            i.met = d.rule == TargetRule::AtLeast ? shown >= *d.target : shown <= *d.target;
        }
    }
    return i;
}

QString MonitoringCatalogue::formatValue(const Indicator &i)
{
    if (!i.value)
        return QStringLiteral("—");
    const QLocale locale;
    if (i.unit == IndicatorUnit::Share)
        return locale.toString(*i.value * 100.0, 'f', 1) + QStringLiteral(" %");
    return locale.toString(*i.value, 'f', 1);
}

QString MonitoringCatalogue::numberOf(const QList<Indicator> &indicators, qsizetype index)
{
    const int block = indicators.at(index).block;
    int number = 0;
    for (qsizetype k = 0; k <= index; ++k)
        if (indicators.at(k).block == block)
            ++number;
    return QStringLiteral("%1.%2").arg(block).arg(number);
}

QString MonitoringCatalogue::formatTarget(const Indicator &i)
{
    if (!i.target)
        return {};
    const QLocale locale;
    const QString number = i.unit == IndicatorUnit::Share
                               ? locale.toString(*i.target * 100.0, 'f', 0) + QStringLiteral(" %")
                               : locale.toString(*i.target, 'f', 0);
    if (i.unit == IndicatorUnit::Share && *i.target >= 1.0)
        return number;
    return (i.rule == TargetRule::AtLeast ? QStringLiteral("≥ ") : QStringLiteral("≤ ")) + number;
}

QString MonitoringCatalogue::formatMet(const Indicator &i)
{
    if (!i.met)
        return i.target ? QStringLiteral("—") : QString();
    return *i.met ? tr("met") : tr("not met");
}

} // namespace metodist
