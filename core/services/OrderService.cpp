#include "services/OrderService.h"

#include "documents/OrderDocx.h"
#include "documents/OrderOdt.h"
#include "documents/OrderPdf.h"
#include "domain/AcademicYear.h"
#include "domain/TextRules.h"
#include "storage/AssignmentRepository.h"
#include "storage/OrderRepository.h"
#include "storage/SettingsRepository.h"

#include <QFileInfo>

namespace metodist {

namespace {

const QString institutionKey = QStringLiteral("order/institution");
const QString placeKey = QStringLiteral("order/place");
const QString positionKey = QStringLiteral("order/signatory_position");
const QString signatoryKey = QStringLiteral("order/signatory_name");
const QString fontKey = QStringLiteral("order/font_family");
const QString fontSizeKey = QStringLiteral("order/font_size");
const QString tableFontSizeKey = QStringLiteral("order/table_font_size");
const QString numberingKey = QStringLiteral("order/page_numbers_from_second_page");
const QString marginKeys[] = {QStringLiteral("order/margin_left_mm"), QStringLiteral("order/margin_right_mm"),
                              QStringLiteral("order/margin_top_mm"), QStringLiteral("order/margin_bottom_mm")};

} // namespace

Result<OrderSettings> OrderService::settings() const
{
    SettingsRepository repo(m_db);
    OrderSettings s;
    const OrderLayout defaults;
    QString error;
    const auto text = [&](const QString &key, const QString &fallback = {}) {
        auto value = repo.value(key, fallback);
        if (!value)
            error = value.message();
        return value ? value.value() : fallback;
    };
    s.institution = text(institutionKey);
    s.place = text(placeKey);
    s.signatoryPosition = text(positionKey);
    s.signatoryName = text(signatoryKey);
    s.layout.fontFamily = text(fontKey, defaults.fontFamily);
    s.layout.fontSize = text(fontSizeKey, QString::number(defaults.fontSize)).toInt();
    s.layout.tableFontSize = text(tableFontSizeKey, QString::number(defaults.tableFontSize)).toInt();
    s.layout.pageNumbersFromSecondPage = text(numberingKey, QStringLiteral("1")) != u"0";
    double *margins[] = {&s.layout.marginLeftMm, &s.layout.marginRightMm, &s.layout.marginTopMm,
                         &s.layout.marginBottomMm};
    for (int i = 0; i < 4; ++i)
        *margins[i] = text(marginKeys[i], QString::number(*margins[i])).toDouble();
    if (!error.isEmpty())
        return Status::failure(error);
    return s;
}

QString OrderService::layoutProblem(const OrderLayout &layout)
{
    if (layout.fontFamily.trimmed().isEmpty())
        return tr("Choose the font of orders.");
    if (layout.fontSize < 12 || layout.fontSize > 14)
        return tr("The font size of orders must be from 12 to 14 pt.");
    if (layout.tableFontSize < 10 || layout.tableFontSize > 14)
        return tr("The font size of the appendix table must be from 10 to 14 pt.");
    const double margins[] = {layout.marginLeftMm, layout.marginRightMm, layout.marginTopMm, layout.marginBottomMm};
    for (double margin : margins)
        if (margin < 5 || margin > 60)
            return tr("Margins must be from 5 to 60 mm.");
    return {};
}

Status OrderService::saveSettings(const OrderSettings &s)
{
    if (const QString problem = layoutProblem(s.layout); !problem.isEmpty())
        return Status::failure(problem);
    if (const QString problem =
            TextRules::firstProblem({{s.institution.trimmed(), TextKind::Title, tr("Institution")},
                                     {s.place.trimmed(), TextKind::Line, tr("Place")},
                                     {s.signatoryPosition.trimmed(), TextKind::Line, tr("Signatory's position")},
                                     {s.signatoryName.trimmed(), TextKind::Line, tr("Signatory")},
                                     {s.layout.fontFamily.trimmed(), TextKind::Line, tr("Font")}});
        !problem.isEmpty())
        return Status::failure(problem);
    Transaction transaction(m_db);
    if (!transaction.status().ok())
        return transaction.status();
    SettingsWriter repo(m_db);
    const std::pair<QString, QString> values[] = {
        {institutionKey, s.institution.trimmed()},
        {placeKey, s.place.trimmed()},
        {positionKey, s.signatoryPosition.trimmed()},
        {signatoryKey, s.signatoryName.trimmed()},
        {fontKey, s.layout.fontFamily.trimmed()},
        {fontSizeKey, QString::number(s.layout.fontSize)},
        {tableFontSizeKey, QString::number(s.layout.tableFontSize)},
        {numberingKey, s.layout.pageNumbersFromSecondPage ? QStringLiteral("1") : QStringLiteral("0")},
        {marginKeys[0], QString::number(s.layout.marginLeftMm)},
        {marginKeys[1], QString::number(s.layout.marginRightMm)},
        {marginKeys[2], QString::number(s.layout.marginTopMm)},
        {marginKeys[3], QString::number(s.layout.marginBottomMm)},
    };
    for (const auto &[key, value] : values)
        if (Status status = repo.setValue(key, value); !status)
            return status;
    return transaction.commit();
}

Result<Order> OrderService::draft(const QString &academicYear, const QString &number, const QDate &date) const
{
    if (!AcademicYear::parse(academicYear))
        return Status::failure(AcademicYear::formatError(academicYear));
    auto s = settings();
    if (!s)
        return s.status();
    Order order;
    order.number = number.trimmed();
    order.issuedOn = date;
    order.academicYear = academicYear;
    order.title = tr("On the assignment of regional methodists to teachers");
    order.preamble = tr("In accordance with the Procedure for assigning regional methodists to teachers, in order "
                        "to provide targeted methodical support to teachers in the %1 academic year,")
                         .arg(academicYear);
    order.items = QStringList{
        tr("To assign regional methodists to teachers for the %1 academic year according to Appendix No. 1 to "
           "this order.")
            .arg(academicYear),
        tr("Regional methodists shall provide methodical support to the teachers assigned to them in accordance "
           "with the roadmap of methodical support."),
        tr("I reserve control over the execution of this order."),
    };
    order.signatoryPosition = s->signatoryPosition;
    order.signatoryName = s->signatoryName;
    return order;
}

template<typename Selection>
Result<qint64> OrderService::createWith(const Order &order, const Selection &selection)
{
    if (!AcademicYear::parse(order.academicYear))
        return Status::failure(AcademicYear::formatError(order.academicYear));
    Transaction transaction(m_db);
    if (!transaction.status().ok())
        return transaction.status();
    auto id = OrderWriter(m_db).insert(order);
    if (!id)
        return id.status();
    auto attached = AssignmentWriter(m_db).attachToOrder(id.value(), selection);
    if (!attached)
        return attached.status();
    if (attached.value() == 0)
        return Status::failure(tr("There are no assignments for the order: every assignment of %1 is already "
                                  "in an order, or none was chosen.")
                                   .arg(order.academicYear));
    if (Status committed = transaction.commit(); !committed)
        return committed;
    return id.value();
}

Result<qint64> OrderService::create(const Order &order, const AssignmentFilter &selection)
{
    return createWith(order, selection);
}

Result<qint64> OrderService::create(const Order &order, const QList<qint64> &assignmentIds)
{
    return createWith(order, assignmentIds);
}

Result<OrderDocument> OrderService::document(qint64 orderId) const
{
    OrderRepository orders(m_db);
    auto order = orders.get(orderId);
    if (!order)
        return order.status();
    auto s = settings();
    if (!s)
        return s.status();
    auto appendix = orders.appendix(orderId);
    if (!appendix)
        return appendix.status();
    OrderDocument doc;
    doc.institution = s->institution;
    doc.place = s->place;
    doc.number = order->number;
    doc.date = order->issuedOn;
    doc.title = order->title;
    doc.preamble = order->preamble;
    doc.items = order->items;
    doc.signatoryPosition = order->signatoryPosition;
    doc.signatoryName = order->signatoryName;
    doc.appendixTitle = tr("List of teachers assigned to regional methodists");
    doc.appendix = appendix.value();
    return doc;
}

Status OrderService::exportTo(qint64 orderId, const QString &path) const
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix != u"pdf" && suffix != u"docx" && suffix != u"odt")
        return Status::failure(tr("Orders are saved as .pdf, .docx or .odt, not «%1».").arg(QFileInfo(path).fileName()));
    auto doc = document(orderId);
    if (!doc)
        return doc.status();
    auto s = settings();
    if (!s)
        return s.status();
    if (suffix == u"pdf")
        return OrderPdf::write(doc.value(), s->layout, path);
    if (suffix == u"docx")
        return OrderDocx::write(doc.value(), s->layout, path);
    return OrderOdt::write(doc.value(), s->layout, path);
}

Status OrderService::remove(qint64 orderId)
{
    return OrderWriter(m_db).remove(orderId);
}

} // namespace metodist
