// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Lead.h"
#include "Pipeline.h"
#include "Principal.h"

#include <QDialog>

class QLabel;
class QTreeWidget;

namespace lejek {
class LeadService;
}

namespace lejek::app {

// The leads behind a dashboard number (the leaking ones, those waiting in a stage):
// company, stage, owner, last activity and value, loaded off the UI thread. Enter or a
// double-click opens a lead's card; the list stays open beside it. A number of more
// than LeadService::MaxLeadList leads lists the first of them, and says so.
class LeadListDialog : public QDialog
{
    Q_OBJECT
public:
    LeadListDialog(LeadService &leads, const Principal &principal, const Pipeline &pipeline, const QString &title,
                   const QList<qint64> &ids, QWidget *parent = nullptr);

    QTreeWidget *list() const { return m_list; }
    QString noteText() const;

Q_SIGNALS:
    void openLeadRequested(qint64 leadId);
    void loaded();

private:
    void showLeads(const QList<Lead> &leads, qsizetype asked);

    Pipeline m_pipeline;
    QList<qint64> m_shown;
    QTreeWidget *m_list;
    QLabel *m_note;
};

} // namespace lejek::app
