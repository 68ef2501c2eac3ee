#pragma once

#include "Status.h"
#include "services/ImportColumns.h"
#include "services/Progress.h"
#include "storage/Database.h"
#include "storage/RegistryFilter.h"

#include <QVariantList>

namespace metodist {

// A registry as a table: the headers are the import headers, so an exported
// file imports back unchanged.
struct ExportTable
{
    QString title;            // sheet name
    QStringList headers;
    QList<bool> textColumns;  // stored as text even when it looks like a number (СНИЛС)
    QList<QVariantList> rows;

    QList<QStringList> asText() const;
};

class RegistryExport
{
    Q_DECLARE_TR_FUNCTIONS(RegistryExport)

public:
    static Result<ExportTable> table(const Database &db, ImportKind kind, const RegistryFilter &filter = {},
                                     Progress *progress = nullptr);
    // An empty table with the expected headers, for filling in Excel.
    static ExportTable templateFor(ImportKind kind);
    // By the file's suffix: .csv or .xlsx.
    static Status write(const ExportTable &table, const QString &path);
};

} // namespace metodist
