// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Forecast.h"
#include "Leakage.h"
#include "Outcomes.h"

#include <QHash>

namespace lejek {

// What the quick report sections (Cohort, Outcomes, OpenLeads) count of a set of leads,
// in numbers that add up across sets: what a store sums in SQL over the leads' summary
// (LeadFactsRepository::tally) without reading the leads one by one. The figures follow
// from it by the same arithmetic as from the leads' paths (ReportPart::fromTally).
struct ReportTally {
    int cohort = 0;                      // the leads that came in during the period
    QHash<qint64, int> furthest;         // of those, by the furthest stage reached
    Outcomes::Tally outcomes;            // of the leads closed in the period
    QList<ForecastTally> forecast;       // of the leads open now
    QHash<qint64, StageLeakage> leakage; // likewise, by the stage each is in

    void add(const ReportTally &other);
};

} // namespace lejek
