// FastStatement (declared in Database.h): SQLite's own binding through the
// Qt driver's handle for bulk writes and reads, QSqlQuery on other engines.
#include "storage/Database.h"

#include <QRegularExpression>

#include "storage/Dialect.h"

#include <QSqlDriver>
#include <QSqlError>

#include <sqlite3.h>

namespace metodist {

FastStatement::FastStatement(const Database &db, const QString &sql, Rows rows) : m_db(db)
{
    const QSqlDatabase connection = db.connection();
    const QVariant handle = connection.driver() ? connection.driver()->handle() : QVariant();
    if (db.dialect() == Dialect::SQLite && qstrcmp(handle.typeName(), "sqlite3*") == 0) {
        m_handle = *static_cast<sqlite3 *const *>(handle.data());
        // A plain INSERT … RETURNING id: SQLite runs RETURNING through a
        // temporary table on every execution; the row's id is at hand
        // without it (a million-row import spent seconds on it). Not for an
        // insert that may do nothing (ON CONFLICT, OR IGNORE): its id would
        // be an earlier row's.
        static const QRegularExpression returningId(QStringLiteral("\\s+RETURNING\\s+id\\s*$"),
                                                    QRegularExpression::CaseInsensitiveOption);
        static const QRegularExpression mayDoNothing(QStringLiteral("\\bON\\s+CONFLICT\\b|\\bOR\\s+(IGNORE|REPLACE)\\b"),
                                                     QRegularExpression::CaseInsensitiveOption);
        QString statement = sql;
        if (statement.trimmed().startsWith(QLatin1StringView("INSERT"), Qt::CaseInsensitive)
            && statement.contains(returningId) && !statement.contains(mayDoNothing)) {
            statement.remove(returningId);
            m_rowIdInsert = true;
        }
        const QByteArray text = statement.toUtf8();
        if (sqlite3_prepare_v3(m_handle, text.constData(), int(text.size()), SQLITE_PREPARE_PERSISTENT, &m_statement,
                               nullptr)
            != SQLITE_OK)
            m_status = error();
        return;
    }
    m_query = std::make_unique<QSqlQuery>(connection);
    // QPSQL reads a forward-only query's rows one by one (single-row mode).
    m_query->setForwardOnly(rows == Rows::Streamed);
    if (!m_query->prepare(sql))
        m_status = m_db.failureOf(*m_query);
}

FastStatement::~FastStatement()
{
    if (m_statement)
        sqlite3_finalize(m_statement);
}

Status FastStatement::error() const
{
    const QString message = QString::fromUtf8(sqlite3_errmsg(m_handle));
    return Status::failure(Database::tr("The database reported an error: %1.").arg(message),
                           m_db.sqlDialect().classifyCode(sqlite3_extended_errcode(m_handle), message));
}

void FastStatement::bind(int index, qint64 value)
{
    if (m_statement) {
        sqlite3_bind_int64(m_statement, index, value);
        return;
    }
    if (m_values.size() < index)
        m_values.resize(index);
    m_values[index - 1] = value;
}

void FastStatement::bind(int index, QStringView text)
{
    if (m_statement) {
        sqlite3_bind_text16(m_statement, index, text.isNull() ? u"" : text.utf16(), int(text.size() * 2),
                            SQLITE_TRANSIENT);
        return;
    }
    if (m_values.size() < index)
        m_values.resize(index);
    m_values[index - 1] = text.isNull() ? QString(u""_qs) : text.toString();
}

void FastStatement::bindNull(int index)
{
    if (m_statement) {
        sqlite3_bind_null(m_statement, index);
        return;
    }
    if (m_values.size() < index)
        m_values.resize(index);
    m_values[index - 1] = QVariant();
}

void FastStatement::bindValue(int index, const QVariant &value)
{
    // A NULL read from a server is a typed QVariant that isNull(); a null
    // QString is the empty text, as everywhere else in Qt.
    if (m_statement) {
        if (value.isNull()) {
            sqlite3_bind_null(m_statement, index);
            return;
        }
        switch (value.typeId()) {
        case QMetaType::Bool:
        case QMetaType::Int:
        case QMetaType::UInt:
        case QMetaType::LongLong:
            sqlite3_bind_int64(m_statement, index, value.toLongLong());
            return;
        case QMetaType::Double:
            sqlite3_bind_double(m_statement, index, value.toDouble());
            return;
        case QMetaType::QByteArray: {
            const QByteArray bytes = value.toByteArray();
            sqlite3_bind_blob64(m_statement, index, bytes.constData(), sqlite3_uint64(bytes.size()), SQLITE_TRANSIENT);
            return;
        }
        default:
            bind(index, value.toString());
            return;
        }
    }
    if (m_values.size() < index)
        m_values.resize(index);
    if (value.isNull())
        m_values[index - 1] = QVariant();
    else if (value.typeId() == QMetaType::Bool) // flags are 0 and 1 in every engine
        m_values[index - 1] = value.toBool() ? 1 : 0;
    else if (value.typeId() == QMetaType::QString && value.toString().isNull())
        m_values[index - 1] = QString(u""_qs);
    else
        m_values[index - 1] = value;
}

Status FastStatement::execute()
{
    if (!m_status)
        return m_status;
    if (m_statement) {
        const int step = sqlite3_step(m_statement);
        const Status status = step == SQLITE_DONE || step == SQLITE_ROW ? Status::success() : error();
        sqlite3_reset(m_statement);
        return status;
    }
    for (int i = 0; i < m_values.size(); ++i)
        m_query->bindValue(i, m_values[i]);
    if (!m_query->exec())
        return m_db.failureOf(*m_query);
    return Status::success();
}

bool FastStatement::next()
{
    if (!m_status)
        return false;
    if (m_statement) {
        const int step = sqlite3_step(m_statement);
        if (step == SQLITE_ROW)
            return true;
        if (step != SQLITE_DONE)
            m_status = error();
        sqlite3_reset(m_statement);
        return false;
    }
    if (!m_stepping) {
        for (int i = 0; i < m_values.size(); ++i)
            m_query->bindValue(i, m_values[i]);
        if (!m_query->exec()) {
            m_status = m_db.failureOf(*m_query);
            return false;
        }
        m_stepping = true;
    }
    if (m_query->next())
        return true;
    m_stepping = false;
    return false;
}

void FastStatement::reset()
{
    if (m_statement) {
        sqlite3_reset(m_statement);
    } else if (m_query) {
        m_query->finish();
        m_stepping = false;
    }
}

qint64 FastStatement::integer(int column) const
{
    return m_statement ? sqlite3_column_int64(m_statement, column) : m_query->value(column).toLongLong();
}

QString FastStatement::text(int column) const
{
    if (m_statement) {
        const auto *text = static_cast<const char16_t *>(sqlite3_column_text16(m_statement, column));
        return text ? QString::fromUtf16(text, sqlite3_column_bytes16(m_statement, column) / 2) : QString();
    }
    return m_query->value(column).toString();
}

bool FastStatement::isNull(int column) const
{
    return m_statement ? sqlite3_column_type(m_statement, column) == SQLITE_NULL : m_query->value(column).isNull();
}

QVariant FastStatement::value(int column) const
{
    if (!m_statement)
        return m_query->value(column);
    switch (sqlite3_column_type(m_statement, column)) {
    case SQLITE_INTEGER:
        return QVariant(qint64(sqlite3_column_int64(m_statement, column)));
    case SQLITE_FLOAT:
        return QVariant(sqlite3_column_double(m_statement, column));
    case SQLITE_BLOB: {
        const auto *bytes = static_cast<const char *>(sqlite3_column_blob(m_statement, column));
        return QVariant(QByteArray(bytes, sqlite3_column_bytes(m_statement, column)));
    }
    case SQLITE_NULL:
        return QVariant();
    default:
        return QVariant(text(column));
    }
}

Result<qint64> FastStatement::insertReturningId()
{
    if (!m_status)
        return m_status;
    qint64 id = 0;
    if (m_statement) {
        const int step = sqlite3_step(m_statement);
        if (step != SQLITE_ROW && step != SQLITE_DONE) {
            const Status status = error();
            sqlite3_reset(m_statement);
            return status;
        }
        if (m_rowIdInsert)
            id = sqlite3_changes(m_handle) == 1 ? sqlite3_last_insert_rowid(m_handle) : 0;
        else if (step == SQLITE_ROW)
            id = sqlite3_column_int64(m_statement, 0);
        sqlite3_reset(m_statement);
    } else {
        for (int i = 0; i < m_values.size(); ++i)
            m_query->bindValue(i, m_values[i]);
        if (!m_query->exec())
            return m_db.failureOf(*m_query);
        if (m_query->next())
            id = m_query->value(0).toLongLong();
        m_query->finish();
    }
    if (id <= 0)
        return Status::failure(Database::tr("The database gave no id for the new record."));
    return id;
}

} // namespace metodist
