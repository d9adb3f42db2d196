// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "LeadListDialog.h"

#include "LeadService.h"
#include "Money.h"
#include "application/FutureWatch.h"
#include "application/NumberFormat.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace lejek::app {

using namespace Qt::Literals::StringLiterals;

LeadListDialog::LeadListDialog(LeadService &leads, const Principal &principal, const Pipeline &pipeline, const QString &title,
                               const QList<qint64> &ids, QWidget *parent)
    : QDialog(parent)
    , m_pipeline(pipeline)
    , m_list(new QTreeWidget(this))
    , m_note(new QLabel(tr("Loading the leads…"), this))
{
    setWindowTitle(title);
    setObjectName(u"leadListDialog"_s);
    resize(760, 480);
    m_list->setHeaderLabels({tr("Lead"), tr("Stage"), tr("Owner"), tr("Last activity"), tr("Value")});
    m_list->setRootIsDecorated(false);
    m_list->setAlternatingRowColors(true);
    m_list->setAccessibleName(title);
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_note->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_note);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QTreeWidget::itemActivated, this,
            [this](QTreeWidgetItem *item) { Q_EMIT openLeadRequested(m_shown.value(m_list->indexOfTopLevelItem(item))); });
    const QList<qint64> first = ids.mid(0, LeadService::MaxLeadList);
    FutureWatch::then(this, leads.leads(principal, pipeline.id, first), [this, asked = ids.size()](const Result<QList<Lead>> &found) {
        if (!found) {
            m_note->setText(tr("The leads could not be loaded: %1").arg(found.error().message));
            Q_EMIT loaded();
            return;
        }
        showLeads(*found, asked);
        Q_EMIT loaded();
    });
}

QString LeadListDialog::noteText() const { return m_note->text(); }

void LeadListDialog::showLeads(const QList<Lead> &leads, qsizetype asked)
{
    const QLocale locale;
    for (const Lead &lead : leads) {
        const Stage *stage = m_pipeline.stage(lead.stageId);
        const QVariant value = lead.value(u"value"_s);
        auto *item = new QTreeWidgetItem(
            m_list, {lead.displayName(), stage ? stage->displayName() : QString(), lead.ownerName.isEmpty() ? tr("(nobody)") : lead.ownerName,
                     locale.toString(lead.lastActivityAt.toLocalTime().date(), QLocale::ShortFormat),
                     value.isNull() ? QString() : Money::format(value.toLongLong(), lead.value(u"currency"_s).toString(), locale)});
        item->setTextAlignment(4, Qt::AlignRight | Qt::AlignVCenter);
        m_shown.append(lead.id);
    }
    if (m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
    if (leads.isEmpty())
        m_note->setText(tr("None of these leads is yours to see any more: they were reassigned, merged or closed since."));
    else if (asked > LeadService::MaxLeadList)
        m_note->setText(tr("The first %1 of %2 leads. Enter or a double-click opens a lead's card.")
                            .arg(NumberFormat::integer(leads.size()), NumberFormat::integer(asked)));
    else
        m_note->setText(tr("%1 lead(s). Enter or a double-click opens a lead's card.", "", NumberFormat::pluralN(leads.size()))
                            .arg(NumberFormat::integer(leads.size())));
}

} // namespace lejek::app
