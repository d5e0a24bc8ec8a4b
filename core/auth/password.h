#pragma once

#include "../error.h"

#include <QString>

namespace hukou::core::password {

// Argon2id through libsodium's crypto_pwhash_str (OWASP minimum: 19 MiB, t=2, p=1).
[[nodiscard]] Result<QString> hash(const QString& password);
[[nodiscard]] bool verify(const QString& storedHash, const QString& password);

} // namespace hukou::core::password
