// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "HandoffQuality.h"

#include <QMap>

#include <algorithm>

namespace lejek {

HandoffQuality HandoffQuality::compute(const Pipeline &pipeline, const QList<LeadPath> &leads, const Period &period,
                                       qint64 handoffStageId)
{
    return fromHandoffs(pipeline, Handoff::inPeriod(pipeline, leads, period, handoffStageId), handoffStageId);
}

HandoffQuality HandoffQuality::fromHandoffs(const Pipeline &pipeline, const QList<Handoff> &handoffs, qint64 handoffStageId)
{
    HandoffQuality quality;
    const Stage *handoff = pipeline.stage(handoffStageId);
    if (!handoff)
        return quality;
    quality.handoffStageId = handoffStageId;
    QMap<QString, int> reasons;
    for (const Handoff &h : handoffs) {
        ++quality.handedOff;
        const Stage *then = pipeline.stage(h.nextStageId);
        if (!then) {
            ++quality.waiting;
        } else if (then->kind == StageKind::Lost) {
            ++quality.disqualified;
            ++reasons[h.lostReason];
        } else if (then->kind == StageKind::Won || (then->kind == StageKind::Open && then->position > handoff->position)) {
            ++quality.accepted;
        } else {
            ++quality.returned; // an earlier stage, or parked for nurture
        }
    }
    for (auto it = reasons.cbegin(); it != reasons.cend(); ++it)
        quality.reasons.append({it.key(), it.value(), double(it.value()) / double(quality.disqualified), {}});
    std::stable_sort(quality.reasons.begin(), quality.reasons.end(),
                     [](const Outcomes::Reason &a, const Outcomes::Reason &b) { return a.count > b.count; });
    return quality;
}

} // namespace lejek
