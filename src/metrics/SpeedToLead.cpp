// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SpeedToLead.h"

#include "WorkingClock.h"

#include <algorithm>

namespace lejek {

std::optional<double> SlaCompliance::share() const
{
    if (met + breached == 0)
        return std::nullopt;
    return double(met) / double(met + breached);
}

namespace {

// Counts one handoff in a tier: handed off at `at`, done at `doneAt` (none: not yet),
// due `tier.minutes` of working time later (ms since the epoch, each).
void count(SlaCompliance &tier, qint64 leadId, const WorkingClock &hours, qint64 at, std::optional<qint64> doneAt, qint64 now)
{
    if (hours.isWithin(at, tier.minutes * 60'000LL, doneAt.value_or(now))) {
        ++(doneAt ? tier.met : tier.running);
        return;
    }
    ++tier.breached;
    tier.breachedLeads.append(leadId);
}

// An instant in ms since the epoch, if it was valid and had come by `now`.
std::optional<qint64> byNow(const QDateTime &at, qint64 now)
{
    if (!at.isValid())
        return std::nullopt;
    const qint64 ms = at.toMSecsSinceEpoch();
    return ms <= now ? std::optional(ms) : std::nullopt;
}

// Lists each in ascending order, merged into one two by two (n log k for k lists),
// where sorting them together anew would take n log n: a whole of many groups.
QList<qint64> merged(QList<QList<qint64>> lists)
{
    while (lists.size() > 1) {
        QList<QList<qint64>> pairs;
        for (qsizetype i = 0; i + 1 < lists.size(); i += 2) {
            const QList<qint64> &a = lists.at(i), &b = lists.at(i + 1);
            QList<qint64> both(a.size() + b.size());
            std::merge(a.cbegin(), a.cend(), b.cbegin(), b.cend(), both.begin());
            pairs.append(std::move(both));
        }
        if (lists.size() % 2 != 0)
            pairs.append(std::move(lists.last()));
        lists = std::move(pairs);
    }
    return lists.isEmpty() ? QList<qint64>() : lists.first();
}

} // namespace

SpeedToLead SpeedToLead::compute(const Pipeline &pipeline, const QList<LeadPath> &leads, const Period &period, const QDateTime &now,
                                 qint64 handoffStageId, const QHash<qint64, WorkingCalendar> &calendars)
{
    return fromHandoffs(pipeline, Handoff::inPeriod(pipeline, leads, period, handoffStageId), now, handoffStageId, calendars);
}

SpeedToLead SpeedToLead::fromHandoffs(const Pipeline &pipeline, const QList<Handoff> &handoffs, const QDateTime &now,
                                      qint64 handoffStageId, const QHash<qint64, WorkingCalendar> &calendars)
{
    SpeedToLead result;
    const Stage *handoff = pipeline.stage(handoffStageId);
    if (!handoff)
        return result;
    result.handoffStageId = handoffStageId;
    result.firstContact.minutes = handoff->slaFirstContactMinutes;
    result.decision.minutes = handoff->slaDecisionMinutes;
    if (handoffs.isEmpty())
        return result;
    // Each team's working time as a table of the days from the first handoff to some
    // weeks past `now` (an SLA's due time may fall after it): a look-up each, where
    // the calendar would build every day's hours in its zone anew. The instants
    // as ms since the epoch: no date-time made per handoff.
    const qint64 nowMs = now.toMSecsSinceEpoch();
    qint64 firstMs = nowMs;
    for (const Handoff &h : handoffs)
        firstMs = std::min(firstMs, h.at.toMSecsSinceEpoch());
    const QDate first = QDateTime::fromMSecsSinceEpoch(firstMs, Qt::UTC).date();
    const QDate last = std::max(first, now.toUTC().date()).addDays(62);
    QHash<qint64, WorkingClock> clocks;
    const auto clockOf = [&](qint64 teamId) -> const WorkingClock & {
        const qint64 key = calendars.contains(teamId) ? teamId : 0; // the default's key: no team has id 0
        auto clock = clocks.find(key);
        if (clock == clocks.end())
            clock = clocks.insert(key, WorkingClock(calendars.value(key, WorkingCalendar()), first.addDays(-1), last));
        return *clock;
    };
    QList<qint64> speeds;
    speeds.reserve(handoffs.size());
    for (const Handoff &h : handoffs) {
        ++result.handedOff;
        const WorkingClock &hours = clockOf(h.teamId);
        const qint64 at = h.at.toMSecsSinceEpoch();
        // What had happened by `now` (the end of an as-of day).
        const std::optional<qint64> contactedAt = byNow(h.contactedAt, nowMs), decidedAt = byNow(h.decidedAt, nowMs);
        if (contactedAt)
            speeds.append(hours.workingBetween(at, *contactedAt));
        else
            result.waitingLeads.append(h.leadId);
        if (result.firstContact.minutes > 0)
            count(result.firstContact, h.leadId, hours, at, contactedAt, nowMs);
        if (result.decision.minutes > 0)
            count(result.decision, h.leadId, hours, at, decidedAt, nowMs);
    }
    result.speeds = std::move(speeds);
    result.waiting = int(result.waitingLeads.size());
    result.sort(); // the leads in their order, whatever order a store read the handoffs in
    return result;
}

SpeedToLead SpeedToLead::addedUp(const QList<SpeedToLead> &parts)
{
    SpeedToLead sum;
    // Each part's lists are in order (sort()): merged, not sorted anew.
    QList<QList<qint64>> speeds, waiting, firstBreached, decisionBreached;
    for (const SpeedToLead &part : parts) {
        if (part.handoffStageId == 0)
            continue; // nothing counted
        if (sum.handoffStageId == 0) {
            sum.handoffStageId = part.handoffStageId;
            sum.firstContact.minutes = part.firstContact.minutes;
            sum.decision.minutes = part.decision.minutes;
        }
        Q_ASSERT(sum.handoffStageId == part.handoffStageId && sum.firstContact.minutes == part.firstContact.minutes
                 && sum.decision.minutes == part.decision.minutes);
        sum.handedOff += part.handedOff;
        sum.waiting += part.waiting;
        speeds.append(part.speeds);
        waiting.append(part.waitingLeads);
        firstBreached.append(part.firstContact.breachedLeads);
        decisionBreached.append(part.decision.breachedLeads);
        for (const auto tier : {&SpeedToLead::firstContact, &SpeedToLead::decision}) {
            (sum.*tier).met += (part.*tier).met;
            (sum.*tier).breached += (part.*tier).breached;
            (sum.*tier).running += (part.*tier).running;
        }
    }
    sum.speeds = merged(std::move(speeds));
    sum.speed = Durations::ofSorted(sum.speeds);
    sum.waitingLeads = merged(std::move(waiting));
    sum.firstContact.breachedLeads = merged(std::move(firstBreached));
    sum.decision.breachedLeads = merged(std::move(decisionBreached));
    return sum;
}

void SpeedToLead::sort()
{
    std::sort(speeds.begin(), speeds.end());
    speed = Durations::ofSorted(speeds);
    for (QList<qint64> *ids : {&waitingLeads, &firstContact.breachedLeads, &decision.breachedLeads})
        std::sort(ids->begin(), ids->end());
}

} // namespace lejek
