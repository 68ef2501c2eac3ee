#pragma once

#include "Status.h"

#include <QCoreApplication>

namespace metodist {

struct RouteDocument;

// The individual educational route (ИОМ) on portrait A4: who and for which
// year, the level and deficits, the items, the signatures of teacher and tutor.
class RoutePdf
{
    Q_DECLARE_TR_FUNCTIONS(RoutePdf)

public:
    static QString html(const RouteDocument &doc);
    static Status write(const RouteDocument &doc, const QString &path);
};

} // namespace metodist
