#pragma once

#include <QList>
#include <QString>

namespace metodist {

// A unit of a region's support network (schema 9): a regional ДПО
// organisation, a municipal methodical service (ММС) or office, a
// consultation point, a professional community, a methodical association
// (МО/РМО), a centre of methodical support (ЦМН), an internship site or the
// «Факультет педагогических профессий». Its kind is an entry of the
// network_kinds dictionary; a unit with no municipality is regional.
struct NetworkUnit
{
    qint64 id = 0;
    qint64 kindId = 0;
    QString kindCode; // read only
    QString kindName; // read only
    QString name;
    qint64 municipalityId = 0; // 0: regional
    QString municipality;      // read only; empty when regional
    qint64 organisationId = 0; // the host school, or 0
    QString organisation;      // read only
    qint64 subjectId = 0;      // МО/РМО and communities of one subject, or 0
    QString subject;           // read only
    QString theme;             // internship sites: «Наставничество», …
    QString headName;          // as written, when the head is not a member
    QString note;
    // Read only: the number of members, of covered schools, and the head
    // member's name (headName when set).
    int members = 0;
    int coveredOrganisations = 0;
    QString head;

    bool isRegional() const { return municipalityId <= 0; }
};

// A member of a unit: a teacher or a methodist of the registry.
struct NetworkMember
{
    qint64 id = 0;
    qint64 unitId = 0;
    qint64 teacherId = 0;   // either this
    qint64 methodistId = 0; // or this
    bool head = false;
    // Read only.
    QString name;
    QString snils; // 11 digits or empty
    QString organisation;
    QString municipality;
};

// A school a unit covers (a ЦМН covers the schools of its municipality).
struct CoveredOrganisation
{
    qint64 organisationId = 0;
    QString name;
    qint64 municipalityId = 0;
    QString municipality;
};

// How many units of a kind a region has, with their members.
struct NetworkKindCount
{
    qint64 kindId = 0;
    QString code;
    QString name;
    int units = 0;
    int members = 0;
};

} // namespace metodist
