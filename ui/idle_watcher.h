#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <chrono>

namespace hukou::ui {

// Emits idle() once no keyboard, mouse, wheel or touch input reached the application for
// timeout(). Watches through an application-wide event filter; the timer is re-armed lazily, so
// input costs only a clock reading.
class IdleWatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IdleWatcher)
public:
    explicit IdleWatcher(QObject* parent = nullptr);
    ~IdleWatcher() override;

    // Zero or less switches the watcher off.
    void setTimeout(std::chrono::milliseconds timeout);
    [[nodiscard]] std::chrono::milliseconds timeout() const { return m_timeout; }

    // Starts counting from now (again).
    void start();
    void stop();
    [[nodiscard]] bool isRunning() const { return m_running; }

signals:
    void idle();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void check();

    QTimer m_timer;
    QElapsedTimer m_sinceInput;
    std::chrono::milliseconds m_timeout{0};
    bool m_running = false;
};

} // namespace hukou::ui
