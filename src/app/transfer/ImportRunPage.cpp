// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportRunPage.h"

#include "ImportDialog.h"
#include "ImportJob.h"
#include "application/NumberFormat.h"

#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QProgressBar>
#include <QVBoxLayout>

namespace lejek::app {

using namespace Qt::Literals::StringLiterals;

namespace {
constexpr int BarSteps = 1000;
} // namespace

ImportRunPage::ImportRunPage(QWidget *parent)
    : QWizardPage(parent)
    , m_what(new QLabel(this))
    , m_bar(new QProgressBar(this))
    , m_counts(new QLabel(this))
    , m_cancelling(new QLabel(this))
{
    setObjectName(u"importRunPage"_s);
    setTitle(tr("Importing"));
    setCommitPage(true); // no way back to a page whose import has run
    setButtonText(QWizard::CommitButton, tr("Show the Result"));

    m_what->setObjectName(u"importWhat"_s);
    m_what->setWordWrap(true);
    m_bar->setObjectName(u"importProgress"_s);
    m_bar->setRange(0, BarSteps);
    m_bar->setAccessibleName(tr("Import progress"));
    m_counts->setObjectName(u"importCounts"_s);
    m_cancelling->setObjectName(u"importCancelling"_s);
    m_cancelling->setWordWrap(true);
    m_cancelling->hide();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_what);
    layout->addSpacing(8);
    layout->addWidget(m_bar);
    layout->addWidget(m_counts);
    layout->addWidget(m_cancelling);
    layout->addStretch(1);
}

ImportRunPage::~ImportRunPage() = default; // the job, if still running, is cancelled and waited for

void ImportRunPage::initializePage()
{
    auto *dialog = qobject_cast<ImportDialog *>(wizard());
    const ImportRequest request = dialog->request();
    m_dryRun = request.options.dryRun;
    // All or nothing writes one transaction: nothing is in the pipeline before its end.
    m_allOrNothing = request.writesAllOrNothing();
    const QString batchRows = NumberFormat::integer(ImportJob::BatchRows);
    setSubTitle(m_dryRun         ? tr("Rows are checked in batches of %1; nothing is written.").arg(batchRows)
                : m_allOrNothing ? tr("All rows are written in one transaction, saved only when none is rejected. Cancel writes nothing.")
                                 : tr("Rows are written in batches of %1. Cancel stops after the batch being written; what was "
                                      "written stays.")
                                       .arg(batchRows));
    const QString file = QDir::toNativeSeparators(QFileInfo(request.path).fileName());
    m_what->setText(m_dryRun         ? tr("Checking %1 against the pipeline %2; nothing is written.").arg(file, request.pipeline.name)
                    : m_allOrNothing ? tr("Importing %1 into the pipeline %2: all rows or none.").arg(file, request.pipeline.name)
                                     : tr("Importing %1 into the pipeline %2.").arg(file, request.pipeline.name));
    m_bar->setValue(0);
    m_counts->setText(tr("Checking the file…"));
    m_cancelling->hide();
    m_result.reset();
    m_job = std::make_unique<ImportJob>(dialog->leads(), request);
    // The job's signals come from its thread; queued, they run here on the UI thread.
    connect(m_job.get(), &ImportJob::progressed, this, &ImportRunPage::onProgress);
    connect(m_job.get(), &ImportJob::finished, this, &ImportRunPage::onFinished);
    m_job->start();
    Q_EMIT completeChanged();
}

bool ImportRunPage::isComplete() const
{
    return m_result.has_value();
}

bool ImportRunPage::isRunning() const
{
    return m_job && !m_result;
}

void ImportRunPage::cancel()
{
    if (!isRunning())
        return;
    m_job->cancel();
    m_cancelling->setText(m_allOrNothing ? tr("Cancelling; nothing will be written…") : tr("Cancelling after the batch being written…"));
    m_cancelling->show();
}

QString ImportRunPage::countsText() const
{
    return m_counts->text();
}

void ImportRunPage::onProgress(const ImportProgress &progress)
{
    if (progress.total > 0)
        m_bar->setValue(static_cast<int>(progress.done * BarSteps / progress.total));
    if (progress.tally.read == 0)
        return; // still checking the file
    m_counts->setText((m_dryRun || m_allOrNothing ? tr("Rows read: %1 · to be imported: %2 · to be updated: %3 · to be skipped: %4 · to be rejected: %5")
                                : tr("Rows read: %1 · imported: %2 · updated: %3 · skipped: %4 · rejected: %5"))
                          .arg(NumberFormat::integer(progress.tally.read), NumberFormat::integer(progress.tally.imported),
                               NumberFormat::integer(progress.tally.updated), NumberFormat::integer(progress.tally.skipped),
                               NumberFormat::integer(progress.tally.rejected)));
}

void ImportRunPage::onFinished(const ImportResult &result)
{
    m_result = result;
    if (result.outcome == ImportResult::Outcome::Done)
        m_bar->setValue(BarSteps);
    m_cancelling->hide();
    Q_EMIT completeChanged();
    Q_EMIT importFinished();
    if (wizard() && wizard()->currentPage() == this)
        wizard()->next();
}

} // namespace lejek::app
