#pragma once

#include "Status.h"
#include "domain/PriorityOrder.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QList>

namespace metodist {

// What an order of assignment can rank: a support category that has a code,
// or the teachers of schools with low results.
struct PriorityChoice
{
    QString code;
    QString name;
};

// The order of assignment of this database, kept in its settings: the
// shipped order (PriorityOrder::shipped) until someone saves another.
class PriorityService
{
    Q_DECLARE_TR_FUNCTIONS(PriorityService)

public:
    static QString settingKey(); // "planner/priority"

    explicit PriorityService(Database &db) : m_db(db) {}

    static Result<PriorityOrder> order(const Database &db);
    // The support categories with a code, in the dictionary's order, then
    // the school flag.
    static Result<QList<PriorityChoice>> choices(const Database &db);
    // The name a code shows under: its category's, or the code itself when
    // the database no longer has it.
    static QString nameOf(const QList<PriorityChoice> &choices, const QString &code);
    // The order resolved against this database's support categories.
    static Result<PriorityRanks> ranks(const Database &db, const PriorityOrder &order);

    // Refuses a code that is neither a support category's nor the school flag.
    Status save(const PriorityOrder &order);
    Status reset() { return save(PriorityOrder::shipped()); }

private:
    Database &m_db;
};

} // namespace metodist
