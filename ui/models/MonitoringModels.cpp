#include "models/MonitoringModels.h"

#include <QColor>
#include <QFont>
#include <QLocale>

#include <iterator>

namespace metodist {

namespace {

const QColor notMetBackground(0xf8d7da);
const QColor metBackground(0xd9efd6);
const QColor blockBackground(0xe3ebf3);

QVariant countCell(const std::optional<qint64> &n, int role)
{
    if (role == Qt::DisplayRole)
        return n ? QLocale().toString(*n) : QStringLiteral("—");
    if (role == SortRole)
        return n ? QVariant(*n) : QVariant(-1);
    if (role == Qt::TextAlignmentRole)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}


// The key columns of the by-municipality table after the teachers' count.
struct KeyColumn
{
    const char *code;
    const char *header;
};

const KeyColumn keyColumns[] = {
    {"teachers_covered_share", QT_TRANSLATE_NOOP("metodist::MonitoringPage", "Assigned to a methodist")},
    {"teachers_route_share", QT_TRANSLATE_NOOP("metodist::MonitoringPage", "Following a route")},
    {"teachers_pk_federal_share", QT_TRANSLATE_NOOP("metodist::MonitoringPage", "Federal-registry PD")},
    {"teachers_per_methodist", QT_TRANSLATE_NOOP("metodist::MonitoringPage", "Teachers per methodist")},
};

// A long column header («ПК по программам из федерального реестра») on two
// lines, broken at the space nearest its middle.
QString twoLines(QString text)
{
    if (text.size() <= 12)
        return text;
    const int middle = int(text.size()) / 2;
    const int before = int(text.lastIndexOf(u' ', middle));
    const int after = int(text.indexOf(u' ', middle));
    const int cut = before < 0 ? after : after < 0 ? before : (middle - before <= after - middle ? before : after);
    if (cut > 0)
        text[cut] = u'\n';
    return text;
}

// Headers of the figures' columns on two lines, whole in the tooltip.
QVariant figureHeader(const QVariant &header, int role)
{
    if (role == Qt::ToolTipRole)
        return header;
    return role == Qt::DisplayRole ? QVariant(twoLines(header.toString())) : QVariant();
}

} // namespace

const Indicator *findIndicator(const QList<Indicator> &indicators, const QString &code)
{
    for (const Indicator &i : indicators)
        if (i.code == code)
            return &i;
    return nullptr;
}

IndicatorTableModel::IndicatorTableModel(QObject *parent) : ListModel(parent)
{
    addColumn(tr("Indicator"), [](const IndicatorRow &row, int role) -> QVariant {
        if (!row.indicator) {
            if (role == Qt::DisplayRole)
                return MonitoringCatalogue::blockTitle(row.block);
            return {};
        }
        const Indicator &i = *row.indicator;
        if (role == Qt::DisplayRole)
            return i.entered ? tr("%1 (entered by hand)").arg(i.title) : i.title;
        if (role == Qt::ToolTipRole)
            return i.title;
        return {};
    });
    const auto count = [](std::optional<qint64> Indicator::*field, bool numerator) {
        return [field, numerator](const IndicatorRow &row, int role) -> QVariant {
            if (!row.indicator)
                return {};
            if (role == Qt::ToolTipRole) {
                const IndicatorDefinition *d = MonitoringCatalogue::find(row.indicator->code);
                if (!d)
                    return {};
                const QString what = numerator ? MonitoringCatalogue::numeratorText(*d)
                                               : MonitoringCatalogue::denominatorText(*d);
                return d->manual ? what : tr("%1\nDouble-click to see the list.").arg(what);
            }
            return countCell((*row.indicator).*field, role);
        };
    };
    addColumn(tr("Numerator"), count(&Indicator::numerator, true));
    addColumn(tr("Denominator"), count(&Indicator::denominator, false));
    addColumn(tr("Value"), [](const IndicatorRow &row, int role) -> QVariant {
        if (!row.indicator)
            return {};
        if (role == Qt::DisplayRole)
            return MonitoringCatalogue::formatValue(*row.indicator);
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    });
    addColumn(tr("Target"), [](const IndicatorRow &row, int role) -> QVariant {
        if (!row.indicator)
            return {};
        if (role == Qt::DisplayRole)
            return MonitoringCatalogue::formatTarget(*row.indicator);
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    });
    addColumn(tr("Met"), [](const IndicatorRow &row, int role) -> QVariant {
        if (!row.indicator)
            return {};
        if (role == Qt::DisplayRole)
            return MonitoringCatalogue::formatMet(*row.indicator);
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignCenter);
        return {};
    });
}

QVariant IndicatorTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const IndicatorRow &row = rowAt(index.row());
    if (role == Qt::FontRole && (!row.indicator || row.indicator->entered)) {
        QFont font;
        font.setBold(!row.indicator);
        font.setItalic(row.indicator && row.indicator->entered);
        return font;
    }
    if (role == Qt::BackgroundRole) {
        if (!row.indicator)
            return blockBackground;
        if (row.indicator->met && !*row.indicator->met)
            return notMetBackground;
        if (row.indicator->met && index.column() == MetColumn)
            return metBackground;
    }
    return ListModel::data(index, role);
}

QVariant IndicatorTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && section > TitleColumn
        && (role == Qt::DisplayRole || role == Qt::ToolTipRole))
        return figureHeader(ListModel::headerData(section, orientation, Qt::DisplayRole), role);
    return ListModel::headerData(section, orientation, role);
}

void IndicatorTableModel::setReport(const MonitoringReport &report)
{
    QList<IndicatorRow> rows;
    for (int block = 1; block <= MonitoringCatalogue::blockCount; ++block) {
        rows.append({block, std::nullopt});
        for (const Indicator &i : report.indicators)
            if (i.block == block)
                rows.append({block, i});
    }
    setRows(rows);
}

MunicipalityTableModel::MunicipalityTableModel(QObject *parent) : ListModel(parent)
{
    addColumn(QCoreApplication::translate("metodist::MonitoringPage", "Municipality"),
              [](const MunicipalityIndicators &m, int role) -> QVariant {
        return role == Qt::DisplayRole || role == Qt::ToolTipRole ? QVariant(m.municipality) : QVariant();
    });
    addColumn(QCoreApplication::translate("metodist::MonitoringPage", "Teachers"),
              [](const MunicipalityIndicators &m, int role) -> QVariant {
        const Indicator *covered = findIndicator(m.indicators, QString::fromLatin1(keyColumns[0].code));
        return countCell(covered ? covered->denominator : std::nullopt, role);
    });
    for (const KeyColumn &column : keyColumns) {
        const QString code = QString::fromLatin1(column.code);
        addColumn(QCoreApplication::translate("metodist::MonitoringPage", column.header),
                  [code](const MunicipalityIndicators &m, int role) -> QVariant {
            const Indicator *i = findIndicator(m.indicators, code);
            if (!i)
                return {};
            switch (role) {
            case Qt::DisplayRole:
                return MonitoringCatalogue::formatValue(*i);
            case SortRole:
                return i->value ? QVariant(*i->value) : QVariant(-1.0);
            case Qt::TextAlignmentRole:
                return int(Qt::AlignRight | Qt::AlignVCenter);
            case Qt::BackgroundRole:
                return i->met ? QVariant(*i->met ? metBackground : notMetBackground) : QVariant();
            case Qt::ToolTipRole:
                return QCoreApplication::translate("metodist::MonitoringPage",
                                                   "%1: %2 of %3\nDouble-click to see the list.")
                    .arg(i->title, countCell(i->numerator, Qt::DisplayRole).toString(),
                         countCell(i->denominator, Qt::DisplayRole).toString());
            default:
                return {};
            }
        });
    }
}

QVariant MunicipalityTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && section >= FirstKeyColumn
        && (role == Qt::DisplayRole || role == Qt::ToolTipRole))
        return figureHeader(ListModel::headerData(section, orientation, Qt::DisplayRole), role);
    return ListModel::headerData(section, orientation, role);
}

QString MunicipalityTableModel::indicatorCode(int column)
{
    const int key = column == TeachersColumn ? 0 : column - FirstKeyColumn;
    return key >= 0 && key < int(std::size(keyColumns)) ? QString::fromLatin1(keyColumns[key].code) : QString();
}

CountsModel::CountsModel(const QString &what, QObject *parent) : ListModel(parent)
{
    addColumn(what, [](const QPair<QString, qint64> &row, int role) -> QVariant {
        return role == Qt::DisplayRole || role == Qt::ToolTipRole ? QVariant(row.first) : QVariant();
    });
    addColumn(QCoreApplication::translate("metodist::MonitoringPage", "Methodists"),
              [](const QPair<QString, qint64> &row, int role) -> QVariant {
        return countCell(row.second, role);
    });
    addColumn(QCoreApplication::translate("metodist::MonitoringPage", "Share"),
              [this](const QPair<QString, qint64> &row, int role) -> QVariant {
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        if (role == SortRole)
            return row.second;
        if (role != Qt::DisplayRole || m_total <= 0)
            return {};
        return QLocale().toString(100.0 * double(row.second) / double(m_total), 'f', 1) + QStringLiteral(" %");
    });
}

void CountsModel::setCounts(const Counts &counts, qint64 total)
{
    m_total = total;
    setRows(counts);
}

} // namespace metodist
