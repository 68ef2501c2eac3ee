#include "services/MonitoringService.h"

#include "documents/CsvWriter.h"
#include "documents/MonitoringPdf.h"
#include "documents/MonitoringXlsx.h"
#include "documents/XlsxWriter.h"
#include "domain/AcademicYear.h"
#include "storage/MonitoringRepository.h"
#include "storage/SettingsRepository.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QSaveFile>

#include <map>

namespace metodist {

namespace {

// The sets behind each computed indicator: numerator over denominator.
struct Sets
{
    MonitoringSet numerator;
    MonitoringSet denominator;
};

const std::map<QString, Sets> &computedSets()
{
    using M = MonitoringSet;
    static const std::map<QString, Sets> sets{
        {QStringLiteral("methodists_pk_federal_share"), {M::MethodistsPkFederal, M::Methodists}},
        {QStringLiteral("teachers_covered_share"), {M::TeachersCovered, M::Teachers}},
        {QStringLiteral("teachers_route_share"), {M::TeachersRouted, M::Teachers}},
        {QStringLiteral("teachers_pk_federal_share"), {M::TeachersPkFederal, M::Teachers}},
        {QStringLiteral("teachers_per_methodist"), {M::Teachers, M::Methodists}},
        {QStringLiteral("teachers_worklog_share"), {M::TeachersWorkedWith, M::TeachersCovered}},
        {QStringLiteral("roadmap_activities_done_share"), {M::ActivitiesDone, M::Activities}},
        {QStringLiteral("routes_completed_share"), {M::RoutesCompleted, M::Routes}},
        {QStringLiteral("association_heads_covered_share"), {M::AssociationHeadsCovered, M::AssociationHeads}},
        {QStringLiteral("young_teachers_supported_share"), {M::YoungTeachersSupported, M::YoungTeachers}},
        {QStringLiteral("low_results_schools_covered_share"), {M::LowResultsSchoolsCovered, M::LowResultsSchools}},
        {QStringLiteral("low_results_teachers_covered_share"),
         {M::LowResultsTeachersCovered, M::LowResultsTeachers}},
        {QStringLiteral("teachers_iom_share"), {M::TeachersWithRoute, M::Teachers}},
        {QStringLiteral("rma_teachers_share"), {M::Methodists, M::Teachers}},
        {QStringLiteral("cmn_schools_share"), {M::SchoolsCmn, M::Schools}},
        {QStringLiteral("cmn_teachers_share"), {M::TeachersCmn, M::Teachers}},
        {QStringLiteral("teachers_pk_federal_total_share"), {M::TeachersPkFederalTotal, M::Teachers}},
        {QStringLiteral("national_project_teachers_pk_share"),
         {M::NationalProjectTeachersPk, M::NationalProjectTeachers}},
        {QStringLiteral("associations_participation_share"), {M::AssociationMembers, M::Teachers}},
        {QStringLiteral("internship_schools_share"), {M::SchoolsInternship, M::Schools}},
        {QStringLiteral("young_teachers_attested_share"), {M::YoungAttestedFirst, M::YoungTeachers}},
        {QStringLiteral("young_teachers_contests_share"), {M::YoungContests, M::YoungTeachers}},
        {QStringLiteral("young_teachers_faculty_share"), {M::YoungFaculty, M::YoungTeachers}},
        {QStringLiteral("mentor_applicants_share"), {M::MentorApplicants, M::Teachers}},
        {QStringLiteral("mentoring_model_schools_share"), {M::SchoolsMentoringModel, M::Schools}},
    };
    return sets;
}

Result<MonitoringScope> scopeOf(const QString &academicYear)
{
    const auto year = AcademicYear::parse(academicYear);
    if (!year)
        return Status::failure(AcademicYear::formatError(academicYear));
    return MonitoringScope{year->text(), year->firstDay(), year->lastDay()};
}

qint64 total(const QHash<qint64, qint64> &counts)
{
    qint64 sum = 0;
    for (qint64 n : counts)
        sum += n;
    return sum;
}

QJsonValue number(std::optional<qint64> n)
{
    return n ? QJsonValue(double(*n)) : QJsonValue(QJsonValue::Null);
}

QJsonValue real(std::optional<double> v)
{
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

QJsonArray indicatorsJson(const QList<Indicator> &indicators)
{
    QJsonArray array;
    for (const Indicator &i : indicators) {
        array.append(QJsonObject{
            {QStringLiteral("code"), i.code},
            {QStringLiteral("block"), i.block},
            {QStringLiteral("title"), i.title},
            {QStringLiteral("unit"), i.unit == IndicatorUnit::Share ? QStringLiteral("share") : QStringLiteral("ratio")},
            {QStringLiteral("numerator"), number(i.numerator)},
            {QStringLiteral("denominator"), number(i.denominator)},
            {QStringLiteral("value"), real(i.value)},
            {QStringLiteral("target"), real(i.target)},
            {QStringLiteral("target_rule"),
             i.target ? QJsonValue(i.rule == TargetRule::AtLeast ? QStringLiteral("at_least") : QStringLiteral("at_most"))
                      : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("met"), i.met ? QJsonValue(*i.met) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("entered"), i.entered},
        });
    }
    return array;
}

QJsonObject countsJson(const Counts &counts)
{
    QJsonObject object;
    for (const auto &[name, count] : counts)
        object.insert(name, double(count));
    return object;
}

} // namespace

Result<MonitoringReport> MonitoringService::build(const QString &academicYear, qint64 municipalityId,
                                                  Progress *progress) const
{
    auto scope = scopeOf(academicYear);
    if (!scope)
        return scope.status();
    MonitoringRepository repository(m_db);
    auto municipalities = repository.municipalities();
    if (!municipalities)
        return municipalities.status();

    MonitoringReport report;
    report.academicYear = scope.value().academicYear;
    report.municipalityId = municipalityId;
    report.generatedAt = QDateTime::currentDateTime();
    // The region's name only titles the report; without it the report says «the region».
    if (auto region = SettingsRepository(m_db).value(QStringLiteral("region.name")); region)
        report.region = region.value();
    if (auto institution = SettingsRepository(m_db).value(QStringLiteral("order/institution")); institution)
        report.institution = institution.value();
    if (municipalityId != 0) {
        for (const auto &[id, name] : municipalities.value())
            if (id == municipalityId)
                report.municipality = name;
        if (report.municipality.isEmpty())
            return Status::failure(tr("There is no municipality number %1.").arg(municipalityId));
    }

    // Each set is counted once, per municipality; the region is the sum.
    auto all = repository.countAll(scope.value(), progress);
    if (!all)
        return all.status();
    MonitoringRepository::SetCounts counted = std::move(all).value();
    const auto &sets = computedSets();
    auto manual = repository.manualValues(report.academicYear);
    if (!manual)
        return manual.status();

    // Municipalities of the by-municipality table: all of them for the region
    // (plus teachers without a school when there are any), or the one.
    QList<QPair<qint64, QString>> areas;
    if (municipalityId != 0) {
        areas.append({municipalityId, report.municipality});
    } else {
        areas = municipalities.value();
        if (counted[MonitoringSet::Teachers].value(0) > 0)
            areas.append({0, tr("School not specified")});
    }
    // area: nullopt for the whole region, else a municipality (0: teachers
    // without a school).
    const auto indicatorsFor = [&](std::optional<qint64> area) {
        QList<Indicator> list;
        for (const IndicatorDefinition &d : MonitoringCatalogue::definitions()) {
            if (d.manual) {
                std::optional<qint64> numerator, denominator;
                for (const ManualValue &v : manual.value()) {
                    if (v.code != d.code || (area && v.municipalityId != *area))
                        continue;
                    numerator = numerator.value_or(0) + v.numerator;
                    denominator = denominator.value_or(0) + v.denominator;
                }
                list.append(MonitoringCatalogue::evaluate(d, numerator, denominator));
                continue;
            }
            const Sets &s = sets.at(d.code);
            const auto in = [&](MonitoringSet set) {
                return area ? counted[set].value(*area) : total(counted[set]);
            };
            list.append(MonitoringCatalogue::evaluate(d, in(s.numerator), in(s.denominator)));
        }
        return list;
    };
    report.indicators = indicatorsFor(municipalityId != 0 ? std::optional<qint64>(municipalityId) : std::nullopt);
    for (const auto &[id, name] : areas)
        report.byMunicipality.append({id, name, indicatorsFor(id)});
    auto composition = repository.composition(municipalityId, &scope.value());
    if (!composition)
        return composition.status();
    report.composition = std::move(composition).value();
    return report;
}

Result<MonitoringSubject> MonitoringService::drillSubject(const QString &code, DrillPart part)
{
    const IndicatorDefinition *d = MonitoringCatalogue::find(code);
    if (!d)
        return Status::failure(tr("There is no indicator «%1».").arg(code));
    if (d->manual)
        return Status::failure(tr("«%1» is entered by hand; there is no list of people behind it.")
                                   .arg(MonitoringCatalogue::title(*d)));
    if (part == DrillPart::Missing && d->unit != IndicatorUnit::Share)
        return Status::failure(tr("«%1» is not a share; list its numerator or its denominator.")
                                   .arg(MonitoringCatalogue::title(*d)));
    return part == DrillPart::Denominator ? d->denominatorSubject : d->numeratorSubject;
}

Status MonitoringService::drill(const QString &code, DrillPart part, const QString &academicYear,
                                qint64 municipalityId, int limit,
                                const std::function<bool(const DrillRow &)> &visit) const
{
    auto subject = drillSubject(code, part);
    if (!subject)
        return subject.status();
    auto scope = scopeOf(academicYear);
    if (!scope)
        return scope.status();
    const Sets &s = computedSets().at(code);
    MonitoringRepository repository(m_db);
    switch (part) {
    case DrillPart::Numerator:
        return repository.forEach(s.numerator, std::nullopt, scope.value(), municipalityId, limit, visit);
    case DrillPart::Denominator:
        return repository.forEach(s.denominator, std::nullopt, scope.value(), municipalityId, limit, visit);
    case DrillPart::Missing:
        return repository.forEach(s.denominator, s.numerator, scope.value(), municipalityId, limit, visit);
    }
    return Status::success();
}

QStringList MonitoringService::drillColumns(MonitoringSubject subject)
{
    switch (subject) {
    case MonitoringSubject::Teachers:
        return {tr("Teacher"), tr("SNILS"), tr("Municipality"), tr("Organisation"), tr("Subject")};
    case MonitoringSubject::Methodists:
        return {tr("Methodist"), tr("SNILS"), tr("Municipality"), tr("Organisation"), tr("Subject")};
    case MonitoringSubject::Organisations:
        return {tr("Organisation"), QString(), tr("Municipality"), QString(), tr("Teachers")};
    case MonitoringSubject::Activities:
        return {tr("Activity"), QString(), tr("Municipality"), tr("Methodist"), tr("Stage")};
    case MonitoringSubject::Routes:
        return {tr("Teacher"), tr("SNILS"), tr("Municipality"), tr("Organisation"), tr("Progress")};
    }
    return {};
}

Result<qint64> MonitoringService::exportDrill(const QString &code, DrillPart part, const QString &academicYear,
                                              qint64 municipalityId, const QString &path) const
{
    auto subject = drillSubject(code, part);
    if (!subject)
        return subject.status();
    const QStringList all = drillColumns(subject.value());
    QList<int> used; // columns that mean something for this kind of row
    for (int c = 0; c < all.size(); ++c)
        if (!all[c].isEmpty())
            used.append(c);
    QList<QVariantList> rows;
    auto status = drill(code, part, academicYear, municipalityId, 0, [&](const DrillRow &r) {
        const QStringList cells{r.name, r.snils, r.municipality, r.organisation, r.detail};
        QVariantList row;
        for (int c : used)
            row.append(cells[c]);
        rows.append(row);
        return true;
    });
    if (!status)
        return status;
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("xlsx")) {
        QList<XlsxColumn> columns;
        for (int c : used)
            columns.append({all[c], 0, true});
        if (auto written = XlsxWriter::writeTable(path, tr("List"), columns, rows); !written)
            return written;
        return qint64(rows.size());
    }
    if (suffix != QLatin1String("csv"))
        return Status::failure(tr("A list can be saved as .csv or .xlsx, not «%1».").arg(QFileInfo(path).fileName()));
    QStringList header;
    for (int c : used)
        header.append(all[c]);
    QList<QStringList> lines;
    for (const QVariantList &row : rows) {
        QStringList line;
        for (const QVariant &v : row)
            line.append(v.toString());
        lines.append(line);
    }
    lines.prepend(header);
    if (auto written = CsvWriter::write(path, lines); !written)
        return written;
    return qint64(rows.size());
}

Result<QList<ManualValue>> MonitoringService::manualValues(const QString &academicYear) const
{
    auto scope = scopeOf(academicYear);
    if (!scope)
        return scope.status();
    return MonitoringRepository(m_db).manualValues(scope.value().academicYear);
}

Status MonitoringService::saveManualValue(Database &db, const ManualValue &value)
{
    const IndicatorDefinition *d = MonitoringCatalogue::find(value.code);
    if (!d)
        return Status::failure(tr("There is no indicator «%1».").arg(value.code));
    if (!d->manual)
        return Status::failure(tr("«%1» is computed from the data and cannot be entered by hand.")
                                   .arg(MonitoringCatalogue::title(*d)));
    auto scope = scopeOf(value.academicYear);
    if (!scope)
        return scope.status();
    if (value.municipalityId <= 0)
        return Status::failure(tr("A value entered by hand belongs to a municipality; choose one."));
    if (value.denominator <= 0)
        return Status::failure(tr("The denominator must be a positive number."));
    if (value.numerator < 0 || value.numerator > value.denominator)
        return Status::failure(tr("The numerator must be between 0 and the denominator (%1).").arg(value.denominator));
    ManualValue v = value;
    v.academicYear = scope.value().academicYear;
    return MonitoringWriter(db).saveManualValue(v);
}

Status MonitoringService::removeManualValue(Database &db, const QString &code, const QString &academicYear,
                                            qint64 municipalityId)
{
    auto scope = scopeOf(academicYear);
    if (!scope)
        return scope.status();
    return MonitoringWriter(db).removeManualValue(code, scope.value().academicYear, municipalityId);
}

QJsonObject MonitoringService::toJson(const MonitoringReport &report)
{
    QJsonArray municipalities;
    for (const MunicipalityIndicators &m : report.byMunicipality)
        municipalities.append(QJsonObject{
            {QStringLiteral("municipality"), m.municipalityId == 0 ? QJsonValue(QJsonValue::Null)
                                                                   : QJsonValue(m.municipality)},
            {QStringLiteral("indicators"), indicatorsJson(m.indicators)},
        });
    return QJsonObject{
        {QStringLiteral("year"), report.academicYear},
        {QStringLiteral("municipality"),
         report.municipality.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(report.municipality)},
        {QStringLiteral("generated_at"), report.generatedAt.toString(Qt::ISODate)},
        {QStringLiteral("indicators"), indicatorsJson(report.indicators)},
        {QStringLiteral("composition"),
         QJsonObject{
             {QStringLiteral("by_subject"), countsJson(report.composition.bySubject)},
             {QStringLiteral("by_municipality"), countsJson(report.composition.byMunicipality)},
             {QStringLiteral("by_employment"), countsJson(report.composition.byEmployment)},
             {QStringLiteral("total"), double(report.composition.total)},
         }},
        {QStringLiteral("by_municipality"), municipalities},
    };
}

QList<ChartSpec> MonitoringService::charts(const MonitoringReport &report)
{
    QList<ChartSpec> charts;
    const auto pie = [&](const QString &id, const QString &title, const Counts &counts) {
        ChartSpec chart{id, title, ChartSpec::Kind::Pie, {}, {{tr("Methodists"), {}}}, false};
        for (const auto &[name, count] : counts) {
            chart.categories.append(name);
            chart.series[0].values.append(double(count));
        }
        charts.append(chart);
    };
    pie(QStringLiteral("composition_by_subject"), tr("Regional methodical active by subject"),
        report.composition.bySubject);
    pie(QStringLiteral("composition_by_municipality"), tr("Regional methodical active by municipality"),
        report.composition.byMunicipality);
    pie(QStringLiteral("composition_by_employment"), tr("Regional methodical active by form of employment"),
        report.composition.byEmployment);

    ChartSpec coverage{QStringLiteral("coverage_by_municipality"),
                       tr("Teachers assigned to a methodist, by municipality"),
                       ChartSpec::Kind::HorizontalBars,
                       {},
                       {{tr("Covered"), {}}},
                       true};
    for (const MunicipalityIndicators &m : report.byMunicipality) {
        for (const Indicator &i : m.indicators) {
            if (i.code == QLatin1String("teachers_covered_share") && i.value) {
                coverage.categories.append(m.municipality);
                coverage.series[0].values.append(*i.value);
            }
        }
    }
    if (!coverage.categories.isEmpty())
        charts.append(coverage);

    ChartSpec targets{QStringLiteral("indicators_against_targets"), tr("Indicators against their targets"),
                      ChartSpec::Kind::HorizontalBars, {}, {{tr("Value"), {}}, {tr("Target"), {}}}, true};
    for (qsizetype n = 0; n < report.indicators.size(); ++n) {
        const Indicator &i = report.indicators[n];
        if (i.unit != IndicatorUnit::Share || !i.target || !i.value)
            continue;
        // Numbered as the tables number it, so the bar leads to its row.
        targets.categories.append(MonitoringCatalogue::numberOf(report.indicators, n) + u' ' + i.title);
        targets.series[0].values.append(*i.value);
        targets.series[1].values.append(*i.target);
    }
    if (!targets.categories.isEmpty())
        charts.append(targets);
    return charts;
}

QList<QStringList> MonitoringService::csvTable(const MonitoringReport &report)
{
    const QStringList header{tr("Block"), tr("Code"), tr("Indicator"), tr("Municipality"), tr("Numerator"),
                             tr("Denominator"), tr("Value"), tr("Target"), tr("Met"), tr("Entered by hand")};
    QList<QStringList> lines;
    const QLocale c = QLocale::c();
    const auto add = [&](const QString &municipality, const QList<Indicator> &indicators) {
        for (const Indicator &i : indicators)
            lines.append({QString::number(i.block), i.code, i.title, municipality,
                          i.numerator ? QString::number(*i.numerator) : QString(),
                          i.denominator ? QString::number(*i.denominator) : QString(),
                          i.value ? c.toString(*i.value, 'f', 4) : QString(),
                          i.target ? c.toString(*i.target, 'f', 2) : QString(), i.met ? (*i.met ? tr("yes") : tr("no")) : QString(),
                          i.entered ? tr("yes") : tr("no")});
    };
    add(report.municipality.isEmpty() ? tr("Region") : report.municipality, report.indicators);
    if (report.municipalityId == 0)
        for (const MunicipalityIndicators &m : report.byMunicipality)
            add(m.municipality, m.indicators);
    lines.prepend(header);
    return lines;
}

Status MonitoringService::exportCsv(const MonitoringReport &report, const QString &path)
{
    return CsvWriter::write(path, csvTable(report));
}

Status MonitoringService::exportXlsx(const MonitoringReport &report, const QString &path)
{
    return MonitoringXlsx::write(report, path);
}

Status MonitoringService::exportTo(const MonitoringReport &report, const QString &path, const ChartPainter *painter)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("json")) {
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return Status::failure(tr("Cannot write «%1»: %2").arg(path, file.errorString()));
        file.write(QJsonDocument(toJson(report)).toJson(QJsonDocument::Indented));
        if (!file.commit())
            return Status::failure(tr("Cannot write «%1»: %2").arg(path, file.errorString()));
        return Status::success();
    }
    if (suffix == QLatin1String("csv"))
        return exportCsv(report, path);
    if (suffix == QLatin1String("xlsx"))
        return exportXlsx(report, path);
    if (suffix == QLatin1String("pdf"))
        return MonitoringPdf::write(report, charts(report), painter, path);
    return Status::failure(tr("The report can be saved as .xlsx, .pdf, .csv or .json, not «%1».")
                               .arg(QFileInfo(path).fileName()));
}

} // namespace metodist
