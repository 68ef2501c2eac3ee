#include "pages/DictionariesPage.h"

#include "dialogs/HistoryDialog.h"
#include "dialogs/ImportWizard.h"
#include "domain/ReferenceData.h"
#include "models/DictionaryModel.h"
#include "models/OrganisationModel.h"
#include "services/AliasFile.h"
#include "services/DictionaryService.h"
#include "services/Setup.h"
#include "storage/DictionaryRepository.h"
#include "storage/OrganisationRepository.h"

#include <QFileDialog>
#include <QHBoxLayout>
#include <QLayout>
#include <QHash>
#include <QHeaderView>
#include <QInputDialog>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace metodist {

DictionariesPage::DictionariesPage(QWidget *parent)
    : Page(parent)
    , m_dictionaries(new QListWidget(this))
    , m_table(new QTableView(this))
    , m_model(new DictionaryModel(this))
    , m_organisations(new OrganisationModel(this))
    , m_add(new QPushButton(tr("&Add…"), this))
    , m_remove(new QPushButton(tr("&Delete"), this))
    , m_up(new QPushButton(tr("Move &up"), this))
    , m_down(new QPushButton(tr("Move do&wn"), this))
    , m_region(new QPushButton(tr("Load a region's municipalities…"), this))
    , m_aliases(new QPushButton(tr("Aliases from a file…"), this))
{
    Page::requireCapability(m_add, Capability::EditRegistries);
    Page::requireCapability(m_remove, Capability::EditRegistries);
    Page::requireCapability(m_up, Capability::EditRegistries);
    Page::requireCapability(m_down, Capability::EditRegistries);
    Page::requireCapability(m_region, Capability::EditRegistries);
    Page::requireCapability(m_aliases, Capability::EditRegistries);
    setObjectName(QStringLiteral("dictionariesPage"));
    for (const QString &dictionary : ReferenceData::dictionaries()) {
        auto *item = new QListWidgetItem(ReferenceData::title(dictionary), m_dictionaries);
        item->setData(Qt::UserRole, dictionary);
    }
    // Organisations are not a dictionary, but they are kept the same way here.
    (new QListWidgetItem(tr("Organisations"), m_dictionaries))->setData(Qt::UserRole, QStringLiteral("organisations"));
    m_dictionaries->setObjectName(QStringLiteral("dictionaryList"));
    m_region->setObjectName(QStringLiteral("loadRegion"));
    m_remove->setObjectName(QStringLiteral("removeEntries"));
    m_table->setObjectName(QStringLiteral("dictionaryTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                             | QAbstractItemView::AnyKeyPressed);
    m_table->horizontalHeader()->setSectionResizeMode(DictionaryModel::NameColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(DictionaryModel::AliasesColumn, QHeaderView::Stretch);
    m_table->verticalHeader()->setVisible(false);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_dictionaries->setMinimumWidth(m_dictionaries->sizeHintForColumn(0) + 24);
    m_table->setAlternatingRowColors(true);

    auto *buttons = new QHBoxLayout;
    for (QPushButton *button : {m_add, m_remove, m_up, m_down})
        buttons->addWidget(button);
    buttons->addStretch();
    buttons->addWidget(m_aliases);
    buttons->addWidget(m_region);
    m_aliases->setToolTip(tr("Load the texts offices write for entries from a CSV or Excel file: columns "
                             "«Dictionary» (optional), «Value» and «Entry» (code or name)."));

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_table);
    rightLayout->addLayout(buttons);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_dictionaries);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 3);
    splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(m_dictionaries, &QListWidget::currentRowChanged, this, &DictionariesPage::showDictionary);
    connect(m_model, &DictionaryModel::errorOccurred, this, &DictionariesPage::showError);
    connect(m_organisations, &OrganisationModel::errorOccurred, this, &DictionariesPage::showError);
    connect(m_add, &QPushButton::clicked, this, &DictionariesPage::addEntry);
    connect(m_remove, &QPushButton::clicked, this, &DictionariesPage::removeEntries);
    connect(m_up, &QPushButton::clicked, this, [this] { moveEntry(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveEntry(+1); });
    connect(m_region, &QPushButton::clicked, this, &DictionariesPage::loadRegion);
    connect(m_aliases, &QPushButton::clicked, this, &DictionariesPage::loadAliases);
    connect(m_model, &QAbstractItemModel::modelReset, this, &DictionariesPage::updateButtons);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &DictionariesPage::updateButtons);
    // An organisation's history of changes, from its row.
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table, &QWidget::customContextMenuRequested, this, [this](const QPoint &at) {
        const QModelIndexList rows = m_table->selectionModel()->selectedRows();
        if (!m_db || !showingOrganisations() || rows.size() != 1)
            return;
        QMenu menu(this);
        menu.addAction(tr("History of changes…"), this, [this, row = rows.first()] {
            HistoryDialog dialog(*m_db, HistorySubject::Organisation, m_organisations->idAt(row.row()),
                                 row.siblingAtColumn(OrganisationModel::NameColumn).data().toString(), this);
            dialog.exec();
        });
        menu.exec(m_table->viewport()->mapToGlobal(at));
    });
    m_dictionaries->setCurrentRow(0);
    updateButtons();
}

QString DictionariesPage::title() const
{
    return tr("Dictionaries");
}

void DictionariesPage::setDatabase(Database *db)
{
    m_db = db;
    m_organisations->setDatabase(db);
    showDictionary();
}

void DictionariesPage::reloadData()
{
    if (!m_db)
        return;
    QList<int> rows;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        rows << index.row();
    showDictionary();
    for (int row : rows)
        if (row < m_table->model()->rowCount())
            m_table->selectionModel()->select(m_table->model()->index(row, 0),
                                              QItemSelectionModel::Select | QItemSelectionModel::Rows);
}

bool DictionariesPage::showingOrganisations() const
{
    const QListWidgetItem *item = m_dictionaries->currentItem();
    return item && item->data(Qt::UserRole).toString() == u"organisations";
}

void DictionariesPage::showDictionary()
{
    const QListWidgetItem *item = m_dictionaries->currentItem();
    if (showingOrganisations()) {
        m_organisations->reload(); // imports add organisations
        m_table->setModel(m_organisations);
        m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
        m_table->horizontalHeader()->setSectionResizeMode(OrganisationModel::NameColumn, QHeaderView::Stretch);
        m_table->setColumnWidth(OrganisationModel::MunicipalityColumn, 240);
    } else {
        m_model->setSource(m_db, item ? item->data(Qt::UserRole).toString() : QString());
        m_table->setModel(m_model);
        m_table->horizontalHeader()->setSectionResizeMode(DictionaryModel::NameColumn, QHeaderView::Stretch);
        m_table->horizontalHeader()->setSectionResizeMode(DictionaryModel::AliasesColumn, QHeaderView::Stretch);
        // Names, as the office writes them; the code is in the name's tooltip.
        m_table->setColumnHidden(DictionaryModel::CodeColumn, true);
    }
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &DictionariesPage::updateButtons,
            Qt::UniqueConnection);
    updateButtons();
}

void DictionariesPage::updateButtons()
{
    const bool open = m_db != nullptr;
    const bool selected = open && m_table->selectionModel()->hasSelection();
    const bool ordered = !showingOrganisations() && m_model->dictionary() != u"municipalities"
                         && m_model->dictionary() != u"subjects";
    // The seven stages, the blocks and the model's stages are the model itself.
    const bool fixed = !showingOrganisations() && DictionaryService::isFixed(m_model->dictionary());
    // A role that does not keep the registries sees them without the editing.
    const bool editing = access().may(Capability::EditRegistries);
    m_add->setEnabled(open);
    m_add->setVisible(!fixed && editing);
    m_remove->setEnabled(selected);
    m_remove->setVisible(!fixed && editing);
    m_up->setEnabled(selected && ordered);
    m_down->setEnabled(selected && ordered);
    m_up->setVisible(ordered && editing);
    m_down->setVisible(ordered && editing);
    m_region->setEnabled(open);
    m_region->setVisible(!showingOrganisations() && m_model->dictionary() == u"municipalities" && editing);
    // Buttons shown or hidden on a page not on screen leave the layouts'
    // least width as it was: the window would stay wider than a laptop.
    if (QLayout *layout = m_add->parentWidget()->layout()) {
        for (QLayout *row : layout->findChildren<QLayout *>())
            row->invalidate();
        layout->invalidate();
    }
    if (QLayout *layout = this->layout())
        layout->invalidate();
    if (QWidget *holder = parentWidget(); holder && holder->layout())
        holder->layout()->invalidate(); // the window's stack of pages, which keeps each page's least size
    updateGeometry();
    m_aliases->setEnabled(open && !showingOrganisations());
}

void DictionariesPage::loadAliases()
{
    if (!m_db || showingOrganisations())
        return;
    const QString path = QFileDialog::getOpenFileName(this, tr("Aliases from a file"), QString(),
                                                      ImportWizard::fileFilter());
    if (path.isEmpty())
        return;
    const QString dictionary = m_model->dictionary();
    auto content = AliasFile::read(path, dictionary);
    if (!content)
        return showError(content.message());
    QStringList errors = content.value().errors;
    int added = 0;
    if (errors.isEmpty()) {
        auto imported = DictionaryService(*m_db).importAliases(content.value().rows);
        if (!imported)
            return showError(imported.message());
        errors = imported.value().errors;
        added = imported.value().added;
    }
    if (!errors.isEmpty()) {
        constexpr int shown = 20;
        QString text = tr("No alias was added: %n row(s) of the file have errors.", nullptr, int(errors.size()));
        text += u'\n' + errors.mid(0, shown).join(u'\n');
        if (errors.size() > shown)
            text += u'\n' + tr("…and %n more.", nullptr, int(errors.size() - shown));
        return showError(text);
    }
    m_model->reload();
    emit statusMessage(tr("Aliases added to «%1»: %2.").arg(ReferenceData::title(dictionary)).arg(added));
}

void DictionariesPage::addEntry()
{
    if (!m_db)
        return;
    if (showingOrganisations())
        return addOrganisation();
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("New entry"),
                                               tr("Name of the new entry in «%1»:")
                                                   .arg(ReferenceData::title(m_model->dictionary())),
                                               QLineEdit::Normal, QString(), &ok);
    if (!ok || name.trimmed().isEmpty())
        return;
    auto added = DictionaryService(*m_db).addEntry(m_model->dictionary(), name);
    if (!added)
        return showError(added.message());
    m_model->reload();
    emit statusMessage(tr("Added «%1».").arg(name.simplified()));
}

void DictionariesPage::addOrganisation()
{
    auto municipalities = DictionaryRepository(*m_db).entries(QStringLiteral("municipalities"));
    if (!municipalities || municipalities.value().isEmpty())
        return showError(tr("Add the municipalities first."));
    QStringList names;
    for (const DictionaryEntry &entry : municipalities.value())
        names << entry.name;
    bool ok = false;
    const QString municipality = QInputDialog::getItem(this, tr("New organisation"), tr("Municipality:"), names, 0,
                                                       false, &ok);
    if (!ok)
        return;
    const QString name = QInputDialog::getText(this, tr("New organisation"), tr("Name of the organisation:"),
                                               QLineEdit::Normal, QString(), &ok);
    if (!ok || name.trimmed().isEmpty())
        return;
    Organisation organisation;
    organisation.name = name;
    organisation.municipalityId = municipalities.value().at(names.indexOf(municipality)).id;
    if (auto added = DictionaryService(*m_db).addOrganisation(organisation); !added)
        return showError(added.message());
    m_organisations->reload();
}

void DictionariesPage::removeEntries()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (!m_db || rows.isEmpty())
        return;
    const auto answer = QMessageBox::question(this, tr("Delete entries"),
                                              tr("Delete %n selected entry(ies)? Entries in use are kept.",
                                                 nullptr, int(rows.size())));
    if (answer != QMessageBox::Yes)
        return;
    QList<qint64> ids;
    QHash<qint64, QString> names;
    for (const QModelIndex &index : rows) {
        const qint64 id = showingOrganisations() ? m_organisations->idAt(index.row()) : m_model->idAt(index.row());
        ids << id;
        names.insert(id, m_table->model()->data(index.siblingAtColumn(0), Qt::DisplayRole).toString());
    }
    DictionaryService service(*m_db);
    const DictionaryService::Removal removal = showingOrganisations()
                                                   ? service.removeOrganisations(ids)
                                                   : service.removeEntries(m_model->dictionary(), ids);
    QStringList problems;
    for (const auto &[id, why] : removal.kept)
        problems << QStringLiteral("«%1»: %2").arg(names.value(id), why);
    showingOrganisations() ? m_organisations->reload() : m_model->reload();
    if (!problems.isEmpty())
        showError(problems.join(u'\n'));
}

void DictionariesPage::moveEntry(int delta)
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (!m_db || rows.size() != 1)
        return;
    const int row = rows.first().row();
    if (Status status = DictionaryService(*m_db).moveEntry(m_model->dictionary(), m_model->idAt(row), delta); !status)
        return showError(status.message());
    m_model->reload();
    const int target = std::clamp(row + delta, 0, m_model->rowCount() - 1);
    m_table->selectRow(target);
}

void DictionariesPage::loadRegion()
{
    if (!m_db)
        return;
    QStringList names;
    QStringList codes;
    for (const RegionPreset &region : ReferenceData::regions()) {
        names << region.name;
        codes << region.code;
    }
    bool ok = false;
    const QString chosen = QInputDialog::getItem(this, tr("Region preset"),
                                                 tr("Add the municipalities of the region:"), names, 0, false, &ok);
    if (!ok)
        return;
    auto summary = Setup::initialise(*m_db, codes.value(names.indexOf(chosen)));
    if (!summary)
        return showError(summary.message());
    m_model->reload();
    emit statusMessage(tr("%1: municipalities added: %2.").arg(summary.value().regionName)
                           .arg(summary.value().municipalitiesAdded));
}

void DictionariesPage::showError(const QString &message)
{
    QMessageBox::warning(this, tr("Dictionaries"), message);
}

} // namespace metodist
