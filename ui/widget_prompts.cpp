#include "widget_prompts.h"

#include <QFileDialog>
#include <QInputDialog>
#include <QMessageBox>
#include <QPushButton>

namespace hukou::ui {

void WidgetPrompts::information(QWidget* parent, const QString& title, const QString& text)
{
    QMessageBox::information(parent, title, text);
}

void WidgetPrompts::error(QWidget* parent, const QString& title, const QString& text)
{
    QMessageBox::critical(parent, title, text);
}

void WidgetPrompts::about(QWidget* parent, const QString& title, const QString& text)
{
    QMessageBox::about(parent, title, text);
}

bool WidgetPrompts::confirm(QWidget* parent, const QString& title, const QString& text, const QString& acceptLabel)
{
    QMessageBox box(QMessageBox::Question, title, text, QMessageBox::Cancel, parent);
    QPushButton* yes = box.addButton(acceptLabel, QMessageBox::AcceptRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == yes;
}

std::optional<int> WidgetPrompts::choose(QWidget* parent, const QString& title, const QString& label,
                                         const QStringList& items, int current)
{
    bool ok = false;
    const QString picked = QInputDialog::getItem(parent, title, label, items, current, false, &ok);
    if (!ok)
        return std::nullopt;
    const auto index = items.indexOf(picked);
    return index < 0 ? std::nullopt : std::optional<int>(static_cast<int>(index));
}

QString WidgetPrompts::openFile(QWidget* parent, const QString& title, const QString& folder, const QString& filter)
{
    return QFileDialog::getOpenFileName(parent, title, folder, filter);
}

QString WidgetPrompts::saveFile(QWidget* parent, const QString& title, const QString& suggested, const QString& filter)
{
    return QFileDialog::getSaveFileName(parent, title, suggested, filter);
}

QString WidgetPrompts::chooseFolder(QWidget* parent, const QString& title, const QString& folder)
{
    return QFileDialog::getExistingDirectory(parent, title, folder);
}

} // namespace hukou::ui
