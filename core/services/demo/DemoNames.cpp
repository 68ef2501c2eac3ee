#include "services/demo/DemoNames.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace metodist::demo {

namespace {

QStringList strings(const QJsonObject &object, QStringView key)
{
    QStringList list;
    for (const QJsonValue &value : object.value(key).toArray())
        list.append(value.toString());
    return list;
}

DemoNames read()
{
    QFile file(QStringLiteral(":/reference/demo/names.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QJsonObject object = QJsonDocument::fromJson(file.readAll()).object();
    DemoNames names;
    names.surnames = strings(object, u"surnames");
    names.maleNames = strings(object, u"maleNames");
    names.femaleNames = strings(object, u"femaleNames");
    names.patronymicStems = strings(object, u"patronymicStems");
    names.positions = strings(object, u"positions");
    names.schoolName = object.value(u"schoolName").toString();
    names.kindergartenName = object.value(u"kindergartenName").toString();
    return names;
}

} // namespace

bool DemoNames::isComplete() const
{
    return !surnames.isEmpty() && !maleNames.isEmpty() && !femaleNames.isEmpty() && !patronymicStems.isEmpty()
        && !positions.isEmpty() && schoolName.contains(u"%1") && kindergartenName.contains(u"%1");
}

const DemoNames &DemoNames::shipped()
{
    static const DemoNames names = read();
    return names;
}

} // namespace metodist::demo
