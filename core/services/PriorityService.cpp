#include "services/PriorityService.h"

#include "storage/DictionaryRepository.h"
#include "storage/SettingsRepository.h"

namespace metodist {

namespace {

const QString supportCategories = QStringLiteral("support_categories");

} // namespace

QString PriorityService::settingKey()
{
    return QStringLiteral("planner/priority");
}

Result<PriorityOrder> PriorityService::order(const Database &db)
{
    auto text = SettingsRepository(db).value(settingKey(), PriorityOrder::shipped().toText());
    if (!text)
        return text.status();
    auto order = PriorityOrder::parse(text.value());
    if (!order)
        return Status::failure(tr("The order of assignment in the settings cannot be read. %1").arg(order.message()));
    return order;
}

Result<QList<PriorityChoice>> PriorityService::choices(const Database &db)
{
    auto entries = DictionaryRepository(db).entries(supportCategories);
    if (!entries)
        return entries.status();
    QList<PriorityChoice> choices;
    for (const DictionaryEntry &entry : entries.value())
        if (!entry.code.isEmpty())
            choices.append({entry.code, entry.name});
    choices.append({PriorityOrder::lowResultSchoolCode(), tr("Teachers of schools with low results")});
    return choices;
}

QString PriorityService::nameOf(const QList<PriorityChoice> &choices, const QString &code)
{
    for (const PriorityChoice &choice : choices)
        if (choice.code == code)
            return choice.name;
    return code;
}

Result<PriorityRanks> PriorityService::ranks(const Database &db, const PriorityOrder &order)
{
    auto entries = DictionaryRepository(db).entries(supportCategories);
    if (!entries)
        return entries.status();
    QHash<QString, qint64> idByCode;
    for (const DictionaryEntry &entry : entries.value())
        if (!entry.code.isEmpty())
            idByCode.insert(entry.code, entry.id);
    return PriorityRanks::resolve(order, idByCode);
}

Status PriorityService::save(const PriorityOrder &order)
{
    auto known = choices(m_db);
    if (!known)
        return known.status();
    QStringList codes;
    for (const PriorityChoice &choice : known.value())
        codes << choice.code;
    for (const QStringList &rank : order.ranks())
        for (const QString &code : rank)
            if (!codes.contains(code))
                return Status::failure(tr("«%1» is not a code of a support category; the codes are: %2.")
                                           .arg(code, codes.join(QStringLiteral(", "))));
    return SettingsWriter(m_db).setValue(settingKey(), order.toText());
}

} // namespace metodist
