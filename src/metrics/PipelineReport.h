// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Forecast.h"
#include "Funnel.h"
#include "HandoffQuality.h"
#include "Leakage.h"
#include "Outcomes.h"
#include "ReportTally.h"
#include "SpeedToLead.h"
#include "TimeInStage.h"

#include <QFlags>

namespace lejek {

// What a report needs beside the leads: where marketing hands leads to sales (the
// scoring model's handoff stage; 0: none) and the teams' working calendars by team id
// (speed to lead and the SLAs count working time; a team not here: the default).
struct ReportSetup {
    qint64 handoffStageId = 0;
    QHash<qint64, WorkingCalendar> calendars;
};

// The parts of a report by what they read: counts a store sums in SQL, from its summary
// of the leads (LeadFactsRepository::tally) and of their stays (StageStayRepository::
// tally), today's or as they stood at a past day's end (whose stages stood in another
// order then: every lead's path as it stood then).
enum class ReportSection {
    Cohort = 0x1,    // the funnel of the leads that came in during the period
    Outcomes = 0x2,  // win rate, cycle and lost reasons of the leads closed in it
    OpenLeads = 0x4, // the forecast and the leakage of the leads open now
    Stays = 0x8,     // time in stage: the stays that ended in the period, and the leads still in a stage
    Handoffs = 0x10, // handoff quality, speed to lead and the SLAs of the leads handed off in the period
};
Q_DECLARE_FLAGS(ReportSections, ReportSection)
inline constexpr ReportSections AllSections{ReportSection::Cohort, ReportSection::Outcomes, ReportSection::OpenLeads,
                                            ReportSection::Stays, ReportSection::Handoffs};

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

    // Only `sections`; the other members stay empty.
    static ReportPart compute(const Pipeline &pipeline, const QList<LeadPath> &leads, const Period &period, const QDateTime &now,
                              const ReportSetup &setup = {}, ReportSections sections = AllSections);
    // `sections` from a tally (no leads listed but the handoffs').
    static ReportPart fromTally(const Pipeline &pipeline, const ReportTally &tally, ReportSections sections, const QDateTime &now,
                                const ReportSetup &setup = {});
    // `sections` of `other`, a part of the same leads read apart.
    void take(const ReportPart &other, ReportSections sections);
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
    ReportSections sections = AllSections; // what it holds; the other members are empty
    ReportSections groupSections = AllSections; // with a breakdown, what its groups hold

    static PipelineReport compute(const Pipeline &pipeline, const QList<LeadPath> &leads, const Period &period, const QDateTime &now,
                                  Breakdown by, const ReportSetup &setup = {}, ReportSections sections = AllSections);
    // Another part of the same report (the same leads, period and day): its sections of
    // the whole, and of its groups if it has a breakdown (by name: a group may be in
    // one part only), each only if no part before brought it.
    void take(const PipelineReport &part);
    // `sections` as a store reads them today: `grouped` of them from `groups` (under
    // `by`), the others from `whole`, which also holds the whole's stays (medians do not
    // add up); the whole's grouped sections are the sum of the groups'.
    static PipelineReport compute(const Pipeline &pipeline, ReportSections sections, const ReportTally &whole,
                                  const QMap<QString, ReportTally> &groups, ReportSections grouped, const Period &period,
                                  const QDateTime &now, Breakdown by, const ReportSetup &setup = {});
};

} // namespace lejek

// Outside the namespace, as Qt asks: inside, it would hide Qt's own operator| there.
Q_DECLARE_OPERATORS_FOR_FLAGS(lejek::ReportSections)
