#pragma once

#include "core/auth/roles.h"

#include <QString>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace hukou::ui {

class Page;
struct Session;

// How the main window learns about a page without knowing its class.
struct PageSpec
{
    QString id;                                 // stable key: "users", "audit"; the page's objectName is "page_<id>"
    std::optional<core::Permission> permission; // who may see the page; nullopt: everyone signed in
    std::function<std::unique_ptr<Page>(const Session&)> create;
};

// The pages of the product, in navigation order. Seeing a page is not being allowed to act:
// the core services check every call again.
class PageRegistry final
{
public:
    void add(PageSpec spec);
    [[nodiscard]] const std::vector<PageSpec>& all() const { return m_specs; }
    [[nodiscard]] std::vector<PageSpec> visibleTo(const core::Actor& actor) const;

    // Every page the product has. A new page adds one line here.
    [[nodiscard]] static PageRegistry standard();

private:
    std::vector<PageSpec> m_specs;
};

} // namespace hukou::ui
