// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "LeadPath.h"

namespace lejek {

// One lead handed off to sales in a period, what handoff quality, speed to lead and the
// SLAs read of it (DOMAIN.md): its first entry into the handoff stage in the period,
// the stage it entered next, its first contact since and its first entry since into a
// stage that decides the SLA (Pipeline::decidesSla). A store reads these from the
// stays (StageStayRepository); `inPeriod` takes them from the leads' paths.
struct Handoff {
    qint64 leadId = 0;
    QDateTime at;          // the entry into the handoff stage
    qint64 nextStageId = 0; // the next stage it entered (the handoff stage again is none; 0: none yet)
    QDateTime decidedAt;   // invalid: no deciding entry yet
    QDateTime contactedAt; // invalid: not contacted since
    qint64 teamId = 0;     // the owner's team, whose working calendar counts (0: none)
    QString lostReason;    // the lead's, if it is lost

    // The handoffs among `leads` in `period`: each lead's first entry into the stage
    // `handoffStageId` in it (no stage: none), in the leads' order.
    static QList<Handoff> inPeriod(const Pipeline &pipeline, const QList<LeadPath> &leads, const Period &period,
                                   qint64 handoffStageId);
    // The stages whose entry decides SLA 2 for a lead handed off at `handoffStageId`.
    static QList<qint64> decidingStages(const Pipeline &pipeline, qint64 handoffStageId);
};

} // namespace lejek

// Moved in memory as it is (its dates and reason are): a list of 452,000 grows by a copy
// of its bytes, not each one constructed anew.
Q_DECLARE_TYPEINFO(lejek::Handoff, Q_RELOCATABLE_TYPE);
