#pragma once

#include <QString>

namespace metodist {

// Spreadsheet programs run a cell that starts with = + - @ (or tab, CR) as a
// formula. CSV has no cell types, so such text gets a leading apostrophe;
// XLSX needs nothing, because its cells are typed as strings.
class CellSafety
{
public:
    static bool looksLikeFormula(const QString &text);
    static QString neutralised(const QString &text);
};

} // namespace metodist
