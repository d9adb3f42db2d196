// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SameLeadBar.h"

#include "LeadService.h"
#include "MergeDialog.h"
#include "application/FutureWatch.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace lejek::app {

using namespace Qt::Literals::StringLiterals;

SameLeadBar::SameLeadBar(QWidget *parent)
    : QFrame(parent)
    , m_text(new QLabel(this))
    , m_open(new QPushButton(this))
    , m_merge(new QPushButton(tr("&Merge…"), this))
{
    setObjectName(u"sameLeadBar"_s);
    setStyleSheet(u"#sameLeadBar { background: #fff4ce; border: 1px solid #e0c45c; border-radius: 3px; }"_s
                  u"#sameLeadBar QLabel { color: #3d3000; }"_s);
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_open->setObjectName(u"openSameLead"_s);
    m_merge->setObjectName(u"mergeSameLead"_s);
    m_merge->setToolTip(tr("Make the two leads one: choose which stays and which values it keeps"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 4);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_open, 0, Qt::AlignVCenter);
    layout->addWidget(m_merge, 0, Qt::AlignVCenter);
    connect(m_open, &QPushButton::clicked, this, [this] { Q_EMIT openLeadRequested(m_lead.mergedInto ? m_lead.mergedInto : m_otherId); });
    connect(m_merge, &QPushButton::clicked, this, &SameLeadBar::startMerge);
    hide();
}

void SameLeadBar::setServices(LeadService *leads, const Principal &principal)
{
    m_leads = leads;
    m_principal = principal;
}

QString SameLeadBar::describe(const DuplicateMatch &m)
{
    if (m.field == u"email"_s)
        return tr("%1 (lead %2): the same e-mail, %3").arg(m.leadName).arg(m.leadId).arg(m.value);
    if (m.field == u"nip"_s)
        return tr("%1 (lead %2): the same NIP, %3").arg(m.leadName).arg(m.leadId).arg(m.value);
    return tr("%1 (lead %2): the same web domain, %3").arg(m.leadName).arg(m.leadId).arg(m.value);
}

QString SameLeadBar::text() const { return isVisibleTo(parentWidget()) ? m_text->text() : QString(); }

void SameLeadBar::clear()
{
    ++m_request;
    m_lead = {};
    m_otherId = 0;
    hide();
}

void SameLeadBar::showLead(const Pipeline &pipeline, const Lead &lead)
{
    const quint64 request = ++m_request;
    m_pipeline = pipeline;
    m_lead = lead;
    m_otherId = 0;
    if (lead.mergedInto) {
        m_text->setText(tr("This lead was merged into lead %1 and is kept as it was then. Work on lead %1.").arg(lead.mergedInto));
        m_open->setText(tr("Open lead %1").arg(lead.mergedInto));
        m_merge->hide();
        show();
        return;
    }
    hide();
    if (!m_leads || !lead.id)
        return;
    FieldInput keys;
    for (const QString &key : {u"email"_s, u"nip"_s, u"website"_s})
        if (lead.isFilled(key))
            keys.insert(key, lead.value(key).toString());
    if (keys.isEmpty())
        return;
    FutureWatch::then(this, m_leads->duplicatesOf(m_principal, lead.pipelineId, keys, lead.id), [this, request](const Result<DuplicateCheck> &r) {
        if (request != m_request || !r || r->matches.isEmpty())
            return; // a failed look-up is no reason to interrupt the rep: the save checks again
        QStringList lines;
        for (const DuplicateMatch &m : r->matches.mid(0, 3))
            lines.append(describe(m));
        if (r->matches.size() > 3)
            lines.append(tr("and %n more", "", static_cast<int>(r->matches.size() - 3)));
        m_otherId = r->matches.first().leadId;
        m_text->setText(tr("Possibly the same as %1").arg(lines.join(u"; "_s)));
        m_open->setText(tr("Open lead %1").arg(m_otherId));
        m_merge->show();
        show();
    });
}

void SameLeadBar::startMerge()
{
    if (!m_leads || !m_otherId || m_dialog)
        return;
    const quint64 request = m_request;
    FutureWatch::then(this, m_leads->lead(m_principal, m_otherId), [this, request](const Result<Lead> &other) {
        if (request != m_request)
            return;
        if (!other) {
            Q_EMIT failed(other.error().message);
            return;
        }
        m_dialog = new MergeDialog(m_pipeline, m_lead, *other, window());
        m_dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_dialog, &QDialog::accepted, this, [this, dialog = m_dialog] {
            FutureWatch::then(this, m_leads->mergeLeads(m_principal, dialog->request()), [this](const Result<Lead> &survivor) {
                if (survivor)
                    Q_EMIT merged(*survivor);
                else
                    Q_EMIT failed(survivor.error().message);
            });
        });
        m_dialog->open();
    });
}

} // namespace lejek::app
