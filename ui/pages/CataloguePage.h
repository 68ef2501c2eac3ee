#pragma once

#include "pages/Page.h"

class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace metodist {

class CatalogueModel;

// «Каталог программ»: the programmes of ПК, internships, events and
// mentoring formats routes are built from (the «единая база ДПП ПК»), with
// the subjects, deficits and levels each suits; imported from the office's
// file through the import wizard, exported for Excel.
class CataloguePage : public Page
{
    Q_OBJECT

public:
    explicit CataloguePage(QWidget *parent = nullptr);
    QString title() const override;
    void setDatabase(Database *db) override;
    CatalogueModel *model() const { return m_model; }

protected:
    void reloadData() override;

private:
    void importFile();
    void exportFile();
    void removeEntries();
    void updateButtons();

    Database *m_db = nullptr;
    QLineEdit *m_search;
    QTableView *m_table;
    CatalogueModel *m_model;
    QSortFilterProxyModel *m_sorted;
    QLabel *m_count;
    QPushButton *m_import;
    QPushButton *m_export;
    QPushButton *m_remove;
};

} // namespace metodist
