// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Forecast.h"
#include "Funnel.h"
#include "HandoffQuality.h"
#include "Leakage.h"
#include "Outcomes.h"
#include "TimeInStage.h"

namespace lejek {

// Every panel for one set of leads (a group of a breakdown, or all of them): the
// funnel of the cohort created in the period, the stays that ended in the period with
// those still open, the outcomes of the leads closed in the period, and of the leads
// open now, the forecast and the leakage.
struct ReportPart {
    QString group; // empty: all the leads
    int cohort = 0;
    QList<FunnelStep> funnel;
    QList<StageTime> timeInStage;
    Outcomes outcomes;
    QList<ForecastMonth> forecast; // the open leads now, whatever the period
    Leakage leakage;               // likewise
    HandoffQuality handoff;        // of the leads handed off in the period

    // `handoffStageId`: where marketing hands leads to sales (the scoring model's
    // handoff stage; 0: none).
    static ReportPart compute(const Pipeline &pipeline, const QList<LeadPath> &leads, const Period &period, const QDateTime &now,
                              qint64 handoffStageId = 0);
};

// A pipeline's report: the whole, and with a breakdown each group's (by name; leads
// without one in a group of their own, named "").
struct PipelineReport {
    Period period;
    QDateTime now;
    Breakdown by = Breakdown::None;
    ReportPart total;
    QList<ReportPart> groups;

    static PipelineReport compute(const Pipeline &pipeline, const QList<LeadPath> &leads, const Period &period, const QDateTime &now,
                                  Breakdown by, qint64 handoffStageId = 0);
};

} // namespace lejek
