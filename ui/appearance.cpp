#include "appearance.h"

#include <QApplication>
#include <QFont>
#include <QStringList>

namespace hukou::ui {

void applyAppearance(QApplication& app)
{
    Q_UNUSED(app);
    QFont font = QApplication::font();
    QStringList families{font.family()};
    families << QStringLiteral("Noto Sans CJK SC") << QStringLiteral("Microsoft YaHei") << QStringLiteral("PingFang SC")
             << QStringLiteral("Source Han Sans SC") << QStringLiteral("WenQuanYi Micro Hei");
    font.setFamilies(families);
    if (font.pointSizeF() > 0 && font.pointSizeF() < 10)
        font.setPointSizeF(10);
    QApplication::setFont(font);
}

} // namespace hukou::ui
