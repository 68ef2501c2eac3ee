#pragma once

#include "models/RegistryModel.h"

#include <QCoreApplication>

namespace metodist {

class TeacherSource : public RegistrySource
{
    Q_DECLARE_TR_FUNCTIONS(TeacherSource)

public:
    QStringList headers() const override;
    std::optional<SortKey> sortKey(int column) const override;
    QString count(const Database &db, const RegistryFilter &filter, qint64 *total) const override;
    QString page(const Database &db, const RegistryFilter &filter, const PageCursor &after, int limit,
                 RegistryChunk *page) const override;
};

class MethodistSource : public RegistrySource
{
    Q_DECLARE_TR_FUNCTIONS(MethodistSource)

public:
    QStringList headers() const override;
    std::optional<SortKey> sortKey(int column) const override;
    QString count(const Database &db, const RegistryFilter &filter, qint64 *total) const override;
    QString page(const Database &db, const RegistryFilter &filter, const PageCursor &after, int limit,
                 RegistryChunk *page) const override;
};

} // namespace metodist
