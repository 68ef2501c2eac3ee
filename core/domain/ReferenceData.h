#pragma once

#include "Status.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace metodist {

struct ReferenceItem
{
    QString code;
    QString name;
    QString description;
};

struct RegionPreset
{
    QString code;
    QString name;
    QString centre; // the regional centre, one of the municipalities
    QStringList municipalities;
    // The forms offices write a municipality's name in (e.g. «Гурьевский р-н»).
    QMap<QString, QStringList> aliases;
};

// A text an office writes for a dictionary entry: «ВКК» for the highest
// qualification category. The entry is named by its code, or by its name in
// dictionaries without codes (municipalities).
struct ShippedAlias
{
    QString dictionary;
    QString entry;
    QString alias;
};

// The reference data shipped in resources/reference: the dictionaries every
// new database starts with and the regions' municipality presets.
class ReferenceData
{
    Q_DECLARE_TR_FUNCTIONS(ReferenceData)

public:
    // Dictionary identifiers in display order. "municipalities" and
    // "subjects" have tables of their own; the rest share dictionary_entries.
    static QStringList dictionaries();
    static QString title(const QString &dictionary);
    static bool isKnownDictionary(const QString &dictionary);

    // The shipped entries of each dictionary (municipalities come from a region).
    static Result<QMap<QString, QList<ReferenceItem>>> shippedDictionaries();
    // The common short forms of shipped entries, and those of every region
    // preset's municipalities.
    static Result<QList<ShippedAlias>> shippedAliases();

    static QStringList regionCodes();
    static Result<RegionPreset> region(const QString &code);
    // Every preset that loads, in the order of regionCodes().
    static QList<RegionPreset> regions();
};

} // namespace metodist
