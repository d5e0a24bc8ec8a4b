#pragma once

#include "prompts.h"

namespace hukou::ui {

// Prompts shown with QMessageBox, QInputDialog and QFileDialog.
class WidgetPrompts final : public Prompts
{
public:
    void information(QWidget* parent, const QString& title, const QString& text) override;
    void error(QWidget* parent, const QString& title, const QString& text) override;
    void about(QWidget* parent, const QString& title, const QString& text) override;
    [[nodiscard]] bool confirm(QWidget* parent, const QString& title, const QString& text,
                               const QString& acceptLabel) override;
    [[nodiscard]] std::optional<int> choose(QWidget* parent, const QString& title, const QString& label,
                                            const QStringList& items, int current) override;
    [[nodiscard]] QString openFile(QWidget* parent, const QString& title, const QString& folder,
                                   const QString& filter) override;
    [[nodiscard]] QString saveFile(QWidget* parent, const QString& title, const QString& suggested,
                                   const QString& filter) override;
    [[nodiscard]] QString chooseFolder(QWidget* parent, const QString& title, const QString& folder) override;
};

} // namespace hukou::ui
