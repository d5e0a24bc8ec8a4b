#include "ui/application_controller.h"
#include "ui/settings.h"

#include <QTemporaryDir>
#include <QTest>

using hukou::ui::ApplicationController;
using hukou::ui::Settings;

class TestSettings final : public QObject
{
    Q_OBJECT

private slots:
    void defaults()
    {
        QTemporaryDir dir;
        Settings s(dir.filePath(QStringLiteral("s.ini")));
        QCOMPARE(s.language(), Settings::Language::System);
        QVERIFY(s.lastLogin().isEmpty());
        QVERIFY(s.windowGeometry().isEmpty());
        QVERIFY(s.lastDatabasePath().isEmpty());
    }

    void roundTripThroughTheFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("s.ini"));
        {
            Settings s(path);
            s.setLanguage(Settings::Language::English);
            s.setLastLogin(QStringLiteral("zhangwei"));
            s.setWindowGeometry(QByteArray("\x01\x02\x03", 3));
            s.setLastDatabasePath(QStringLiteral("/data/hukou.db"));
            s.sync();
        }
        Settings again(path);
        QCOMPARE(again.language(), Settings::Language::English);
        QCOMPARE(again.lastLogin(), QStringLiteral("zhangwei"));
        QCOMPARE(again.windowGeometry(), QByteArray("\x01\x02\x03", 3));
        QCOMPARE(again.lastDatabasePath(), QStringLiteral("/data/hukou.db"));
    }

    void languageKeys()
    {
        QVERIFY(Settings::languageFromKey(QStringLiteral("zh_CN")) == Settings::Language::Chinese);
        QVERIFY(Settings::languageFromKey(QStringLiteral("en")) == Settings::Language::English);
        QVERIFY(Settings::languageFromKey(QStringLiteral("system")) == Settings::Language::System);
        QVERIFY(!Settings::languageFromKey(QStringLiteral("fr")));
        QCOMPARE(Settings::languageKey(Settings::Language::Chinese), QStringLiteral("zh_CN"));
    }

    // English only when asked for or when the system speaks English; Simplified Chinese otherwise.
    void chooseLocale()
    {
        const QLocale english(QLocale::English, QLocale::UnitedKingdom);
        const QLocale german(QLocale::German, QLocale::Germany);
        const QLocale chinese(QLocale::Chinese, QLocale::China);
        using L = Settings::Language;
        QCOMPARE(ApplicationController::chooseLocale({}, L::System, english).language(), QLocale::English);
        QCOMPARE(ApplicationController::chooseLocale({}, L::System, german).language(), QLocale::Chinese);
        QCOMPARE(ApplicationController::chooseLocale({}, L::System, chinese).language(), QLocale::Chinese);
        QCOMPARE(ApplicationController::chooseLocale({}, L::English, chinese).language(), QLocale::English);
        QCOMPARE(ApplicationController::chooseLocale({}, L::Chinese, english).language(), QLocale::Chinese);
        QCOMPARE(ApplicationController::chooseLocale(L::English, L::Chinese, chinese).language(), QLocale::English);
        QCOMPARE(ApplicationController::chooseLocale(L::Chinese, L::English, english).country(), QLocale::China);
    }
};

QTEST_MAIN(TestSettings)
#include "test_settings.moc"
