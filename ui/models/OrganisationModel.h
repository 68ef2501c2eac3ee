#pragma once

#include "storage/OrganisationRepository.h"

#include <QAbstractTableModel>

namespace metodist {

// Organisations with the flags reports need, edited in place (checkboxes).
class OrganisationModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        NameColumn, MunicipalityColumn, LowResultsColumn, GrowthPointColumn, InternshipColumn, QuantoriumColumn,
        ItCubeColumn, MentoringColumn, ColumnCount
    };

    explicit OrganisationModel(QObject *parent = nullptr);
    void setDatabase(Database *db);
    void reload();
    qint64 idAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;

signals:
    void errorOccurred(const QString &message);

private:
    bool *flag(Organisation &organisation, int column) const;

    Database *m_db = nullptr;
    QList<Organisation> m_rows;
};

} // namespace metodist
