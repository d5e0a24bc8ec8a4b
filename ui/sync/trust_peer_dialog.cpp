#include "trust_peer_dialog.h"

#include "ui/error_text.h"
#include "ui/labels.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace hukou::ui {

TrustPeerDialog::TrustPeerDialog(const Session& session, QWidget* parent)
    : QDialog(parent), m_sync(session.workspace), m_actor(session.actor)
{
    setObjectName(QStringLiteral("trustPeerDialog"));
    setWindowTitle(tr("Trust a peer"));
    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(10);
    layout->addWidget(headingLabel(tr("Trust a peer"), this));
    layout->addWidget(noteLabel(tr("Enter the device ID and key the other installation shows on its Sync page "
                                   "(or hukouctl sync identity). Before you trust it, read the fingerprint below "
                                   "to the person at the other installation: it must be the same as theirs."),
                                this));

    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("peerNameEdit"));
    m_name->setMaxLength(60);
    m_name->setPlaceholderText(tr("e.g. Tianhe office, field laptop 3"));
    m_device = new QLineEdit(this);
    m_device->setObjectName(QStringLiteral("peerDeviceEdit"));
    m_device->setFont(mono);
    m_key = new QLineEdit(this);
    m_key->setObjectName(QStringLiteral("peerKeyEdit"));
    m_key->setFont(mono);
    m_key->setPlaceholderText(tr("44 characters, ending in ="));
    m_fingerprint = new QLabel(this);
    m_fingerprint->setObjectName(QStringLiteral("peerFingerprint"));
    m_fingerprint->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont big = mono;
    big.setPointSizeF(mono.pointSizeF() * 1.6);
    big.setBold(true);
    m_fingerprint->setFont(big);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Device ID:"), m_device);
    form->addRow(tr("&Key:"), m_key);
    form->addRow(tr("Fingerprint:"), m_fingerprint);
    layout->addLayout(form);

    m_error = errorLabel(QStringLiteral("trustError"), this);
    layout->addWidget(m_error);
    layout->addStretch();

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setObjectName(QStringLiteral("okButton"));
    m_ok->setText(tr("Trust"));
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    layout->addWidget(buttons);

    connect(m_name, &QLineEdit::textChanged, this, &TrustPeerDialog::update);
    connect(m_device, &QLineEdit::textChanged, this, &TrustPeerDialog::update);
    connect(m_key, &QLineEdit::textChanged, this, &TrustPeerDialog::update);
    connect(buttons, &QDialogButtonBox::accepted, this, &TrustPeerDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &TrustPeerDialog::reject);
    setMinimumWidth(560);
    update();
}

TrustPeerDialog::~TrustPeerDialog() = default;

QString TrustPeerDialog::fingerprintOf(const QString& keyBase64)
{
    const auto decoded =
        QByteArray::fromBase64Encoding(keyBase64.trimmed().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.size() != 32)
        return {};
    return core::SyncService::fingerprint(decoded.decoded);
}

void TrustPeerDialog::update()
{
    const QString key = m_key->text().trimmed();
    const QString fp = fingerprintOf(key);
    if (!fp.isEmpty()) {
        m_fingerprint->setStyleSheet({});
        m_fingerprint->setText(fp);
    } else {
        m_fingerprint->setStyleSheet(QStringLiteral("color: #555555;"));
        m_fingerprint->setText(key.isEmpty() ? QStringLiteral("—") : tr("not a whole key yet"));
    }
    m_ok->setEnabled(!m_name->text().trimmed().isEmpty() && !m_device->text().trimmed().isEmpty() && !fp.isEmpty());
}

void TrustPeerDialog::accept()
{
    if (!m_ok->isEnabled())
        return;
    auto trusted = m_sync.trust(m_actor, m_name->text(), m_device->text(), m_key->text());
    if (!trusted) {
        setMessage(m_error, errorText(trusted.error()));
        const QString field = trusted.error().field;
        if (field == QLatin1String("name"))
            m_name->setFocus();
        else if (field == QLatin1String("device"))
            m_device->setFocus();
        else if (field == QLatin1String("key"))
            m_key->setFocus();
        return;
    }
    m_peer = *trusted;
    QDialog::accept();
}

} // namespace hukou::ui
