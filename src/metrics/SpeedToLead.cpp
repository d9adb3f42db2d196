// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SpeedToLead.h"

#include <algorithm>

namespace lejek {

std::optional<double> SlaCompliance::share() const
{
    if (met + breached == 0)
        return std::nullopt;
    return double(met) / double(met + breached);
}

namespace {

// Counts one handoff in a tier: done at `doneAt` (invalid: not yet), due at `due`.
void count(SlaCompliance &tier, qint64 leadId, const QDateTime &due, const QDateTime &doneAt, const QDateTime &now)
{
    if (doneAt.isValid() ? doneAt <= due : now <= due) {
        ++(doneAt.isValid() ? tier.met : tier.running);
        return;
    }
    ++tier.breached;
    tier.breachedLeads.append(leadId);
}

} // namespace

SpeedToLead SpeedToLead::compute(const Pipeline &pipeline, const QList<LeadPath> &leads, const Period &period, const QDateTime &now,
                                 qint64 handoffStageId, const QHash<qint64, WorkingCalendar> &calendars)
{
    SpeedToLead result;
    const Stage *handoff = pipeline.stage(handoffStageId);
    if (!handoff)
        return result;
    result.handoffStageId = handoffStageId;
    result.firstContact.minutes = handoff->slaFirstContactMinutes;
    result.decision.minutes = handoff->slaDecisionMinutes;
    const WorkingCalendar standard;
    QList<qint64> speeds;
    for (const LeadPath &lead : leads) {
        const auto entry = std::find_if(lead.entries.cbegin(), lead.entries.cend(), [&](const LeadPath::Entry &e) {
            return e.stageId == handoffStageId && period.contains(e.at);
        });
        if (entry == lead.entries.cend())
            continue;
        ++result.handedOff;
        const auto calendar = calendars.constFind(lead.teamId);
        const WorkingCalendar &hours = calendar == calendars.cend() ? standard : *calendar;
        const QDateTime handedAt = entry->at;

        const auto contact = std::find_if(lead.contacts.cbegin(), lead.contacts.cend(),
                                          [&](const QDateTime &at) { return at >= handedAt && at <= now; });
        const QDateTime contactedAt = contact == lead.contacts.cend() ? QDateTime() : *contact;
        if (contactedAt.isValid())
            speeds.append(hours.workingBetween(handedAt, contactedAt));
        else
            result.waitingLeads.append(lead.leadId);

        QDateTime decidedAt;
        for (auto next = entry + 1; next != lead.entries.cend() && next->at <= now; ++next) {
            const Stage *to = pipeline.stage(next->stageId);
            if (to && to->id != handoffStageId && pipeline.decidesSla(*to, *handoff)) {
                decidedAt = next->at;
                break;
            }
        }
        if (result.firstContact.minutes > 0)
            count(result.firstContact, lead.leadId, hours.addWorkingMinutes(handedAt, result.firstContact.minutes), contactedAt, now);
        if (result.decision.minutes > 0)
            count(result.decision, lead.leadId, hours.addWorkingMinutes(handedAt, result.decision.minutes), decidedAt, now);
    }
    result.speed = Durations::of(speeds);
    result.waiting = int(result.waitingLeads.size());
    return result;
}

} // namespace lejek
