#include "storage/OrderRepository.h"

#include "domain/TextRules.h"
#include "storage/SqlValues.h"

namespace metodist {

namespace {

QVariantList values(const Order &o)
{
    return {o.number.trimmed(), o.issuedOn.toString(Qt::ISODate), o.academicYear, o.title.trimmed(),
            o.preamble.trimmed(), o.items.join(u'\n'), o.signatoryPosition.trimmed(), o.signatoryName.trimmed()};
}

const QString orderColumns = QStringLiteral(
    "SELECT o.id, o.number, o.issued_on, o.academic_year, o.title, o.preamble, o.items, o.signatory_position, "
    "o.signatory_name, (SELECT count(*) FROM assignments a WHERE a.order_id = o.id) FROM orders o ");

Order readOrder(const QSqlQuery &q)
{
    Order o;
    o.id = q.value(0).toLongLong();
    o.number = q.value(1).toString();
    o.issuedOn = dateFrom(q.value(2));
    o.academicYear = q.value(3).toString();
    o.title = q.value(4).toString();
    o.preamble = q.value(5).toString();
    o.items = q.value(6).toString().split(u'\n', Qt::SkipEmptyParts);
    o.signatoryPosition = q.value(7).toString();
    o.signatoryName = q.value(8).toString();
    o.assignmentCount = q.value(9).toLongLong();
    return o;
}

Status orderError(const Status &failure, const QString &number)
{
    if (failure.dbError() == DbError::UniqueViolation)
        return Status::failure(OrderRepository::tr("An order No. %1 of that year already exists.").arg(number),
                               DbError::UniqueViolation);
    return failure;
}

} // namespace

QString OrderRepository::textProblem(const Order &order)
{
    if (const QString problem =
            TextRules::firstProblem({{order.number.trimmed(), TextKind::Line, tr("Number")},
                                     {order.title.trimmed(), TextKind::Title, tr("Title")},
                                     {order.preamble.trimmed(), TextKind::Note, tr("Preamble")},
                                     {order.signatoryPosition.trimmed(), TextKind::Line, tr("Signatory's position")},
                                     {order.signatoryName.trimmed(), TextKind::Line, tr("Signatory")}});
        !problem.isEmpty())
        return problem;
    for (const QString &item : order.items)
        if (const QString problem = TextRules::firstProblem({{item.trimmed(), TextKind::Note, tr("Item")}});
            !problem.isEmpty())
            return problem;
    return {};
}

Result<qint64> OrderWriter::insert(const Order &order)
{
    if (const QString problem = textProblem(order); !problem.isEmpty())
        return Status::failure(problem);
    if (order.number.trimmed().isEmpty())
        return Status::failure(tr("The order needs a number."));
    if (!order.issuedOn.isValid())
        return Status::failure(tr("The order needs a date."));
    auto query = m_db.insertReturningId(
        QStringLiteral("INSERT INTO orders (number, issued_on, academic_year, title, preamble, "
                       "items, signatory_position, signatory_name) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
                       "RETURNING id"),
        values(order));
    if (!query)
        return orderError(query.status(), order.number);
    return query.value();
}

Status OrderWriter::update(const Order &order)
{
    if (const QString problem = textProblem(order); !problem.isEmpty())
        return Status::failure(problem);
    QVariantList list = values(order);
    list.append(order.id);
    auto query = m_db.exec(QStringLiteral("UPDATE orders SET number = ?, issued_on = ?, academic_year = ?, title = ?, "
                                          "preamble = ?, items = ?, signatory_position = ?, signatory_name = ? "
                                          "WHERE id = ?"),
                           list);
    if (!query)
        return orderError(query.status(), order.number);
    return Status::success();
}

Status OrderWriter::remove(qint64 id)
{
    return m_db.exec(QStringLiteral("DELETE FROM orders WHERE id = ?"), {id}).status();
}

Result<Order> OrderRepository::get(qint64 id) const
{
    auto query = m_db.exec(orderColumns + QStringLiteral("WHERE o.id = ?"), {id});
    if (!query)
        return query.status();
    if (!query.value().next())
        return Status::failure(tr("The order no longer exists."));
    return readOrder(query.value());
}

Result<QList<Order>> OrderRepository::list(const QString &academicYear) const
{
    auto query = m_db.exec(orderColumns + QStringLiteral("WHERE ? = '' OR o.academic_year = ? "
                                                         "ORDER BY o.issued_on DESC, o.id DESC"),
                           {academicYear, academicYear});
    if (!query)
        return query.status();
    QList<Order> orders;
    while (query.value().next())
        orders.append(readOrder(query.value()));
    return orders;
}

Result<qint64> OrderRepository::findByNumber(const QString &number, int issueYear) const
{
    auto query = m_db.exec(QStringLiteral("SELECT id FROM orders WHERE number = ? "
                                          "AND (? = 0 OR substr(issued_on, 1, 4) = ?) "
                                          "ORDER BY issued_on DESC, id DESC LIMIT 1"),
                           {number.trimmed(), issueYear, QString::number(issueYear)});
    if (!query)
        return query.status();
    if (!query.value().next())
        return Status::failure(tr("There is no order No. %1.").arg(number));
    return query.value().value(0).toLongLong();
}

Result<QList<OrderMethodistGroup>> OrderRepository::appendix(qint64 orderId) const
{
    auto query = m_db.exec(
        QStringLiteral("SELECT mt.id, %1, ms.name, mm.name, %2, coalesce(o.name, ''), coalesce(om.name, '') "
                       "FROM assignments a "
                       "JOIN methodists mt ON mt.id = a.methodist_id "
                       "JOIN subjects ms ON ms.id = mt.subject_id "
                       "JOIN municipalities mm ON mm.id = mt.municipality_id "
                       "JOIN teachers t ON t.id = a.teacher_id "
                       "LEFT JOIN organisations o ON o.id = t.organisation_id "
                       "LEFT JOIN municipalities om ON om.id = o.municipality_id "
                       "WHERE a.order_id = ? "
                       "ORDER BY mt.search_key, mt.id, t.search_key, t.id")
            .arg(personNameSql(QStringLiteral("mt")), personNameSql(QStringLiteral("t"))),
        {orderId});
    if (!query)
        return query.status();
    QList<OrderMethodistGroup> groups;
    qint64 currentMethodist = 0;
    QSqlQuery &q = query.value();
    while (q.next()) {
        const qint64 methodistId = q.value(0).toLongLong();
        if (methodistId != currentMethodist) {
            currentMethodist = methodistId;
            groups.append({q.value(1).toString(), q.value(2).toString(), q.value(3).toString(), {}});
        }
        groups.last().teachers.append({q.value(4).toString(), q.value(5).toString(), q.value(6).toString()});
    }
    return groups;
}

} // namespace metodist
