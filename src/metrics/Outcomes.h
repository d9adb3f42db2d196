// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Durations.h"
#include "LeadPath.h"

#include <QMap>

#include <optional>

namespace lejek {

// How the leads closed in a period ended (DOMAIN.md): win rate = won / (won + lost);
// cycle length = created → won, as median (and p90); lost reasons with counts and
// shares of the lost, most frequent first.
struct Outcomes {
    struct Reason {
        QString code; // empty: lost without a reason (leads from before reasons were required)
        int count = 0;
        double share = 0;
        QList<qint64> leadIds; // which (from paths only: ReportService::leads lists today's)
    };
    int won = 0;
    int lost = 0;
    std::optional<double> winRate;
    Durations cycle;
    QList<Reason> lostReasons;

    // What the figures are computed from, in numbers that add up across groups.
    struct Tally {
        int won = 0;
        int lost = 0;
        QMap<QString, int> reasons; // the lost, by reason code
        QList<qint64> cycles;       // of the won: created -> won, in milliseconds
        void add(const Tally &other);
        // `n` leads closed in the stage `stageId` of `pipeline` (lost: for `reason`); a
        // stage that closes nothing (no longer won or lost) counts none.
        void addClosed(const Pipeline &pipeline, qint64 stageId, const QString &reason, int n);
    };

    // A lead counts when the won or lost stage it is in was entered in `closedIn`.
    static Outcomes compute(const Pipeline &pipeline, const QList<LeadPath> &leads, const Period &closedIn);
    // The same from a tally a store summed (LeadFactsRepository::tally); no leads listed.
    static Outcomes fromTally(const Tally &tally);
};

} // namespace lejek
