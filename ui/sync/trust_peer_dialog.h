#pragma once

#include "core/sync/sync_service.h"
#include "ui/session.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace hukou::ui {

// Registers a peer (a field laptop at the office, the office on a laptop) through
// SyncService::trust. While the key is typed or pasted, its fingerprint is shown large, so the two
// people can read it to each other over the phone before trusting. Errors stay inside the dialog.
// Object names: trustPeerDialog, peerNameEdit, peerDeviceEdit, peerKeyEdit, peerFingerprint,
// trustError, okButton, cancelButton.
class TrustPeerDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrustPeerDialog)
public:
    explicit TrustPeerDialog(const Session& session, QWidget* parent = nullptr);
    ~TrustPeerDialog() override;

    // The peer trusted, once the dialog was accepted.
    [[nodiscard]] const core::SyncPeer& peer() const { return m_peer; }
    // The fingerprint of a base64 key as typed, or empty when it is not a whole device key.
    [[nodiscard]] static QString fingerprintOf(const QString& keyBase64);

    void accept() override;

private:
    void update();

    core::SyncService m_sync;
    core::Actor m_actor;
    core::SyncPeer m_peer;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_device = nullptr;
    QLineEdit* m_key = nullptr;
    QLabel* m_fingerprint = nullptr;
    QLabel* m_error = nullptr;
    QPushButton* m_ok = nullptr;
};

} // namespace hukou::ui
