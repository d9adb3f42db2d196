// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ImportResult.h"

#include <QWizardPage>

class QCheckBox;
class QFormLayout;
class QLabel;
class QTableWidget;

namespace lejek::app {

// The import's last step: what happened (done, cancelled after N rows, nothing written,
// failed), the counts, every skipped or rejected row by line and reason, and where the
// rejected rows were saved.
class ImportResultPage : public QWizardPage
{
    Q_OBJECT
public:
    // More rows than this are in the rejects file only.
    static constexpr int MaxListedRows = 1000;

    explicit ImportResultPage(QWidget *parent = nullptr);

    void initializePage() override;

    QString headline() const;
    QString countText(const QString &what) const; // "read", "imported", "updated", "skipped", "rejected"
    // The caption beside that count: "Imported:", or after a dry run "To be imported:".
    QString countCaption(const QString &what) const;
    QTableWidget *notesTable() const { return m_notes; }
    QCheckBox *onlyRejectedBox() const { return m_onlyRejected; }
    QString rejectsText() const;

private:
    // `rerunSkipsWhatIsIn`: duplicates are skipped or updated, so running the same file
    // again finishes a cancelled import.
    void present(const ImportResult &result, bool rerunSkipsWhatIsIn);
    static QString statusText(ImportOutcome::Status status);
    void listNotes(); // m_shownNotes, or only the rejected ones

    QLabel *countLabel(const QString &what) const;

    QLabel *m_headline;
    QFormLayout *m_counts;
    QLabel *m_read;
    QLabel *m_imported;
    QLabel *m_updated;
    QLabel *m_skipped;
    QLabel *m_rejected;
    QCheckBox *m_onlyRejected;
    QTableWidget *m_notes;
    ImportResult m_result; // what present() was given, its notes in the file's order
    QLabel *m_rejects;
};

} // namespace lejek::app
