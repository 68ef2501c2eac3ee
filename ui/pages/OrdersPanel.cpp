#include "pages/Page.h"
#include "pages/OrdersPanel.h"

#include "dialogs/OrderSettingsDialog.h"
#include "documents/OrderPdf.h"
#include "models/AssignmentModels.h"
#include "services/OrderService.h"
#include "storage/OrderRepository.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableView>
#include <QLabel>
#include <QVBoxLayout>

namespace metodist {

OrdersPanel::OrdersPanel(QWidget *parent)
    : QWidget(parent)
    , m_orders(new OrderListModel(this))
    , m_table(new QTableView(this))
    , m_empty(new QLabel(this))
{
    m_empty->setObjectName(QStringLiteral("noOrders"));
    m_empty->setWordWrap(true);
    m_empty->setText(tr("There are no orders yet. An order of assignment is made from the assignments of an academic "
                        "year: assign teachers (by hand or with «Automatic assignment…»), then press «New order…», "
                        "give the year, the number and the date; every current assignment without an order goes "
                        "into it, with the list of teachers as its appendix. The institution's name, the heading and "
                        "the signatures are set once in «Order settings…»."));
    m_empty->hide();
    m_table->setObjectName(QStringLiteral("orders"));
    m_table->setModel(m_orders);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setVisible(false);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setColumnWidth(0, 110);
    m_table->setColumnWidth(1, 100);
    m_table->setColumnWidth(2, 110);
    m_table->setColumnWidth(3, 100);
    auto *create = new QPushButton(tr("&New order…"), this);
    create->setObjectName(QStringLiteral("newOrder"));
    auto *save = new QPushButton(tr("&Save as…"), this);
    auto *preview = new QPushButton(tr("&Print preview…"), this);
    auto *remove = new QPushButton(tr("&Delete"), this);
    auto *settings = new QPushButton(tr("Order se&ttings…"), this);
    Page::requireCapability(create, Capability::PlanAssignments);
    Page::requireCapability(remove, Capability::PlanAssignments);
    Page::requireCapability(settings, Capability::PlanAssignments);
    m_orderButtons = {save, preview, remove};
    auto *buttons = new QHBoxLayout;
    for (QPushButton *button : {create, save, preview, remove})
        buttons->addWidget(button);
    buttons->addStretch();
    buttons->addWidget(settings);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_empty);
    layout->addWidget(m_table);
    layout->addLayout(buttons);

    connect(create, &QPushButton::clicked, this, &OrdersPanel::newOrderRequested);
    connect(save, &QPushButton::clicked, this, &OrdersPanel::saveOrder);
    connect(preview, &QPushButton::clicked, this, &OrdersPanel::previewOrder);
    connect(m_table, &QTableView::doubleClicked, this, &OrdersPanel::previewOrder);
    connect(remove, &QPushButton::clicked, this, &OrdersPanel::deleteOrder);
    connect(settings, &QPushButton::clicked, this, &OrdersPanel::editSettings);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &OrdersPanel::updateButtons);
    updateButtons();
}


void OrdersPanel::setDatabase(Database *db)
{
    m_db = db;
}

QString OrdersPanel::refresh(qint64 selectId)
{
    const qint64 chosen = selectId > 0 ? selectId : selectedOrder();
    auto orders = m_db ? OrderRepository(*m_db).list() : Result<QList<Order>>(QList<Order>());
    m_orders->setRows(orders ? orders.value() : QList<Order>());
    m_empty->setVisible(m_db && orders && m_orders->rowCount() == 0);
    for (int row = 0; row < m_orders->rowCount(); ++row)
        if (m_orders->rowAt(row).id == chosen)
            m_table->selectRow(row);
    updateButtons();
    return orders.message();
}

void OrdersPanel::updateButtons()
{
    for (QPushButton *button : m_orderButtons)
        button->setEnabled(selectedOrder() > 0);
}

qint64 OrdersPanel::selectedOrder() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : m_orders->rowAt(rows.first().row()).id;
}

void OrdersPanel::saveOrder()
{
    const qint64 id = selectedOrder();
    if (!m_db || id == 0)
        return;
    const Order &order = m_orders->rowAt(m_table->selectionModel()->selectedRows().first().row());
    const QString pdf = tr("PDF document (*.pdf)");
    const QString docx = tr("Word document (*.docx)");
    const QString odt = tr("OpenDocument text (*.odt)");
    QString filter = pdf;
    // Slashes and the like in an order number cannot be in a file name.
    QString name = tr("Order %1 of %2").arg(order.number, dateText(order.issuedOn));
    name.replace(QRegularExpression(QStringLiteral(R"([\\/:*?"<>|])")), QStringLiteral("-"));
    QString path = QFileDialog::getSaveFileName(this, tr("Save the order"), name + QStringLiteral(".pdf"),
                                                QStringList{pdf, docx, odt}.join(QStringLiteral(";;")), &filter);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += filter == docx ? QStringLiteral(".docx") : filter == odt ? QStringLiteral(".odt") : QStringLiteral(".pdf");
    if (Status status = OrderService(*m_db).exportTo(id, path); !status) {
        QMessageBox::warning(this, tr("Save the order"), status.message());
        return;
    }
    emit statusMessage(tr("The order is saved to %1.").arg(QDir::toNativeSeparators(path)));
}

void OrdersPanel::previewOrder()
{
    const qint64 id = selectedOrder();
    if (!m_db || id == 0)
        return;
    OrderService service(*m_db);
    auto document = service.document(id);
    auto settings = service.settings();
    if (!document || !settings) {
        QMessageBox::warning(this, tr("Print preview"), !document ? document.message() : settings.message());
        return;
    }
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(tr("Order %1").arg(document->number));
    QPrintPreviewDialog preview(&printer, this);
    preview.resize(900, 1000);
    connect(&preview, &QPrintPreviewDialog::paintRequested, this, [&](QPrinter *device) {
        OrderPdf::paint(document.value(), settings->layout, device);
    });
    preview.exec();
}

void OrdersPanel::deleteOrder()
{
    const qint64 id = selectedOrder();
    if (!m_db || id == 0)
        return;
    const Order &order = m_orders->rowAt(m_table->selectionModel()->selectedRows().first().row());
    if (QMessageBox::question(this, tr("Delete the order"),
                              tr("Delete order № %1 of %2? Its %3 assignments stay, without an order.")
                                  .arg(order.number, dateText(order.issuedOn))
                                  .arg(order.assignmentCount))
        != QMessageBox::Yes)
        return;
    if (Status status = OrderService(*m_db).remove(id); !status) {
        QMessageBox::warning(this, tr("Delete the order"), status.message());
        return;
    }
    refresh();
    emit ordersChanged();
}

void OrdersPanel::editSettings()
{
    if (!m_db)
        return;
    OrderSettingsDialog dialog(*m_db, this);
    dialog.exec();
}

} // namespace metodist
