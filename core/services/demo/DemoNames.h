#pragma once

#include <QString>
#include <QStringList>

namespace metodist::demo {

// The names the demonstration region draws from, shipped as
// resources/reference/demo/names.json. Their order matters: the same seed
// picks the same names.
struct DemoNames
{
    QStringList surnames; // masculine forms; feminine ones are derived
    QStringList maleNames;
    QStringList femaleNames;
    QStringList patronymicStems; // «Иванов»: Иванович, Ивановна
    QStringList positions;       // repeated by how often schools staff them
    QString schoolName;          // %1: the number within the municipality
    QString kindergartenName;

    bool isComplete() const;

    // Read from the resources once, on first use.
    static const DemoNames &shipped();
};

} // namespace metodist::demo
