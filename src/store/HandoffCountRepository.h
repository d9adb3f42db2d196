// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Database.h"
#include "HandoffGroupCounts.h"
#include "HandoffRead.h"
#include "HandoffTally.h"
#include "LeadFilter.h"
#include "LeadPathRepository.h"
#include "LeadScope.h"
#include "ReportGrouping.h"
#include "ReportTally.h"

#include <functional>
#include <tuple>

namespace lejek {

// Speed to lead, SLAs and handoff quality from the handoffs' counts by month (migration
// 33), where they can say it, instead of reading and measuring every handoff (all time
// at 1M: 452,717 at each refresh). The counts serve the months wholly in the period whose
// handoffs are settled: every one due by now (a past day's end, as of it) in every
// calendar, so that one not contacted (or decided) yet has broken its SLA whatever its
// day. The rest is read handoff by handoff, as ever: the period's days outside those
// months, re-entries into the handoff stage, (for SLA 2 alone) those that moved on to a
// stage that decides nothing, whose deciding entry only their later stays tell, and, as
// of a past day, the counted ones that were not then what they are now (contacted or
// moved on since, or another owner's then), taken out of the counts. Within a bucket the
// counts cannot place (a rank, an SLA's limit), the entries are read from handoff_stays.
//
// The figures are the same as the handoffs' read one by one (tst_stagestays compares
// every panel with the whole log's), but for the lists of leads behind them, which the
// report leaves out: ReportFigure asks for them.
class HandoffCountRepository
{
public:
    explicit HandoffCountRepository(Database &db) : m_db(db) {}

    // As of a past day, the settled months there must be for the counts to serve.
    static constexpr qint64 MonthsWorthCountingAsOf = 3;

    // Reads handoff by handoff those `part` names into the tallies by group
    // (StageStayRepository).
    using ReadHandoffs = std::function<Result<void>(const HandoffRead &part, QMap<QString, ReportTally> &into)>;

    // The handoffs of the period counted, into each group's tally (by `groups`'
    // names, with a breakdown) and the whole's, as final figures (ReportTally::speed and
    // ::handoff); false, with nothing written, when the counts cannot serve the report
    // (its filter, its breakdown, no month settled, the handoff stage not the one kept).
    Result<bool> tally(const Pipeline &pipeline, const LeadFilter &filter, const LeadScope &scope, const QDateTime &now,
                       const Period &period, const ReportGrouping &groups, qint64 handoffStageId,
                       const QHash<qint64, LeadPathRepository::Person> &people, const ReadHandoffs &read,
                       QMap<QString, ReportTally> &tallies, ReportTally &whole);

private:
    // Whether the counts can serve the months (false: a handoff they cannot measure).
    Result<bool> measured(const HandoffTally &t);
    // Each count's rows of those months, into the groups' counts.
    Result<void> countContacts(HandoffTally &t);
    Result<void> countMoves(HandoffTally &t);
    Result<void> countReasons(HandoffTally &t);
    // As of a past day, the counted handoffs it corrects taken out of the counts.
    Result<void> takeOutCorrected(HandoffTally &t);
    // The handoffs of a bucket that holds an SLA's limit, each placed by its instants (those
    // corrected left out where `corrected` holds the bucket).
    Result<void> placeAtLimits(HandoffTally &t, const QList<std::tuple<QVariant, qint64>> &unknown, SlaCompliance HandoffGroupCounts::*tier,
                               qint64 limitMs, const QString &bucketColumn, const QString &doneColumn, const QString &more,
                               const QSet<qint64> &corrected);
    Result<void> readOneByOne(HandoffTally &t, const ReadHandoffs &read);
    Result<Durations> speedOf(const HandoffTally &t, const HandoffGroupCounts &c, bool isWhole);
    Result<void> figures(const HandoffTally &t, const HandoffGroupCounts &c, bool isWhole, ReportTally &into);

    Database &m_db;
};

} // namespace lejek
