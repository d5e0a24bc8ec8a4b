#pragma once

#include "ui/prompts.h"

#include <QString>

#include <optional>
#include <vector>

namespace hukou::test {

// Prompts with preset answers that records what the GUI showed, for tests.
class FakePrompts final : public ui::Prompts
{
public:
    struct Shown
    {
        QString kind; // "information", "error", "about", "confirm", "choose", "openFile", "saveFile", "chooseFolder"
        QString title;
        QString text;
    };

    std::vector<Shown> shown;
    bool confirmAnswer = true;
    std::optional<int> chooseAnswer;
    QString fileAnswer;
    QString folderAnswer;

    void information(QWidget*, const QString& title, const QString& text) override
    {
        shown.push_back({QStringLiteral("information"), title, text});
    }
    void error(QWidget*, const QString& title, const QString& text) override
    {
        shown.push_back({QStringLiteral("error"), title, text});
    }
    void about(QWidget*, const QString& title, const QString& text) override
    {
        shown.push_back({QStringLiteral("about"), title, text});
    }
    bool confirm(QWidget*, const QString& title, const QString& text, const QString&) override
    {
        shown.push_back({QStringLiteral("confirm"), title, text});
        return confirmAnswer;
    }
    std::optional<int> choose(QWidget*, const QString& title, const QString& label, const QStringList&, int) override
    {
        shown.push_back({QStringLiteral("choose"), title, label});
        return chooseAnswer;
    }
    QString openFile(QWidget*, const QString& title, const QString&, const QString&) override
    {
        shown.push_back({QStringLiteral("openFile"), title, {}});
        return fileAnswer;
    }
    QString saveFile(QWidget*, const QString& title, const QString&, const QString&) override
    {
        shown.push_back({QStringLiteral("saveFile"), title, {}});
        return fileAnswer;
    }
    QString chooseFolder(QWidget*, const QString& title, const QString&) override
    {
        shown.push_back({QStringLiteral("chooseFolder"), title, {}});
        return folderAnswer;
    }

    [[nodiscard]] int count(const QString& kind) const
    {
        int n = 0;
        for (const Shown& s : shown)
            n += s.kind == kind ? 1 : 0;
        return n;
    }
    [[nodiscard]] const Shown* last(const QString& kind) const
    {
        for (auto it = shown.rbegin(); it != shown.rend(); ++it)
            if (it->kind == kind)
                return &*it;
        return nullptr;
    }
};

} // namespace hukou::test
