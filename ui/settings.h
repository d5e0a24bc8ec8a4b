#pragma once

#include <QByteArray>
#include <QString>

#include <memory>
#include <optional>

class QSettings;

namespace hukou::ui {

// The user's preferences on this computer, typed and with defaults. The only class that
// touches QSettings: everything else asks it.
class Settings final
{
public:
    enum class Language { System, Chinese, English };

    // The user's settings file (hukou-desk/hukou-desk.ini in the user's configuration folder).
    Settings();
    // A given ini file: tests use a temporary one.
    explicit Settings(const QString& iniPath);
    ~Settings();
    Settings(const Settings&) = delete;
    Settings& operator=(const Settings&) = delete;

    // "system" (default), "zh_CN" or "en".
    [[nodiscard]] Language language() const;
    void setLanguage(Language language);
    [[nodiscard]] static QString languageKey(Language language);
    [[nodiscard]] static std::optional<Language> languageFromKey(const QString& key);

    // The login last signed in with, to prefill the login dialog (empty by default).
    [[nodiscard]] QString lastLogin() const;
    void setLastLogin(const QString& login);

    // The main window's saved geometry (QWidget::saveGeometry), empty by default.
    [[nodiscard]] QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray& geometry);

    // The database opened last (empty by default).
    [[nodiscard]] QString lastDatabasePath() const;
    void setLastDatabasePath(const QString& path);

    // After how many days unexported work on this computer is pointed out (3 by default, at least 1).
    [[nodiscard]] int syncReminderDays() const;
    void setSyncReminderDays(int days);

    // Writes pending changes to disk.
    void sync();
    [[nodiscard]] QString fileName() const;

private:
    std::unique_ptr<QSettings> m_settings;
};

} // namespace hukou::ui
