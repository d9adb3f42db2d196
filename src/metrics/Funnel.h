// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "LeadPath.h"

#include <QHash>

#include <optional>

namespace lejek {

// One step of the funnel: a stage, how many leads reached it, and the share of those
// that reached the step before that reached this one.
struct FunnelStep {
    qint64 stageId = 0;
    QString stage; // as the user's language names it (Stage::displayName)
    int reached = 0;
    std::optional<double> conversion; // reached / the previous step's (none: first step, or 0 before)
    QList<qint64> leadIds;            // the leads that reached it, in the cohort's order (from paths only)
};

// DOMAIN.md: reached(S) = the leads whose furthest stage, by order among the open
// stages with Won last, is S or later; a lead that skipped S but went past it reached
// it. Parked and lost stages do not advance a lead. The steps are the open stages in
// order, then Won. The leads given are the cohort (whoever picked them).
class Funnel
{
public:
    static QList<FunnelStep> compute(const Pipeline &pipeline, const QList<LeadPath> &cohort);
    // The same steps from the cohort counted by the furthest stage each lead reached
    // (leads that reached none, or a stage not a step, count nowhere), as a store sums
    // them (LeadFactsRepository::tally); no leads listed.
    static QList<FunnelStep> fromFurthest(const Pipeline &pipeline, const QHash<qint64, int> &furthest);
    // The steps' stages in the funnel's order.
    static QList<const Stage *> order(const Pipeline &pipeline);
};

} // namespace lejek
