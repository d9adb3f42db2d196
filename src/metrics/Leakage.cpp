// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Leakage.h"

#include <QHash>

#include <algorithm>

namespace lejek {

Leakage Leakage::compute(const Pipeline &pipeline, const QList<LeadPath> &leads, const QDateTime &now)
{
    Leakage leakage;
    QHash<qint64, qsizetype> row; // stage id -> index in leakage.stages
    for (const Stage &stage : pipeline.stages) {
        if (stage.isClosed())
            continue;
        row.insert(stage.id, leakage.stages.size());
        leakage.stages.append(StageLeakage{stage.id, stage.displayName(), 0, 0, 0, 0, 0});
    }
    for (const LeadPath &lead : leads) {
        const auto at = row.constFind(lead.currentStageId());
        if (at == row.cend())
            continue; // won, lost, or in no stage of this pipeline
        const Stage *stage = pipeline.stage(lead.currentStageId());
        StageLeakage &counts = leakage.stages[*at];
        const LeakingLead leaking{lead.leadId, stage->id, lead.ownerId == 0, !lead.hasOpenTask,
                                  stage->rottingDays > 0 && lead.lastActivityAt.isValid()
                                      && lead.lastActivityAt < now.addDays(-stage->rottingDays),
                                  lead.lastActivityAt};
        ++counts.leads;
        counts.noOwner += leaking.noOwner;
        counts.noNextTask += leaking.noNextTask;
        counts.rotting += leaking.rotting;
        if (leaking.noOwner || leaking.noNextTask || leaking.rotting) {
            ++counts.leaking;
            leakage.leads.append(leaking);
        }
    }
    std::stable_sort(leakage.leads.begin(), leakage.leads.end(),
                     [](const LeakingLead &a, const LeakingLead &b) { return a.lastActivityAt < b.lastActivityAt; });
    return leakage;
}

} // namespace lejek
