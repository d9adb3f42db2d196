// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Durations.h"
#include "LeadPath.h"

#include <QHash>

#include <optional>

namespace lejek {

// A lead still in a stage: since when, and how long by `now`.
struct Ageing {
    qint64 leadId = 0;
    QDateTime since;
    qint64 ageMs = 0;
};

// What time in stage counts of one stage: the stays that ended (their median and p90),
// and the leads still there with the earliest entry among them. A store reads it in SQL
// from the stays (StageStayRepository) without reading them one by one.
struct StayTally {
    Durations ended;
    int waiting = 0;
    QDateTime waitingSince; // the earliest entry of those still there (invalid: none)
};

// One stage's times: the intervals that ended, as median and p90, and the leads still
// in it: how many, and the longest wait.
struct StageTime {
    qint64 stageId = 0;
    QString stage; // as the user's language names it (Stage::displayName)
    Durations durations;
    int waiting = 0;
    std::optional<qint64> longestWaitMs; // by `now` (none: nobody waits)
    // From the leads' paths, those waiting, the longest wait first; from a tally, none
    // (a figure lists them: ReportFigure::Kind::Waiting).
    QList<Ageing> ageing;
};

// DOMAIN.md: every entry→exit interval from the stage-change log, a lead's stay in a
// stage ending when it enters the next; a stage entered again is a new interval. Open
// and parked stages (won and lost are where leads stay). `exitedIn`: only intervals
// that ended in that period (none: all of them); the ageing is as of `now`.
class TimeInStage
{
public:
    static QList<StageTime> compute(const Pipeline &pipeline, const QList<LeadPath> &leads, const std::optional<Period> &exitedIn,
                                    const QDateTime &now);
    // The same from each stage's tally (a stage without one: no stays).
    static QList<StageTime> fromTally(const Pipeline &pipeline, const QHash<qint64, StayTally> &stays, const QDateTime &now);
};

} // namespace lejek
