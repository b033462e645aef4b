#pragma once
// Errors a user can cause (a malformed file, a bad flag) are values, not exceptions.

#include <optional>
#include <string>
#include <utility>

namespace dmarcplan {

// What was wrong with user input, and where. line/column are 1-based; 0 = unknown.
struct InputError {
    std::string source; // file name, "--record", "plan.dkim[0]", ...
    int line = 0;
    int column = 0;
    std::string message;

    // "zone.db:12:5: message" (the form compilers use, so editors can jump to it)
    std::string describe() const;
};

template <typename T> class Result {
public:
    Result(T value) : m_value(std::move(value)) {}
    Result(InputError error) : m_error(std::move(error)) {}

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    T& value() { return *m_value; }
    const T& value() const { return *m_value; }
    T& operator*() { return *m_value; }
    const T& operator*() const { return *m_value; }
    T* operator->() { return &*m_value; }
    const T* operator->() const { return &*m_value; }
    const InputError& error() const { return m_error; }

private:
    std::optional<T> m_value;
    InputError m_error;
};

} // namespace dmarcplan
