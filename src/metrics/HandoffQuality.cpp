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
    quality.setReasons(reasons);
    return quality;
}

void HandoffQuality::add(const HandoffQuality &other)
{
    if (other.handoffStageId == 0)
        return; // nothing counted
    if (handoffStageId == 0) {
        *this = other;
        return;
    }
    Q_ASSERT(handoffStageId == other.handoffStageId);
    handedOff += other.handedOff;
    accepted += other.accepted;
    returned += other.returned;
    disqualified += other.disqualified;
    waiting += other.waiting;
    QMap<QString, int> counts;
    for (const QList<Outcomes::Reason> *list : {&std::as_const(reasons), &other.reasons})
        for (const Outcomes::Reason &reason : *list)
            counts[reason.code] += reason.count;
    setReasons(counts);
}

void HandoffQuality::setReasons(const QMap<QString, int> &counts)
{
    reasons.clear();
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        reasons.append({it.key(), it.value(), double(it.value()) / double(disqualified), {}});
    std::stable_sort(reasons.begin(), reasons.end(), [](const Outcomes::Reason &a, const Outcomes::Reason &b) { return a.count > b.count; });
}

} // namespace lejek
