// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Forecast.h"
#include "Handoff.h"
#include "HandoffQuality.h"
#include "Leakage.h"
#include "Outcomes.h"
#include "SpeedToLead.h"
#include "TimeInStage.h"

#include <QHash>

namespace lejek {

// What the report sections count of a set of leads: what a store sums in SQL over the
// leads' summary (LeadFactsRepository::tally) and their stays (StageStayRepository)
// without reading the leads one by one. The figures follow from it by the same
// arithmetic as from the leads' paths (ReportPart::fromTally). All of it adds up across
// sets but the stays' medians, which a store reads for each set.
struct ReportTally {
    int cohort = 0;                      // the leads that came in during the period
    QHash<qint64, int> furthest;         // of those, by the furthest stage reached
    Outcomes::Tally outcomes;            // of the leads closed in the period
    QList<ForecastTally> forecast;       // of the leads open now
    QHash<qint64, StageLeakage> leakage; // likewise, by the stage each is in
    QHash<qint64, StayTally> stays;      // Stays: by stage (not added: medians do not add up)
    QList<Handoff> handoffs;             // Handoffs: the leads handed off in the period
    // Handoffs: or their figures, counted already by a store that keeps them counted
    // (HandoffCountRepository), without the leads behind them (ReportFigure asks for
    // those). Not added up: ranks do not add up, so a store counts a whole's itself;
    // add() takes them from the one tally of a sum that has them.
    std::optional<SpeedToLead> speed;
    std::optional<HandoffQuality> handoff;

    void add(const ReportTally &other);
    // `n` leads of the cohort whose furthest stage is `furthestStageId` (0: none).
    void addCohort(qint64 furthestStageId, int n);
};

} // namespace lejek
