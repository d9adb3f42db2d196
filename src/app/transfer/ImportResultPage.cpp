// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportResultPage.h"

#include "ImportDialog.h"
#include "ImportMappingPage.h"
#include "ImportRunPage.h"
#include "application/NumberFormat.h"

#include <QCheckBox>
#include <QDir>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSignalBlocker>
#include <QTableWidget>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>

namespace lejek::app {

using namespace Qt::Literals::StringLiterals;

ImportResultPage::ImportResultPage(QWidget *parent)
    : QWizardPage(parent)
    , m_headline(new QLabel(this))
    , m_counts(new QFormLayout)
    , m_read(new QLabel(this))
    , m_imported(new QLabel(this))
    , m_updated(new QLabel(this))
    , m_skipped(new QLabel(this))
    , m_rejected(new QLabel(this))
    , m_onlyRejected(new QCheckBox(tr("Show only the rejected rows"), this))
    , m_notes(new QTableWidget(this))
    , m_rejects(new QLabel(this))
{
    setObjectName(u"importResultPage"_s);
    setTitle(tr("Import Result"));
    setSubTitle(tr("What was written, and every row that was not, with its line in the file."));
    m_headline->setObjectName(u"importHeadline"_s);
    m_headline->setWordWrap(true);
    m_headline->setTextFormat(Qt::PlainText);
    QFont bold = m_headline->font();
    bold.setBold(true);
    m_headline->setFont(bold);

    m_counts->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    // The captions are set by present(): a dry run's counts are what would happen.
    for (QLabel *value : {m_read, m_imported, m_updated, m_skipped, m_rejected}) {
        value->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        value->setMinimumWidth(value->fontMetrics().horizontalAdvance(u"0 000 000"_s));
        auto *caption = new QLabel(this);
        m_counts->addRow(caption, value);
    }
    m_read->setObjectName(u"countRead"_s);
    m_imported->setObjectName(u"countImported"_s);
    m_updated->setObjectName(u"countUpdated"_s);
    m_skipped->setObjectName(u"countSkipped"_s);
    m_rejected->setObjectName(u"countRejected"_s);

    m_notes->setObjectName(u"importNotes"_s);
    m_notes->setColumnCount(3);
    m_notes->setHorizontalHeaderLabels({tr("Line"), tr("What happened"), tr("Why")});
    m_notes->setAccessibleName(tr("Rows not imported as they were"));
    m_notes->verticalHeader()->hide();
    m_notes->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_notes->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_notes->setWordWrap(false);
    m_notes->verticalHeader()->setDefaultSectionSize(m_notes->fontMetrics().height() + 8);
    m_notes->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_notes->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_notes->horizontalHeader()->setStretchLastSection(true);

    // A second run of a file lists every row already in as skipped: the few rejected
    // ones should not have to be searched for among them.
    m_onlyRejected->setObjectName(u"importOnlyRejected"_s);
    connect(m_onlyRejected, &QCheckBox::toggled, this, &ImportResultPage::listNotes);

    m_rejects->setObjectName(u"importRejectsPath"_s);
    m_rejects->setWordWrap(true);
    m_rejects->setTextFormat(Qt::RichText);
    m_rejects->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_rejects->setOpenExternalLinks(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_headline);
    layout->addLayout(m_counts);
    layout->addWidget(m_onlyRejected);
    layout->addWidget(m_notes, 100);
    layout->addWidget(m_rejects);
    // Keeps the texts at the top when there is no table to fill the page.
    layout->addStretch(1);
}

void ImportResultPage::initializePage()
{
    auto *dialog = qobject_cast<ImportDialog *>(wizard());
    const auto &result = dialog->runPage()->result();
    if (result)
        present(*result, dialog->mappingPage()->options().dedupe != ImportOptions::Dedupe::Allow);
}

void ImportResultPage::present(const ImportResult &result, bool rerunSkipsWhatIsIn)
{
    const ImportTally &t = result.tally;
    const bool dry = result.dryRun;
    const QList<std::pair<QLabel *, QString>> captions{
        {m_read, tr("Rows read:")},
        {m_imported, dry ? tr("To be imported:") : tr("Imported:")},
        {m_updated, dry ? tr("To be updated:") : tr("Updated:")},
        {m_skipped, dry ? tr("To be skipped:") : tr("Skipped:")},
        {m_rejected, dry ? tr("To be rejected:") : tr("Rejected:")},
    };
    for (const auto &[value, caption] : captions)
        if (auto *label = qobject_cast<QLabel *>(m_counts->labelForField(value)))
            label->setText(caption);
    const QString written = NumberFormat::integer(t.imported + t.updated);
    switch (result.outcome) {
    case ImportResult::Outcome::Done:
        if (t.read == 0)
            m_headline->setText(tr("The file has no rows under its header: nothing to import."));
        else if (result.dryRun)
            m_headline->setText(tr("Dry run complete: nothing was written."));
        else if (t.imported + t.updated == 0)
            m_headline->setText(tr("The import is complete, but no row was imported."));
        else
            m_headline->setText(t.rejected + t.skipped == 0 ? tr("The import is complete.")
                                                            : tr("The import is complete; some rows were not imported."));
        break;
    case ImportResult::Outcome::Cancelled:
        m_headline->setText(result.dryRun         ? tr("The check was cancelled; nothing was written.")
                            : result.allOrNothing ? tr("The import was cancelled; nothing was written.")
                                                  : tr("The import was cancelled. Rows written before it stopped: %1; they stay in "
                                                       "the pipeline.")
                                                            .arg(written)
                                                        + (rerunSkipsWhatIsIn ? u" "_s
                                                                   + tr("To add the rest, import the same file again: the rows "
                                                                        "already in are skipped as duplicates.")
                                                                              : QString()));
        break;
    case ImportResult::Outcome::NothingWritten:
        m_headline->setText(tr("Nothing was written: some rows cannot be imported, and you asked for all or nothing.") + u" "_s
                            + tr("Rows ready to import once those are fixed: %1.").arg(written));
        break;
    case ImportResult::Outcome::BadMapping:
        m_headline->setText(tr("The columns do not fit the pipeline: %1").arg(result.error->message));
        break;
    case ImportResult::Outcome::Failed:
        m_headline->setText(result.wroteRows() && t.imported + t.updated > 0
                                ? tr("The import stopped: %1. Rows written before: %2; they stay in the pipeline.")
                                      .arg(result.error->message, written)
                                : tr("The import stopped: %1. Nothing was written.").arg(result.error->message));
        break;
    }
    // All or nothing, not done: what the rows would have written was not (as lejek-cli says).
    const bool nothing = !result.dryRun && !result.wroteRows();
    m_read->setText(NumberFormat::integer(t.read));
    m_imported->setText(NumberFormat::integer(nothing ? 0 : t.imported));
    m_updated->setText(NumberFormat::integer(nothing ? 0 : t.updated));
    m_skipped->setText(NumberFormat::integer(t.skipped));
    m_rejected->setText(NumberFormat::integer(t.rejected));

    // In the file's order: rows with a wrong field count are found before their batch.
    m_result = result;
    std::stable_sort(m_result.notes.begin(), m_result.notes.end(), [](const ImportNote &a, const ImportNote &b) { return a.line < b.line; });
    const bool mixed = t.rejected > 0 && t.rejected < result.noteCount;
    m_onlyRejected->setVisible(mixed);
    const QSignalBlocker quiet(m_onlyRejected);
    m_onlyRejected->setChecked(false);
    listNotes();
}

void ImportResultPage::listNotes()
{
    QList<ImportNote> notes = m_result.notes;
    if (m_onlyRejected->isChecked())
        notes.removeIf([](const ImportNote &n) { return n.status != ImportOutcome::Status::Rejected; });
    const int listed = static_cast<int>(std::min<qsizetype>(notes.size(), MaxListedRows));
    m_notes->setRowCount(listed);
    for (int r = 0; r < listed; ++r) {
        const ImportNote &note = notes[r];
        auto *line = new QTableWidgetItem(QString::number(note.line));
        line->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_notes->setItem(r, 0, line);
        m_notes->setItem(r, 1, new QTableWidgetItem(statusText(note.status)));
        auto *why = new QTableWidgetItem(note.reason);
        why->setToolTip(note.reason);
        m_notes->setItem(r, 2, why);
    }
    m_notes->setVisible(!m_result.notes.isEmpty());

    QString rejects;
    const QString &rejectsPath = m_result.rejectsPath;
    if (!rejectsPath.isEmpty())
        rejects = tr("The rejected rows, with their line and reason, are saved in <a href=\"%1\">%2</a>; fix them there and "
                     "import that file again.")
                      .arg(QUrl::fromLocalFile(rejectsPath).toString(), QDir::toNativeSeparators(rejectsPath).toHtmlEscaped());
    if (!m_onlyRejected->isChecked() && m_result.noteCount > listed)
        rejects = tr("The first %1 of %2 rows with a note are listed.").arg(listed).arg(NumberFormat::integer(m_result.noteCount))
                  + u" "_s + rejects;
    m_rejects->setText(rejects);
    m_rejects->setVisible(!rejects.isEmpty());
}

QString ImportResultPage::statusText(ImportOutcome::Status status)
{
    switch (status) {
    case ImportOutcome::Status::Imported: return tr("imported");
    case ImportOutcome::Status::Updated: return tr("updated");
    case ImportOutcome::Status::Skipped: return tr("skipped");
    case ImportOutcome::Status::Rejected: break;
    }
    return tr("rejected");
}

QString ImportResultPage::headline() const
{
    return m_headline->text();
}

QLabel *ImportResultPage::countLabel(const QString &what) const
{
    const QHash<QString, QLabel *> labels{
        {u"read"_s, m_read}, {u"imported"_s, m_imported}, {u"updated"_s, m_updated}, {u"skipped"_s, m_skipped}, {u"rejected"_s, m_rejected}};
    return labels.value(what);
}

QString ImportResultPage::countText(const QString &what) const
{
    const QLabel *label = countLabel(what);
    return label ? label->text() : QString();
}

QString ImportResultPage::countCaption(const QString &what) const
{
    QLabel *value = countLabel(what);
    const auto *caption = value ? qobject_cast<QLabel *>(m_counts->labelForField(value)) : nullptr;
    return caption ? caption->text() : QString();
}

QString ImportResultPage::rejectsText() const
{
    return m_rejects->text();
}

} // namespace lejek::app
