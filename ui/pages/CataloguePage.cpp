#include "pages/CataloguePage.h"

#include "dialogs/ImportWizard.h"
#include "models/CatalogueModel.h"
#include "services/RegistryExport.h"
#include "services/RouteService.h"
#include "storage/CatalogueRepository.h"

#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace metodist {

CataloguePage::CataloguePage(QWidget *parent)
    : Page(parent)
    , m_search(new QLineEdit(this))
    , m_table(new QTableView(this))
    , m_model(new CatalogueModel(this))
    , m_sorted(new QSortFilterProxyModel(this))
    , m_count(new QLabel(this))
    , m_import(new QPushButton(tr("&Import…"), this))
    , m_export(new QPushButton(tr("&Export…"), this))
    , m_remove(new QPushButton(tr("&Delete"), this))
{
    Page::requireCapability(m_import, Capability::EditRegistries);
    Page::requireCapability(m_remove, Capability::EditRegistries);
    setObjectName(QStringLiteral("cataloguePage"));
    m_search->setObjectName(QStringLiteral("catalogueSearch"));
    m_search->setPlaceholderText(tr("Search by title or provider"));
    m_search->setClearButtonEnabled(true);
    m_sorted->setSourceModel(m_model);
    m_sorted->setSortRole(SortRole);
    m_sorted->setSortLocaleAware(true);
    m_table->setObjectName(QStringLiteral("catalogueTable"));
    m_table->setModel(m_sorted);
    m_table->setSortingEnabled(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setVisible(false);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(true);
    m_table->setColumnWidth(0, 380);
    m_table->setColumnWidth(1, 130);
    m_table->setColumnWidth(2, 160);
    m_table->setColumnWidth(3, 60);
    m_table->setColumnWidth(4, 110);
    m_table->setColumnWidth(5, 90);
    m_table->setColumnWidth(6, 160);
    m_table->setColumnWidth(7, 200);
    m_import->setToolTip(tr("A CSV or Excel file with the columns Название, Вид, Организатор, Часов, Форма, "
                            "Федеральный реестр, Предметы, Дефициты, Уровни (several values in a cell separated "
                            "by «;», «,» or «/»). An entry with the same title and provider is updated."));

    auto *top = new QHBoxLayout;
    top->addWidget(m_search, 1);
    top->addWidget(m_count);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_import);
    buttons->addWidget(m_export);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_table);
    layout->addLayout(buttons);

    connect(m_search, &QLineEdit::textChanged, this, &CataloguePage::reloadData);
    connect(m_import, &QPushButton::clicked, this, &CataloguePage::importFile);
    connect(m_export, &QPushButton::clicked, this, &CataloguePage::exportFile);
    connect(m_remove, &QPushButton::clicked, this, &CataloguePage::removeEntries);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &CataloguePage::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &CataloguePage::updateButtons);
    updateButtons();
}

QString CataloguePage::title() const
{
    return tr("Programme catalogue");
}

void CataloguePage::setDatabase(Database *db)
{
    m_db = db;
    reloadData();
}

void CataloguePage::reloadData()
{
    if (!m_db) {
        m_model->setRows({});
        m_count->clear();
        return;
    }
    CatalogueFilter filter;
    filter.text = m_search->text();
    auto entries = CatalogueRepository(*m_db).entries(filter);
    if (!entries) {
        QMessageBox::warning(this, title(), entries.message());
        return;
    }
    m_model->setRows(entries.value());
    m_count->setText(tr("Entries: %1").arg(entries.value().size()));
}

void CataloguePage::updateButtons()
{
    m_import->setEnabled(m_db != nullptr);
    m_export->setEnabled(m_db != nullptr && m_model->rowCount() > 0);
    m_remove->setEnabled(m_db != nullptr && m_table->selectionModel()->hasSelection());
}

void CataloguePage::importFile()
{
    if (!m_db)
        return;
    ImportWizard wizard(*m_db, ImportKind::Catalogue, this);
    if (wizard.exec() == QDialog::Accepted) {
        reloadData();
        emit refreshedAfterWriting();
        emit statusMessage(tr("Imported: %1 new, %2 updated.").arg(wizard.lastReport().created)
                               .arg(wizard.lastReport().updated));
    }
}

void CataloguePage::exportFile()
{
    if (!m_db)
        return;
    const QString path = QFileDialog::getSaveFileName(this, tr("Export"), title() + QStringLiteral(".xlsx"),
                                                      tr("Excel workbook (*.xlsx);;CSV for Excel (*.csv)"));
    if (path.isEmpty())
        return;
    auto table = RegistryExport::table(*m_db, ImportKind::Catalogue);
    Status status = table ? RegistryExport::write(table.value(), path) : table.status();
    if (!status) {
        QMessageBox::warning(this, tr("Export"), status.message());
        return;
    }
    emit statusMessage(tr("Exported %n entry(ies) to %1.", nullptr, int(table.value().rows.size())).arg(path));
}

void CataloguePage::removeEntries()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (!m_db || rows.isEmpty())
        return;
    if (QMessageBox::question(this, tr("Delete entries"),
                              tr("Delete %n selected entry(ies) of the catalogue? Routes keep the items made from "
                                 "them.",
                                 nullptr, int(rows.size())))
        != QMessageBox::Yes)
        return;
    QList<qint64> ids;
    for (const QModelIndex &index : rows)
        ids << m_model->rowAt(m_sorted->mapToSource(index).row()).id;
    if (Status status = RouteService(*m_db).removeCatalogueEntries(ids); !status) {
        QMessageBox::warning(this, tr("Delete entries"), status.message());
        return;
    }
    reloadData();
}

} // namespace metodist
