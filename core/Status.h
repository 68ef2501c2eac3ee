#pragma once

#include <QString>

#include <optional>
#include <utility>

namespace metodist {

// An error is a value the user can read: a complete sentence in the UI
// language, never a crash and never a silent skip.
class Status
{
public:
    static Status success() { return Status(); }
    static Status failure(QString message) { return Status(std::move(message)); }

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    QString message() const { return m_error.value_or(QString()); }

private:
    Status() = default;
    explicit Status(QString message) : m_error(std::move(message)) {}
    std::optional<QString> m_error;
};

template<typename T>
class Result
{
public:
    Result(T value) : m_value(std::move(value)) {}
    Result(Status failure) : m_error(failure.message()) {}

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T &value() const & { return *m_value; }
    T &value() & { return *m_value; }
    // From a temporary, the value itself: `for (x : f().value())` would
    // otherwise iterate a destroyed object.
    T value() && { return std::move(*m_value); }
    const T *operator->() const { return &*m_value; }
    QString message() const { return m_error; }
    Status status() const { return ok() ? Status::success() : Status::failure(m_error); }

private:
    std::optional<T> m_value;
    QString m_error;
};

} // namespace metodist
