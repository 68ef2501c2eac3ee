#pragma once

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

QByteArray readFile(const QString &path);
void writeFile(const QString &path, const QByteArray &contents);

} // namespace metodist::test
