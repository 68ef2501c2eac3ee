#pragma once

#include "pages/Page.h"

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

namespace metodist {

class RouteItemModel;
class RouteRowModel;

// Маршруты (ИОМ): the registry of routes, the items of the chosen one with
// their status, and new routes from a teacher's diagnostics.
class RoutesPage : public ReloadingPage
{
    Q_OBJECT

public:
    explicit RoutesPage(QWidget *parent = nullptr);
    QString title() const override;
    void setDatabase(Database *db) override;

    // Empty: every year.
    QString year() const { return m_yearText; }
    void setYear(const QString &academicYear);
    void refresh() override;
    bool selectRoute(qint64 routeId);
    qint64 currentRouteId() const;

    RouteRowModel *routeModel() const { return m_routes; }
    RouteItemModel *itemModel() const { return m_items; }
    QString errorText() const;

private:
    void loadItems();
    void updateButtons();
    void createFromDiagnostics();
    void setItemStatus();
    void exportPdf();
    QString draftYear() const;

    Database *m_db = nullptr;
    QString m_yearText;
    QComboBox *m_year;
    RouteRowModel *m_routes;
    QTableView *m_routeTable;
    QLabel *m_itemsTitle;
    RouteItemModel *m_items;
    QTableView *m_itemTable;
    QComboBox *m_status;
    QPushButton *m_setStatus;
    QPushButton *m_create;
    QPushButton *m_export;
    QLabel *m_error;
};

} // namespace metodist
