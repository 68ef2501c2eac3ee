#pragma once

#include "storage/DictionaryRepository.h"

#include <QAbstractTableModel>

namespace metodist {

// The entries of one dictionary with their aliases (the texts offices write
// for them, «; » between); names and aliases are edited in place.
class DictionaryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, AliasesColumn, CodeColumn, ColumnCount };

    explicit DictionaryModel(QObject *parent = nullptr);

    void setSource(Database *db, const QString &dictionary);
    QString dictionary() const { return m_dictionary; }
    qint64 idAt(int row) const;
    void reload();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;

signals:
    void errorOccurred(const QString &message);

private:
    Database *m_db = nullptr;
    QString m_dictionary;
    QList<DictionaryEntry> m_entries;
    QHash<qint64, QStringList> m_aliases; // entry id → its aliases
};

} // namespace metodist
