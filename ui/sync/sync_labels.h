#pragma once

#include <QCoreApplication>
#include <QJsonValue>
#include <QMap>
#include <QString>

namespace hukou::ui {

// Words for what sync reports in codes: record kinds ("person"), image fields ("citizen_id"),
// their values ("moved_out", "440106") and the per-kind and per-district counts of a bundle.
class SyncLabels final
{
    Q_DECLARE_TR_FUNCTIONS(hukou::ui::SyncLabels)
public:
    // "Person", "Household", ... (the kind names of bundles and conflicts; unknown kinds pass through).
    [[nodiscard]] static QString kind(const QString& kind);
    // "3 persons", "1 household".
    [[nodiscard]] static QString kindCount(const QString& kind, qint64 n);
    // "10 persons, 2 households" in the order records are applied; `none` when empty.
    [[nodiscard]] static QString kindCounts(const QMap<QString, qint64>& byKind, const QString& none = {});
    // "天河区 12, 越秀区 3"; `none` when empty.
    [[nodiscard]] static QString districtCounts(const QMap<QString, qint64>& byDistrict, const QString& none = {});

    // The readable name of a field of a record image: the register's own term for person fields
    // (公民身份号码, 姓名 ...), a translated one for the others; the key itself when unknown.
    [[nodiscard]] static QString field(const QString& key);
    // Fields that say which version a record is, not what it says (uuid, version, updated_at ...):
    // not compared, not chosen.
    [[nodiscard]] static bool isBookkeeping(const QString& key);
    // A field's value as text for a person to read (status and kind keys in words, district codes
    // with their names, true/false as yes/no).
    [[nodiscard]] static QString value(const QString& key, const QJsonValue& value);
    // The value as the service takes it back (resolve's `fields`): the raw text.
    [[nodiscard]] static QString rawValue(const QJsonValue& value);
};

} // namespace hukou::ui
