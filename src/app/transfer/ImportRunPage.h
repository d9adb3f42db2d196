// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ImportResult.h"

#include <QWizardPage>

#include <memory>
#include <optional>

class QLabel;
class QProgressBar;

namespace lejek {
class ImportJob;
}

namespace lejek::app {

// The import's third step: the job runs on its own thread while a progress bar and
// the counts so far follow it. Cancel stops it after the batch being written; the
// result page follows by itself when the job ends.
class ImportRunPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ImportRunPage(QWidget *parent = nullptr);
    ~ImportRunPage() override;

    void initializePage() override;
    bool isComplete() const override;

    bool isRunning() const;
    // Stops the import between batches; what was written stays.
    void cancel();
    const std::optional<ImportResult> &result() const { return m_result; }
    QProgressBar *progressBar() const { return m_bar; }
    QString countsText() const;

Q_SIGNALS:
    void importFinished();

private:
    void onProgress(const ImportProgress &progress);
    void onFinished(const ImportResult &result);

    QLabel *m_what;
    QProgressBar *m_bar;
    QLabel *m_counts;
    QLabel *m_cancelling;
    bool m_dryRun = false;
    bool m_allOrNothing = false;
    std::unique_ptr<ImportJob> m_job;
    std::optional<ImportResult> m_result;
};

} // namespace lejek::app
