#pragma once

#include "domain/Route.h"

#include <QString>
#include <QTemporaryDir>

namespace metodist::test {

// A fresh folder per test case, removed afterwards.
class Scratch
{
public:
    Scratch();
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QString root() const { return m_dir.path(); }

private:
    QTemporaryDir m_dir;
};

// The engine a storage test runs on. By default a SQLite file in the
// scratch folder; with METODIST_TEST_ENGINE=postgresql a new, empty database
// on the server whose maintenance database METODIST_TEST_POSTGRESQL names
// (scripts/pg-test-server.sh starts a throwaway one), dropped when the test
// program ends. Cases tagged [sqlite-only] are left out on the server.
bool onServer();
QString databaseLocation(const Scratch &scratch, const QString &name);
// Drops the databases databaseLocation() made (TestMain calls it).
void dropServerDatabases();

// A finished run of a program: exit status and what it printed.
struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

// Runs a program (metodist-cli) with a private HOME, XDG data and config
// folders inside the scratch folder, so the default database and the
// settings live there. Throws when it does not finish in a minute.
Run runProgram(const QString &program, const Scratch &scratch, const QStringList &arguments);

// The same, bounded as a hostile-file test needs: the program's private
// memory (RLIMIT_DATA, which counts every allocation but not a mapped
// database file) and its time. A crash is an exit code of -1, not a throw;
// the wall time is returned in *milliseconds.
Run runBounded(const QString &program, const Scratch &scratch, const QStringList &arguments, qint64 dataBytes,
               qint64 *milliseconds = nullptr, int timeoutMs = 60000);

// A zip container (an XLSX workbook) of the given parts, each deflated.
void makeZip(const QString &path, const QList<QPair<QString, QByteArray>> &parts);

QByteArray readFile(const QString &path);

// A catalogue entry of one deficit area (0: none), as route tests need.
inline CatalogueEntry catalogueEntry(qint64 kindId, const QString &title, qint64 deficitAreaId, int hours,
                                     bool federalRegistry, qint64 organisationId = 0)
{
    CatalogueEntry entry;
    entry.kindId = kindId;
    entry.title = title;
    if (deficitAreaId > 0)
        entry.deficitAreaIds = {deficitAreaId};
    if (hours > 0)
        entry.hours = hours;
    entry.federalRegistry = federalRegistry;
    entry.organisationId = organisationId;
    return entry;
}
void writeFile(const QString &path, const QByteArray &contents);

} // namespace metodist::test
