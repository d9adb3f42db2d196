// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "HandoffGroupCounts.h"

#include <algorithm>

namespace lejek {

namespace {

void addTier(SlaCompliance &to, const SlaCompliance &from)
{
    to.met += from.met;
    to.breached += from.breached;
    to.running += from.running;
}

// Two lists of speeds in order, merged in order.
QList<qint64> merged(const QList<qint64> &a, const QList<qint64> &b)
{
    QList<qint64> both(a.size() + b.size());
    std::merge(a.cbegin(), a.cend(), b.cbegin(), b.cend(), both.begin());
    return both;
}

} // namespace

void HandoffGroupCounts::addRead(const Pipeline &pipeline, const QList<Handoff> &handoffs, Part part, const QDateTime &now,
                                 qint64 handoffStageId, const QHash<qint64, WorkingCalendar> &calendars)
{
    if (handoffs.isEmpty())
        return;
    const SpeedToLead speed = SpeedToLead::fromHandoffs(pipeline, handoffs, now, handoffStageId, calendars);
    addTier(decision, speed.decision);
    if (part != Part::Decision)
        quality.add(HandoffQuality::fromHandoffs(pipeline, handoffs, handoffStageId));
    if (part != Part::All)
        return;
    handedOff += speed.handedOff;
    waiting += speed.waiting;
    addTier(firstContact, speed.firstContact);
    oneByOne = merged(oneByOne, speed.speeds);
}

void HandoffGroupCounts::add(const HandoffGroupCounts &other)
{
    owners += other.owners;
    for (const auto &[bucket, n] : other.speeds)
        speeds[bucket] += n;
    oneByOne = merged(oneByOne, other.oneByOne);
    handedOff += other.handedOff;
    waiting += other.waiting;
    addTier(firstContact, other.firstContact);
    addTier(decision, other.decision);
    for (auto it = other.nextStages.cbegin(); it != other.nextStages.cend(); ++it)
        nextStages[it.key()] += it.value();
    for (auto it = other.reasons.cbegin(); it != other.reasons.cend(); ++it)
        reasons[it.key()] += it.value();
    quality.add(other.quality);
}

} // namespace lejek
