// Who may write: a writing repository (…Writer), a transaction, the bulk
// writer and every service that writes can be made only from a writable
// Database, so work holding a read-only one (a background report) cannot
// write by accident; and the window (ui/) writes only through core services.

#include "TestSupport.h"
#include "services/AssignmentService.h"
#include "services/DevelopmentService.h"
#include "services/DictionaryService.h"
#include "services/EventService.h"
#include "services/MonitoringService.h"
#include "services/OrderService.h"
#include "services/PersonService.h"
#include "services/RoadmapService.h"
#include "services/RouteService.h"
#include "services/Setup.h"
#include "services/WorkLogService.h"
#include "storage/AssignmentRepository.h"
#include "storage/DevelopmentRepository.h"
#include "storage/DictionaryRepository.h"
#include "storage/EventRepository.h"
#include "storage/MethodistRepository.h"
#include "storage/MonitoringRepository.h"
#include "storage/OrderRepository.h"
#include "storage/OrganisationRepository.h"
#include "storage/RoadmapRepository.h"
#include "storage/RouteRepository.h"
#include "storage/SettingsRepository.h"
#include "storage/TeacherBulkWriter.h"
#include "storage/TeacherRepository.h"
#include "storage/WorkLogRepository.h"

#include <catch2/catch.hpp>

#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>

#include <type_traits>

using namespace metodist;

namespace {

template<typename Reader, typename Writer>
constexpr bool splitByAccess()
{
    return std::is_constructible_v<Reader, const Database &> && !std::is_constructible_v<Writer, const Database &>
           && std::is_constructible_v<Writer, Database &> && std::is_base_of_v<Reader, Writer>;
}

template<typename Service>
constexpr bool writesOnly()
{
    return std::is_constructible_v<Service, Database &> && !std::is_constructible_v<Service, const Database &>;
}

} // namespace

static_assert(splitByAccess<AssignmentRepository, AssignmentWriter>());
static_assert(splitByAccess<DevelopmentRepository, DevelopmentWriter>());
static_assert(splitByAccess<DictionaryRepository, DictionaryWriter>());
static_assert(splitByAccess<EventRepository, EventWriter>());
static_assert(splitByAccess<MethodistRepository, MethodistWriter>());
static_assert(splitByAccess<MonitoringRepository, MonitoringWriter>());
static_assert(splitByAccess<OrderRepository, OrderWriter>());
static_assert(splitByAccess<OrganisationRepository, OrganisationWriter>());
static_assert(splitByAccess<RoadmapRepository, RoadmapWriter>());
static_assert(splitByAccess<RouteRepository, RouteWriter>());
static_assert(splitByAccess<SettingsRepository, SettingsWriter>());
static_assert(splitByAccess<TeacherRepository, TeacherWriter>());
static_assert(splitByAccess<WorkLogRepository, WorkLogWriter>());

static_assert(!std::is_constructible_v<Transaction, const Database &>);
static_assert(!std::is_constructible_v<BulkWrite, const Database &>);
static_assert(!std::is_constructible_v<TeacherBulkWriter, const Database &, TeacherColumns>);

static_assert(writesOnly<AssignmentService>());
static_assert(writesOnly<DevelopmentService>());
static_assert(writesOnly<DictionaryService>());
static_assert(writesOnly<EventService>());
static_assert(writesOnly<OrderService>());
static_assert(writesOnly<PersonService>());
static_assert(writesOnly<RoadmapService>());
static_assert(writesOnly<RouteService>());
static_assert(writesOnly<WorkLogService>());
// The monitoring report is read by background work: its two writes are
// static functions that take a writable Database.
static_assert(std::is_constructible_v<MonitoringService, const Database &>);

TEST_CASE("the window writes only through core services", "[access]")
{
    const QString root = QStringLiteral(METODIST_SOURCE_DIR);
    // A writing repository, a transaction or raw SQL in ui/.
    const QRegularExpression writing(QStringLiteral(
        R"(\b(\w+Writer|Transaction|BulkWrite|FastStatement)\b|\.(exec|transaction|commit|rollback)\s*\(\s*(Q|u"|")"
        R"(|\b(INSERT|UPDATE|DELETE)\s+(INTO|FROM|\w+\s+SET)\b)"));
    QStringList found;
    int scanned = 0;
    QDirIterator it(root + QStringLiteral("/ui"), {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        QFile source(file);
        REQUIRE(source.open(QIODevice::ReadOnly));
        ++scanned;
        const QStringList lines = QString::fromUtf8(source.readAll()).split(u'\n');
        for (int i = 0; i < lines.size(); ++i) {
            const QString line = lines[i].trimmed();
            if (line.startsWith(QStringLiteral("//")))
                continue;
            if (writing.match(line).hasMatch())
                found << QStringLiteral("%1:%2: %3").arg(file.mid(root.size() + 1)).arg(i + 1).arg(line);
        }
    }
    CHECK(scanned > 50);
    INFO(found.join(u'\n').toStdString());
    CHECK(found.isEmpty());
}

TEST_CASE("the dictionaries page's edits are core calls", "[access]")
{
    test::Scratch scratch;
    Database db;
    REQUIRE(db.open(test::databaseLocation(scratch, QStringLiteral("dictionaries.sqlite"))).ok());
    REQUIRE(Setup::initialise(db).ok());
    DictionaryService service(db);

    auto added = service.addEntry(QStringLiteral("work_kinds"), QStringLiteral("  Выездной   семинар "));
    REQUIRE(added);
    CHECK(DictionaryRepository(db).findByName(QStringLiteral("work_kinds"), QStringLiteral("выездной семинар")).value()
          == added.value());
    CHECK_FALSE(service.addEntry(QStringLiteral("work_kinds"), QStringLiteral("   ")));
    REQUIRE(service.renameEntry(QStringLiteral("work_kinds"), added.value(), QStringLiteral("Семинар на выезде")));
    CHECK(DictionaryRepository(db).findByName(QStringLiteral("work_kinds"), QStringLiteral("Семинар на выезде")).value()
          == added.value());

    // A municipality in use by an organisation stays; an unused one goes.
    auto used = service.addEntry(QStringLiteral("municipalities"), QStringLiteral("Город Тестовск"));
    auto unused = service.addEntry(QStringLiteral("municipalities"), QStringLiteral("Пустой район"));
    REQUIRE(used);
    REQUIRE(unused);
    Organisation school;
    school.name = QStringLiteral("МАОУ СОШ № 1");
    school.municipalityId = used.value();
    auto organisation = service.addOrganisation(school);
    REQUIRE(organisation);
    const auto removal = service.removeEntries(QStringLiteral("municipalities"), {used.value(), unused.value()});
    CHECK(removal.removed == 1);
    REQUIRE(removal.kept.size() == 1);
    CHECK(removal.kept.first().first == used.value());
    CHECK_FALSE(removal.kept.first().second.isEmpty());
    CHECK(DictionaryRepository(db).findByName(QStringLiteral("municipalities"), QStringLiteral("Пустой район")).value() == 0);

    school.id = organisation.value();
    school.lowResults = true;
    REQUIRE(service.updateOrganisation(school));
    CHECK(OrganisationRepository(db).get(school.id).value().lowResults);
    CHECK(service.removeOrganisations({school.id}).removed == 1);
    CHECK_FALSE(OrganisationRepository(db).get(school.id));
}
