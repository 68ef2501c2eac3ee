#include "documents/CsvWriter.h"

#include "documents/CellSafety.h"

#include <QSaveFile>

namespace metodist {

namespace {

QString field(const QString &text)
{
    const QString safe = CellSafety::neutralised(text);
    const bool quote = safe.contains(u';') || safe.contains(u'"') || safe.contains(u'\n') || safe.contains(u'\r');
    if (!quote)
        return safe;
    QString escaped = safe;
    escaped.replace(u'"', QStringLiteral("\"\""));
    return u'"' + escaped + u'"';
}

} // namespace

QString CsvWriter::line(const QStringList &row)
{
    QStringList fields;
    fields.reserve(row.size());
    for (const QString &cell : row)
        fields << field(cell);
    return fields.join(u';');
}

QByteArray CsvWriter::encode(const QList<QStringList> &rows)
{
    QString text;
    for (const QStringList &row : rows)
        text += line(row) + QStringLiteral("\r\n");
    return QByteArray("\xEF\xBB\xBF") + text.toUtf8();
}

Status CsvWriter::write(const QString &path, const QList<QStringList> &rows)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Status::failure(tr("Cannot write the file «%1»: %2.").arg(path, file.errorString()));
    file.write(encode(rows));
    if (!file.commit())
        return Status::failure(tr("Cannot write the file «%1»: %2.").arg(path, file.errorString()));
    return Status::success();
}

} // namespace metodist
