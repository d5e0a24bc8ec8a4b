#include "error.h"

#include <QCoreApplication>

namespace hukou::core {

QString Error::describe() const
{
    if (line > 0 && !field.isEmpty())
        return QCoreApplication::translate("hukou::core::Error", "line %1, field %2: %3").arg(line).arg(field, message);
    if (line > 0)
        return QCoreApplication::translate("hukou::core::Error", "line %1: %2").arg(line).arg(message);
    if (!field.isEmpty())
        return QCoreApplication::translate("hukou::core::Error", "field %1: %2").arg(field, message);
    return message;
}

} // namespace hukou::core
