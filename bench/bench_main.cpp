// Benchmarks over generated data. Figures go to docs/BENCHMARKS.md with the
// machine and the command; they are never asserted in the test suite.
//
//   metodist-bench search --teachers 1000000 [--db FILE]
//   metodist-bench registry --db FILE
//   metodist-bench planner [--teachers N] [--methodists M] [--municipalities K]   (in memory)
//   metodist-bench plan --db FILE --year 2025/2026 [--apply]   (from the database)
//   metodist-bench monitoring --db FILE --year 2025/2026 [--runs N]   (the whole monitoring report)
//   metodist-bench import --csv FILE [--region kaliningrad]   (reading alone, then the import's phases)
//   metodist-bench evict FILE   (drops the file's pages from the OS page cache: a «first run» as after a reboot)
#include "domain/Teacher.h"
#include "services/AssignmentPlanner.h"
#include "services/AssignmentService.h"
#include "services/Importer.h"
#include "services/Setup.h"
#include "documents/CsvReader.h"
#include "services/MonitoringService.h"
#include "storage/AssignmentRepository.h"
#include "storage/Database.h"
#include "storage/TeacherRepository.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <vector>

#include <fcntl.h>
#include <unistd.h>

using namespace metodist;

namespace {

QTextStream out(stdout);

const QStringList maleSurnames{
    QStringLiteral("Иванов"), QStringLiteral("Смирнов"), QStringLiteral("Кузнецов"), QStringLiteral("Попов"),
    QStringLiteral("Васильев"), QStringLiteral("Петров"), QStringLiteral("Соколов"), QStringLiteral("Михайлов"),
    QStringLiteral("Новиков"), QStringLiteral("Фёдоров"), QStringLiteral("Морозов"), QStringLiteral("Волков"),
    QStringLiteral("Алексеев"), QStringLiteral("Лебедев"), QStringLiteral("Семёнов"), QStringLiteral("Егоров"),
    QStringLiteral("Павлов"), QStringLiteral("Козлов"), QStringLiteral("Степанов"), QStringLiteral("Николаев"),
    QStringLiteral("Орлов"), QStringLiteral("Андреев"), QStringLiteral("Макаров"), QStringLiteral("Никитин"),
    QStringLiteral("Захаров"), QStringLiteral("Зайцев"), QStringLiteral("Соловьёв"), QStringLiteral("Борисов"),
    QStringLiteral("Яковлев"), QStringLiteral("Григорьев"), QStringLiteral("Романов"), QStringLiteral("Воробьёв"),
    QStringLiteral("Сергеев"), QStringLiteral("Кузьмин"), QStringLiteral("Фролов"), QStringLiteral("Александров"),
    QStringLiteral("Дмитриев"), QStringLiteral("Королёв"), QStringLiteral("Гусев"), QStringLiteral("Киселёв")};
const QStringList femaleNames{QStringLiteral("Анна"), QStringLiteral("Мария"), QStringLiteral("Елена"),
                              QStringLiteral("Ольга"), QStringLiteral("Наталья"), QStringLiteral("Алёна"),
                              QStringLiteral("Татьяна"), QStringLiteral("Ирина"), QStringLiteral("Светлана"),
                              QStringLiteral("Юлия"), QStringLiteral("Людмила"), QStringLiteral("Галина")};
const QStringList maleNames{QStringLiteral("Пётр"), QStringLiteral("Иван"), QStringLiteral("Сергей"),
                            QStringLiteral("Алексей"), QStringLiteral("Семён"), QStringLiteral("Фёдор"),
                            QStringLiteral("Андрей"), QStringLiteral("Дмитрий"), QStringLiteral("Николай")};
const QStringList patronymicRoots{QStringLiteral("Петров"), QStringLiteral("Иванов"), QStringLiteral("Сергеев"),
                                  QStringLiteral("Алексеев"), QStringLiteral("Семёнов"), QStringLiteral("Фёдоров"),
                                  QStringLiteral("Андреев"), QStringLiteral("Николаев")};

Teacher randomTeacher(QRandomGenerator &random)
{
    Teacher t;
    const bool female = random.bounded(100) < 80; // most teachers are women
    const QString surname = maleSurnames.at(random.bounded(int(maleSurnames.size())));
    // A suffix of two letters spreads the surnames out like a real registry.
    const QString suffix = QString(QChar(u'а' + random.bounded(32))) + QChar(u'а' + random.bounded(32));
    t.lastName = (female ? surname + u'а' : surname) + u'-' + suffix;
    t.firstName = female ? femaleNames.at(random.bounded(int(femaleNames.size())))
                         : maleNames.at(random.bounded(int(maleNames.size())));
    t.middleName = patronymicRoots.at(random.bounded(int(patronymicRoots.size())))
                   + (female ? QStringLiteral("на") : QStringLiteral("ич"));
    return t;
}

int search(const QStringList &args)
{
    qint64 teachers = 1000000;
    QString path;
    for (int i = 0; i + 1 < args.size(); ++i) {
        if (args[i] == u"--teachers")
            teachers = args[i + 1].toLongLong();
        if (args[i] == u"--db")
            path = args[i + 1];
    }
    QTemporaryDir dir;
    if (path.isEmpty())
        path = dir.filePath(QStringLiteral("bench.sqlite"));
    const bool reuse = QFileInfo::exists(path);

    Database db;
    if (Status status = db.open(path); !status) {
        out << status.message() << Qt::endl;
        return 1;
    }
    TeacherWriter repository(db);
    if (!reuse) {
        QElapsedTimer timer;
        timer.start();
        QRandomGenerator random(20261123);
        Transaction transaction(db);
        for (qint64 i = 0; i < teachers; ++i) {
            if (auto id = repository.insert(randomTeacher(random)); !id) {
                out << id.message() << Qt::endl;
                return 1;
            }
        }
        if (Status status = transaction.commit(); !status) {
            out << status.message() << Qt::endl;
            return 1;
        }
        out << "generated " << teachers << " teachers in " << timer.elapsed() << " ms" << Qt::endl;
    }
    out << "teachers in the database: " << repository.count().value() << Qt::endl;

    const QStringList queries{QStringLiteral("петр"),   QStringLiteral("ёлк"),   QStringLiteral("воробьёва-ют"),
                              QStringLiteral("кузьмина-аб"), QStringLiteral("семенов"), QStringLiteral("ова"),
                              QStringLiteral("ИВАНОВА-ЖЖ АЛЁНА"), QStringLiteral("ив"), QStringLiteral("я"),
                              QStringLiteral("яковлева"), QStringLiteral("щь"), QStringLiteral("-юю")};
    out << "query | matches in first page (limit 200) | best of 5, ms | median of 5, ms" << Qt::endl;
    for (const QString &query : queries) {
        std::vector<double> times;
        int found = 0;
        for (int run = 0; run < 5; ++run) {
            QElapsedTimer timer;
            timer.start();
            auto result = repository.searchByName(query, 200);
            times.push_back(timer.nsecsElapsed() / 1e6);
            found = result ? int(result.value().size()) : -1;
        }
        std::sort(times.begin(), times.end());
        out << query << " | " << found << " | " << QString::number(times.front(), 'f', 1) << " | "
            << QString::number(times[2], 'f', 1) << Qt::endl;
    }
    return 0;
}

// The registry page's two queries for a search: the count and the first page.
int registry(const QStringList &args)
{
    Database db;
    OpenOptions options;
    options.createIfMissing = false;
    if (Status status = db.open(args.value(1), options); !status || args.value(0) != u"--db") {
        out << "usage: metodist-bench registry --db FILE" << Qt::endl;
        return 2;
    }
    TeacherRepository teachers(db);
    // The first run reads its pages into SQLite's cache; the best of the next three is the warm figure.
    out << "query | matches | count, ms (first / warm) | first page, ms (first / warm)" << Qt::endl;
    for (const QString &text : {QStringLiteral("петр"), QStringLiteral("кузьмина"), QStringLiteral("ова"),
                                QStringLiteral("ёлкин"), QStringLiteral("ив"), QString()}) {
        RegistryFilter filter;
        filter.search = text;
        qint64 found = -1;
        std::vector<double> counts, pages;
        for (int run = 0; run < 4; ++run) {
            QElapsedTimer timer;
            timer.start();
            auto count = teachers.count(filter);
            counts.push_back(timer.nsecsElapsed() / 1e6);
            timer.restart();
            auto page = teachers.page(filter, {}, 200);
            pages.push_back(timer.nsecsElapsed() / 1e6);
            found = count ? count.value() : -1;
        }
        const auto warm = [](const std::vector<double> &v) { return *std::min_element(v.begin() + 1, v.end()); };
        out << (text.isEmpty() ? QStringLiteral("(all)") : text) << " | " << found << " | "
            << QString::number(counts.front(), 'f', 1) << " / " << QString::number(warm(counts), 'f', 1) << " | "
            << QString::number(pages.front(), 'f', 1) << " / " << QString::number(warm(pages), 'f', 1) << Qt::endl;
    }
    return 0;
}

QString ms(qint64 nanoseconds)
{
    return QString::number(nanoseconds / 1e6, 'f', 0);
}

// The planner alone over synthetic people: 28 subjects spread unevenly,
// municipalities of very different sizes, capacity 60 with some part-time
// methodists at 30, some methodists already partly loaded.
int planner(const QStringList &args)
{
    const auto option = [&args](const char *name, int fallback) {
        const qsizetype at = args.indexOf(QString::fromLatin1(name));
        return at >= 0 ? args.value(at + 1).toInt() : fallback;
    };
    const int teacherCount = option("--teachers", 1000000);
    const int methodistCount = option("--methodists", 17000);
    const int municipalities = option("--municipalities", 2000);
    QRandomGenerator random(42);
    const auto skewed = [&random](int n) { // small ids are more frequent, like big cities and main subjects
        const double u = random.generateDouble();
        return 1 + int(n * u * u);
    };
    std::vector<PlanTeacher> teachers;
    teachers.reserve(std::size_t(teacherCount));
    for (int i = 0; i < teacherCount; ++i)
        teachers.push_back({i + 1, skewed(28), skewed(municipalities)});
    std::vector<PlanMethodist> methodists;
    for (int j = 0; j < methodistCount; ++j) {
        const int capacity = random.bounded(10) == 0 ? 30 : 60;
        methodists.push_back({j + 1, skewed(28), skewed(municipalities), capacity, int(random.bounded(capacity / 3))});
    }
    out << teacherCount << " teachers, " << methodistCount << " methodists, " << municipalities
        << " municipalities, 28 subjects" << Qt::endl;
    for (int run = 0; run < 3; ++run) {
        QElapsedTimer timer;
        timer.start();
        const AssignmentPlan plan = AssignmentPlanner::plan(teachers, methodists);
        out << "run " << run + 1 << ": " << ms(timer.nsecsElapsed()) << " ms; assigned " << plan.assignments.size()
            << " (" << plan.sameMunicipalityCount << " in their municipality), unassigned " << plan.unassigned.size()
            << Qt::endl;
    }
    return 0;
}

// The whole automatic planning as the program does it: read the teachers
// without a methodist and the methodists' loads, solve, and (with --apply)
// write the plan in one transaction.
int planFromDatabase(const QStringList &args)
{
    const qsizetype dbAt = args.indexOf(QStringLiteral("--db"));
    const qsizetype yearAt = args.indexOf(QStringLiteral("--year"));
    Database db;
    OpenOptions options;
    options.createIfMissing = false;
    if (dbAt < 0 || !db.open(args.value(dbAt + 1), options)) {
        out << "usage: metodist-bench plan --db FILE [--year 2025/2026] [--apply]" << Qt::endl;
        return 2;
    }
    const QString year = yearAt >= 0 ? args.value(yearAt + 1) : QStringLiteral("2025/2026");
    AssignmentService service(db);
    QElapsedTimer timer;
    timer.start();
    auto teachers = AssignmentRepository(db).candidates(year, 0, 0);
    const qint64 readTeachers = timer.nsecsElapsed();
    timer.restart();
    auto methodists = AssignmentRepository(db).planningMethodists(year);
    const qint64 readMethodists = timer.nsecsElapsed();
    if (!teachers || !methodists) {
        out << "cannot read: " << (teachers ? methodists.message() : teachers.message()) << Qt::endl;
        return 1;
    }
    timer.restart();
    const AssignmentPlan solved = AssignmentPlanner::plan(teachers.value(), methodists.value());
    const qint64 solve = timer.nsecsElapsed();
    out << "teachers without a methodist: " << teachers->size() << ", active methodists: " << methodists->size()
        << Qt::endl
        << "read teachers " << ms(readTeachers) << " ms, read methodists with loads " << ms(readMethodists)
        << " ms, solve " << ms(solve) << " ms" << Qt::endl;
    timer.restart();
    auto plan = service.plan({year, 0, 0});
    const qint64 whole = timer.nsecsElapsed();
    if (!plan) {
        out << plan.message() << Qt::endl;
        return 1;
    }
    timer.restart();
    auto report = service.report(plan.value());
    const qint64 preview = timer.nsecsElapsed();
    out << "AssignmentService::plan (read + solve) " << ms(whole) << " ms; preview report " << ms(preview)
        << " ms; assigned " << plan->plan.assignments.size() << " (" << plan->plan.sameMunicipalityCount
        << " in their municipality), unassigned " << plan->plan.unassigned.size() << Qt::endl;
    if (args.contains(QStringLiteral("--apply"))) {
        timer.restart();
        auto run = service.apply(plan.value());
        out << "apply (one transaction) " << ms(timer.nsecsElapsed()) << " ms"
            << (run ? QString() : QStringLiteral(": ") + run.message()) << Qt::endl;
    }
    return 0;
}

// Records when each step of a long operation began.
class StepClock : public Progress
{
public:
    StepClock() { m_timer.start(); }
    void report(qint64 done, qint64) override { m_marks.append({done, m_timer.nsecsElapsed()}); }
    bool cancelled() const override { return false; }
    QList<QPair<qint64, qint64>> m_marks;

private:
    QElapsedTimer m_timer;
};

int monitoring(const QStringList &args)
{
    const qsizetype dbAt = args.indexOf(QStringLiteral("--db"));
    const qsizetype yearAt = args.indexOf(QStringLiteral("--year"));
    const qsizetype runsAt = args.indexOf(QStringLiteral("--runs"));
    Database db;
    OpenOptions options;
    options.createIfMissing = false;
    if (dbAt < 0 || !db.open(args.value(dbAt + 1), options)) {
        out << "usage: metodist-bench monitoring --db FILE [--year 2025/2026] [--runs N]" << Qt::endl;
        return 2;
    }
    const QString year = yearAt >= 0 ? args.value(yearAt + 1) : QStringLiteral("2025/2026");
    const int runs = runsAt >= 0 ? args.value(runsAt + 1).toInt() : 3;
    MonitoringService service(db);
    for (int run = 1; run <= runs; ++run) {
        StepClock clock;
        QElapsedTimer timer;
        timer.start();
        auto report = service.build(year, 0, &clock);
        const qint64 whole = timer.nsecsElapsed();
        if (!report) {
            out << report.message() << Qt::endl;
            return 1;
        }
        out << "run " << run << ": whole report " << ms(whole) << " ms (" << report->byMunicipality.size()
            << " municipalities, " << report->indicators.size() << " indicators); steps ms:";
        qint64 last = 0;
        for (const auto &[step, at] : clock.m_marks) {
            out << ' ' << ms(at - last);
            last = at;
        }
        out << ", after the last step " << ms(whole - last);
        out << Qt::endl;
        if (run == runs)
            for (const Indicator &i : report->indicators)
                out << "  " << i.code << ' ' << i.numerator.value_or(-1) << '/' << i.denominator.value_or(-1) << Qt::endl;
    }
    return 0;
}

// A teachers CSV into a new database of the region: first the file read and
// parsed alone, then the import with its phases (rows written; indexes and
// the trigram index built; commit) as the importer's progress tells them.
int importPhases(const QStringList &args)
{
    const qsizetype csvAt = args.indexOf(QStringLiteral("--csv"));
    const qsizetype regionAt = args.indexOf(QStringLiteral("--region"));
    if (csvAt < 0) {
        out << "usage: metodist-bench import --csv FILE [--region kaliningrad]" << Qt::endl;
        return 2;
    }
    const QString csv = args.value(csvAt + 1);
    QElapsedTimer timer;
    timer.start();
    CsvStream stream;
    if (Status opened = stream.open(csv); !opened) {
        out << opened.message() << Qt::endl;
        return 1;
    }
    QStringList cells;
    int row = 0;
    qint64 records = 0;
    while (stream.next(cells, row))
        ++records;
    out << "reading and parsing alone: " << records << " records in " << ms(timer.nsecsElapsed()) << " ms" << Qt::endl;

    QTemporaryDir dir;
    Database db;
    if (!db.open(dir.filePath(QStringLiteral("import.sqlite")))
        || !Setup::initialise(db, regionAt >= 0 ? args.value(regionAt + 1) : QStringLiteral("kaliningrad"))) {
        out << "cannot create the database" << Qt::endl;
        return 1;
    }
    StepClock clock;
    timer.restart();
    auto report = Importer(db, ImportKind::Teachers, {}, &clock).importFile(csv);
    const qint64 whole = timer.nsecsElapsed();
    if (!report) {
        out << report.message() << Qt::endl;
        return 1;
    }
    // Progress is in thousandths: up to 900 for the rows, then the indexes, 1000 after the commit.
    qint64 rowsDone = 0, indexesDone = 0;
    for (const auto &[done, at] : clock.m_marks) {
        if (done <= 900)
            rowsDone = at;
        if (done < 1000)
            indexesDone = at;
    }
    out << "import: " << report->created << " created, " << report->updated << " updated in " << ms(whole)
        << " ms: rows " << ms(rowsDone) << " ms, indexes " << ms(indexesDone - rowsDone) << " ms, commit "
        << ms(whole - indexesDone) << " ms" << Qt::endl;
    return 0;
}

// Asks the kernel to drop the file's cached pages (no root needed); the
// database must not be open in this process (it is not: only this runs).
int evict(const QStringList &args)
{
    const QByteArray path = QFile::encodeName(args.value(0));
    const int fd = ::open(path.constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        out << "cannot open " << args.value(0) << Qt::endl;
        return 1;
    }
    ::fdatasync(fd);
    const int result = ::posix_fadvise(fd, 0, 0, POSIX_FADV_DONTNEED);
    ::close(fd);
    for (const char *suffix : {"-wal", "-shm"}) {
        const QByteArray side = path + suffix;
        const int other = ::open(side.constData(), O_RDONLY | O_CLOEXEC);
        if (other >= 0) {
            ::posix_fadvise(other, 0, 0, POSIX_FADV_DONTNEED);
            ::close(other);
        }
    }
    out << (result == 0 ? "evicted" : "not evicted") << Qt::endl;
    return result == 0 ? 0 : 1;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() >= 2 && args[1] == u"search")
        return search(args.mid(2));
    if (args.size() >= 2 && args[1] == u"registry")
        return registry(args.mid(2));
    if (args.size() >= 2 && args[1] == u"planner")
        return planner(args.mid(2));
    if (args.size() >= 2 && args[1] == u"plan")
        return planFromDatabase(args.mid(2));
    if (args.size() >= 2 && args[1] == u"monitoring")
        return monitoring(args.mid(2));
    if (args.size() >= 2 && args[1] == u"import")
        return importPhases(args.mid(2));
    if (args.size() >= 2 && args[1] == u"evict")
        return evict(args.mid(2));
    out << "usage: metodist-bench search|registry|planner|plan|monitoring|import|evict …; see the comment at the top of bench_main.cpp"
        << Qt::endl;
    return 2;
}
