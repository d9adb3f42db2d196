// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Durations.h"
#include "LeadPath.h"

#include <optional>

namespace lejek {

// A lead still in a stage: since when, and how long by `now`.
struct Ageing {
    qint64 leadId = 0;
    QDateTime since;
    qint64 ageMs = 0;
};

// One stage's times: the intervals that ended, as median and p90, and the leads still
// in it, oldest first (listed, never averaged in).
struct StageTime {
    qint64 stageId = 0;
    QString stage; // as the user's language names it (Stage::displayName)
    Durations durations;
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
};

} // namespace lejek
