#pragma once

#include "domain/Route.h"
#include "pages/Page.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;

namespace metodist {

class RouteItemModel;
class RouteRowModel;

// Маршруты (ИОМ): the registry of routes, narrowed by year, municipality,
// tutor, completion and the teacher's name; the items of the chosen route,
// added, edited and deleted by hand or given a status; new routes from a
// teacher's diagnostics or empty, to be built by hand.
class RoutesPage : public ReloadingPage
{
    Q_OBJECT

public:
    explicit RoutesPage(QWidget *parent = nullptr);
    QString title() const override;

    // Empty: every year.
    QString year() const { return m_yearText; }
    void setYear(const QString &academicYear);
    void refresh() override;
    bool selectRoute(qint64 routeId);
    qint64 currentRouteId() const;
    // The registry's filter as the controls set it.
    RouteFilter filter() const;

    RouteRowModel *routeModel() const { return m_routes; }
    RouteItemModel *itemModel() const { return m_items; }
    QString errorText() const;

private:
    void loadChoices();
    void loadItems();
    void updateButtons();
    void createFromDiagnostics();
    void createEmptyRoute();
    void editItem(bool add);
    void deleteItem();
    void setItemStatus();
    void exportPdf();
    QString draftYear() const;
    bool selectItem(qint64 itemId);

    QString m_yearText;
    QComboBox *m_year;
    QComboBox *m_municipality;
    QComboBox *m_tutor;
    QComboBox *m_completion;
    QLineEdit *m_search;
    QTimer *m_searchDelay;
    QLabel *m_count;
    RouteRowModel *m_routes;
    QTableView *m_routeTable;
    QLabel *m_itemsTitle;
    RouteItemModel *m_items;
    QTableView *m_itemTable;
    QComboBox *m_status;
    QPushButton *m_setStatus;
    QPushButton *m_addItem;
    QPushButton *m_editItem;
    QPushButton *m_deleteItem;
    QPushButton *m_create;
    QPushButton *m_createEmpty;
    QPushButton *m_export;
    QLabel *m_error;
};

} // namespace metodist
