#include "labels.h"

#include <QDialog>
#include <QLabel>
#include <QLayout>

namespace hukou::ui {

QLabel* headingLabel(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    QFont f = label->font();
    f.setPointSizeF(f.pointSizeF() * 1.35);
    f.setBold(true);
    label->setFont(f);
    label->setWordWrap(true);
    return label;
}

QLabel* noteLabel(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #555555;"));
    return label;
}

QLabel* errorLabel(const QString& objectName, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setStyleSheet(QStringLiteral("color: #b3261e;"));
    label->setVisible(false);
    return label;
}

void setMessage(QLabel* label, const QString& text)
{
    if (!label)
        return;
    const bool wasVisible = !label->isHidden();
    label->setText(text);
    label->setVisible(!text.isEmpty());
    if (!text.isEmpty() || wasVisible)
        fitDialogHeight(label);
}

void setMessage(QLabel* label, const QString& text, Tone tone)
{
    if (!label)
        return;
    label->setStyleSheet(tone == Tone::Failure ? QStringLiteral("color: #b3261e;") : QStringLiteral("color: #1b5e20;"));
    setMessage(label, text);
}

void fitDialogHeight(QWidget* inside)
{
    auto* dialog = qobject_cast<QDialog*>(inside->window());
    if (!dialog || !dialog->layout())
        return;
    QLayout* layout = dialog->layout();
    layout->activate();
    const int needed =
        layout->hasHeightForWidth() ? layout->totalHeightForWidth(dialog->width()) : layout->totalSizeHint().height();
    if (needed > dialog->height())
        dialog->resize(dialog->width(), needed);
}

} // namespace hukou::ui
