#pragma once

#include <QString>
#include <optional>
#include <utility>

namespace sb {

// The outcome of a synchronous store call: a value or a message a person can read.
template <typename T>
class Result {
public:
    static Result ok(T value) { Result r; r.m_value = std::move(value); return r; }
    static Result fail(QString message) { Result r; r.m_error = std::move(message); return r; }

    bool isOk() const { return m_value.has_value(); }
    explicit operator bool() const { return isOk(); }
    const T &value() const { return *m_value; }
    T &value() { return *m_value; }
    T take() { return std::move(*m_value); }
    const QString &error() const { return m_error; }

private:
    std::optional<T> m_value;
    QString m_error;
};

// A Result without a value.
class Status {
public:
    static Status ok() { return Status(); }
    static Status fail(QString message) { Status s; s.m_failed = true; s.m_error = std::move(message); return s; }
    template <typename T>
    static Status from(const Result<T> &r) { return r.isOk() ? ok() : fail(r.error()); }

    bool isOk() const { return !m_failed; }
    explicit operator bool() const { return isOk(); }
    const QString &error() const { return m_error; }

private:
    bool m_failed = false;
    QString m_error;
};

} // namespace sb
