#include "TestSupport.h"

#include "storage/ServerAddress.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <minizip/zip.h>
#include <stdexcept>

#include <sys/resource.h>

namespace metodist::test {

namespace {

QStringList &serverDatabases()
{
    static QStringList names;
    return names;
}

// A connection to the server's maintenance database, for CREATE and DROP DATABASE.
QSqlDatabase maintenance()
{
    const QString name = QStringLiteral("metodist-test-maintenance");
    if (QSqlDatabase::contains(name))
        return QSqlDatabase::database(name);
    auto address = ServerAddress::parse(qEnvironmentVariable("METODIST_TEST_POSTGRESQL"));
    if (!address)
        throw std::runtime_error("METODIST_TEST_POSTGRESQL: " + address.message().toStdString());
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    db.setHostName(address.value().host);
    if (address.value().port > 0)
        db.setPort(address.value().port);
    db.setDatabaseName(address.value().database);
    db.setUserName(address.value().user);
    if (!db.open())
        throw std::runtime_error("cannot reach the test server: " + db.lastError().text().toStdString());
    return db;
}

} // namespace

bool onServer()
{
    return qEnvironmentVariable("METODIST_TEST_ENGINE") == u"postgresql";
}

QString databaseLocation(const Scratch &scratch, const QString &name)
{
    if (!onServer())
        return scratch.path(name);
    static int counter = 0;
    const QString database = QStringLiteral("metodist_test_%1_%2").arg(QCoreApplication::applicationPid()).arg(++counter);
    QSqlQuery create(maintenance());
    // The name is made here of digits and letters alone.
    if (!create.exec(QStringLiteral("CREATE DATABASE %1").arg(database)))
        throw std::runtime_error("CREATE DATABASE failed: " + create.lastError().text().toStdString());
    serverDatabases() << database;
    ServerAddress address = ServerAddress::parse(qEnvironmentVariable("METODIST_TEST_POSTGRESQL")).value();
    address.database = database;
    return address.toUrl();
}

void dropServerDatabases()
{
    if (serverDatabases().isEmpty())
        return;
    {
        QSqlQuery drop(maintenance());
        for (const QString &database : std::as_const(serverDatabases()))
            drop.exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(database));
    }
    serverDatabases().clear();
    QSqlDatabase::removeDatabase(QStringLiteral("metodist-test-maintenance"));
}

Scratch::Scratch()
{
    if (!m_dir.isValid())
        throw std::runtime_error("cannot create a temporary folder");
}

namespace {

// A private HOME and XDG folders inside the scratch folder, which is also the
// working folder.
void prepare(QProcess &process, const Scratch &scratch)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), scratch.root());
    env.insert(QStringLiteral("XDG_DATA_HOME"), scratch.path(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), scratch.path(QStringLiteral("config")));
    process.setProcessEnvironment(env);
    process.setWorkingDirectory(scratch.root());
}

} // namespace

Run runProgram(const QString &program, const Scratch &scratch, const QStringList &arguments)
{
    QProcess process;
    prepare(process, scratch);
    process.start(program, arguments);
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit)
        throw std::runtime_error("the program did not finish: " + program.toStdString());
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

Run runBounded(const QString &program, const Scratch &scratch, const QStringList &arguments, qint64 dataBytes,
               qint64 *milliseconds, int timeoutMs)
{
    QProcess process;
    prepare(process, scratch);
    process.setChildProcessModifier([dataBytes] {
        const rlimit limit{rlim_t(dataBytes), rlim_t(dataBytes)};
        setrlimit(RLIMIT_DATA, &limit);
    });
    QElapsedTimer timer;
    timer.start();
    process.start(program, arguments);
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        throw std::runtime_error("the program did not finish in time: " + program.toStdString());
    }
    if (milliseconds)
        *milliseconds = timer.elapsed();
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
}

void makeZip(const QString &path, const QList<QPair<QString, QByteArray>> &parts)
{
    zipFile zip = zipOpen64(path.toUtf8().constData(), APPEND_STATUS_CREATE);
    if (!zip)
        throw std::runtime_error("cannot create " + path.toStdString());
    for (const auto &[name, data] : parts) {
        if (zipOpenNewFileInZip64(zip, name.toUtf8().constData(), nullptr, nullptr, 0, nullptr, 0, nullptr,
                                  Z_DEFLATED, Z_DEFAULT_COMPRESSION, 0)
                != ZIP_OK
            || zipWriteInFileInZip(zip, data.constData(), unsigned(data.size())) != ZIP_OK
            || zipCloseFileInZip(zip) != ZIP_OK)
            throw std::runtime_error("cannot write " + path.toStdString());
    }
    if (zipClose(zip, nullptr) != ZIP_OK)
        throw std::runtime_error("cannot close " + path.toStdString());
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw std::runtime_error("cannot read " + path.toStdString());
    return file.readAll();
}

void writeFile(const QString &path, const QByteArray &contents)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(contents) != contents.size())
        throw std::runtime_error("cannot write " + path.toStdString());
}

} // namespace metodist::test
