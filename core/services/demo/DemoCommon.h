#pragma once

// What the parts of the demonstration region (DemoRegion) share: the people
// the first part makes for the support work, and the calendar of workdays.

#include "domain/Route.h"
#include "storage/Database.h"
#include "storage/DictionaryRepository.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

#include <vector>

namespace metodist::demo {

// The region's dictionaries by name, read once before generating.
using Dictionaries = QHash<QString, QList<DictionaryEntry>>;

// What the people part leaves for the support part.
struct DemoTeacher
{
    qint64 id = 0;
    qint64 diagnosticId = 0;
    QDate diagnosedOn;
    quint8 deficits = 0; // bit i: the i-th area of the deficit_areas dictionary
    qint8 level = -1;    // index in competence_levels
    bool young = false;
    bool preschool = false;
    qint64 subjectId = 0;      // for the network's associations
    qint64 municipalityId = 0; // of the school
};

struct DemoMethodist
{
    qint64 id = 0;
    QString shortName;
    qint64 municipalityId = 0;
};

struct DemoSchool
{
    qint64 id = 0;
    qint64 municipalityId = 0;
    QString name;
    bool internshipSite = false;
};

struct DemoEvent
{
    qint64 id = 0;
    QString key;
    QString title;
    QString levelCode;
    QDate startsOn;
    QDate endsOn; // null: one day
    QDate lastDay() const { return endsOn.isValid() ? endsOn : startsOn; }
};

// Whom a catalogue offer suits.
enum class Audience { Any, School, Preschool };

struct DemoCatalogueEntry
{
    CatalogueEntry entry;
    QString kind; // route_item_kinds code
    int area = 0; // index in deficit_areas
    Audience audience = Audience::Any;
};

// The people part's output, read by the support work.
struct DemoPopulation
{
    std::vector<DemoSchool> schools;
    std::vector<DemoTeacher> teachers; // empty without support data
    std::vector<DemoMethodist> methodists;
};

inline QString utf8(const char *text)
{
    return QString::fromUtf8(text);
}

// Weekends and the public holidays of the Russian calendar.
bool isWorkday(const QDate &date);
QDate forwardToWorkday(QDate date);
QDate backToWorkday(QDate date);

} // namespace metodist::demo
