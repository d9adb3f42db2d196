// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TimeInStage.h"

#include <algorithm>

namespace lejek {

QList<StageTime> TimeInStage::compute(const Pipeline &pipeline, const QList<LeadPath> &leads, const std::optional<Period> &exitedIn,
                                      const QDateTime &now)
{
    QHash<qint64, QList<qint64>> intervals;
    QHash<qint64, QList<Ageing>> ageing;
    for (const LeadPath &lead : leads) {
        for (qsizetype i = 0; i < lead.entries.size(); ++i) {
            const LeadPath::Entry &entry = lead.entries.at(i);
            if (i + 1 < lead.entries.size()) {
                const QDateTime exit = lead.entries.at(i + 1).at;
                if (!exitedIn || exitedIn->contains(exit))
                    intervals[entry.stageId].append(entry.at.msecsTo(exit));
            } else {
                ageing[entry.stageId].append(Ageing{lead.leadId, entry.at, entry.at.msecsTo(now)});
            }
        }
    }
    QHash<qint64, StayTally> stays;
    for (const Stage &stage : pipeline.stages) {
        QList<Ageing> &waiting = ageing[stage.id];
        std::sort(waiting.begin(), waiting.end(),
                  [](const Ageing &a, const Ageing &b) { return a.ageMs > b.ageMs || (a.ageMs == b.ageMs && a.leadId < b.leadId); });
        stays.insert(stage.id, StayTally{Durations::of(intervals.value(stage.id)), int(waiting.size()),
                                         waiting.isEmpty() ? QDateTime() : waiting.first().since});
    }
    QList<StageTime> stages = fromTally(pipeline, stays, now);
    for (StageTime &stage : stages)
        stage.ageing = ageing.value(stage.stageId);
    return stages;
}

QList<StageTime> TimeInStage::fromTally(const Pipeline &pipeline, const QHash<qint64, StayTally> &stays, const QDateTime &now)
{
    QList<StageTime> stages;
    for (const Stage &stage : pipeline.stages) {
        if (stage.isClosed())
            continue;
        const StayTally tally = stays.value(stage.id);
        StageTime time{stage.id, stage.displayName(), tally.ended, tally.waiting, {}, {}};
        if (tally.waiting > 0 && tally.waitingSince.isValid())
            time.longestWaitMs = tally.waitingSince.msecsTo(now);
        stages.append(time);
    }
    return stages;
}

} // namespace lejek
