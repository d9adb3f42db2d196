// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Handoff.h"

#include <algorithm>

namespace lejek {

QList<qint64> Handoff::decidingStages(const Pipeline &pipeline, qint64 handoffStageId)
{
    QList<qint64> ids;
    const Stage *handoff = pipeline.stage(handoffStageId);
    if (!handoff)
        return ids;
    for (const Stage &stage : pipeline.stages)
        if (stage.id != handoffStageId && pipeline.decidesSla(stage, *handoff))
            ids.append(stage.id);
    return ids;
}

QList<Handoff> Handoff::inPeriod(const Pipeline &pipeline, const QList<LeadPath> &leads, const Period &period, qint64 handoffStageId)
{
    QList<Handoff> handoffs;
    if (!pipeline.stage(handoffStageId))
        return handoffs;
    const QList<qint64> deciding = decidingStages(pipeline, handoffStageId);
    for (const LeadPath &lead : leads) {
        const auto entry = std::find_if(lead.entries.cbegin(), lead.entries.cend(), [&](const LeadPath::Entry &e) {
            return e.stageId == handoffStageId && period.contains(e.at);
        });
        if (entry == lead.entries.cend())
            continue;
        Handoff h{lead.leadId, entry->at, 0, {}, {}, lead.teamId, lead.lostReason};
        const auto next = std::find_if(entry + 1, lead.entries.cend(), [&](const LeadPath::Entry &e) { return e.stageId != handoffStageId; });
        if (next != lead.entries.cend())
            h.nextStageId = next->stageId;
        const auto decided = std::find_if(entry + 1, lead.entries.cend(), [&](const LeadPath::Entry &e) { return deciding.contains(e.stageId); });
        if (decided != lead.entries.cend())
            h.decidedAt = decided->at;
        const auto contact = std::find_if(lead.contacts.cbegin(), lead.contacts.cend(), [&](const QDateTime &at) { return at >= h.at; });
        if (contact != lead.contacts.cend())
            h.contactedAt = *contact;
        handoffs.append(h);
    }
    return handoffs;
}

} // namespace lejek
