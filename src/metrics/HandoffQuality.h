// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Handoff.h"
#include "Outcomes.h"

#include <QHash>
#include <QMap>

namespace lejek {

// DOMAIN.md, handoff quality (the SOP's marketing↔sales metric): of the leads handed
// off in the period (their first entry into the handoff stage in it), what sales did
// next. The lead's first move after that entry decides: on to a later open stage or
// won, accepted; back to an earlier stage or parked (nurture), returned; lost,
// disqualified (with the lead's lost reason); no move yet, waiting.
struct HandoffQuality {
    qint64 handoffStageId = 0; // 0: the pipeline has no handoff stage; nothing counted
    int handedOff = 0;
    int accepted = 0;
    int returned = 0;
    int disqualified = 0;
    int waiting = 0;
    QList<Outcomes::Reason> reasons; // of the disqualified, most frequent first

    static HandoffQuality compute(const Pipeline &pipeline, const QList<LeadPath> &leads, const Period &period, qint64 handoffStageId);
    static HandoffQuality fromHandoffs(const Pipeline &pipeline, const QList<Handoff> &handoffs, qint64 handoffStageId);
    // What sales did with handoffs counted by the stage each entered next (0: none yet;
    // never the handoff stage), with the lost reasons of those disqualified: a store's
    // counts (HandoffCountRepository).
    static HandoffQuality fromCounts(const Pipeline &pipeline, qint64 handoffStageId, const QHash<qint64, qint64> &byNextStage,
                                     const QMap<QString, int> &reasons);
    // Another set of handoffs' figures (of the same pipeline), as if counted with these:
    // a report's whole as its groups added up.
    void add(const HandoffQuality &other);

private:
    // `reasons` (each disqualified handoff's lost reason, counted) as the figures state
    // them: with their shares, most frequent first.
    void setReasons(const QMap<QString, int> &counts);
};

} // namespace lejek
