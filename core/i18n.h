#pragma once

#include <QLocale>

namespace hukou::core {

// Installs the application's and Qt's own translations for `locale` into the running
// QCoreApplication (embedded .qm under :/i18n, Qt's from its translations folder).
// English needs nothing: the source strings are English. Returns the language used.
QLocale installTranslations(const QLocale& locale);

// The command line's language: Chinese when the system locale is Chinese, English otherwise.
[[nodiscard]] QLocale cliLocale();

} // namespace hukou::core
