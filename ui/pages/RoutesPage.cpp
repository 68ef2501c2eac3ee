#include "pages/RoutesPage.h"

#include "dialogs/RouteDraftDialog.h"
#include "domain/AcademicYear.h"
#include "models/RouteModels.h"
#include "pages/PageTables.h"
#include "services/RouteService.h"

#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace metodist {

RoutesPage::RoutesPage(QWidget *parent)
    : ReloadingPage(parent)
    , m_yearText(AcademicYear::containing(QDate::currentDate()).text())
    , m_year(new QComboBox(this))
    , m_routes(new RouteRowModel(this))
    , m_routeTable(singleRowView(m_routes, QStringLiteral("routes"), this))
    , m_itemsTitle(new QLabel(this))
    , m_items(new RouteItemModel(this))
    , m_itemTable(singleRowView(m_items, QStringLiteral("routeItems"), this))
    , m_status(new QComboBox(this))
    , m_setStatus(new QPushButton(tr("Set &status"), this))
    , m_create(new QPushButton(tr("&Create from diagnostics…"), this))
    , m_export(new QPushButton(tr("Save as &PDF…"), this))
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("routesPage"));
    m_year->setObjectName(QStringLiteral("year"));
    m_year->addItem(tr("All years"), QString());
    for (const QString &year : academicYearChoices())
        m_year->addItem(year, year);
    m_year->setCurrentIndex(m_year->findData(m_yearText));
    m_status->setObjectName(QStringLiteral("itemStatus"));
    for (RouteItemStatus status : {RouteItemStatus::Planned, RouteItemStatus::InProgress, RouteItemStatus::Done,
                                   RouteItemStatus::Cancelled})
        m_status->addItem(RouteRules::statusText(status), int(status));
    m_setStatus->setObjectName(QStringLiteral("setItemStatus"));
    m_create->setObjectName(QStringLiteral("createRoute"));
    m_export->setObjectName(QStringLiteral("exportPdf"));
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020"));
    // Teacher, organisation, municipality, year, tutor, progress.
    sizeColumns(m_routeTable, {32, 30, 24, 14, 26, 16}, 1);
    // №, kind, item, deficit, details, dates, status.
    sizeColumns(m_itemTable, {3, 14, 40, 20, 24, 22, 12}, 2);

    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Academic year"), this));
    top->addWidget(m_year);
    top->addStretch();
    top->addWidget(m_create);
    top->addWidget(m_export);
    auto *lower = new QWidget(this);
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_itemsTitle, 1);
    bar->addWidget(m_status);
    bar->addWidget(m_setStatus);
    auto *lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    lowerLayout->addLayout(bar);
    lowerLayout->addWidget(m_itemTable);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_routeTable);
    splitter->addWidget(lower);
    splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_error);

    connect(m_year, &QComboBox::currentIndexChanged, this,
            [this] {
                if (m_year->currentData().toString() != m_yearText)
                    setYear(m_year->currentData().toString());
            });
    connect(m_routeTable->selectionModel(), &QItemSelectionModel::selectionChanged, this, &RoutesPage::loadItems);
    connect(m_itemTable->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        if (const int row = selectedRow(m_itemTable); row >= 0)
            m_status->setCurrentIndex(m_status->findData(int(m_items->rowAt(row).status)));
        updateButtons();
    });
    connect(m_setStatus, &QPushButton::clicked, this, &RoutesPage::setItemStatus);
    connect(m_create, &QPushButton::clicked, this, &RoutesPage::createFromDiagnostics);
    connect(m_export, &QPushButton::clicked, this, &RoutesPage::exportPdf);
    loadItems();
}

QString RoutesPage::title() const
{
    return tr("Routes");
}

void RoutesPage::setDatabase(Database *db)
{
    m_db = db;
    m_stale = true;
    if (isVisible() || !db)
        refresh();
}

void RoutesPage::setYear(const QString &academicYear)
{
    m_yearText = academicYear;
    if (const int index = m_year->findData(academicYear); index >= 0 && index != m_year->currentIndex())
        m_year->setCurrentIndex(index);
    refresh();
}

QString RoutesPage::errorText() const
{
    return m_error->text();
}

void RoutesPage::refresh()
{
    m_stale = false;
    const qint64 route = currentRouteId();
    Result<QList<RouteRow>> rows = QList<RouteRow>();
    if (m_db) {
        RouteFilter filter;
        filter.academicYear = m_yearText;
        rows = RouteService(*m_db).registry(filter);
    }
    m_routes->setRows(rows ? rows.value() : QList<RouteRow>());
    m_error->setText(rows.message());
    if (route == 0 || !selectRoute(route))
        loadItems();
}

bool RoutesPage::selectRoute(qint64 routeId)
{
    const int row = m_routes->rowOf(routeId);
    if (row < 0)
        return false;
    const bool unchanged = m_routeTable->selectionModel()->isRowSelected(row);
    m_routeTable->selectRow(row);
    if (unchanged)
        loadItems();
    return true;
}

qint64 RoutesPage::currentRouteId() const
{
    const int row = selectedRow(m_routeTable);
    return row < 0 ? 0 : m_routes->rowAt(row).routeId;
}

void RoutesPage::loadItems()
{
    const int row = selectedRow(m_routeTable);
    const int itemRow = selectedRow(m_itemTable);
    QList<RouteItem> items;
    if (m_db && row >= 0) {
        const RouteRow &route = m_routes->rowAt(row);
        auto loaded = RouteService(*m_db).get(route.teacherId, route.academicYear);
        if (loaded)
            items = loaded->items;
        else
            m_error->setText(loaded.message());
        m_itemsTitle->setText(tr("Route of %1, %2: %n item(s)", nullptr, int(items.size())).arg(route.teacherName, route.academicYear));
    } else {
        m_itemsTitle->setText(tr("Choose a route to see its items."));
    }
    m_items->setRows(items);
    if (itemRow >= 0 && itemRow < items.size())
        m_itemTable->selectRow(itemRow);
    updateButtons();
}

void RoutesPage::updateButtons()
{
    m_create->setEnabled(m_db);
    m_export->setEnabled(currentRouteId() > 0);
    m_setStatus->setEnabled(selectedRow(m_itemTable) >= 0);
}

QString RoutesPage::draftYear() const
{
    return m_yearText.isEmpty() ? AcademicYear::containing(QDate::currentDate()).text() : m_yearText;
}

void RoutesPage::createFromDiagnostics()
{
    if (!m_db)
        return;
    RouteDraftDialog dialog(*m_db, draftYear(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    refresh();
    selectRoute(dialog.routeId());
    m_error->clear();
    emit statusMessage(tr("Route created with %n item(s).", nullptr, m_items->rowCount()));
}

void RoutesPage::setItemStatus()
{
    const int row = selectedRow(m_itemTable);
    if (!m_db || row < 0)
        return;
    const auto status = RouteItemStatus(m_status->currentData().toInt());
    if (const Status done = RouteService(*m_db).setItemStatus(m_items->rowAt(row).id, status); !done) {
        m_error->setText(done.message());
        return;
    }
    m_error->clear();
    refresh(); // the registry shows the progress
}

void RoutesPage::exportPdf()
{
    const int row = selectedRow(m_routeTable);
    if (!m_db || row < 0)
        return;
    const RouteRow &route = m_routes->rowAt(row);
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save route as PDF"),
        tr("Route %1 %2.pdf").arg(route.teacherName, QString(route.academicYear).replace(u'/', u'-')),
        tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    if (const Status status = RouteService(*m_db).exportPdf(route.routeId, path); !status)
        m_error->setText(status.message());
    else
        emit statusMessage(tr("Route saved to %1.").arg(path));
}

} // namespace metodist
