#pragma once

#include "domain/Network.h"
#include "models/ListModel.h"

#include <QCoreApplication>

namespace metodist {

// The units of the support network.
class NetworkUnitModel : public ListModel<NetworkUnit>
{
    Q_DECLARE_TR_FUNCTIONS(NetworkUnitModel)

public:
    enum Column { KindColumn, NameColumn, MunicipalityColumn, HostColumn, MembersColumn, HeadColumn, ColumnCount };
    explicit NetworkUnitModel(QObject *parent = nullptr);
};

// The members of one unit.
class NetworkMemberModel : public ListModel<NetworkMember>
{
    Q_DECLARE_TR_FUNCTIONS(NetworkMemberModel)

public:
    explicit NetworkMemberModel(QObject *parent = nullptr);
};

// The schools one unit covers.
class CoveredOrganisationModel : public ListModel<CoveredOrganisation>
{
    Q_DECLARE_TR_FUNCTIONS(CoveredOrganisationModel)

public:
    explicit CoveredOrganisationModel(QObject *parent = nullptr);
};

} // namespace metodist
