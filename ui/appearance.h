#pragma once

class QApplication;

namespace hukou::ui {

// The application-wide look: a readable font size and Simplified Chinese glyphs for Han text
// (Noto Sans CJK SC, Microsoft YaHei or PingFang SC, whichever the system has) after the
// system's Latin font.
void applyAppearance(QApplication& app);

} // namespace hukou::ui
