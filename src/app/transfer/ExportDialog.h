// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ExportRequest.h"

#include <QDialog>

#include <memory>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace lejek {
class ExportJob;
class LeadService;
} // namespace lejek

namespace lejek::app {

// File › Export Leads…: the current pipeline's leads as CSV (UTF-8 with a BOM,
// formula-safe; `;` for Polish spreadsheets), written by ExportJob on a thread of its
// own with a progress bar, into a file that is replaced only when the export is
// complete. Cancel stops it and leaves the old file.
class ExportDialog : public QDialog
{
    Q_OBJECT
public:
    // `by`: who exports; the rows are theirs to read.
    ExportDialog(LeadService &leads, Principal by, Pipeline pipeline, QWidget *parent = nullptr);
    ~ExportDialog() override;

    void setPath(const QString &path);
    QString path() const;
    QComboBox *delimiterBox() const { return m_delimiter; }
    QPushButton *exportButton() const { return m_export; }
    QProgressBar *progressBar() const { return m_bar; }
    QString statusText() const;
    bool isRunning() const;
    const std::optional<ExportResult> &result() const { return m_result; }

    // Starts the export (as the Export button does).
    void start();
    // While exporting: cancel, and stay open to say so.
    void reject() override;

Q_SIGNALS:
    void exportFinished();

private:
    void browse();
    void onFinished(const ExportResult &result);
    void updateButtons();

    LeadService &m_leads;
    Principal m_by;
    Pipeline m_pipeline;
    QLineEdit *m_path;
    QPushButton *m_browse;
    QComboBox *m_delimiter;
    QProgressBar *m_bar;
    QLabel *m_status;
    QDialogButtonBox *m_buttons;
    QPushButton *m_export;
    std::unique_ptr<ExportJob> m_job;
    std::optional<ExportResult> m_result;
};

} // namespace lejek::app
