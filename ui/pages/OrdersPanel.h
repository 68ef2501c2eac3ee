#pragma once

#include <QWidget>

class QPushButton;
class QTableView;

class QLabel;

namespace metodist {

class Database;
class OrderListModel;

// The register of orders (приказы) on assignments, newest first: save as
// PDF/DOCX/ODT, print preview, delete, and the settings every order shares.
// A new order is drawn up by the page, which knows the year and the chosen
// methodist.
class OrdersPanel : public QWidget
{
    Q_OBJECT

public:
    explicit OrdersPanel(QWidget *parent = nullptr);
    void setDatabase(Database *db);
    // Reloads the register; keeps the chosen order, or chooses selectId.
    QString refresh(qint64 selectId = 0);
    qint64 selectedOrder() const;
    OrderListModel *model() const { return m_orders; }

signals:
    void newOrderRequested();
    void ordersChanged();
    void statusMessage(const QString &text);

private:
    void saveOrder();
    void previewOrder();
    void deleteOrder();
    void editSettings();
    void updateButtons();

    Database *m_db = nullptr;
    OrderListModel *m_orders;
    QTableView *m_table;
    QLabel *m_empty; // how an order is made, while there is none
    QList<QPushButton *> m_orderButtons; // need a chosen order
};

} // namespace metodist
