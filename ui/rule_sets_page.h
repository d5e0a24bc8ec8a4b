#pragma once

#include "page.h"
#include "session.h"

#include "core/points/points_service.h"

#include <vector>

class QLabel;
class QPlainTextEdit;
class QTableWidget;

namespace hukou::ui {

// Points rule sets (积分规则) for administrators: every stored version and the built-in ones, the
// selected one's JSON, and the import of a new rule set or version (errors name the JSON path).
// A rule set used for a ranking is frozen: importing it again makes the next version.
// Object names: page_rule_sets, ruleSetsTable, ruleSetJson, importRuleSetButton, ruleSetsMessage.
class RuleSetsPage final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RuleSetsPage)
public:
    explicit RuleSetsPage(const Session& session, QWidget* parent = nullptr);
    ~RuleSetsPage() override;

    [[nodiscard]] QString title() const override;
    [[nodiscard]] QString subtitle() const override;
    void activate() override;

    void refresh();
    // Asks for a file and imports it; true when it was imported.
    bool importRuleSet();

private:
    void showSelected();
    void setStatus(const QString& text, bool error);

    Session m_session;
    core::PointsService m_service;
    std::vector<core::RuleSetInfo> m_ruleSets;
    QTableWidget* m_table = nullptr;
    QPlainTextEdit* m_json = nullptr;
    QLabel* m_message = nullptr;
};

} // namespace hukou::ui
