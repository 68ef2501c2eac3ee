#pragma once

#include "Status.h"
#include "services/Importer.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace metodist {

// One line of an alias file: a text as offices write it and the entry it
// means, named by code or name.
struct AliasRow
{
    int row = 0;        // as a spreadsheet program shows it
    QString dictionary; // ReferenceData::dictionaries()
    QString value;
    QString entry;
};

struct AliasFileContent
{
    QList<AliasRow> rows;
    int unfilled = 0;        // rows whose entry is left empty: skipped
    int otherDictionary = 0; // rows of another dictionary than the one asked for: skipped
    QStringList errors;      // row by row; nothing is taken when there are any
};

// The office's texts for dictionary entries, in files. `import --suggest
// --aliases-out` writes the unknown values of a file with their suggestions
// for the user to complete; `dictionary alias --file` and the Справочники
// page read such a file back (CSV, XLSX, XLS or ODS), all or nothing:
// columns «Справочник» (optional), «Значение» and «Запись» (code or name).
class AliasFile
{
    Q_DECLARE_TR_FUNCTIONS(AliasFile)

public:
    static constexpr int maxRows = 100000;

    // Only the rows of `dictionary` when it is given; otherwise each row
    // names its dictionary.
    static Result<AliasFileContent> read(const QString &path, const QString &dictionary = {});
    // The unknown values of an import, the suggestion filled in where there is one.
    static Status writeUnknown(const QList<UnknownValue> &values, const QString &path);
    // Every alias of a dictionary, in the same columns.
    static Status writeAliases(const Database &db, const QString &dictionary, const QString &path);
    // A dictionary named by its identifier («support_categories») or its
    // title; empty when none is.
    static QString dictionaryNamed(const QString &text);
};

} // namespace metodist
