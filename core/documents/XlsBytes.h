#pragma once

// Little-endian fields of the compound file and its BIFF records, and the
// pieces of a sentence the .xls readers share.

#include <QDir>
#include <QLocale>
#include <QString>

#include <cstring>

namespace metodist::xls {

inline quint16 u16(const uchar *p)
{
    return quint16(p[0] | (p[1] << 8));
}

inline quint32 u32(const uchar *p)
{
    return quint32(p[0]) | (quint32(p[1]) << 8) | (quint32(p[2]) << 16) | (quint32(p[3]) << 24);
}

inline double f64(const uchar *p)
{
    quint64 bits = 0;
    for (int i = 7; i >= 0; --i)
        bits = (bits << 8) | p[i];
    double value = 0;
    std::memcpy(&value, &bits, sizeof value);
    return value;
}

inline QString number(qint64 value)
{
    return QLocale(QLocale::Russian).toString(value);
}

inline QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

} // namespace metodist::xls
