#include "pages/NetworkPage.h"

#include "dialogs/ImportWizard.h"
#include "dialogs/NetworkUnitDialog.h"
#include "models/NetworkModels.h"
#include "pages/PageTables.h"
#include "services/NetworkService.h"
#include "storage/DictionaryRepository.h"

#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

namespace metodist {

namespace {

constexpr qint64 regional = -1; // the municipality filter's «regional units»

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
    box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    box->setMinimumContentsLength(characters);
    return box;
}

// Keeps the chosen entry across a refill (a code or an id in the item data).
void refill(QComboBox *box, const QList<QPair<QVariant, QString>> &choices)
{
    const QVariant chosen = box->currentData();
    const QSignalBlocker blocker(box);
    box->clear();
    for (const auto &[data, text] : choices)
        box->addItem(text, data);
    box->setCurrentIndex(std::max(0, box->findData(chosen)));
}

} // namespace

NetworkPage::NetworkPage(QWidget *parent)
    : Page(parent)
    , m_kind(filterCombo(QStringLiteral("networkKind"), 22, this))
    , m_municipality(filterCombo(QStringLiteral("networkMunicipality"), 18, this))
    , m_search(new QLineEdit(this))
    , m_count(new QLabel(this))
    , m_units(new NetworkUnitModel(this))
    , m_sorted(new QSortFilterProxyModel(this))
    , m_details(new QLabel(this))
    , m_members(new NetworkMemberModel(this))
    , m_covered(new CoveredOrganisationModel(this))
    , m_add(button(tr("&Add…"), QStringLiteral("addNetworkUnit"), this))
    , m_edit(button(tr("&Edit…"), QStringLiteral("editNetworkUnit"), this))
    , m_importUnits(button(tr("Import &units…"), QStringLiteral("importNetworkUnits"), this))
    , m_importMembers(button(tr("Import &members…"), QStringLiteral("importNetworkMembers"), this))
    , m_exportUnits(button(tr("E&xport units…"), QStringLiteral("exportNetworkUnits"), this))
    , m_exportMembers(button(tr("Export m&embers…"), QStringLiteral("exportNetworkMembers"), this))
    , m_remove(button(tr("&Delete"), QStringLiteral("removeNetworkUnits"), this))
{
    Page::requireCapability(m_add, Capability::EditRegistries);
    Page::requireCapability(m_edit, Capability::EditRegistries);
    Page::requireCapability(m_importUnits, Capability::EditRegistries);
    Page::requireCapability(m_importMembers, Capability::EditRegistries);
    Page::requireCapability(m_remove, Capability::EditRegistries);
    setObjectName(QStringLiteral("networkPage"));
    m_search->setObjectName(QStringLiteral("networkSearch"));
    m_search->setPlaceholderText(tr("Search by name, theme, host or head"));
    m_search->setClearButtonEnabled(true);
    m_sorted->setSourceModel(m_units);
    m_sorted->setSortRole(SortRole);
    m_sorted->setSortLocaleAware(true);

    m_table = singleRowView(m_sorted, QStringLiteral("networkTable"), this);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder); // the repository's order: by kind, regional first
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_memberTable = singleRowView(m_members, QStringLiteral("networkMembers"), this);
    m_memberTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_coveredTable = singleRowView(m_covered, QStringLiteral("networkCovered"), this);
    m_coveredTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_details->setObjectName(QStringLiteral("networkDetails"));
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setTextFormat(Qt::RichText);
    m_importUnits->setToolTip(tr("A CSV or Excel file with the columns Вид, Название, Муниципалитет (empty for a "
                                 "regional unit), Организация (the host school), Предмет, Тема, Руководитель, "
                                 "Примечание. A unit of the same kind and name in the municipality is updated."));
    m_importMembers->setToolTip(tr("A CSV or Excel file with a row per member: Объединение, Вид, Муниципалитет, "
                                   "then the teacher (СНИЛС or ФИО, or the columns Педагог (СНИЛС), Педагог (ФИО)) "
                                   "or the methodist (Методист (СНИЛС), Методист (ФИО)) and Роль (участник or "
                                   "руководитель); a row with only an Организация adds a covered school. Import the "
                                   "units first."));

    auto *filters = new QHBoxLayout;
    auto *kindLabel = new QLabel(tr("&Kind:"), this);
    kindLabel->setBuddy(m_kind);
    auto *municipalityLabel = new QLabel(tr("M&unicipality:"), this);
    municipalityLabel->setBuddy(m_municipality);
    filters->addWidget(kindLabel);
    filters->addWidget(m_kind);
    filters->addWidget(municipalityLabel);
    filters->addWidget(m_municipality);
    filters->addWidget(m_search, 1);
    filters->addWidget(m_count);

    auto *lists = new QSplitter(Qt::Horizontal, this);
    lists->addWidget(m_memberTable);
    lists->addWidget(m_coveredTable);
    lists->setStretchFactor(0, 3);
    lists->setStretchFactor(1, 2);
    auto *detailsPane = new QWidget(this);
    auto *detailsLayout = new QVBoxLayout(detailsPane);
    detailsLayout->setContentsMargins(0, 0, 0, 0);
    detailsLayout->addWidget(m_details);
    detailsLayout->addWidget(lists, 1);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->setObjectName(QStringLiteral("networkSplit"));
    split->addWidget(m_table);
    split->addWidget(detailsPane);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 1);

    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : {m_add, m_edit, m_importUnits, m_importMembers, m_exportUnits, m_exportMembers, m_remove})
        buttons->addWidget(b);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(split, 1);
    layout->addLayout(buttons);

    connect(m_search, &QLineEdit::textChanged, this, &NetworkPage::reloadData);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &NetworkPage::reloadData);
    connect(m_municipality, &QComboBox::currentIndexChanged, this, &NetworkPage::reloadData);
    connect(m_importUnits, &QPushButton::clicked, this, [this] { importFile(false); });
    connect(m_importMembers, &QPushButton::clicked, this, [this] { importFile(true); });
    connect(m_exportUnits, &QPushButton::clicked, this, [this] { exportFile(false); });
    connect(m_exportMembers, &QPushButton::clicked, this, [this] { exportFile(true); });
    connect(m_remove, &QPushButton::clicked, this, &NetworkPage::removeUnits);
    connect(m_add, &QPushButton::clicked, this, [this] { editUnit(0); });
    connect(m_edit, &QPushButton::clicked, this, [this] {
        if (const qint64 id = currentUnitId(); id > 0)
            editUnit(id);
    });
    connect(m_table, &QAbstractItemView::doubleClicked, this, [this](const QModelIndex &index) {
        if (index.isValid() && allowed(Capability::EditRegistries))
            editUnit(m_units->rowAt(m_sorted->mapToSource(index).row()).id);
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        showDetails();
        updateButtons();
    });
    connect(m_units, &QAbstractItemModel::modelReset, this, [this] {
        showDetails();
        updateButtons();
    });
    fitColumns();
    updateButtons();
}

QString NetworkPage::title() const
{
    return tr("Support network");
}

void NetworkPage::setDatabase(Database *db)
{
    m_db = db;
    fillFilters();
    reloadData();
}

// Wide enough for the text of every header (the Russian ones are longer) and
// for what the columns usually hold, within a 1366×768 screen.
void NetworkPage::fitColumns()
{
    // The kinds' names are long («Муниципальная методическая служба (ММС)»).
    const int preferred[] = {280, 250, 200, 130, 0, 0};
    QHeaderView *header = m_table->horizontalHeader();
    for (int c = 0; c < NetworkUnitModel::ColumnCount; ++c) {
        const int text = header->fontMetrics().horizontalAdvance(
                             m_units->headerData(c, Qt::Horizontal, Qt::DisplayRole).toString())
                         + 2 * header->style()->pixelMetric(QStyle::PM_HeaderMargin) + 16; // the sort arrow
        m_table->setColumnWidth(c, std::max(preferred[c], text));
    }
    header->setStretchLastSection(true);
    m_memberTable->setColumnWidth(0, 240);
    m_memberTable->setColumnWidth(1, 110);
    m_memberTable->setColumnWidth(2, 110);
    m_memberTable->setColumnWidth(3, 150);
    m_coveredTable->setColumnWidth(0, 200);
}

void NetworkPage::fillFilters()
{
    QList<QPair<QVariant, QString>> kinds{{QString(), tr("All kinds")}};
    QList<QPair<QVariant, QString>> municipalities{{qint64(0), tr("All municipalities")},
                                                   {regional, tr("Regional units")}};
    if (m_db) {
        auto entries = NetworkService(*m_db).kinds();
        if (entries)
            for (const DictionaryEntry &e : entries.value())
                kinds.append({e.code, e.name});
        auto places = DictionaryRepository(*m_db).entries(QStringLiteral("municipalities"));
        if (places)
            for (const DictionaryEntry &e : places.value())
                municipalities.append({e.id, e.name});
    }
    refill(m_kind, kinds);
    refill(m_municipality, municipalities);
}

void NetworkPage::reloadData()
{
    if (!m_db) {
        m_units->setRows({});
        m_count->clear();
        return;
    }
    NetworkFilter filter;
    filter.kindCode = m_kind->currentData().toString();
    const qint64 municipality = m_municipality->currentData().toLongLong();
    filter.regionalOnly = municipality == regional;
    filter.municipalityId = std::max<qint64>(municipality, 0);
    filter.text = m_search->text();
    // The chosen unit stays chosen when it is still listed.
    QList<qint64> chosen;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        chosen << m_units->rowAt(m_sorted->mapToSource(index).row()).id;
    auto units = NetworkService(*m_db).units(filter);
    if (!units) {
        QMessageBox::warning(this, title(), units.message());
        return;
    }
    m_units->setRows(units.value());
    int members = 0;
    for (const NetworkUnit &u : units.value())
        members += u.members;
    m_count->setText(tr("Units: %1, members: %2").arg(units.value().size()).arg(members));
    for (int row = 0; row < m_units->rowCount(); ++row)
        if (chosen.contains(m_units->rowAt(row).id))
            m_table->selectionModel()->select(m_sorted->mapFromSource(m_units->index(row, 0)),
                                              QItemSelectionModel::Select | QItemSelectionModel::Rows);
}

void NetworkPage::showDetails()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (!m_db || rows.size() != 1) {
        m_details->setText(rows.isEmpty() ? tr("Choose a unit to see its members and the schools it covers.")
                                          : tr("%n unit(s) chosen.", nullptr, int(rows.size())));
        m_members->setRows({});
        m_covered->setRows({});
        return;
    }
    const qint64 id = m_units->rowAt(m_sorted->mapToSource(rows.first()).row()).id;
    auto details = NetworkService(*m_db).details(id);
    if (!details) {
        m_details->setText(details.message().toHtmlEscaped());
        m_members->setRows({});
        m_covered->setRows({});
        return;
    }
    const NetworkUnit &u = details.value().unit;
    QStringList lines{QStringLiteral("<b>%1</b> — %2").arg(u.name.toHtmlEscaped(), u.kindName.toHtmlEscaped())};
    QStringList facts{u.isRegional() ? tr("regional") : u.municipality.toHtmlEscaped()};
    if (!u.organisation.isEmpty())
        facts << tr("host: %1").arg(u.organisation.toHtmlEscaped());
    if (!u.subject.isEmpty())
        facts << tr("subject: %1").arg(u.subject.toHtmlEscaped());
    if (!u.theme.isEmpty())
        facts << tr("theme: %1").arg(u.theme.toHtmlEscaped());
    if (!u.head.isEmpty())
        facts << tr("head: %1").arg(u.head.toHtmlEscaped());
    facts << tr("%n member(s)", nullptr, int(details.value().members.size()));
    if (!details.value().organisations.isEmpty())
        facts << tr("%n school(s) covered", nullptr, int(details.value().organisations.size()));
    lines << facts.join(QStringLiteral("; "));
    if (!u.note.isEmpty())
        lines << u.note.toHtmlEscaped();
    m_details->setText(lines.join(QStringLiteral("<br>")));
    m_members->setRows(details.value().members);
    m_covered->setRows(details.value().organisations);
}

void NetworkPage::updateButtons()
{
    const bool open = m_db != nullptr;
    m_importUnits->setEnabled(open);
    m_importMembers->setEnabled(open);
    m_exportUnits->setEnabled(open && m_units->rowCount() > 0);
    m_exportMembers->setEnabled(open && m_units->rowCount() > 0);
    m_remove->setEnabled(open && m_table->selectionModel()->hasSelection());
    m_add->setEnabled(open && !m_db->isReadOnly());
    m_edit->setEnabled(open && currentUnitId() > 0);
}

void NetworkPage::importFile(bool members)
{
    if (!m_db)
        return;
    ImportWizard wizard(*m_db, members ? ImportKind::NetworkMembers : ImportKind::Network, this);
    if (wizard.exec() == QDialog::Accepted) {
        fillFilters();
        reloadData();
        emit refreshedAfterWriting();
        emit statusMessage(tr("Imported: %1 new, %2 updated.").arg(wizard.lastReport().created)
                               .arg(wizard.lastReport().updated));
    }
}

void NetworkPage::exportFile(bool members)
{
    if (!m_db)
        return;
    const QString name = members ? tr("Support network members") : title();
    const QString path = QFileDialog::getSaveFileName(this, tr("Export"), name + QStringLiteral(".xlsx"),
                                                      tr("Excel workbook (*.xlsx);;CSV for Excel (*.csv)"));
    if (path.isEmpty())
        return;
    auto rows = NetworkService(*m_db).exportFile(path, members ? ImportKind::NetworkMembers : ImportKind::Network);
    if (!rows) {
        QMessageBox::warning(this, tr("Export"), rows.message());
        return;
    }
    emit statusMessage(tr("Exported %n row(s) to %1.", nullptr, rows.value()).arg(path));
}

qint64 NetworkPage::currentUnitId() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.size() != 1)
        return 0;
    return m_units->rowAt(m_sorted->mapToSource(rows.first()).row()).id;
}

void NetworkPage::editUnit(qint64 id)
{
    if (!m_db)
        return;
    NetworkUnitDialog dialog(*m_db, id, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    reloadData();
    // The saved unit chosen, so its members show below.
    for (int row = 0; row < m_units->rowCount(); ++row)
        if (m_units->rowAt(row).id == dialog.unitId()) {
            m_table->selectionModel()->select(m_sorted->mapFromSource(m_units->index(row, 0)),
                                              QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            m_table->scrollTo(m_sorted->mapFromSource(m_units->index(row, 0)));
        }
    emit refreshedAfterWriting();
    emit statusMessage(tr("The unit of the network is saved."));
}

void NetworkPage::removeUnits()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (!m_db || rows.isEmpty())
        return;
    if (QMessageBox::question(this, tr("Delete units"),
                              tr("Delete %n selected unit(s) of the network with their members and covered schools? "
                                 "The teachers, methodists and schools stay in the registry.",
                                 nullptr, int(rows.size())))
        != QMessageBox::Yes)
        return;
    QList<qint64> ids;
    for (const QModelIndex &index : rows)
        ids << m_units->rowAt(m_sorted->mapToSource(index).row()).id;
    if (Status status = NetworkService(*m_db).removeUnits(ids); !status) {
        QMessageBox::warning(this, tr("Delete units"), status.message());
        return;
    }
    reloadData();
}

} // namespace metodist
