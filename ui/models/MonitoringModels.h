#pragma once

#include "domain/Monitoring.h"
#include "models/ListModel.h"

#include <QCoreApplication>
#include <QPair>

#include <optional>

namespace metodist {

// The indicator of that code in the list, or nullptr.
const Indicator *findIndicator(const QList<Indicator> &indicators, const QString &code);

// The indicators grouped by block: a title row per block, then its
// indicators; rows that miss their target stand out, figures entered by
// hand are in italics and say so.
struct IndicatorRow
{
    int block = 0;
    std::optional<Indicator> indicator; // none: the block's title row
};

class IndicatorTableModel : public ListModel<IndicatorRow>
{
    Q_DECLARE_TR_FUNCTIONS(IndicatorTableModel)

public:
    enum Column { TitleColumn, NumeratorColumn, DenominatorColumn, ValueColumn, TargetColumn, MetColumn };

    explicit IndicatorTableModel(QObject *parent);

    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    void setReport(const MonitoringReport &report);
};

// The key figures of every municipality: the teachers, then the shares of
// the key indicators. Headers and texts in the context of MonitoringPage.
class MunicipalityTableModel : public ListModel<MunicipalityIndicators>
{
public:
    enum Column { NameColumn, TeachersColumn, FirstKeyColumn };

    explicit MunicipalityTableModel(QObject *parent);

    // The key figures' headers are long («ПК по программам из федерального
    // реестра»): on two lines, the whole text in the tooltip.
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    // The indicator a column shows (TeachersColumn: the one whose
    // denominator is the teachers), empty for the name and past the end.
    static QString indicatorCode(int column);
};

// Methodists by subject, municipality or form of employment with their share.
class CountsModel : public ListModel<QPair<QString, qint64>>
{
public:
    CountsModel(const QString &what, QObject *parent);

    void setCounts(const Counts &counts, qint64 total);

private:
    qint64 m_total = 0;
};

} // namespace metodist
