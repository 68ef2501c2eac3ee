#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

namespace metodist {

// An order (приказ) of the institute and what it says; its appendix is the
// list of the assignments attached to it.
struct Order
{
    qint64 id = 0;
    QString number;
    QDate issuedOn;
    QString academicYear;
    QString title;
    QString preamble;
    QStringList items;
    QString signatoryPosition;
    QString signatoryName;
    qint64 assignmentCount = 0; // read only
};

} // namespace metodist
