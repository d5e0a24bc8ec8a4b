#pragma once

#include <QString>

#include <expected>

namespace hukou::core {

// What went wrong, in terms a caller can act on. The CLI maps these to its exit codes.
enum class ErrorCode {
    Failed,           // the operation failed; nothing changed
    Usage,            // the request itself is malformed
    Invalid,          // input failed validation (field/line say where)
    NotFound,         // the record asked for does not exist
    Conflict,         // a version clash or duplicate key
    AuthFailed,       // wrong login or password, or account locked
    PermissionDenied, // the acting user's role does not allow this
    Integrity,        // the database or journal is damaged
    Cancelled,        // the user cancelled; nothing changed
};

// An error is a value: a code, a translated message, and where it applies.
struct Error
{
    ErrorCode code = ErrorCode::Failed;
    QString message; // already translated for the user
    QString field;   // the field or column concerned, if any
    qint64 line = 0; // the input line concerned, if any (1-based)

    // "line 12, field name: message" (translated), for logs and the CLI.
    [[nodiscard]] QString describe() const;
};

template <typename T>
using Result = std::expected<T, Error>;

using Status = std::expected<void, Error>;

inline std::unexpected<Error> fail(ErrorCode code, QString message, QString field = {}, qint64 line = 0)
{
    return std::unexpected(Error{code, std::move(message), std::move(field), line});
}

} // namespace hukou::core
