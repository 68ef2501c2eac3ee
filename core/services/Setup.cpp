#include "services/Setup.h"

#include "domain/ReferenceData.h"
#include "storage/DictionaryRepository.h"
#include "storage/SettingsRepository.h"

namespace metodist {

Result<SetupSummary> Setup::initialise(Database &db, const QString &regionCode)
{
    auto shipped = ReferenceData::shippedDictionaries();
    if (!shipped)
        return shipped.status();
    RegionPreset region;
    if (!regionCode.isEmpty()) {
        auto preset = ReferenceData::region(regionCode);
        if (!preset)
            return preset.status();
        region = preset.value();
    }

    Transaction transaction(db);
    if (!transaction.status())
        return transaction.status();
    DictionaryWriter dictionaries(db);
    SetupSummary summary;
    for (auto it = shipped.value().constBegin(); it != shipped.value().constEnd(); ++it) {
        for (const ReferenceItem &item : it.value()) {
            auto added = dictionaries.ensure(it.key(), item);
            if (!added)
                return added.status();
            summary.dictionaryEntriesAdded += added.value() ? 1 : 0;
        }
    }
    if (!region.code.isEmpty()) {
        for (const QString &name : region.municipalities) {
            auto added = dictionaries.ensure(QStringLiteral("municipalities"), {QString(), name, QString()});
            if (!added)
                return added.status();
            summary.municipalitiesAdded += added.value() ? 1 : 0;
        }
        SettingsWriter settings(db);
        if (Status status = settings.setValue(QStringLiteral("region.code"), region.code); !status)
            return status;
        if (Status status = settings.setValue(QStringLiteral("region.name"), region.name); !status)
            return status;
        summary.regionName = region.name;
    }
    auto aliases = dictionaries.ensureShippedAliases();
    if (!aliases)
        return aliases.status();
    summary.aliasesAdded = aliases.value();
    if (Status status = transaction.commit(); !status)
        return status;
    return summary;
}

} // namespace metodist
