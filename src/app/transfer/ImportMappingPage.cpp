// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportMappingPage.h"

#include "ColumnMappingTable.h"
#include "ImportDialog.h"
#include "ImportFieldChoices.h"
#include "ImportFilePage.h"
#include "ImportJob.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QVBoxLayout>

namespace lejek::app {

using namespace Qt::Literals::StringLiterals;

ImportMappingPage::ImportMappingPage(QWidget *parent)
    : QWizardPage(parent)
    , m_table(new ColumnMappingTable(this))
    , m_summary(new QLabel(this))
    , m_dedupe(new QComboBox(this))
    , m_gate(new QComboBox(this))
    , m_dryRun(new QCheckBox(tr("&Dry run: check every row and report, write nothing"), this))
    , m_allOrNothing(new QCheckBox(tr("Import &nothing unless every row can be imported"), this))
{
    setObjectName(u"importMappingPage"_s);
    setTitle(tr("Match the Columns to Fields"));
    setSubTitle(tr("Columns named like a field (in English or Polish) are matched already. Choose “Ignore” for a column "
                   "you do not want."));
    // Past this page the import runs: Back cannot undo it.
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("&Import"));

    m_summary->setObjectName(u"mappingSummary"_s);
    m_summary->setWordWrap(true);

    m_dedupe->setObjectName(u"importDedupe"_s);
    m_dedupe->addItem(tr("Skip the row"), static_cast<int>(ImportOptions::Dedupe::Skip));
    m_dedupe->addItem(tr("Fill in and update the existing lead"), static_cast<int>(ImportOptions::Dedupe::Update));
    m_dedupe->addItem(tr("Import it as another lead"), static_cast<int>(ImportOptions::Dedupe::Allow));
    m_gate->setObjectName(u"importGate"_s);
    m_gate->addItem(tr("Reject the row"), static_cast<int>(ImportOptions::Gate::Reject));
    m_gate->addItem(tr("Place the lead in the first stage"), static_cast<int>(ImportOptions::Gate::FirstStage));
    m_dryRun->setObjectName(u"importDryRun"_s);
    m_allOrNothing->setObjectName(u"importAllOrNothing"_s);

    auto *optionsBox = new QGroupBox(tr("Options"), this);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    form->addRow(tr("A lead with the same external id, e-mail or NIP exists:"), m_dedupe);
    form->addRow(tr("The row's stage requires fields it lacks:"), m_gate);
    auto *optionsLayout = new QVBoxLayout(optionsBox);
    optionsLayout->addLayout(form);
    optionsLayout->addWidget(m_dryRun);
    optionsLayout->addWidget(m_allOrNothing);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_summary);
    layout->addWidget(optionsBox);

    connect(m_table, &ColumnMappingTable::keysChanged, this, [this] {
        updateSummary();
        Q_EMIT completeChanged();
    });
    connect(m_dryRun, &QCheckBox::toggled, this, [this](bool on) {
        setButtonText(QWizard::CommitButton, on ? tr("&Check") : tr("&Import"));
        m_allOrNothing->setEnabled(!on);
    });
}

void ImportMappingPage::initializePage()
{
    auto *dialog = qobject_cast<ImportDialog *>(wizard());
    const ImportFilePage *file = dialog->filePage();
    // Back to this page with the same file keeps what the user chose.
    if (!file->preview() || m_filledFrom == file->previewGeneration())
        return;
    m_filledFrom = file->previewGeneration();
    const CsvPreview &preview = *file->preview();
    m_table->setPreview(preview, ImportFieldChoices::of(dialog->pipeline()), ImportJob::suggestedKeys(preview.header, dialog->pipeline()));
    updateSummary();
}

QStringList ImportMappingPage::keys() const
{
    return m_table->keys();
}

ImportOptions ImportMappingPage::options() const
{
    ImportOptions options;
    options.dedupe = static_cast<ImportOptions::Dedupe>(m_dedupe->currentData().toInt());
    options.gate = static_cast<ImportOptions::Gate>(m_gate->currentData().toInt());
    options.dryRun = m_dryRun->isChecked();
    return options;
}

bool ImportMappingPage::allOrNothing() const
{
    return m_allOrNothing->isEnabled() && m_allOrNothing->isChecked();
}

bool ImportMappingPage::isComplete() const
{
    const QStringList chosen = keys();
    return std::any_of(chosen.begin(), chosen.end(), [](const QString &key) { return !key.isEmpty(); });
}

void ImportMappingPage::updateSummary()
{
    const QStringList chosen = keys();
    QStringList ignored;
    for (int c = 0; c < chosen.size(); ++c)
        if (chosen[c].isEmpty())
            ignored.append(m_table->columnName(c));
    if (ignored.size() == chosen.size())
        m_summary->setText(tr("Choose a field for at least one column."));
    else if (ignored.isEmpty())
        m_summary->setText(tr("Every column will be imported."));
    else
        m_summary->setText(tr("%1 of %2 columns will be imported; ignored: %3.")
                               .arg(chosen.size() - ignored.size())
                               .arg(chosen.size())
                               .arg(ignored.join(u", "_s)));
}

} // namespace lejek::app
