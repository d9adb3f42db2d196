// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "HandoffQuality.h"
#include "Pipeline.h"
#include "SpeedToLead.h"
#include "WorkingCalendar.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMap>

#include <map>

namespace lejek {

// One group's (or the whole's) speed to lead, SLAs and handoff quality as the counts by
// month and the handoffs read one by one give them (HandoffCountRepository), until its
// speeds' ranks are read.
struct HandoffGroupCounts {
    QList<qint64> owners;            // whose handoffs it counts (its ranks' reads)
    std::map<qint64, qint64> speeds; // the counted contacts by bucket, in the buckets' (the speeds') order
    QList<qint64> oneByOne;          // the speeds of those read one by one, in order
    int handedOff = 0;
    int waiting = 0;
    SlaCompliance firstContact;
    SlaCompliance decision;
    QHash<qint64, qint64> nextStages; // the counted handoffs by the stage entered next
    QMap<QString, int> reasons;       // of those disqualified
    HandoffQuality quality;           // of those read one by one

    // What of the handoffs read one by one is counted: all of them, or only their
    // decision's SLA, or their decision and what sales did.
    enum class Part { All, Decision, DecisionAndQuality };
    void addRead(const Pipeline &pipeline, const QList<Handoff> &handoffs, Part part, const QDateTime &now, qint64 handoffStageId,
                 const QHash<qint64, WorkingCalendar> &calendars);
    void add(const HandoffGroupCounts &other);
};

} // namespace lejek
