#include "TestSupport.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <minizip/zip.h>
#include <stdexcept>

#include <sys/resource.h>

namespace metodist::test {

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
