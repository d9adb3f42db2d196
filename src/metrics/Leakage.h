// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "LeadPath.h"

#include <QHash>

namespace lejek {

// A lead the pipeline is about to lose, and why (any of the three).
struct LeakingLead {
    qint64 leadId = 0;
    qint64 stageId = 0;
    bool noOwner = false;
    bool noNextTask = false;
    bool rotting = false;
    QDateTime lastActivityAt;
};

// One stage's leakage: its leads, and how many of them have each problem.
struct StageLeakage {
    qint64 stageId = 0;
    QString stage; // as the user's language names it
    int leads = 0;
    int noOwner = 0;
    int noNextTask = 0;
    int rotting = 0;
    int leaking = 0; // with at least one of the three
    void add(const StageLeakage &other); // the counts, not the stage
};

// DOMAIN.md: leakage = the open leads with no owner, no open next task, or rotting (no
// activity for longer than their stage's rotting days; a stage with none never rots).
// "Open" here is every lead not won or lost: a parked lead is kept out of the
// conversion math but never forgotten (DOMAIN.md), so it leaks like any other. The
// stages in position order; the leads oldest activity first.
struct Leakage {
    QList<StageLeakage> stages;
    QList<LeakingLead> leads; // computed from paths only; today's report counts (ReportService::leads lists)

    static Leakage compute(const Pipeline &pipeline, const QList<LeadPath> &leads, const QDateTime &now);
    // The stages' rows from counts a store made by stage (LeadFactsRepository::tally);
    // no leads listed.
    static Leakage fromCounts(const Pipeline &pipeline, const QHash<qint64, StageLeakage> &byStage);
    // A lead in `stage` rots when its last activity is before this (invalid: the stage
    // never rots).
    static QDateTime rottingBefore(const Stage &stage, const QDateTime &now);
};

} // namespace lejek
