#pragma once

#include <QApplication>
#include <QDir>
#include <QInputMethodEvent>
#include <QPixmap>
#include <QWidget>

namespace hukou::test {

// The child of `parent` called `name`; fails the whole test run when it is missing, so a renamed
// object shows up at once.
template <typename T> T* child(const QObject& parent, const char* name)
{
    auto* w = parent.findChild<T*>(QString::fromLatin1(name));
    if (!w)
        qFatal("no child %s of type %s", name, T::staticMetaObject.className());
    return w;
}

// Types text the way an input method commits it: QTest::keyClicks only handles Latin-1, and
// Chinese is entered through an IME anyway.
inline void commitText(QWidget* w, const QString& text)
{
    QInputMethodEvent e;
    e.setCommitString(text);
    QApplication::sendEvent(w, &e);
}

// With HUKOU_SHOTS=/some/folder set, saves what `w` shows as /some/folder/<name>.png, so a person
// can look at the windows the tests drive. Does nothing otherwise.
inline void screenshot(QWidget* w, const QString& name)
{
    const QString folder = qEnvironmentVariable("HUKOU_SHOTS");
    if (folder.isEmpty() || !w)
        return;
    QDir().mkpath(folder);
    w->grab().save(QDir(folder).filePath(name + QStringLiteral(".png")));
}

} // namespace hukou::test
