// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportTally.h"

namespace lejek {

void ReportTally::add(const ReportTally &other)
{
    cohort += other.cohort;
    for (auto it = other.furthest.cbegin(); it != other.furthest.cend(); ++it)
        furthest[it.key()] += it.value();
    outcomes.add(other.outcomes);
    forecast.append(other.forecast);
    for (auto it = other.leakage.cbegin(); it != other.leakage.cend(); ++it)
        leakage[it.key()].add(it.value());
    handoffs.append(other.handoffs);
    if (other.speed) {
        speed = other.speed;
        handoff = other.handoff;
    }
}

void ReportTally::addCohort(qint64 furthestStageId, int n)
{
    cohort += n;
    if (furthestStageId != 0)
        furthest[furthestStageId] += n;
}

} // namespace lejek
