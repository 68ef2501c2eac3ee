#pragma once

#include <QString>

namespace metodist {

// Spreadsheet programs run a cell that starts with = + - @ (or tab, CR) as a
// formula. CSV has no cell types, so such text gets a leading apostrophe, as
// a person types one in Excel to say "this is text"; XLSX needs nothing,
// because its cells are typed as strings. A text that itself starts with an
// apostrophe gets one more, so that reading strips exactly what writing
// added: unmarked(neutralised(t)) == t for every text.
class CellSafety
{
public:
    static bool looksLikeFormula(const QString &text);
    static QString neutralised(const QString &text);
    // Whether a cell read from CSV carries the mark neutralised() adds.
    static bool isMarked(const QString &cell);
    static QString unmarked(const QString &cell);
};

} // namespace metodist
