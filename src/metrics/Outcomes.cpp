// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Outcomes.h"

#include <algorithm>

namespace lejek {

void Outcomes::Tally::add(const Tally &other)
{
    won += other.won;
    lost += other.lost;
    for (auto it = other.reasons.cbegin(); it != other.reasons.cend(); ++it)
        reasons[it.key()] += it.value();
    cycles.append(other.cycles);
}

void Outcomes::Tally::addClosed(const Pipeline &pipeline, qint64 stageId, const QString &reason, int n)
{
    const Stage *stage = pipeline.stage(stageId);
    if (stage && stage->kind == StageKind::Won) {
        won += n;
    } else if (stage && stage->kind == StageKind::Lost) {
        lost += n;
        reasons[reason] += n;
    }
}

Outcomes Outcomes::fromTally(const Tally &tally)
{
    Outcomes out;
    out.won = tally.won;
    out.lost = tally.lost;
    if (out.won + out.lost > 0)
        out.winRate = double(out.won) / double(out.won + out.lost);
    out.cycle = Durations::of(tally.cycles);
    for (auto it = tally.reasons.cbegin(); it != tally.reasons.cend(); ++it)
        if (it.value() > 0)
            out.lostReasons.append(Reason{it.key(), it.value(), double(it.value()) / double(out.lost), {}});
    // Most frequent first; a tie in the reasons' order.
    std::stable_sort(out.lostReasons.begin(), out.lostReasons.end(),
                     [](const Reason &a, const Reason &b) { return a.count > b.count; });
    return out;
}

Outcomes Outcomes::compute(const Pipeline &pipeline, const QList<LeadPath> &leads, const Period &closedIn)
{
    Tally tally;
    QMap<QString, QList<qint64>> lostLeads; // by reason
    for (const LeadPath &lead : leads) {
        const QDateTime closed = lead.closedAt(pipeline);
        if (!closedIn.contains(closed))
            continue;
        const Stage *stage = pipeline.stage(lead.currentStageId());
        if (stage->kind == StageKind::Won) {
            ++tally.won;
            tally.cycles.append(lead.createdAt.msecsTo(closed));
        } else {
            ++tally.lost;
            ++tally.reasons[lead.lostReason];
            lostLeads[lead.lostReason].append(lead.leadId);
        }
    }
    Outcomes out = fromTally(tally);
    for (Reason &reason : out.lostReasons)
        reason.leadIds = lostLeads.value(reason.code);
    return out;
}

} // namespace lejek
