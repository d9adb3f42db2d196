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

namespace {

// Which of the counts a handoff whose next stage is `then` (none: no move yet) falls in.
int HandoffQuality::*countOf(const Stage &handoff, const Stage *then)
{
    if (!then)
        return &HandoffQuality::waiting;
    if (then->kind == StageKind::Lost)
        return &HandoffQuality::disqualified;
    if (then->kind == StageKind::Won || (then->kind == StageKind::Open && then->position > handoff.position))
        return &HandoffQuality::accepted;
    return &HandoffQuality::returned; // an earlier stage, or parked for nurture
}

} // namespace

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
        ++(quality.*countOf(*handoff, then));
        if (then && then->kind == StageKind::Lost)
            ++reasons[h.lostReason];
    }
    quality.setReasons(reasons);
    return quality;
}

HandoffQuality HandoffQuality::fromCounts(const Pipeline &pipeline, qint64 handoffStageId, const QHash<qint64, qint64> &byNextStage,
                                          const QMap<QString, int> &reasons)
{
    HandoffQuality quality;
    const Stage *handoff = pipeline.stage(handoffStageId);
    if (!handoff)
        return quality;
    quality.handoffStageId = handoffStageId;
    for (auto it = byNextStage.cbegin(); it != byNextStage.cend(); ++it) {
        quality.handedOff += int(it.value());
        quality.*countOf(*handoff, pipeline.stage(it.key())) += int(it.value());
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
