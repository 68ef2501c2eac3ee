#pragma once

#include "Status.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QStringList>

#include <algorithm>

namespace metodist {

// The order of assignment when capacity is short («Порядок закрепления»):
// teachers of the first rank are covered first, then those of the second,
// and so on. A rank holds one or more codes of support categories; the
// pseudo-code lowResultSchoolCode() stands for the teachers of schools with
// low results (the organisation's flag, not a category of the teacher), which
// the shipped order ranks with the teachers whose pupils show low results.
// A teacher's rank is the first rank that holds any of her codes.
class PriorityOrder
{
    Q_DECLARE_TR_FUNCTIONS(PriorityOrder)

public:
    PriorityOrder() = default; // no priorities

    static QString lowResultSchoolCode();
    // low_results + school_low_results, then professional_difficulties, then young_specialists.
    static PriorityOrder shipped();
    // Refuses an empty rank, an empty code and a code named twice.
    static Result<PriorityOrder> fromRanks(const QList<QStringList> &ranks);
    // The text kept in the settings: ranks separated by commas, codes within a
    // rank by «+», e.g. «low_results+school_low_results,young_specialists».
    // An empty text is an order without priorities.
    static Result<PriorityOrder> parse(const QString &text);
    QString toText() const;

    const QList<QStringList> &ranks() const { return m_ranks; }
    bool isEmpty() const { return m_ranks.isEmpty(); }
    // 1 for the first rank; 0 for a code in no rank.
    int rankOf(const QString &code) const;
    bool operator==(const PriorityOrder &other) const { return m_ranks == other.m_ranks; }

private:
    QList<QStringList> m_ranks;
};

// A priority order resolved against one database: the rank of each support
// category by id and the rank of teachers of schools with low results.
struct PriorityRanks
{
    QHash<qint64, int> byCategory;
    int lowResultSchool = 0;

    // Codes the database does not have rank nobody.
    static PriorityRanks resolve(const PriorityOrder &order, const QHash<QString, qint64> &categoryIdByCode);
    // The rank of a teacher with these support categories, at a school with
    // low results or not; 0: none.
    int rankOf(const QList<qint64> &categoryIds, bool atLowResultSchool) const;
    // The earlier of two ranks, 0 meaning none.
    static int first(int a, int b) { return a == 0 ? b : b == 0 ? a : std::min(a, b); }
};

} // namespace metodist
