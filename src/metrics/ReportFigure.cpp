// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportFigure.h"

namespace lejek {

QList<qint64> ReportFigure::leadsIn(const ReportPart &part) const
{
    QList<qint64> ids;
    switch (kind) {
    case Kind::Reached:
        for (const FunnelStep &step : part.funnel)
            if (step.stageId == stageId)
                ids = step.leadIds;
        break;
    case Kind::Lost:
        for (const Outcomes::Reason &lost : part.outcomes.lostReasons)
            if (lost.code == reason)
                ids = lost.leadIds;
        break;
    case Kind::Leaking:
        for (const LeakingLead &lead : part.leakage.leads) {
            const bool has = leak == Leak::Any || (leak == Leak::NoOwner && lead.noOwner)
                             || (leak == Leak::NoNextTask && lead.noNextTask) || (leak == Leak::Rotting && lead.rotting);
            if (has && (stageId == 0 || lead.stageId == stageId))
                ids.append(lead.leadId);
        }
        break;
    case Kind::Waiting:
        for (const StageTime &stage : part.timeInStage)
            if (stage.stageId == stageId)
                for (const Ageing &waiting : stage.ageing)
                    ids.append(waiting.leadId);
        break;
    case Kind::Handoffs:
        ids = handoffs == HandoffList::NotContacted         ? part.speed.waitingLeads
              : handoffs == HandoffList::FirstContactBroken ? part.speed.firstContact.breachedLeads
                                                            : part.speed.decision.breachedLeads;
        break;
    }
    return ids;
}

} // namespace lejek
