// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "LostReviewView.h"

#include "ChangeNotifier.h"
#include "LeadService.h"
#include "PipelineService.h"
#include "application/FutureWatch.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace lejek::app {

using namespace Qt::Literals::StringLiterals;

LostReviewView::LostReviewView(QWidget *parent)
    : QWidget(parent)
    , m_list(new QTreeWidget(this))
    , m_empty(new QLabel(this))
    , m_stage(new QComboBox(this))
    , m_reactivate(new QPushButton(tr("&Reactivate"), this))
{
    m_list->setHeaderLabels({tr("Lost on"), tr("Lead"), tr("Pipeline"), tr("Reason"), tr("Owner")});
    m_list->setRootIsDecorated(false);
    m_list->setAlternatingRowColors(true);
    m_list->setAccessibleName(tr("Lost leads to review"));
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(true);
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setTextFormat(Qt::PlainText);
    m_empty->hide();
    m_stage->setAccessibleName(tr("Stage to bring it back to"));
    m_reactivate->setToolTip(tr("Bring the lead back to the chosen stage, through its gate"));
    auto *intro = new QLabel(tr("Lost more than six months ago: look at each again, and bring back those whose reason has passed."), this);
    intro->setWordWrap(true);
    auto *actions = new QHBoxLayout;
    actions->addStretch(1);
    actions->addWidget(new QLabel(tr("Back to"), this));
    actions->addWidget(m_stage);
    actions->addWidget(m_reactivate);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_empty, 1);
    layout->addLayout(actions);
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(300);
    connect(&m_debounce, &QTimer::timeout, this, &LostReviewView::reload);
    connect(m_list, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        Q_EMIT openLeadRequested(m_shown.value(m_list->indexOfTopLevelItem(item)).id);
    });
    connect(m_list, &QTreeWidget::currentItemChanged, this, &LostReviewView::offerStages);
    connect(m_reactivate, &QPushButton::clicked, this, &LostReviewView::reactivate);
    offerStages();
}

void LostReviewView::setServices(LeadService *leads, PipelineService *pipelines, ChangeNotifier *notifier, const Principal &principal)
{
    if (pipelines) // the reasons' labels, in the user's language
        FutureWatch::then(this, pipelines->lostReasons(principal), [this](const Result<QList<LostReason>> &reasons) {
            if (reasons) {
                m_reasons = *reasons;
                show(m_shown);
            }
        });
    if (m_notifier)
        disconnect(m_notifier, nullptr, this, nullptr);
    m_leads = leads;
    m_notifier = notifier;
    m_principal = principal;
    if (m_notifier)
        connect(m_notifier, &ChangeNotifier::leadsChanged, this, [this] { m_debounce.start(); });
    reload();
}

void LostReviewView::setPipelines(const QList<Pipeline> &pipelines)
{
    m_pipelines = pipelines;
    offerStages();
}

QString LostReviewView::emptyText() const { return m_empty->isHidden() ? QString() : m_empty->text(); }

const Pipeline *LostReviewView::pipelineOf(const Lead &lead) const
{
    for (const Pipeline &p : m_pipelines)
        if (p.id == lead.pipelineId)
            return &p;
    return nullptr;
}

void LostReviewView::reload()
{
    const quint64 request = ++m_request;
    if (!m_leads) {
        show({});
        return;
    }
    FutureWatch::then(this, m_leads->lostToReview(m_principal, 500), [this, request](const Result<QList<Lead>> &r) {
        if (request != m_request)
            return;
        show(r ? *r : QList<Lead>{});
        if (!r)
            Q_EMIT failed(r.error().message);
        Q_EMIT loaded();
    });
}

void LostReviewView::show(const QList<Lead> &leads)
{
    const qint64 current = m_shown.value(m_list->indexOfTopLevelItem(m_list->currentItem())).id;
    m_shown = leads;
    m_list->clear();
    for (const Lead &l : leads) {
        const Pipeline *p = pipelineOf(l);
        QString reason = l.value(u"lost_reason"_s).toString();
        for (const LostReason &r : m_reasons)
            if (r.code == reason)
                reason = r.displayLabel();
        auto *item = new QTreeWidgetItem(m_list, {QLocale().toString(l.closedAt.toLocalTime().date(), QLocale::ShortFormat),
                                                  tr("%1 (lead %2)").arg(l.displayName()).arg(l.id), p ? p->name : QString(), reason,
                                                  l.ownerName});
        if (l.id == current)
            m_list->setCurrentItem(item);
    }
    if (!m_list->currentItem() && m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
    const bool empty = leads.isEmpty() && m_leads;
    m_empty->setText(tr("No lost leads to review: none was lost more than six months ago."));
    m_empty->setVisible(empty);
    m_list->setVisible(!empty);
    offerStages();
}

void LostReviewView::offerStages()
{
    const qint64 chosen = m_stage->currentData().toLongLong();
    m_stage->clear();
    const Lead lead = m_shown.value(m_list->indexOfTopLevelItem(m_list->currentItem()));
    if (const Pipeline *p = lead.id ? pipelineOf(lead) : nullptr)
        for (const Stage &s : p->stages)
            if (!s.isClosed())
                m_stage->addItem(s.displayName(), s.id);
    if (const int i = m_stage->findData(chosen); i >= 0)
        m_stage->setCurrentIndex(i);
    m_stage->setEnabled(m_stage->count() > 0);
    m_reactivate->setEnabled(m_stage->count() > 0);
}

void LostReviewView::reactivate()
{
    const Lead lead = m_shown.value(m_list->indexOfTopLevelItem(m_list->currentItem()));
    if (!m_leads || !lead.id || m_stage->count() == 0)
        return;
    const ReactivateRequest request{lead.id, m_stage->currentData().toLongLong(), {}, {}, lead.version, {}};
    FutureWatch::then(this, m_leads->reactivateLead(m_principal, request), [this](const Result<Lead> &r) {
        if (!r) {
            Q_EMIT failed(r.error().message);
            return;
        }
        Q_EMIT reactivated(*r);
        reload();
    });
}

} // namespace lejek::app
