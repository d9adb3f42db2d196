// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Forecast.h"
#include "Funnel.h"
#include "HandoffQuality.h"
#include "Leakage.h"
#include "Outcomes.h"
#include "SpeedToLead.h"
#include "TimeInStage.h"

namespace lejek {

// What a report needs beside the leads: where marketing hands leads to sales (the
// scoring model's handoff stage; 0: none) and the teams' working calendars by team id
// (speed to lead and the SLAs count working time; a team not here: the default).
struct ReportSetup {
    qint64 handoffStageId = 0;
    QHash<qint64, WorkingCalendar> calendars;
};

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
    SpeedToLead speed;             // likewise

    static ReportPart compute(const Pipeline &pipeline, const QList<LeadPath> &leads, const Period &period, const QDateTime &now,
                              const ReportSetup &setup = {});
};

// A pipeline's report: the whole, and with a breakdown each group's (by name; leads
// without one in a group of their own, named "").
struct PipelineReport {
    Period period;
    QDateTime now;
    Breakdown by = Breakdown::None;
    ReportPart total;
    QList<ReportPart> groups;
    QDate asOf; // invalid: today's; else as it stood at the end of that day (`now` is that end)

    static PipelineReport compute(const Pipeline &pipeline, const QList<LeadPath> &leads, const Period &period, const QDateTime &now,
                                  Breakdown by, const ReportSetup &setup = {});
};

} // namespace lejek
