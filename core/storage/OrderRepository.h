#pragma once

#include "Status.h"
#include "documents/OrderDocument.h"
#include "domain/Order.h"
#include "storage/Database.h"

#include <QList>

namespace metodist {

class OrderRepository
{
    Q_DECLARE_TR_FUNCTIONS(OrderRepository)

public:
    explicit OrderRepository(const Database &db) : m_db(db) {}

    // Empty when every text of the order keeps TextRules; otherwise the
    // first problem, naming its field.
    static QString textProblem(const Order &order);
    Result<Order> get(qint64 id) const;
    // Newest first.
    Result<QList<Order>> list(const QString &academicYear = {}) const;
    // The order with this number; with several (numbering restarts every
    // calendar year) the newest, unless a year of issue is given.
    Result<qint64> findByNumber(const QString &number, int issueYear = 0) const;

    // The appendix: the order's assignments grouped by methodist, methodists
    // and teachers in alphabetical order.
    Result<QList<OrderMethodistGroup>> appendix(qint64 orderId) const;

protected:
    const Database &m_db;
};

// The writing half of OrderRepository: it can be made only from a writable
// Database, so work holding a read-only one cannot write by accident.
class OrderWriter : public OrderRepository
{
    Q_DECLARE_TR_FUNCTIONS(OrderWriter)

public:
    explicit OrderWriter(Database &db) : OrderRepository(db) {}

    Result<qint64> insert(const Order &order);
    Status update(const Order &order);
    // The assignments it enacted stay; they only lose the reference.
    Status remove(qint64 id);
};

} // namespace metodist
