#pragma once

#include "core/registry/person_import.h"
#include "session.h"

#include <QDialog>

#include <atomic>
#include <memory>
#include <optional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableWidget;
class QThread;

namespace hukou::ui {

// Imports a persons CSV: choose the file (Prompts::openFile), see its first rows or the header
// problem, run the import on a worker thread with its own connection (progress bar, Cancel: nothing
// lands), then read the rejects (line, column, reason) and save them as a CSV.
// Object names: importDialog, importFileEdit, chooseFileButton, previewTable, previewError,
// acceptDuplicatesCheck, importProgress, startImportButton, cancelImportButton, importResult,
// rejectsTable, saveRejectsButton, closeButton.
class ImportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportDialog)
public:
    static constexpr int PreviewRows = 20;
    static constexpr int ShownRejects = 5000;

    explicit ImportDialog(const Session& session, QWidget* parent = nullptr);
    ~ImportDialog() override;

    void chooseFile();
    void setFile(const QString& path);
    void startImport();
    void cancelImport();
    void saveRejects();
    [[nodiscard]] bool isRunning() const { return m_thread != nullptr; }
    [[nodiscard]] const std::optional<core::ImportReport>& report() const { return m_report; }

    void reject() override;

signals:
    // Rows landed in the database.
    void imported(qint64 persons);

private:
    void finished(const core::Result<core::ImportReport>& outcome);
    void updateButtons();

    Session m_session;
    QString m_path;
    bool m_previewOk = false;
    std::optional<core::ImportReport> m_report;
    std::unique_ptr<QThread> m_thread;
    std::atomic<bool> m_cancel{false};

    QLineEdit* m_file = nullptr;
    QTableWidget* m_preview = nullptr;
    QLabel* m_previewError = nullptr;
    QCheckBox* m_acceptDuplicates = nullptr;
    QProgressBar* m_progress = nullptr;
    QPushButton* m_start = nullptr;
    QPushButton* m_cancelButton = nullptr;
    QLabel* m_result = nullptr;
    QTableWidget* m_rejects = nullptr;
    QPushButton* m_saveRejects = nullptr;
    QPushButton* m_close = nullptr;
    QPushButton* m_choose = nullptr;
};

} // namespace hukou::ui
