// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "LeadRequests.h"

#include <QDialog>

#include <memory>

namespace Ui {
class ActivityDialog;
}

namespace lejek::app {

// Quick entry of a note, a call, a meeting or an e-mail on a lead's timeline: when it
// happened (now by default), its outcome ("reached", "no answer" for a call), a subject
// and notes. The form stays open until the services answer, and shows their error.
class ActivityDialog : public QDialog
{
    Q_OBJECT
public:
    ActivityDialog(qint64 leadId, const QString &kind, QWidget *parent = nullptr);
    ~ActivityDialog() override;

    // What to log: the outcome leads the subject ("No answer: first call").
    NewActivity request() const;
    void setKind(const QString &kind);
    void setOutcome(const QString &outcome);
    void setSubject(const QString &subject);
    void setBusy(bool busy);
    void showError(const QString &message);

Q_SIGNALS:
    void submitted(const lejek::NewActivity &request);

private:
    void fillOutcomes();

    std::unique_ptr<Ui::ActivityDialog> m_ui;
    qint64 m_leadId;
};

} // namespace lejek::app
