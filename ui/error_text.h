#pragma once

#include "core/error.h"

#include <QString>

namespace hukou::ui {

// A core message as a sentence for a window: first letter capitalised ("wrong login or password"
// becomes "Wrong login or password."). Chinese text passes through unchanged.
[[nodiscard]] QString sentence(const QString& message);
[[nodiscard]] QString errorText(const core::Error& error);

} // namespace hukou::ui
