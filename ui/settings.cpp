#include "settings.h"

#include <algorithm>

#include <QSettings>

namespace hukou::ui {

namespace {

const QString kLanguage = QStringLiteral("ui/language");
const QString kLastLogin = QStringLiteral("session/lastLogin");
const QString kWindowGeometry = QStringLiteral("window/geometry");
const QString kLastDatabase = QStringLiteral("database/lastPath");
const QString kSyncReminderDays = QStringLiteral("sync/reminderDays");

} // namespace

Settings::Settings()
    : m_settings(std::make_unique<QSettings>(QSettings::IniFormat, QSettings::UserScope, QStringLiteral("hukou-desk"),
                                             QStringLiteral("hukou-desk")))
{
}

Settings::Settings(const QString& iniPath) : m_settings(std::make_unique<QSettings>(iniPath, QSettings::IniFormat)) {}

Settings::~Settings() = default;

Settings::Language Settings::language() const
{
    return languageFromKey(m_settings->value(kLanguage).toString()).value_or(Language::System);
}

void Settings::setLanguage(Language language)
{
    m_settings->setValue(kLanguage, languageKey(language));
}

QString Settings::languageKey(Language language)
{
    switch (language) {
    case Language::System:
        return QStringLiteral("system");
    case Language::Chinese:
        return QStringLiteral("zh_CN");
    case Language::English:
        return QStringLiteral("en");
    }
    return QStringLiteral("system");
}

std::optional<Settings::Language> Settings::languageFromKey(const QString& key)
{
    for (Language l : {Language::System, Language::Chinese, Language::English})
        if (languageKey(l) == key)
            return l;
    return std::nullopt;
}

QString Settings::lastLogin() const
{
    return m_settings->value(kLastLogin).toString();
}

void Settings::setLastLogin(const QString& login)
{
    m_settings->setValue(kLastLogin, login);
}

QByteArray Settings::windowGeometry() const
{
    return m_settings->value(kWindowGeometry).toByteArray();
}

void Settings::setWindowGeometry(const QByteArray& geometry)
{
    m_settings->setValue(kWindowGeometry, geometry);
}

QString Settings::lastDatabasePath() const
{
    return m_settings->value(kLastDatabase).toString();
}

void Settings::setLastDatabasePath(const QString& path)
{
    m_settings->setValue(kLastDatabase, path);
}

int Settings::syncReminderDays() const
{
    return std::max(1, m_settings->value(kSyncReminderDays, 3).toInt());
}

void Settings::setSyncReminderDays(int days)
{
    m_settings->setValue(kSyncReminderDays, std::max(1, days));
}

void Settings::sync()
{
    m_settings->sync();
}

QString Settings::fileName() const
{
    return m_settings->fileName();
}

} // namespace hukou::ui
