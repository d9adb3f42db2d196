// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Leakage.h"

#include <algorithm>

namespace lejek {

void StageLeakage::add(const StageLeakage &other)
{
    leads += other.leads;
    noOwner += other.noOwner;
    noNextTask += other.noNextTask;
    rotting += other.rotting;
    leaking += other.leaking;
}

QDateTime Leakage::rottingBefore(const Stage &stage, const QDateTime &now)
{
    return stage.rottingDays > 0 ? now.addDays(-stage.rottingDays) : QDateTime();
}

Leakage Leakage::fromCounts(const Pipeline &pipeline, const QHash<qint64, StageLeakage> &byStage)
{
    Leakage leakage;
    for (const Stage &stage : pipeline.stages) {
        if (stage.isClosed())
            continue;
        StageLeakage counts = byStage.value(stage.id);
        counts.stageId = stage.id;
        counts.stage = stage.displayName();
        leakage.stages.append(counts);
    }
    return leakage;
}

Leakage Leakage::compute(const Pipeline &pipeline, const QList<LeadPath> &leads, const QDateTime &now)
{
    QHash<qint64, StageLeakage> byStage;
    QList<LeakingLead> leaking;
    for (const LeadPath &lead : leads) {
        const Stage *stage = pipeline.stage(lead.currentStageId());
        if (!stage || stage->isClosed())
            continue; // won, lost, or in no stage of this pipeline
        const QDateTime rotsBefore = rottingBefore(*stage, now);
        const LeakingLead one{lead.leadId, stage->id, lead.ownerId == 0, !lead.hasOpenTask,
                              rotsBefore.isValid() && lead.lastActivityAt.isValid() && lead.lastActivityAt < rotsBefore,
                              lead.lastActivityAt};
        const bool leaks = one.noOwner || one.noNextTask || one.rotting;
        byStage[stage->id].add(StageLeakage{stage->id, {}, 1, one.noOwner, one.noNextTask, one.rotting, leaks});
        if (leaks)
            leaking.append(one);
    }
    Leakage leakage = fromCounts(pipeline, byStage);
    std::stable_sort(leaking.begin(), leaking.end(),
                     [](const LeakingLead &a, const LeakingLead &b) { return a.lastActivityAt < b.lastActivityAt; });
    leakage.leads = std::move(leaking);
    return leakage;
}

} // namespace lejek
