// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DuplicateMatch.h"
#include "Lead.h"
#include "MergeDialog.h"
#include "Pipeline.h"
#include "Principal.h"

#include <QFrame>
#include <QPointer>

class QLabel;
class QPushButton;

namespace lejek {
class LeadService;
}

namespace lejek::app {

// The strip under a card's title that says when the lead is not the only one of its
// kind: merged into another lead (kept as it was; open that one), or possibly the same
// as leads sharing its e-mail, NIP or company web domain, with Open and Merge… for the
// first of them. Hidden when neither.
class SameLeadBar : public QFrame
{
    Q_OBJECT
public:
    explicit SameLeadBar(QWidget *parent = nullptr);

    void setServices(LeadService *leads, const Principal &principal);
    // Shows what is known of `lead` at once (merged), and looks its duplicates up.
    void showLead(const Pipeline &pipeline, const Lead &lead);
    void clear();
    // "Fabryka Okien (lead 45): the same web domain, okna.pl"
    static QString describe(const DuplicateMatch &match);

    QString text() const;
    // Merge… : loads the other lead, then asks with a MergeDialog (mergeDialog()).
    void startMerge();
    MergeDialog *mergeDialog() const { return m_dialog; }

Q_SIGNALS:
    void openLeadRequested(qint64 leadId);
    // The merge is done: the lead that stays.
    void merged(const lejek::Lead &survivor);
    void failed(const QString &message);

private:
    LeadService *m_leads = nullptr;
    Principal m_principal;
    Pipeline m_pipeline;
    Lead m_lead;
    qint64 m_otherId = 0;
    quint64 m_request = 0;
    QLabel *m_text;
    QPushButton *m_open;
    QPushButton *m_merge;
    QPointer<MergeDialog> m_dialog;
};

} // namespace lejek::app
