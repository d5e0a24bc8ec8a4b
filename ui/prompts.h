#pragma once

#include <QString>
#include <QStringList>

#include <optional>

class QWidget;

namespace hukou::ui {

// Every message box, question and file dialog the GUI shows goes through this seam, so tests can
// preset the answers (see tests/ui/fake_prompts.h). WidgetPrompts is the real implementation.
class Prompts
{
public:
    Prompts() = default;
    virtual ~Prompts();
    Prompts(const Prompts&) = delete;
    Prompts& operator=(const Prompts&) = delete;

    virtual void information(QWidget* parent, const QString& title, const QString& text) = 0;
    virtual void error(QWidget* parent, const QString& title, const QString& text) = 0;
    virtual void about(QWidget* parent, const QString& title, const QString& text) = 0;
    // A yes/no question; `acceptLabel` names the action ("Deactivate"). True when accepted.
    [[nodiscard]] virtual bool confirm(QWidget* parent, const QString& title, const QString& text,
                                       const QString& acceptLabel) = 0;
    // One item out of `items`, starting at `current`; nullopt when cancelled.
    [[nodiscard]] virtual std::optional<int> choose(QWidget* parent, const QString& title, const QString& label,
                                                    const QStringList& items, int current) = 0;
    // A file to read or write; empty when cancelled. `filter` as in QFileDialog ("CSV (*.csv)").
    [[nodiscard]] virtual QString openFile(QWidget* parent, const QString& title, const QString& folder,
                                           const QString& filter) = 0;
    [[nodiscard]] virtual QString saveFile(QWidget* parent, const QString& title, const QString& suggested,
                                           const QString& filter) = 0;
    // An existing folder, starting at `folder`; empty when cancelled.
    [[nodiscard]] virtual QString chooseFolder(QWidget* parent, const QString& title, const QString& folder) = 0;
};

} // namespace hukou::ui
