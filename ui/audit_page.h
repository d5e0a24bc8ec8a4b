#pragma once

#include "page.h"
#include "session.h"

#include <memory>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableView;
class QThread;

namespace hukou::ui {

class JournalTableModel;

// The audit journal, read-only: the most recent entries (older ones page in on request), the
// selected entry's before/after images, and a chain check (Journal::verify) that runs on a worker
// thread with its own read-only connection, so a long journal never freezes the window.
// Object names: page_audit, journalTable, entryDetails, refreshButton, loadOlderButton,
// verifyChainButton, verifyResult, auditMessage.
class AuditPage final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditPage)
public:
    static constexpr int PageSize = 200;

    explicit AuditPage(const Session& session, QWidget* parent = nullptr);
    ~AuditPage() override;

    [[nodiscard]] QString title() const override;
    [[nodiscard]] QString subtitle() const override;
    void activate() override;

    [[nodiscard]] JournalTableModel* model() const { return m_model; }
    void reload();
    void loadOlder();
    void verifyChain();
    [[nodiscard]] bool isVerifying() const { return m_verifyThread != nullptr; }

private:
    [[nodiscard]] bool allowed();
    void showDetails();

    Session m_session;
    JournalTableModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    QPlainTextEdit* m_details = nullptr;
    QPushButton* m_loadOlder = nullptr;
    QPushButton* m_verify = nullptr;
    QLabel* m_verifyResult = nullptr;
    QLabel* m_message = nullptr;
    std::unique_ptr<QThread> m_verifyThread;
};

} // namespace hukou::ui
