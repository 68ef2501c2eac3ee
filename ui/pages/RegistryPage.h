#pragma once

#include "pages/Page.h"
#include "services/ImportColumns.h"
#include "storage/RegistryFilter.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;

namespace metodist {

class RegistryModel;

// «Методисты» and «Педагоги»: a lazily loaded table with search, filters,
// the shown/total count, editing, deletion, import and export.
class RegistryPage : public Page
{
    Q_OBJECT

public:
    RegistryPage(ImportKind kind, QWidget *parent = nullptr);
    QString title() const override;
    void setDatabase(Database *db) override;
    RegistryModel *model() const { return m_model; }

protected:
    void reloadData() override;

private:
    void applyFilter();
    RegistryFilter currentFilter() const;
    // The filters' choices; kept (where they are still there) unless another
    // database is opened.
    void fillFilters(bool keepChoices = false);
    void fillOrganisations();
    void updateCount();
    void addRecord();
    void editRecord();
    void removeRecords();
    // «История изменений» of the one selected person.
    void showHistory();
    void assignTeachers();
    void importFile(ImportKind kind);
    void exportFile();
    QList<qint64> selectedIds() const;
    void selectIds(const QList<qint64> &ids);

    ImportKind m_kind;
    Database *m_db = nullptr;
    RegistryModel *m_model;
    QLineEdit *m_search;
    QComboBox *m_municipality;
    QComboBox *m_organisation;
    QComboBox *m_subject;
    QComboBox *m_category;
    QComboBox *m_status = nullptr;
    QTableView *m_table;
    QLabel *m_count;
    QPushButton *m_edit;
    QPushButton *m_remove;
    QPushButton *m_assign = nullptr; // teachers only
    QTimer *m_debounce;
    int m_sortColumn = 0;
};

} // namespace metodist
