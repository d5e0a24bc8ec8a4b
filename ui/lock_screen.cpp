#include "lock_screen.h"

#include "error_text.h"
#include "labels.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace hukou::ui {

LockScreen::LockScreen(const core::Workspace& workspace, const core::Actor& actor, QWidget* parent)
    : QWidget(parent), m_users(workspace), m_actor(actor)
{
    setObjectName(QStringLiteral("lockScreen"));
    auto* outer = new QVBoxLayout(this);
    outer->addStretch(2);

    auto* card = new QFrame(this);
    card->setObjectName(QStringLiteral("lockCard"));
    card->setFrameShape(QFrame::StyledPanel);
    card->setMaximumWidth(460);
    card->setMinimumWidth(400);
    auto* box = new QVBoxLayout(card);
    box->setContentsMargins(24, 20, 24, 20);
    box->setSpacing(10);
    box->addWidget(headingLabel(tr("Session locked"), card));
    box->addWidget(noteLabel(tr("Hukou Desk locked itself to protect personal data. %1 (%2), enter your password "
                                "to continue, or sign out so someone else can sign in.")
                                 .arg(actor.name, actor.login),
                             card));

    m_password = new QLineEdit(card);
    m_password->setObjectName(QStringLiteral("unlockPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("Password"));
    box->addWidget(m_password);
    m_error = errorLabel(QStringLiteral("unlockError"), card);
    box->addWidget(m_error);

    auto* buttons = new QHBoxLayout;
    auto* signOut = new QPushButton(tr("Sign out"), card);
    signOut->setObjectName(QStringLiteral("signOutButton"));
    auto* unlock = new QPushButton(tr("Unlock"), card);
    unlock->setObjectName(QStringLiteral("unlockButton"));
    unlock->setDefault(true);
    buttons->addWidget(signOut);
    buttons->addStretch();
    buttons->addWidget(unlock);
    box->addLayout(buttons);

    auto* row = new QHBoxLayout;
    row->addStretch();
    row->addWidget(card);
    row->addStretch();
    outer->addLayout(row);
    outer->addStretch(3);

    connect(unlock, &QPushButton::clicked, this, &LockScreen::tryUnlock);
    connect(m_password, &QLineEdit::returnPressed, this, &LockScreen::tryUnlock);
    connect(signOut, &QPushButton::clicked, this, &LockScreen::signOutRequested);
}

LockScreen::~LockScreen() = default;

void LockScreen::reset()
{
    m_password->clear();
    setMessage(m_error, {});
    m_password->setFocus();
}

void LockScreen::tryUnlock()
{
    if (m_password->text().isEmpty()) {
        setMessage(m_error, tr("Enter your password."));
        return;
    }
    auto again = m_users.authenticate(m_actor.login, m_password->text());
    m_password->clear();
    if (!again) {
        setMessage(m_error, errorText(again.error()));
        m_password->setFocus();
        return;
    }
    if (again->userId != m_actor.userId || again->role != m_actor.role) {
        setMessage(m_error, tr("Your account was changed while the session was locked. Sign out and sign in again."));
        return;
    }
    setMessage(m_error, {});
    emit unlocked();
}

} // namespace hukou::ui
