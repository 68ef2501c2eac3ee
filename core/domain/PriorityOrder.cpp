#include "domain/PriorityOrder.h"

#include <QSet>

namespace metodist {

QString PriorityOrder::lowResultSchoolCode()
{
    return QStringLiteral("school_low_results");
}

PriorityOrder PriorityOrder::shipped()
{
    PriorityOrder order;
    order.m_ranks = {{QStringLiteral("low_results"), lowResultSchoolCode()},
                     {QStringLiteral("professional_difficulties")},
                     {QStringLiteral("young_specialists")}};
    return order;
}

Result<PriorityOrder> PriorityOrder::fromRanks(const QList<QStringList> &ranks)
{
    PriorityOrder order;
    QSet<QString> seen;
    for (const QStringList &rank : ranks) {
        QStringList codes;
        for (const QString &written : rank) {
            const QString code = written.trimmed();
            if (code.isEmpty())
                return Status::failure(tr("A code in the order of assignment is empty."));
            if (seen.contains(code))
                return Status::failure(tr("The order of assignment names «%1» twice.").arg(code));
            seen.insert(code);
            codes << code;
        }
        if (codes.isEmpty())
            return Status::failure(tr("A rank in the order of assignment is empty."));
        order.m_ranks << codes;
    }
    return order;
}

Result<PriorityOrder> PriorityOrder::parse(const QString &text)
{
    if (text.trimmed().isEmpty())
        return PriorityOrder();
    QList<QStringList> ranks;
    for (const QString &rank : text.split(u','))
        ranks << rank.split(u'+');
    return fromRanks(ranks);
}

QString PriorityOrder::toText() const
{
    QStringList ranks;
    for (const QStringList &rank : m_ranks)
        ranks << rank.join(u'+');
    return ranks.join(u',');
}

int PriorityOrder::rankOf(const QString &code) const
{
    for (int i = 0; i < m_ranks.size(); ++i)
        if (m_ranks[i].contains(code))
            return i + 1;
    return 0;
}

PriorityRanks PriorityRanks::resolve(const PriorityOrder &order, const QHash<QString, qint64> &categoryIdByCode)
{
    PriorityRanks ranks;
    for (int i = 0; i < order.ranks().size(); ++i) {
        for (const QString &code : order.ranks()[i]) {
            if (code == PriorityOrder::lowResultSchoolCode())
                ranks.lowResultSchool = i + 1;
            else if (const qint64 id = categoryIdByCode.value(code); id > 0)
                ranks.byCategory.insert(id, i + 1);
        }
    }
    return ranks;
}

int PriorityRanks::rankOf(const QList<qint64> &categoryIds, bool atLowResultSchool) const
{
    int rank = atLowResultSchool ? lowResultSchool : 0;
    for (qint64 id : categoryIds)
        rank = first(rank, byCategory.value(id));
    return rank;
}

} // namespace metodist
