// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "StageColumn.h"

#include "LeadCardDelegate.h"
#include "StageHeader.h"
#include "StageLeadModel.h"
#include "StageListView.h"
#include "application/NumberFormat.h"

#include <QVBoxLayout>

namespace lejek::app {

using namespace Qt::Literals::StringLiterals;

StageColumn::StageColumn(
    LeadService &service, const Principal &principal, qint64 pipelineId, const Stage &stage, LeadCardDelegate *delegate, bool firstStage, QWidget *parent)
    : QWidget(parent)
    , m_stage(stage)
    , m_header(new StageHeader(stage, this))
    , m_view(new StageListView(this))
    , m_model(new StageLeadModel(service, principal, pipelineId, stage, this))
{
    setObjectName(u"stageColumn_%1"_s.arg(stage.id));
    m_view->setObjectName(u"stageList_%1"_s.arg(stage.id));
    m_view->setItemDelegate(delegate);
    m_view->setModel(m_model);
    m_view->setEmptyText(
        firstStage ? tr("No leads here yet. Import a CSV file (File › Import Leads…) or add one with lejek-cli add.")
                   : tr("No leads in this stage. Drag a card here to move it."));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_header);
    layout->addWidget(m_view, 1);
    setMinimumWidth(170);
    // The header shows the model's totals: the server's, with moves on their way.
    connect(m_model, &StageLeadModel::totalsChanged, this, &StageColumn::onTotalsChanged);
    updateAccessibility();
}

void StageColumn::setTotals(const StageTotals &totals)
{
    m_model->setTotals(totals);
}

void StageColumn::reload(const StageTotals &totals)
{
    m_model->reload(totals);
}

void StageColumn::onTotalsChanged()
{
    m_header->setTotals(m_model->totals());
    updateAccessibility();
}

void StageColumn::updateAccessibility()
{
    const qint64 count = m_model->totals().count;
    const QString name = tr("%1, %2 lead(s)", "stage name, lead count", NumberFormat::pluralN(count))
                             .arg(m_stage.displayName(locale()), NumberFormat::integer(count, locale()));
    m_view->setAccessibleName(name);
    m_view->setAccessibleDescription(m_header->valueText());
    setAccessibleName(name);
}

} // namespace lejek::app
