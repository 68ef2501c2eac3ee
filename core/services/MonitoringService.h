#pragma once

#include "Status.h"
#include "documents/ChartSpec.h"
#include "domain/Monitoring.h"
#include "services/Progress.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <functional>

namespace metodist {

// The regional monitoring of methodical support: indicators of the four
// blocks computed from the registry (or entered by hand where no data in
// the program can give them), the composition of the methodical active, the
// lists behind every figure, charts and exports.
class MonitoringService
{
    Q_DECLARE_TR_FUNCTIONS(MonitoringService)

public:
    explicit MonitoringService(const Database &db) : m_db(db) {}

    // The report of an academic year («2025/2026») for the region
    // (municipalityId 0) or one municipality; byMunicipality lists every
    // municipality for the region, the one for a municipality.
    Result<MonitoringReport> build(const QString &academicYear, qint64 municipalityId = 0,
                                   Progress *progress = nullptr) const;

    // What a drill-down of the indicator's part lists; a failure for parts
    // that list nothing (the missing part of a ratio, a manual figure).
    static Result<MonitoringSubject> drillSubject(const QString &code, DrillPart part);
    // The people (schools, activities, routes) behind a figure: municipality
    // 0 is the region, -1 the teachers without a school; limit 0 lists all.
    Status drill(const QString &code, DrillPart part, const QString &academicYear, qint64 municipalityId, int limit,
                 const std::function<bool(const DrillRow &)> &visit) const;
    // The whole list to .csv or .xlsx (by suffix); returns the number of rows.
    Result<qint64> exportDrill(const QString &code, DrillPart part, const QString &academicYear,
                               qint64 municipalityId, const QString &path) const;
    static QStringList drillColumns(MonitoringSubject subject);

    Result<QList<ManualValue>> manualValues(const QString &academicYear) const;
    // Checked: a manual indicator's code, a valid year, a known municipality,
    // 0 ≤ numerator ≤ denominator, denominator > 0.
    // (Static: they write, so they take a writable Database.)
    static Status saveManualValue(Database &db, const ManualValue &value);
    static Status removeManualValue(Database &db, const QString &code, const QString &academicYear,
                                    qint64 municipalityId);

    // The JSON other tools read (see the contract): year,
    // municipality (or null), indicators, composition, by_municipality.
    static QJsonObject toJson(const MonitoringReport &report);
    // The charts of a report: composition pies, coverage by municipality,
    // indicators against their targets.
    static QList<ChartSpec> charts(const MonitoringReport &report);

    // By the file's suffix: .json, .csv, .xlsx or .pdf (charts drawn by
    // `painter`, tables only without one).
    static Status exportTo(const MonitoringReport &report, const QString &path, const ChartPainter *painter = nullptr);
    // The CSV's rows, header first: the region, then every municipality.
    static QList<QStringList> csvTable(const MonitoringReport &report);
    static Status exportCsv(const MonitoringReport &report, const QString &path);
    static Status exportXlsx(const MonitoringReport &report, const QString &path);

private:
    const Database &m_db;
};

} // namespace metodist
