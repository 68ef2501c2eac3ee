#pragma once

#include <QString>

#include <optional>
#include <utility>

namespace metodist {

// What a failed database statement ran into, classified by the storage
// dialect from the driver's error code (never from the message text), so
// that callers can turn it into their own sentence. Other is every failure
// that is not a database error, or one no caller tells apart.
// Denied: the connected role may not do it (a server's grants and row
// policies).
enum class DbError { None, UniqueViolation, ForeignKeyViolation, Busy, ReadOnly, Denied, Corrupt, Other };

// An error is a value the user can read: a complete sentence in the UI
// language, never a crash and never a silent skip.
class Status
{
public:
    static Status success() { return Status(); }
    static Status failure(QString message, DbError kind = DbError::Other)
    {
        return Status(std::move(message), kind);
    }

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    QString message() const { return m_error.value_or(QString()); }
    // DbError::None on success.
    DbError dbError() const { return ok() ? DbError::None : m_kind; }

private:
    Status() = default;
    Status(QString message, DbError kind) : m_error(std::move(message)), m_kind(kind) {}
    std::optional<QString> m_error;
    DbError m_kind = DbError::None;
};

template<typename T>
class Result
{
public:
    Result(T value) : m_value(std::move(value)) {}
    Result(Status failure) : m_error(failure.message()), m_kind(failure.dbError()) {}

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T &value() const & { return *m_value; }
    T &value() & { return *m_value; }
    // From a temporary, the value itself: `for (x : f().value())` would
    // otherwise iterate a destroyed object.
    T value() && { return std::move(*m_value); }
    const T *operator->() const { return &*m_value; }
    QString message() const { return m_error; }
    DbError dbError() const { return ok() ? DbError::None : m_kind; }
    Status status() const { return ok() ? Status::success() : Status::failure(m_error, m_kind); }

private:
    std::optional<T> m_value;
    QString m_error;
    DbError m_kind = DbError::None;
};

} // namespace metodist
