// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Principal.h"

#include "Stage.h"
#include "StageTotals.h"

#include <QWidget>

namespace lejek {
class LeadService;
}

namespace lejek::app {

class LeadCardDelegate;
class StageHeader;
class StageLeadModel;
class StageListView;

// One stage of the board: its header over the virtual list of its lead cards.
class StageColumn : public QWidget
{
    Q_OBJECT
public:
    StageColumn(LeadService &service, const Principal &principal, qint64 pipelineId, const Stage &stage, LeadCardDelegate *delegate, bool firstStage,
        QWidget *parent = nullptr);

    const Stage &stage() const { return m_stage; }
    StageLeadModel *model() const { return m_model; }
    StageListView *view() const { return m_view; }
    StageHeader *header() const { return m_header; }

    void setTotals(const StageTotals &totals);
    // New totals with the pages shown fetched again, applied together (no flicker).
    void reload(const StageTotals &totals);

private:
    void onTotalsChanged();
    void updateAccessibility();

    Stage m_stage;
    StageHeader *m_header;
    StageListView *m_view;
    StageLeadModel *m_model;
};

} // namespace lejek::app
