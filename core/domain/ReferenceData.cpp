#include "domain/ReferenceData.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace metodist {

namespace {

Result<QJsonObject> readJson(const QString &resource)
{
    QFile file(resource);
    if (!file.open(QIODevice::ReadOnly))
        return Status::failure(ReferenceData::tr("The reference file %1 is missing from the program.").arg(resource));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return Status::failure(ReferenceData::tr("The reference file %1 is damaged: %2.")
                                   .arg(resource, error.errorString()));
    return document.object();
}

} // namespace

QStringList ReferenceData::dictionaries()
{
    return {QStringLiteral("municipalities"),   QStringLiteral("subjects"),
            QStringLiteral("support_categories"), QStringLiteral("work_kinds"),
            QStringLiteral("roadmap_stages"),   QStringLiteral("monitoring_blocks"),
            QStringLiteral("qualification_categories"), QStringLiteral("employment_forms"),
            QStringLiteral("education_levels"), QStringLiteral("competence_levels"),
            QStringLiteral("deficit_areas"),    QStringLiteral("route_item_kinds"),
            QStringLiteral("event_levels"),     QStringLiteral("model_stages"),
            QStringLiteral("network_kinds")};
}

bool ReferenceData::isKnownDictionary(const QString &dictionary)
{
    return dictionaries().contains(dictionary);
}

QString ReferenceData::title(const QString &dictionary)
{
    static const QMap<QString, const char *> titles{
        {QStringLiteral("municipalities"), QT_TR_NOOP("Municipalities")},
        {QStringLiteral("subjects"), QT_TR_NOOP("Subjects")},
        {QStringLiteral("support_categories"), QT_TR_NOOP("Support categories of teachers")},
        {QStringLiteral("work_kinds"), QT_TR_NOOP("Kinds of methodist work")},
        {QStringLiteral("roadmap_stages"), QT_TR_NOOP("Roadmap stages")},
        {QStringLiteral("monitoring_blocks"), QT_TR_NOOP("Monitoring blocks")},
        {QStringLiteral("qualification_categories"), QT_TR_NOOP("Qualification categories")},
        {QStringLiteral("employment_forms"), QT_TR_NOOP("Forms of employment of methodists")},
        {QStringLiteral("education_levels"), QT_TR_NOOP("Education")},
        {QStringLiteral("competence_levels"), QT_TR_NOOP("Levels of professional competence")},
        {QStringLiteral("deficit_areas"), QT_TR_NOOP("Areas of professional deficits")},
        {QStringLiteral("route_item_kinds"), QT_TR_NOOP("Kinds of route items")},
        {QStringLiteral("event_levels"), QT_TR_NOOP("Event levels")},
        {QStringLiteral("model_stages"), QT_TR_NOOP("Stages of the support model")},
        {QStringLiteral("network_kinds"), QT_TR_NOOP("Kinds of the support network")},
    };
    const auto it = titles.constFind(dictionary);
    return it == titles.constEnd() ? dictionary : tr(it.value());
}

Result<QMap<QString, QList<ReferenceItem>>> ReferenceData::shippedDictionaries()
{
    auto json = readJson(QStringLiteral(":/reference/dictionaries.json"));
    if (!json)
        return json.status();
    QMap<QString, QList<ReferenceItem>> result;
    for (auto it = json.value().constBegin(); it != json.value().constEnd(); ++it) {
        if (!isKnownDictionary(it.key()))
            return Status::failure(tr("The reference data names an unknown dictionary «%1».").arg(it.key()));
        QList<ReferenceItem> items;
        for (const QJsonValue &value : it.value().toArray()) {
            const QJsonObject object = value.toObject();
            items.append({object.value(u"code").toString(), object.value(u"name").toString(),
                          object.value(u"description").toString()});
        }
        result.insert(it.key(), items);
    }
    return result;
}

Result<QList<ShippedAlias>> ReferenceData::shippedAliases()
{
    auto json = readJson(QStringLiteral(":/reference/aliases.json"));
    if (!json)
        return json.status();
    QList<ShippedAlias> result;
    for (auto dictionary = json.value().constBegin(); dictionary != json.value().constEnd(); ++dictionary) {
        if (!isKnownDictionary(dictionary.key()))
            return Status::failure(tr("The reference data names an unknown dictionary «%1».").arg(dictionary.key()));
        const QJsonObject entries = dictionary.value().toObject();
        for (auto entry = entries.constBegin(); entry != entries.constEnd(); ++entry)
            for (const QJsonValue &alias : entry.value().toArray())
                result.append({dictionary.key(), entry.key(), alias.toString()});
    }
    for (const RegionPreset &preset : regions())
        for (auto it = preset.aliases.constBegin(); it != preset.aliases.constEnd(); ++it)
            for (const QString &alias : it.value())
                result.append({QStringLiteral("municipalities"), it.key(), alias});
    return result;
}

QStringList ReferenceData::regionCodes()
{
    return {QStringLiteral("kaliningrad"), QStringLiteral("tyumen")};
}

QList<RegionPreset> ReferenceData::regions()
{
    QList<RegionPreset> presets;
    for (const QString &code : regionCodes())
        if (auto preset = region(code))
            presets << preset.value();
    return presets;
}

Result<RegionPreset> ReferenceData::region(const QString &code)
{
    if (!regionCodes().contains(code))
        return Status::failure(tr("Unknown region «%1»; known regions: %2.")
                                   .arg(code, regionCodes().join(QStringLiteral(", "))));
    auto json = readJson(QStringLiteral(":/reference/regions/%1.json").arg(code));
    if (!json)
        return json.status();
    RegionPreset preset{json.value().value(u"code").toString(), json.value().value(u"name").toString(),
                        json.value().value(u"centre").toString(), {}, {}};
    for (const QJsonValue &value : json.value().value(u"municipalities").toArray())
        preset.municipalities << value.toString();
    const QJsonObject aliases = json.value().value(u"aliases").toObject();
    for (auto it = aliases.constBegin(); it != aliases.constEnd(); ++it)
        for (const QJsonValue &alias : it.value().toArray())
            preset.aliases[it.key()] << alias.toString();
    return preset;
}

} // namespace metodist
