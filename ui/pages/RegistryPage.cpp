#include "pages/RegistryPage.h"

#include "dialogs/AssignDialog.h"
#include "dialogs/HistoryDialog.h"
#include "dialogs/ImportWizard.h"
#include "dialogs/PersonDialog.h"
#include "models/RegistrySources.h"
#include "services/PersonService.h"
#include "services/RegistryExport.h"
#include "storage/DictionaryRepository.h"
#include "storage/OrganisationRepository.h"

#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace metodist {

namespace {

std::unique_ptr<RegistrySource> sourceFor(ImportKind kind)
{
    if (kind == ImportKind::Methodists)
        return std::make_unique<MethodistSource>();
    return std::make_unique<TeacherSource>();
}

} // namespace

RegistryPage::RegistryPage(ImportKind kind, QWidget *parent)
    : Page(parent)
    , m_kind(kind)
    , m_model(new RegistryModel(sourceFor(kind), this))
    , m_search(new QLineEdit(this))
    , m_municipality(new QComboBox(this))
    , m_organisation(new QComboBox(this))
    , m_subject(new QComboBox(this))
    , m_category(new QComboBox(this))
    , m_table(new QTableView(this))
    , m_count(new QLabel(this))
    , m_edit(new QPushButton(tr("&Edit…"), this))
    , m_remove(new QPushButton(tr("&Delete"), this))
    , m_debounce(new QTimer(this))
{
    setObjectName(kind == ImportKind::Methodists ? QStringLiteral("methodistsPage") : QStringLiteral("teachersPage"));
    m_search->setObjectName(QStringLiteral("search"));
    m_search->setPlaceholderText(tr("Search by name: part of a surname, name or patronymic"));
    m_search->setClearButtonEnabled(true);
    m_table->setObjectName(QStringLiteral("registryTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setVisible(false);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setDefaultSectionSize(150);
    m_table->setColumnWidth(0, 260);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(0, Qt::AscendingOrder);
    // A column that cannot sort (or not so many rows) puts the indicator back.
    connect(m_table->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this,
            [this](int column, Qt::SortOrder) {
                if (m_model->canSortBy(column) && m_model->sortRefusal(column).isEmpty()) {
                    m_sortColumn = column;
                    return;
                }
                const QSignalBlocker blocker(m_table->horizontalHeader());
                m_table->horizontalHeader()->setSortIndicator(
                    m_sortColumn, m_model->filter().descending ? Qt::DescendingOrder : Qt::AscendingOrder);
            });
    connect(m_model, &RegistryModel::sortRefused, this,
            [this](const QString &message) { QMessageBox::information(this, title(), message); });
    connect(m_model, &RegistryModel::sortReset, this, [this] {
        m_sortColumn = 0;
        const QSignalBlocker blocker(m_table->horizontalHeader());
        m_table->horizontalHeader()->setSortIndicator(0, Qt::AscendingOrder);
    });

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_search, 3);
    m_organisation->setObjectName(QStringLiteral("organisationFilter"));
    for (QComboBox *combo : {m_municipality, m_organisation, m_subject, m_category}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(14);
        filters->addWidget(combo, 1);
        connect(combo, &QComboBox::currentIndexChanged, this, &RegistryPage::applyFilter);
    }
    // The organisations of the chosen municipality only: a region has thousands.
    connect(m_municipality, &QComboBox::currentIndexChanged, this, &RegistryPage::fillOrganisations);
    if (kind == ImportKind::Methodists) {
        m_status = new QComboBox(this);
        m_status->addItem(tr("All statuses"));
        m_status->addItem(tr("Active"), true);
        m_status->addItem(tr("Inactive"), false);
        filters->addWidget(m_status);
        connect(m_status, &QComboBox::currentIndexChanged, this, &RegistryPage::applyFilter);
    }

    auto *add = new QPushButton(tr("&Add…"), this);
    auto *import = new QPushButton(tr("&Import…"), this);
    auto *exportButton = new QPushButton(tr("E&xport…"), this);
    Page::requireCapability(add, Capability::EditRegistries);
    Page::requireCapability(m_edit, Capability::EditRegistries);
    Page::requireCapability(m_remove, Capability::EditRegistries);
    Page::requireCapability(import, Capability::ImportFiles);
    auto *buttons = new QHBoxLayout;
    m_count->setObjectName(QStringLiteral("registryCount"));
    // «Найдено: 229 (загружено 200, …)» beside five buttons would widen the
    // window past a 1366 laptop: the count wraps instead.
    m_count->setWordWrap(true);
    buttons->addWidget(m_count);
    buttons->addStretch();
    for (QPushButton *button : {add, m_edit, m_remove, import, exportButton})
        buttons->addWidget(button);
    // Teachers are assigned from here, where the user finds and selects them.
    if (kind == ImportKind::Teachers) {
        m_assign = new QPushButton(tr("Assign to &methodist…"), this);
        m_assign->setObjectName(QStringLiteral("assign"));
        Page::requireCapability(m_assign, Capability::PlanAssignments);
        m_assign->setEnabled(false);
        buttons->insertWidget(buttons->count() - 2, m_assign);
        connect(m_assign, &QPushButton::clicked, this, &RegistryPage::assignTeachers);
    }

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_table);
    layout->addLayout(buttons);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(250);
    connect(m_search, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_debounce, &QTimer::timeout, this, &RegistryPage::applyFilter);
    connect(m_model, &RegistryModel::totalChanged, this, &RegistryPage::updateCount);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &RegistryPage::updateCount);
    connect(m_model, &RegistryModel::errorOccurred, this,
            [this](const QString &message) { QMessageBox::warning(this, title(), message); });
    connect(add, &QPushButton::clicked, this, &RegistryPage::addRecord);
    connect(m_edit, &QPushButton::clicked, this, &RegistryPage::editRecord);
    connect(m_table, &QTableView::doubleClicked, this, &RegistryPage::editRecord);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table, &QWidget::customContextMenuRequested, this, [this](const QPoint &at) {
        if (selectedIds().size() != 1)
            return;
        QMenu menu(this);
        menu.addAction(tr("&Edit…"), this, &RegistryPage::editRecord);
        menu.addAction(tr("History of changes…"), this, &RegistryPage::showHistory);
        menu.exec(m_table->viewport()->mapToGlobal(at));
    });
    connect(m_remove, &QPushButton::clicked, this, &RegistryPage::removeRecords);
    if (m_kind == ImportKind::Teachers) {
        // Teachers come with the records about them: courses and diagnostics.
        auto *menu = new QMenu(import);
        menu->setObjectName(QStringLiteral("importMenu"));
        menu->addAction(tr("Teachers…"), this, [this] { importFile(ImportKind::Teachers); });
        menu->addAction(tr("Their ПК courses…"), this, [this] { importFile(ImportKind::Development); });
        menu->addAction(tr("Their diagnostics results…"), this, [this] { importFile(ImportKind::Diagnostics); });
        import->setMenu(menu);
    } else {
        connect(import, &QPushButton::clicked, this, [this] { importFile(m_kind); });
    }
    connect(exportButton, &QPushButton::clicked, this, &RegistryPage::exportFile);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        m_edit->setEnabled(selectedIds().size() == 1);
        m_remove->setEnabled(!selectedIds().isEmpty());
        if (m_assign)
            m_assign->setEnabled(!selectedIds().isEmpty());
    });
    m_edit->setEnabled(false);
    m_remove->setEnabled(false);
}

QString RegistryPage::title() const
{
    return m_kind == ImportKind::Methodists ? tr("Methodists") : tr("Teachers");
}

void RegistryPage::setDatabase(Database *db)
{
    m_db = db;
    fillFilters();
    m_model->setDatabase(db, currentFilter());
}

void RegistryPage::fillFilters(bool keepChoices)
{
    const std::tuple<QComboBox *, QString, QString> combos[] = {
        {m_municipality, QStringLiteral("municipalities"), tr("All municipalities")},
        {m_subject, QStringLiteral("subjects"), tr("All subjects")},
        {m_category, QStringLiteral("qualification_categories"), tr("All categories")}};
    for (const auto &[combo, dictionary, all] : combos) {
        const QSignalBlocker blocker(combo);
        const QVariant chosen = combo->currentData();
        combo->clear();
        combo->addItem(all, qint64(0));
        if (!m_db)
            continue;
        auto entries = DictionaryRepository(*m_db).entries(dictionary);
        for (const DictionaryEntry &entry : entries ? entries.value() : QList<DictionaryEntry>())
            combo->addItem(entry.name, entry.id);
        if (keepChoices)
            combo->setCurrentIndex(std::max(0, combo->findData(chosen)));
    }
    const QVariant organisation = m_organisation->currentData();
    fillOrganisations();
    if (keepChoices) {
        const QSignalBlocker blocker(m_organisation);
        m_organisation->setCurrentIndex(std::max(0, m_organisation->findData(organisation)));
    }
}

void RegistryPage::fillOrganisations()
{
    const QSignalBlocker blocker(m_organisation);
    m_organisation->clear();
    m_organisation->addItem(tr("All organisations"), qint64(0));
    const qint64 municipality = m_municipality->currentData().toLongLong();
    m_organisation->setEnabled(municipality > 0);
    if (!m_db || municipality == 0)
        return;
    auto organisations = OrganisationRepository(*m_db).list(municipality);
    for (const Organisation &o : organisations ? organisations.value() : QList<Organisation>())
        m_organisation->addItem(o.name, o.id);
}

void RegistryPage::applyFilter()
{
    m_model->setFilter(currentFilter());
}

RegistryFilter RegistryPage::currentFilter() const
{
    RegistryFilter filter = m_model->filter(); // keeps the sort order
    filter.search = m_search->text();
    filter.municipalityId = m_municipality->currentData().toLongLong();
    filter.organisationId = m_organisation->currentData().toLongLong();
    filter.subjectId = m_subject->currentData().toLongLong();
    filter.qualificationCategoryId = m_category->currentData().toLongLong();
    if (m_status && m_status->currentData().isValid())
        filter.active = m_status->currentData().toBool();
    return filter;
}

void RegistryPage::updateCount()
{
    // What was found, with digit groups; the rows still to load are said to
    // come as the table scrolls, not left to read as missing.
    const QLocale locale;
    const qint64 loaded = m_model->rowCount();
    const QString found = m_model->totalCapped()
                              ? tr("Found: more than %1").arg(locale.toString(qint64(countCap)))
                              : tr("Found: %1").arg(locale.toString(qint64(m_model->total())));
    const bool all = !m_model->totalCapped() && loaded >= m_model->total();
    m_count->setText(all ? found
                         : found + u' '
                               + tr("(%1 loaded; the rest load as you scroll)").arg(locale.toString(loaded)));
}

void RegistryPage::reloadData()
{
    if (!m_db)
        return;
    const QList<qint64> selected = selectedIds();
    const qint64 current = m_model->idAt(m_table->currentIndex().row());
    fillFilters(true);
    // A filter whose choice is gone (a municipality deleted) falls back to «all».
    RegistryFilter filter = currentFilter();
    if (filter != m_model->filter())
        m_model->setFilter(filter);
    else
        m_model->refresh();
    selectIds(selected);
    for (int row = 0; current > 0 && row < m_model->rowCount(); ++row)
        if (m_model->idAt(row) == current) {
            m_table->selectionModel()->setCurrentIndex(m_model->index(row, 0), QItemSelectionModel::NoUpdate);
            break;
        }
}

void RegistryPage::selectIds(const QList<qint64> &ids)
{
    if (ids.isEmpty())
        return;
    const QSet<qint64> wanted(ids.begin(), ids.end());
    QItemSelection selection;
    const int lastColumn = m_model->columnCount() - 1;
    for (int row = 0; row < m_model->rowCount(); ++row)
        if (wanted.contains(m_model->idAt(row)))
            selection.select(m_model->index(row, 0), m_model->index(row, lastColumn));
    m_table->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
}

QList<qint64> RegistryPage::selectedIds() const
{
    QList<qint64> ids;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        ids << m_model->idAt(index.row());
    return ids;
}

void RegistryPage::addRecord()
{
    if (!m_db)
        return;
    PersonDialog dialog(*m_db, m_kind, 0, this);
    if (dialog.exec() == QDialog::Accepted)
        m_model->reload();
}

void RegistryPage::editRecord()
{
    if (!allowed(Capability::EditRegistries))
        return;
    const QList<qint64> ids = selectedIds();
    if (!m_db || ids.size() != 1)
        return;
    PersonDialog dialog(*m_db, m_kind, ids.first(), this);
    if (dialog.exec() == QDialog::Accepted)
        m_model->reload();
}

void RegistryPage::showHistory()
{
    const QList<qint64> ids = selectedIds();
    if (!m_db || ids.size() != 1)
        return;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    const QString name = rows.isEmpty() ? QString() : rows.first().data().toString();
    HistoryDialog dialog(*m_db, m_kind == ImportKind::Methodists ? HistorySubject::Methodist : HistorySubject::Teacher,
                         ids.first(), name, this);
    dialog.exec();
}

void RegistryPage::removeRecords()
{
    const QList<qint64> ids = selectedIds();
    if (!m_db || ids.isEmpty())
        return;
    if (QMessageBox::question(this, tr("Delete"), tr("Delete %n selected record(s)? This cannot be undone.", nullptr,
                                                     int(ids.size())))
        != QMessageBox::Yes)
        return;
    PersonService service(*m_db);
    const Status removed = m_kind == ImportKind::Methodists ? service.removeMethodists(ids) : service.removeTeachers(ids);
    if (!removed) {
        QMessageBox::warning(this, tr("Delete"), tr("Nothing was deleted: %1").arg(removed.message()));
        return;
    }
    m_model->reload();
    emit statusMessage(tr("Deleted: %1.").arg(ids.size()));
}

void RegistryPage::assignTeachers()
{
    const QList<qint64> ids = selectedIds();
    if (!m_db || ids.isEmpty())
        return;
    AssignDialog dialog(*m_db, ids, this);
    if (dialog.exec() == QDialog::Accepted)
        emit statusMessage(tr("Assigned to the methodist: %1.").arg(dialog.assignedCount()));
}

void RegistryPage::importFile(ImportKind kind)
{
    if (!m_db)
        return;
    ImportWizard wizard(*m_db, kind, this);
    if (wizard.exec() == QDialog::Accepted) {
        fillFilters(true);
        m_model->reload();
        emit refreshedAfterWriting();
        emit statusMessage(tr("Imported: %1 new, %2 updated.").arg(wizard.lastReport().created)
                               .arg(wizard.lastReport().updated));
    }
}

void RegistryPage::exportFile()
{
    if (!m_db)
        return;
    const QString path = QFileDialog::getSaveFileName(this, tr("Export"), title() + QStringLiteral(".xlsx"),
                                                      tr("Excel workbook (*.xlsx);;CSV for Excel (*.csv)"));
    if (path.isEmpty())
        return;
    auto table = RegistryExport::table(*m_db, m_kind, m_model->filter());
    if (!table) {
        QMessageBox::warning(this, tr("Export"), table.message());
        return;
    }
    if (Status status = RegistryExport::write(table.value(), path); !status) {
        QMessageBox::warning(this, tr("Export"), status.message());
        return;
    }
    emit statusMessage(tr("Exported %1 rows to %2.").arg(table.value().rows.size()).arg(path));
}

} // namespace metodist
