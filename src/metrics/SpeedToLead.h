// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Durations.h"
#include "Handoff.h"
#include "LeadPath.h"
#include "WorkingCalendar.h"

#include <QHash>
#include <QList>

namespace lejek {

// One SLA tier over the handoffs of a period: met in time, broken (done late, or not
// done and overdue), or still running (not done, not due yet).
struct SlaCompliance {
    int minutes = 0; // the tier's limit in working minutes; 0: the stage has none, nothing counted
    int met = 0;
    int breached = 0;
    int running = 0;
    QList<qint64> breachedLeads; // the broken ones, in the leads' order
    // met / (met + breached); none when nothing is decided yet.
    std::optional<double> share() const;
};

// DOMAIN.md, speed to lead and SLA compliance, over the leads handed off in the period
// (their first entry into the handoff stage in it), in the working time of the owner's
// team (a lead nobody owns: the default calendar):
// - speed to lead: from the handoff to the owner's first contact (LeadPath::contacts),
//   median and p90 of the contacted; those not contacted yet are waiting;
// - SLA 1: the first contact within the handoff stage's first-contact minutes;
// - SLA 2: the first move to a deciding stage (Pipeline::decidesSla) within its
//   decision minutes.
// A tier's due time that `now` has not reached leaves it running.
struct SpeedToLead {
    qint64 handoffStageId = 0; // 0: the pipeline has no handoff stage; nothing counted
    int handedOff = 0;
    Durations speed; // working milliseconds, of the contacted
    QList<qint64> speeds; // what `speed` states: each contacted handoff's (3.6 MB at 452,000), in ascending order
    int waiting = 0; // handed off and not contacted yet
    QList<qint64> waitingLeads;
    SlaCompliance firstContact;
    SlaCompliance decision;

    // `calendars`: each team's by id; a team not in it, the default.
    static SpeedToLead compute(const Pipeline &pipeline, const QList<LeadPath> &leads, const Period &period, const QDateTime &now,
                               qint64 handoffStageId, const QHash<qint64, WorkingCalendar> &calendars);
    // The same from the period's handoffs (Handoff::inPeriod, or a store's).
    static SpeedToLead fromHandoffs(const Pipeline &pipeline, const QList<Handoff> &handoffs, const QDateTime &now, qint64 handoffStageId,
                                    const QHash<qint64, WorkingCalendar> &calendars);
    // Sets of handoffs' figures (of the same pipeline and day) as if measured together:
    // a report's whole as its groups added up, each handoff measured once.
    static SpeedToLead addedUp(const QList<SpeedToLead> &parts);

private:
    // `speed` from `speeds`, and each list of leads, in ascending order.
    void sort();
};

} // namespace lejek
