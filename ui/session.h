#pragma once

#include "core/auth/roles.h"

namespace hukou::core {
class Workspace;
}

namespace hukou::ui {

class Prompts;

// Who is signed in, on which database, and how to ask the user things: what every page is built with.
struct Session
{
    const core::Workspace& workspace;
    core::Actor actor;
    Prompts& prompts;
};

} // namespace hukou::ui
