#include "TestSupport.h"

#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <stdexcept>

namespace metodist::test {

Scratch::Scratch()
{
    if (!m_dir.isValid())
        throw std::runtime_error("cannot create a temporary folder");
}

Run runProgram(const QString &program, const Scratch &scratch, const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), scratch.root());
    env.insert(QStringLiteral("XDG_DATA_HOME"), scratch.path(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), scratch.path(QStringLiteral("config")));
    process.setProcessEnvironment(env);
    process.setWorkingDirectory(scratch.root());
    process.start(program, arguments);
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit)
        throw std::runtime_error("the program did not finish: " + program.toStdString());
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
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
