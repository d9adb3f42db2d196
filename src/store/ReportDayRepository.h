// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Database.h"
#include "LeadFilter.h"
#include "LeadScope.h"
#include "PipelineReport.h"
#include "ReportTally.h"

#include <functional>
#include <optional>
#include <utility>

class QSqlQuery;

namespace lejek {

struct ReportGrouping;

// Today's cohort, outcomes and ended stays from their counts by day (cohort_days,
// outcome_days and stay_days, migration 23; the stays' lengths and those not ended,
// stay_lengths and open_stays, migration 25): a few rows a day, where lead_facts and
// stage_stays have one per lead or stay of the period. The counts hold each lead's
// owner but not its source, campaign, score or words, so they serve a report only when
// its filter and breakdown read the owner alone (`serves`); LeadFactsRepository and
// StageStayRepository read the rows themselves otherwise, and as of a past day.
// tst_leadfacts and tst_stagestays keep the counts equal to their tables' rows grouped
// after every kind of write, and the sections read from them equal to those computed
// from the whole log.
class ReportDayRepository
{
public:
    explicit ReportDayRepository(Database &db) : m_db(db) {}

    // Whether the counts hold all that `filter` and `by` read.
    static bool serves(const LeadFilter &filter, Breakdown by);

    // The Cohort (the leads, and by furthest stage) and the Outcomes' counts (won, lost
    // by reason; not the cycles) of `sections`, into `tallies` by `groups`' names.
    Result<void> tally(const Pipeline &pipeline, const LeadFilter &filter, const LeadScope &scope, const Period &period,
                       ReportSections sections, const ReportGrouping &groups, QMap<QString, ReportTally> &tallies);

    struct StayCount {
        qint64 stageId = 0;
        QString group; // its name under `groups`
        qsizetype stays = 0;
    };
    // How many stays in each of `stages` ended in the period, by `groups`' names.
    Result<QList<StayCount>> staysEnded(const Pipeline &pipeline, const LeadFilter &filter, const LeadScope &scope, const Period &period,
                                        const QList<qint64> &stages, const ReportGrouping &groups);

    // Of the stays of the stage `stageId` that ended in the period, how many by length
    // bucket (stay_lengths, migration 25), in the buckets' order, which is the lengths':
    // a whole pipeline's alone (the counts hold no owner).
    Result<QList<std::pair<qint64, qsizetype>>> stayLengths(const Pipeline &pipeline, qint64 stageId, const Period &period);
    // The lengths a bucket of stay_lengths holds: [first, second), first none for the
    // bucket of 0 and below.
    static std::pair<std::optional<qint64>, qint64> lengthBounds(qint64 bucket);
    // The bucket that holds a length (or a working time: handoff_stays, migration 33).
    static qint64 lengthBucket(qint64 ms);
    // How many stays in each of `stages` are not ended (the leads in it now), of the
    // owners `filter` and `scope` allow (open_stays, migration 25).
    Result<QHash<qint64, qsizetype>> openStays(const Pipeline &pipeline, const LeadFilter &filter, const LeadScope &scope,
                                               const QList<qint64> &stages);

private:
    // SELECT the group's column and `columns` FROM `table` as `l`, in the period's days
    // and what `filter` and `scope` allow (and `term`, if any), summed by `keys` and then
    // the group, each row (with a count, the column `count`, other than 0) into `add`.
    Result<void> read(const QString &table, const QString &columns, const QString &term, const QString &keys, const QString &count,
                      const Pipeline &pipeline,
                      const LeadFilter &filter, const LeadScope &scope, const Period &period, const ReportGrouping &groups,
                      const std::function<void(const QSqlQuery &)> &add);

    Database &m_db;
};

} // namespace lejek
