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

QByteArray readFile(const QString &path);
void writeFile(const QString &path, const QByteArray &contents);

} // namespace metodist::test
