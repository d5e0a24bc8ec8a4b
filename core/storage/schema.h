#pragma once

#include <span>

namespace hukou::core::schema {

// The SQL of each migration, in order: element i upgrades version i to i + 1.
// Never edit a migration that has shipped; add a new one.
[[nodiscard]] std::span<const char* const> migrations();

} // namespace hukou::core::schema
