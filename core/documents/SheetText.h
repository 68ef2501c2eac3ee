#pragma once

#include <QString>

#include <cmath>

namespace metodist::sheettext {

// A number as a spreadsheet shows it in a cell of General format: whole
// numbers in full (a 16-digit card number is not "1e+15"), others with
// Excel's 15 significant digits, which also hides binary noise.
inline QString number(double value)
{
    if (std::isfinite(value) && std::floor(value) == value && std::fabs(value) < 1e21)
        return QString::number(value, 'f', 0);
    return QString::number(value, 'g', 15);
}

// The same for a number written as text in a file ("12.0", "1E+21"); what is
// not a number is given back as it is.
inline QString number(const QString &raw)
{
    bool ok = false;
    const double value = raw.toDouble(&ok);
    return ok ? number(value) : raw;
}

// "C7" for column 3 (1-based) of row 7.
inline QString cellName(qint64 column, qint64 row)
{
    QString letters;
    for (qint64 c = column; c > 0; c = (c - 1) / 26)
        letters.prepend(QChar(char16_t(u'A' + (c - 1) % 26)));
    return letters + QString::number(row);
}

} // namespace metodist::sheettext
