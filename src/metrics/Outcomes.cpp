// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Outcomes.h"

#include <QMap>

#include <algorithm>

namespace lejek {

Outcomes Outcomes::compute(const Pipeline &pipeline, const QList<LeadPath> &leads, const Period &closedIn)
{
    Outcomes out;
    QList<qint64> cycles;
    QMap<QString, QList<qint64>> reasons; // the lost leads by reason
    for (const LeadPath &lead : leads) {
        const QDateTime closed = lead.closedAt(pipeline);
        if (!closedIn.contains(closed))
            continue;
        const Stage *stage = pipeline.stage(lead.currentStageId());
        if (stage->kind == StageKind::Won) {
            ++out.won;
            cycles.append(lead.createdAt.msecsTo(closed));
        } else {
            ++out.lost;
            reasons[lead.lostReason].append(lead.leadId);
        }
    }
    if (out.won + out.lost > 0)
        out.winRate = double(out.won) / double(out.won + out.lost);
    out.cycle = Durations::of(cycles);
    for (auto it = reasons.cbegin(); it != reasons.cend(); ++it)
        out.lostReasons.append(Reason{it.key(), int(it.value().size()), double(it.value().size()) / double(out.lost), it.value()});
    std::stable_sort(out.lostReasons.begin(), out.lostReasons.end(),
                     [](const Reason &a, const Reason &b) { return a.count > b.count; });
    return out;
}

} // namespace lejek
