#include "pages/RoutesPage.h"

#include "dialogs/RouteDraftDialog.h"
#include "dialogs/RouteItemDialog.h"
#include "domain/AcademicYear.h"
#include "domain/Snils.h"
#include "models/AssignmentModels.h"
#include "models/RouteModels.h"
#include "pages/PageTables.h"
#include "services/RouteService.h"
#include "storage/DictionaryRepository.h"
#include "storage/MethodistRepository.h"
#include "storage/TeacherRepository.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace metodist {

namespace {

QPushButton *button(const QString &text, const QString &name, QWidget *parent)
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(name);
    return b;
}

QComboBox *filterCombo(const QString &name, int characters, QWidget *parent)
{
    auto *box = new QComboBox(parent);
    box->setObjectName(name);
    // Municipalities and names are long: the box shows a part, the list all.
    box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    box->setMinimumContentsLength(characters);
    return box;
}

QLabel *buddyLabel(const QString &text, QWidget *buddy, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setBuddy(buddy);
    return label;
}

// Refills a filter's choices keeping the chosen one; the first choice is «all».
void refill(QComboBox *box, const QString &all, const QList<QPair<qint64, QString>> &choices)
{
    const qint64 chosen = box->currentData().toLongLong();
    const QSignalBlocker blocker(box);
    box->clear();
    box->addItem(all, qint64(0));
    for (const auto &[id, name] : choices)
        box->addItem(name, id);
    box->setCurrentIndex(std::max(0, box->findData(chosen)));
}

} // namespace

RoutesPage::RoutesPage(QWidget *parent)
    : ReloadingPage(parent)
    , m_yearText(AcademicYear::containing(QDate::currentDate()).text())
    , m_year(new QComboBox(this))
    , m_municipality(filterCombo(QStringLiteral("municipality"), 12, this))
    , m_tutor(filterCombo(QStringLiteral("tutor"), 12, this))
    , m_completion(filterCombo(QStringLiteral("completion"), 8, this))
    , m_search(new QLineEdit(this))
    , m_searchDelay(new QTimer(this))
    , m_count(new QLabel(this))
    , m_routes(new RouteRowModel(this))
    , m_routeTable(singleRowView(m_routes, QStringLiteral("routes"), this))
    , m_itemsTitle(new QLabel(this))
    , m_items(new RouteItemModel(this))
    , m_itemTable(singleRowView(m_items, QStringLiteral("routeItems"), this))
    , m_status(new QComboBox(this))
    , m_setStatus(button(tr("Set &status"), QStringLiteral("setItemStatus"), this))
    , m_addItem(button(tr("&Add item…"), QStringLiteral("addItem"), this))
    , m_editItem(button(tr("Ed&it item…"), QStringLiteral("editItem"), this))
    , m_deleteItem(button(tr("&Delete item"), QStringLiteral("deleteItem"), this))
    , m_create(button(tr("&Create from diagnostics…"), QStringLiteral("createRoute"), this))
    , m_createEmpty(button(tr("Create &empty route…"), QStringLiteral("createEmptyRoute"), this))
    , m_export(button(tr("Save as &PDF…"), QStringLiteral("exportPdf"), this))
    , m_error(new QLabel(this))
{
    Page::requireCapability(m_setStatus, Capability::EditOwnSupport);
    Page::requireCapability(m_addItem, Capability::EditOwnSupport);
    Page::requireCapability(m_editItem, Capability::EditOwnSupport);
    Page::requireCapability(m_deleteItem, Capability::EditOwnSupport);
    Page::requireCapability(m_create, Capability::EditOwnSupport);
    Page::requireCapability(m_createEmpty, Capability::EditOwnSupport);
    setObjectName(QStringLiteral("routesPage"));
    m_year->setObjectName(QStringLiteral("year"));
    m_year->addItem(tr("All years"), QString());
    for (const QString &year : academicYearChoices())
        m_year->addItem(year, year);
    m_year->setCurrentIndex(m_year->findData(m_yearText));
    m_municipality->addItem(tr("All municipalities"), qint64(0));
    m_tutor->addItem(tr("All tutors"), qint64(0));
    m_completion->addItem(tr("All routes"), int(RouteFilter::State::Any));
    m_completion->addItem(tr("Completed"), int(RouteFilter::State::Completed));
    m_completion->addItem(tr("Not completed"), int(RouteFilter::State::NotCompleted));
    m_completion->setToolTip(tr("A route is completed when every item that is not cancelled is done."));
    m_search->setObjectName(QStringLiteral("nameSearch"));
    m_search->setPlaceholderText(tr("Teacher's name"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(m_search->fontMetrics().horizontalAdvance(QLatin1Char('x')) * 14);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(300);
    m_count->setObjectName(QStringLiteral("routeCount"));
    m_itemsTitle->setObjectName(QStringLiteral("itemsTitle"));
    m_itemsTitle->setWordWrap(true);
    m_status->setObjectName(QStringLiteral("itemStatus"));
    for (RouteItemStatus status : {RouteItemStatus::Planned, RouteItemStatus::InProgress, RouteItemStatus::Done,
                                   RouteItemStatus::Cancelled})
        m_status->addItem(RouteRules::statusText(status), int(status));
    m_create->setToolTip(tr("A route suggested from the deficits of the teacher's latest diagnostics"));
    m_createEmpty->setToolTip(tr("A route without items, for a teacher without diagnostics or to build by hand"));
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020"));
    // Teacher, organisation, municipality, year, tutor, progress.
    sizeColumns(m_routeTable, {32, 30, 24, 14, 26, 16}, 1);
    // №, kind, item, deficit, details, dates, status.
    sizeColumns(m_itemTable, {3, 17, 40, 20, 24, 22, 15}, 2);

    auto *filters = new QHBoxLayout;
    filters->addWidget(new QLabel(tr("Academic year"), this));
    filters->addWidget(m_year);
    filters->addSpacing(8);
    filters->addWidget(buddyLabel(tr("&Municipality"), m_municipality, this));
    filters->addWidget(m_municipality, 2);
    filters->addSpacing(8);
    filters->addWidget(buddyLabel(tr("&Tutor"), m_tutor, this));
    filters->addWidget(m_tutor, 2);
    filters->addSpacing(8);
    filters->addWidget(m_completion, 1);
    filters->addSpacing(8);
    filters->addWidget(buddyLabel(tr("&Find"), m_search, this));
    filters->addWidget(m_search, 2);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_count, 1);
    actions->addWidget(m_create);
    actions->addWidget(m_createEmpty);
    actions->addWidget(m_export);
    auto *lower = new QWidget(this);
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_addItem);
    bar->addWidget(m_editItem);
    bar->addWidget(m_deleteItem);
    bar->addStretch();
    bar->addWidget(m_status);
    bar->addWidget(m_setStatus);
    auto *lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    lowerLayout->addWidget(m_itemsTitle);
    lowerLayout->addLayout(bar);
    lowerLayout->addWidget(m_itemTable);
    auto *upper = new QWidget(this);
    auto *upperLayout = new QVBoxLayout(upper);
    upperLayout->setContentsMargins(0, 0, 0, 0);
    upperLayout->addLayout(actions);
    upperLayout->addWidget(m_routeTable);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(upper);
    splitter->addWidget(lower);
    splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_error);

    connect(m_year, &QComboBox::currentIndexChanged, this,
            [this] {
                if (m_year->currentData().toString() != m_yearText)
                    setYear(m_year->currentData().toString());
            });
    for (QComboBox *box : {m_municipality, m_tutor, m_completion})
        connect(box, &QComboBox::currentIndexChanged, this, &RoutesPage::refresh);
    // The name is looked up as it is typed, once the typing pauses.
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, &RoutesPage::refresh);
    connect(m_searchDelay, &QTimer::timeout, this, &RoutesPage::refresh);
    connect(m_routeTable->selectionModel(), &QItemSelectionModel::selectionChanged, this, &RoutesPage::loadItems);
    connect(m_itemTable->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        if (const int row = selectedRow(m_itemTable); row >= 0)
            m_status->setCurrentIndex(m_status->findData(int(m_items->rowAt(row).status)));
        updateButtons();
    });
    connect(m_itemTable, &QTableView::doubleClicked, this, [this] { editItem(false); });
    connect(m_setStatus, &QPushButton::clicked, this, &RoutesPage::setItemStatus);
    connect(m_addItem, &QPushButton::clicked, this, [this] { editItem(true); });
    connect(m_editItem, &QPushButton::clicked, this, [this] { editItem(false); });
    connect(m_deleteItem, &QPushButton::clicked, this, &RoutesPage::deleteItem);
    connect(m_create, &QPushButton::clicked, this, &RoutesPage::createFromDiagnostics);
    connect(m_createEmpty, &QPushButton::clicked, this, &RoutesPage::createEmptyRoute);
    connect(m_export, &QPushButton::clicked, this, &RoutesPage::exportPdf);
    loadItems();
}

QString RoutesPage::title() const
{
    return tr("Routes");
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

RouteFilter RoutesPage::filter() const
{
    RouteFilter filter;
    filter.academicYear = m_yearText;
    filter.municipalityId = m_municipality->currentData().toLongLong();
    filter.tutorId = m_tutor->currentData().toLongLong();
    filter.state = RouteFilter::State(m_completion->currentData().toInt());
    filter.teacherName = m_search->text().trimmed();
    return filter;
}

void RoutesPage::loadChoices()
{
    QList<QPair<qint64, QString>> municipalities, tutors;
    if (m_db) {
        if (auto entries = DictionaryRepository(*m_db).entries(QStringLiteral("municipalities")); entries)
            for (const DictionaryEntry &e : entries.value())
                municipalities.append({e.id, e.name});
        if (auto methodists = MethodistRepository(*m_db).withLoad(draftYear()); methodists)
            for (const MethodistLoadRow &m : methodists.value())
                tutors.append({m.id, m.name});
    }
    refill(m_municipality, tr("All municipalities"), municipalities);
    refill(m_tutor, tr("All tutors"), tutors);
}

void RoutesPage::refresh()
{
    m_stale = false;
    m_searchDelay->stop();
    loadChoices();
    const qint64 route = currentRouteId();
    Result<QList<RouteRow>> rows = QList<RouteRow>();
    if (m_db)
        rows = RouteService(*m_db).registry(filter());
    m_routes->setRows(rows ? rows.value() : QList<RouteRow>());
    m_count->setText(m_db ? tr("Routes: %1").arg(m_routes->rowCount()) : QString());
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

bool RoutesPage::selectItem(qint64 itemId)
{
    for (int row = 0; row < m_items->rowCount(); ++row)
        if (m_items->rowAt(row).id == itemId) {
            m_itemTable->selectRow(row);
            return true;
        }
    return false;
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
        m_itemsTitle->setText(m_routes->rowCount() == 0 && m_db
                                  ? tr("No routes match the filters. A route is created from a teacher's diagnostics "
                                       "or empty, to be built by hand.")
                                  : tr("Choose a route to see its items."));
    }
    m_items->setRows(items);
    if (itemRow >= 0 && itemRow < items.size())
        m_itemTable->selectRow(itemRow);
    updateButtons();
}

void RoutesPage::updateButtons()
{
    const bool route = currentRouteId() > 0;
    const bool item = selectedRow(m_itemTable) >= 0;
    m_create->setEnabled(m_db);
    m_createEmpty->setEnabled(m_db);
    m_export->setEnabled(route);
    m_addItem->setEnabled(route);
    m_editItem->setEnabled(item);
    m_deleteItem->setEnabled(item);
    m_setStatus->setEnabled(item);
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

// A teacher found by СНИЛС or name gets a route without items; the methodist
// then adds them with «Add item…».
void RoutesPage::createEmptyRoute()
{
    if (!m_db)
        return;
    const QString year = draftYear();
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("emptyRouteDialog"));
    dialog.setWindowTitle(tr("Empty route, %1").arg(year));
    auto *search = new QLineEdit(&dialog);
    search->setObjectName(QStringLiteral("teacherSearch"));
    search->setPlaceholderText(tr("СНИЛС or a part of the teacher's name"));
    search->setClearButtonEnabled(true);
    search->setMinimumWidth(480);
    auto *matches = new QListWidget(&dialog);
    matches->setObjectName(QStringLiteral("teacherMatches"));
    auto *error = new QLabel(&dialog);
    error->setObjectName(QStringLiteral("error"));
    error->setWordWrap(true);
    error->setStyleSheet(QStringLiteral("color: #b00020"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
    ok->setText(tr("&Create route"));
    ok->setEnabled(false);
    auto *hint = new QLabel(tr("The route is created without items; its tutor is the teacher's methodist in %1. "
                               "Add the items with «Add item…».")
                                .arg(year),
                            &dialog);
    hint->setWordWrap(true);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(buddyLabel(tr("&Teacher"), search, &dialog));
    layout->addWidget(search);
    layout->addWidget(matches, 1);
    layout->addWidget(hint);
    layout->addWidget(error);
    layout->addWidget(buttons);

    Database &db = *m_db;
    connect(search, &QLineEdit::textChanged, &dialog, [&db, matches, error](const QString &text) {
        matches->clear();
        error->clear();
        if (text.trimmed().size() < 2)
            return;
        TeacherRepository teachers(db);
        QList<NameMatch> found;
        if (const auto snils = Snils::parse(text); snils) {
            if (auto id = teachers.findBySnils(snils->digits()); id && id.value() > 0)
                if (auto teacher = teachers.get(id.value()); teacher)
                    found.append({id.value(), teacher->fullName()});
        } else if (auto byName = teachers.searchByName(text, 20); byName) {
            found = byName.value();
        } else {
            error->setText(byName.message());
        }
        for (const NameMatch &match : found) {
            auto *item = new QListWidgetItem(match.fullName, matches);
            item->setData(Qt::UserRole, match.id);
        }
        if (found.isEmpty() && error->text().isEmpty())
            error->setText(RoutesPage::tr("No teacher found."));
    });
    connect(matches, &QListWidget::currentRowChanged, &dialog, [ok, error](int row) {
        ok->setEnabled(row >= 0);
        error->clear();
    });
    qint64 created = 0;
    connect(buttons, &QDialogButtonBox::accepted, &dialog, [&] {
        const QListWidgetItem *chosen = matches->currentItem();
        if (!chosen)
            return;
        auto id = RouteService(db).createEmpty(chosen->data(Qt::UserRole).toLongLong(), year);
        if (!id) {
            error->setText(id.message()); // e.g. the teacher already has a route that year
            return;
        }
        created = id.value();
        dialog.accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted || created == 0)
        return;
    refresh();
    if (!selectRoute(created)) {
        // The filters hide it: show the year's routes so that the new one can be filled in.
        const QSignalBlocker blockMunicipality(m_municipality), blockTutor(m_tutor), blockState(m_completion),
            blockSearch(m_search);
        m_municipality->setCurrentIndex(0);
        m_tutor->setCurrentIndex(0);
        m_completion->setCurrentIndex(0);
        m_search->clear();
        refresh();
        selectRoute(created);
    }
    m_error->clear();
    emit statusMessage(tr("Empty route created: add its items with «Add item…»."));
}

void RoutesPage::editItem(bool add)
{
    if (!allowed(Capability::EditOwnSupport))
        return;
    const int routeRow = selectedRow(m_routeTable);
    const int row = selectedRow(m_itemTable);
    if (!m_db || routeRow < 0 || (!add && row < 0))
        return;
    const RouteRow route = m_routes->rowAt(routeRow);
    RouteItemDialog dialog(*m_db, route.academicYear, route.tutorId, this);
    dialog.setWindowTitle(add ? tr("New item of the route of %1").arg(route.teacherName)
                              : tr("Item of the route of %1").arg(route.teacherName));
    RouteItem loaded;
    qint64 id = 0;
    if (!add) {
        loaded = m_items->rowAt(row);
        dialog.setItem(loaded);
        // Saved by OK, unless someone else changed the item meanwhile.
        dialog.commitChecked<RouteItem>(
            loaded, [&loaded] { return loaded.title; }, [&dialog] { return dialog.item(); },
            [this, routeId = route.routeId](const RouteItem &before, const RouteItem &edited, SaveMode mode) {
                return RouteService(*m_db).saveItem(routeId, before, edited, mode);
            },
            [&dialog](const RouteItem &stored) { dialog.setItem(stored); }, &id);
    }
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (add) {
        auto saved = RouteService(*m_db).saveItem(route.routeId, dialog.item());
        if (!saved) {
            m_error->setText(saved.message());
            return;
        }
        id = saved.value();
    }
    m_error->clear();
    refresh(); // the registry shows the progress
    selectItem(id);
    emit statusMessage(add ? tr("Item added to the route of %1.").arg(route.teacherName)
                           : tr("Item of the route of %1 saved.").arg(route.teacherName));
}

void RoutesPage::deleteItem()
{
    const int row = selectedRow(m_itemTable);
    if (!m_db || row < 0)
        return;
    const RouteItem item = m_items->rowAt(row);
    if (QMessageBox::question(this, tr("Delete route item"), tr("Delete «%1» from the route?").arg(item.title))
        != QMessageBox::Yes)
        return;
    if (const Status removed = RouteService(*m_db).removeItem(item.id); !removed) {
        m_error->setText(removed.message());
        return;
    }
    m_error->clear();
    m_itemTable->clearSelection();
    refresh();
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
