#pragma once

#include "domain/Route.h"
#include "models/ListModel.h"

namespace metodist {

// The catalogue of programmes and activities for routes.
class CatalogueModel : public ListModel<CatalogueEntry>
{
    Q_DECLARE_TR_FUNCTIONS(CatalogueModel)

public:
    explicit CatalogueModel(QObject *parent = nullptr);
};

} // namespace metodist
