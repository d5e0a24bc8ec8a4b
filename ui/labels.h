#pragma once

#include <QLabel>
#include <QString>

namespace hukou::ui {

// The few kinds of label every window uses, so they look the same everywhere.
// A page or dialog heading: larger, bold.
[[nodiscard]] QLabel* headingLabel(const QString& text, QWidget* parent);
// An explanatory line in a muted colour, word-wrapped.
[[nodiscard]] QLabel* noteLabel(const QString& text, QWidget* parent);
// A red, word-wrapped message that hides itself while empty (see setMessage).
[[nodiscard]] QLabel* errorLabel(const QString& objectName, QWidget* parent);
// Sets the text of an error or status label and shows it only when there is text; a dialog
// grows to keep a new message in view.
void setMessage(QLabel* label, const QString& text);
// The same in the colour of what it reports: a failure in red, a success in green.
enum class Tone { Failure, Success };
void setMessage(QLabel* label, const QString& text, Tone tone);
// Makes the dialog around `inside` (if any) tall enough for its content at its current width.
void fitDialogHeight(QWidget* inside);

} // namespace hukou::ui
