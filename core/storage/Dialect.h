#pragma once

#include "Status.h"

#include <QString>
#include <QStringList>

#include <memory>

class QSqlDatabase;
class QSqlError;

namespace metodist {

// The one place that knows the database engine: how its errors are told
// apart, how a connection is set up, which statements differ. Database owns
// one; nothing outside the implementations names an engine's error codes or
// matches its message text. SQLite is implemented now; PostgreSQL is added
// as a second implementation.
class SqlDialect
{
public:
    virtual ~SqlDialect() = default;

    // The kind of a driver error, from its native code.
    virtual DbError classify(const QSqlError &error) const = 0;
    // The same from the engine's own result code and message (for
    // statements run straight through the engine's library, not QSqlQuery).
    virtual DbError classifyCode(int nativeCode, const QString &engineMessage = {}) const = 0;

    // Called once a connection is open, before any statement: whatever the
    // driver must be told so that classify() sees precise codes.
    virtual void configure(const QSqlDatabase &connection) const = 0;
    // The statements that set up every new connection, in order.
    virtual QStringList sessionSetup(bool readOnly) const = 0;
    // Around one big writing transaction (an import of a million rows).
    virtual QStringList bulkWriteBegin() const = 0;
    virtual QStringList bulkWriteEnd() const = 0;
    // Opens a writing transaction that waits for other writers.
    virtual QString beginTransaction() const = 0;
};

// The SQLite implementation (SqliteDialect.cpp).
std::unique_ptr<SqlDialect> makeSqliteDialect();

// How long a connection waits for another writer before reporting Busy.
constexpr int busyTimeoutMs = 15000;

} // namespace metodist
