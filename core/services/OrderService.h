#pragma once

#include "Status.h"
#include "documents/OrderDocument.h"
#include "domain/Assignment.h"
#include "domain/Order.h"
#include "storage/Database.h"

#include <QCoreApplication>

namespace metodist {

// What every order of this database shares: the institution, the signatory
// and the layout. Kept in the database, edited under Settings.
struct OrderSettings
{
    QString institution;
    QString place;
    QString signatoryPosition;
    QString signatoryName;
    OrderLayout layout;
};

class OrderService
{
    Q_DECLARE_TR_FUNCTIONS(OrderService)

public:
    explicit OrderService(Database &db) : m_db(db) {}

    Result<OrderSettings> settings() const;
    Status saveSettings(const OrderSettings &settings);
    // The sentence when the layout is out of bounds, or empty.
    static QString layoutProblem(const OrderLayout &layout);

    // A new order with the standard wording and the signatory from settings.
    Result<Order> draft(const QString &academicYear, const QString &number, const QDate &date) const;
    // Stores the order and attaches the selected assignments, in one
    // transaction; an order with no assignments is refused.
    Result<qint64> create(const Order &order, const AssignmentFilter &selection);
    Result<qint64> create(const Order &order, const QList<qint64> &assignmentIds);

    Result<OrderDocument> document(qint64 orderId) const;
    // Writes the order as .pdf, .docx or .odt, chosen by the file's suffix.
    Status exportTo(qint64 orderId, const QString &path) const;
    // Deletes the order; its assignments stay, without an order.
    Status remove(qint64 orderId);

private:
    template<typename Selection>
    Result<qint64> createWith(const Order &order, const Selection &selection);
    Database &m_db;
};

} // namespace metodist
