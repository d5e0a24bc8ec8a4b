#include "prompts.h"

namespace hukou::ui {

Prompts::~Prompts() = default;

} // namespace hukou::ui
