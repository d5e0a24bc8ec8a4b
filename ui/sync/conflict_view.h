#pragma once

#include "core/sync/sync_service.h"

#include <QHash>
#include <QStringList>
#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace hukou::ui {

// One sync conflict, the two versions side by side, field by field. Fields that differ come first, marked
// (bold, coloured) and each has a choice of the local or the remote value, so a supervisor can keep
// either version whole or merge field by field; a reason is required. The view only decides: the
// page calls SyncService::resolve with decision() when resolveRequested is emitted.
// Object names: conflictView, conflictTitle, conflictOrigin, conflictFields (columns Field, Local,
// Remote, Keep; the differing rows have a QComboBox "keep_<field>" in the Keep column and
// DifferRole set on their first cell), keepAllLocalButton, keepAllRemoteButton, resolveReasonEdit,
// resolveButton.
class ConflictView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConflictView)
public:
    enum Column { FieldColumn, LocalColumn, RemoteColumn, KeepColumn, ColumnCount };
    enum class Side { Local, Remote };
    static constexpr int KeyRole = Qt::UserRole;        // on the Field cell: the image key
    static constexpr int DifferRole = Qt::UserRole + 1; // on the Field cell: true when the values differ

    // What SyncService::resolve takes: the version kept and the fields set on top from the other one.
    struct Decision
    {
        core::SyncService::Keep keep = core::SyncService::Keep::Local;
        QHash<QString, QString> fields;
    };

    explicit ConflictView(QWidget* parent = nullptr);
    ~ConflictView() override;

    // Shows a conflict (every choice starts on the local value), or nothing. `from` names where the
    // remote version comes from (the peer's name); the device ID when empty.
    void setConflict(const std::optional<core::SyncConflict>& conflict, const QString& from = {});
    [[nodiscard]] const std::optional<core::SyncConflict>& conflict() const { return m_conflict; }
    // Enables or disables deciding (while a sync job runs).
    void setBusy(bool busy);

    // The fields shown (image keys, in display order) and those whose values differ.
    [[nodiscard]] QStringList fields() const { return m_fields; }
    [[nodiscard]] QStringList differingFields() const;
    [[nodiscard]] std::optional<Side> choice(const QString& field) const;
    void choose(const QString& field, Side side);
    void chooseAll(Side side);
    [[nodiscard]] Decision decision() const;
    [[nodiscard]] QString reason() const;
    void clearReason();

signals:
    // Resolve was clicked with a reason; the conflict shown is the one to resolve.
    void resolveRequested();

private:
    void showChoice(int row);
    void updateButtons();
    [[nodiscard]] int rowOf(const QString& field) const;
    [[nodiscard]] QComboBox* comboAt(int row) const;

    std::optional<core::SyncConflict> m_conflict;
    QStringList m_fields;
    bool m_busy = false;
    QLabel* m_title = nullptr;
    QLabel* m_origin = nullptr;
    QTableWidget* m_table = nullptr;
    QPushButton* m_allLocal = nullptr;
    QPushButton* m_allRemote = nullptr;
    QLineEdit* m_reason = nullptr;
    QPushButton* m_resolve = nullptr;
};

} // namespace hukou::ui
