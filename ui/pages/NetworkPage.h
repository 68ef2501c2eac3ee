#pragma once

#include "pages/Page.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace metodist {

class CoveredOrganisationModel;
class NetworkMemberModel;
class NetworkUnitModel;

// «Сеть поддержки»: the support network of the region — regional ДПО
// organisations, municipal methodical services and offices, consultation
// points, professional communities, МО/РМО, ЦМН, internship sites and the
// «Факультет педагогических профессий» — filtered by kind and municipality,
// with the members and covered schools of the chosen unit; imported through
// the import wizard (units, then members), exported for Excel. Every action
// is a NetworkService call.
class NetworkPage : public Page
{
    Q_OBJECT

public:
    explicit NetworkPage(QWidget *parent = nullptr);
    QString title() const override;
    void setDatabase(Database *db) override;
    NetworkUnitModel *model() const { return m_units; }
    NetworkMemberModel *members() const { return m_members; }
    CoveredOrganisationModel *coveredOrganisations() const { return m_covered; }

protected:
    void reloadData() override;

private:
    void fillFilters();
    void showDetails();
    void importFile(bool members);
    void exportFile(bool members);
    void removeUnits();
    // Opens the editor of the unit (0: a new one); reloads after a save.
    void editUnit(qint64 id);
    qint64 currentUnitId() const;
    void updateButtons();
    void fitColumns();

    Database *m_db = nullptr;
    QComboBox *m_kind;
    QComboBox *m_municipality;
    QLineEdit *m_search;
    QLabel *m_count;
    QTableView *m_table;
    NetworkUnitModel *m_units;
    QSortFilterProxyModel *m_sorted;
    QLabel *m_details;
    QTableView *m_memberTable;
    NetworkMemberModel *m_members;
    QTableView *m_coveredTable;
    CoveredOrganisationModel *m_covered;
    QPushButton *m_add;
    QPushButton *m_edit;
    QPushButton *m_importUnits;
    QPushButton *m_importMembers;
    QPushButton *m_exportUnits;
    QPushButton *m_exportMembers;
    QPushButton *m_remove;
};

} // namespace metodist
