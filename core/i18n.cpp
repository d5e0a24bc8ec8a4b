#include "i18n.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace hukou::core {

QLocale installTranslations(const QLocale& locale)
{
    if (locale.language() != QLocale::Chinese)
        return QLocale(QLocale::English, QLocale::UnitedStates);
    auto* app = QCoreApplication::instance();
    auto* own = new QTranslator(app);
    if (own->load(QStringLiteral(":/i18n/hukou_zh_CN.qm")))
        QCoreApplication::installTranslator(own);
    auto* qt = new QTranslator(app);
    if (qt->load(QStringLiteral("qtbase_zh_CN"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    return QLocale(QLocale::Chinese, QLocale::China);
}

QLocale cliLocale()
{
    return QLocale::system().language() == QLocale::Chinese ? QLocale(QLocale::Chinese, QLocale::China)
                                                             : QLocale(QLocale::English, QLocale::UnitedStates);
}

} // namespace hukou::core
