#include "page.h"

namespace hukou::ui {

Page::Page(QWidget* parent) : QWidget(parent) {}

Page::~Page() = default;

QString Page::subtitle() const
{
    return {};
}

void Page::activate() {}

bool Page::showPersonByCitizenId(const QString& /*citizenId*/)
{
    return false;
}

} // namespace hukou::ui
