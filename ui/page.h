#pragma once

#include <QWidget>

namespace hukou::ui {

// One page of the main window (users, audit, and later registry, conversion, ...). A page is a
// self-contained widget with its own models; the frame only shows it. Register new pages in
// PageRegistry::standard() (page_registry.cpp); the MainWindow never needs to change.
class Page : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Page)
public:
    explicit Page(QWidget* parent = nullptr);
    ~Page() override;

    // The navigation entry and the page heading (translated).
    [[nodiscard]] virtual QString title() const = 0;
    // A line under the heading that says what the page is for (translated); may be empty.
    [[nodiscard]] virtual QString subtitle() const;
    // The page became the current one: refresh what others may have changed since.
    virtual void activate();
    // Shows the person with this citizen ID, if this page is one that shows persons (the registry).
    virtual bool showPersonByCitizenId(const QString& citizenId);

signals:
    // Another page wants this person opened (e.g. from the conversion exceptions); the main window
    // passes it to the page that shows persons.
    void openPersonRequested(const QString& citizenId);
};

} // namespace hukou::ui
