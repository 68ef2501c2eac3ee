#pragma once

#include "pages/Page.h"

class QListWidget;
class QPushButton;
class QTableView;

namespace metodist {

class DictionaryModel;
class OrganisationModel;

// «Справочники»: every dictionary the program ships stays the user's to edit.
class DictionariesPage : public Page
{
    Q_OBJECT

public:
    explicit DictionariesPage(QWidget *parent = nullptr);
    QString title() const override;
    void setDatabase(Database *db) override;

protected:
    void reloadData() override;

private:
    void showDictionary();
    void addEntry();
    void removeEntries();
    void addOrganisation();
    void moveEntry(int delta);
    void loadRegion();
    void loadAliases();
    void showError(const QString &message);
    void updateButtons();

    Database *m_db = nullptr;
    QListWidget *m_dictionaries;
    QTableView *m_table;
    DictionaryModel *m_model;
    OrganisationModel *m_organisations;
    bool showingOrganisations() const;
    QPushButton *m_add;
    QPushButton *m_remove;
    QPushButton *m_up;
    QPushButton *m_down;
    QPushButton *m_region;
    QPushButton *m_aliases;
};

} // namespace metodist
