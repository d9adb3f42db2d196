// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Database.h"
#include "HandoffRead.h"
#include "LeadFilter.h"
#include "LeadPathRepository.h"
#include "LeadScope.h"
#include "PipelineReport.h"
#include "ReportGrouping.h"
#include "SqlWhere.h"
#include "StageTotals.h"

namespace lejek {

// The history sections read in SQL from stage_stays, one row per stage entry of each
// lead, kept in step with the stage-change log, the activities and the lead's own
// columns by triggers (migrations 18 to 20) and indexed for each read, today's or as
// they stood at a past day's end (and that day's outcomes, open leads and board):
//  - Stays: per stage, the stays that ended in the period, counted, with their median
//    and p90 read as the rows at those ranks of the stage's index (no stay is read one
//    by one; a whole pipeline's ranks found first in their length's bucket), and the
//    leads still there, counted (today's from their counts), with the earliest entry;
//  - Handoffs: the leads handed off in the period, one row each with what came next,
//    its first contact and its first deciding entry, which the calendar then measures.
// Merged leads, and what `scope` and `filter` leave out of the board, are left out: the
// same SQL terms (LeadRepository::filterTerms). tst_stagestays tests each figure against
// the same figure computed from the whole log.
class StageStayRepository
{
public:
    explicit StageStayRepository(Database &db) : m_db(db) {}

    // `sections`' Stays and Handoffs into `tallies` by group under `by` (without a
    // breakdown, all under ""; named as LeadFactsRepository::tally names them), and the
    // whole's stays into `whole` (medians do not add up).
    // With `asOf` (the end of a past day; `period` ends by then, `now` is it), as they
    // stood then: the leads still in a stage are those in it then, a handoff's next
    // stage, decision and first contact only those before it, the owner and team that
    // `filter` names the lead's then; and Outcomes and OpenLeads too, of the leads
    // LeadFactsRepository::tally does not count: those whose stay open then was in a won
    // or lost stage entered in the period and left since, or in an open or parked stage
    // and left since, or whose owner changed since, with its leaks then (no owner then,
    // no task open then, no activity or move for the stage's rotting days before then).
    // Owners and teams group by the owner then.
    // `whole`: the whole's figures that do not add up from the groups' (the stays'
    // medians; handoffs counted, their ranks). Today's handoffs from their counts where
    // they can (HandoffCountRepository), unless asked for one by one (with the leads
    // behind their figures).
    enum class Handoffs { Counted, OneByOne };
    Result<void> tally(const Pipeline &pipeline, const LeadFilter &filter, const LeadScope &scope, const QDateTime &now,
                       const Period &period, ReportSections sections, Breakdown by, qint64 handoffStageId,
                       QMap<QString, ReportTally> &tallies, ReportTally &whole, const QDateTime &asOf = {},
                       Handoffs handoffs = Handoffs::Counted);
    // Adds to `w` the term "owned at `end` by the owner, or by a member of the team,
    // that `filter` names" (nothing when it names neither), on `l.lead_id` and
    // `l.owner_id` (here and in lead_facts): owner_changes say who owned it then.
    static void ownedAt(const LeadFilter &filter, const QDateTime &end, SqlWhere &w);
    // The board at `end` (the end of a past day), by stage of `stageIds`: the leads whose
    // stay there was open then (entered before `end`, left at or after it, or never),
    // counted, and their values summed. The owner and team `filter` names are the lead's
    // then (owner_changes); its other terms and `scope` read the lead as it is now.
    Result<QHash<qint64, StageTotals>> board(const Pipeline &pipeline, const LeadFilter &filter, const LeadScope &scope,
                                             const QDateTime &end, const QList<qint64> &stageIds);
    // A past day's cohort (the leads that came into the pipeline in `period`) of those
    // moved since `asOf` (the end of that day, `period` ends by then), as they stood then:
    // their stay then, left since, has the furthest stage they had reached (migration
    // 26). Counted by that stage into `tallies` by `groups` (the owner then), each
    // group's count under its name. The rest of the cohort is as its summary has it.
    Result<void> cohortMovedSince(const Pipeline &pipeline, const LeadFilter &filter, const LeadScope &scope, const Period &period,
                                  const QDateTime &asOf, const ReportGrouping &groups, QMap<QString, ReportTally> &tallies);
    // The leads still in the stage `stageId`, the longest wait first (ReportFigure::Kind::Waiting);
    // with `asOf`, those in it then (the owner `filter` names: the lead's then).
    Result<QList<qint64>> waiting(const Pipeline &pipeline, const LeadFilter &filter, const LeadScope &scope, const QDateTime &now,
                                  qint64 stageId, const QDateTime &asOf = {});

private:
    // Which leads: the pipeline's, through the scope and the filter, as of `now`; with
    // `asOf`, the filter's owner and team are the lead's then.
    struct Leads {
        const Pipeline &pipeline;
        const LeadFilter &filter;
        const LeadScope &scope;
        QDateTime now;
        QDateTime asOf;
    };
    // FROM stage_stays as `l` (through `index` on SQLite, which has no statistics to
    // choose by) WHERE the pipeline and the board's terms, with their values.
    SqlWhere where(const Leads &leads, const QString &index) const;
    // `byDay`: the stays' counts from their counts by day (ReportDayRepository), which
    // hold what the report reads.
    Result<void> tallyStays(const Leads &leads, const Period &period, const ReportGrouping &groups, bool byDay,
                            QMap<QString, ReportTally> &tallies, QHash<qint64, StayTally> &whole);
    // The durations at `ranks` (zero-based, by length) of the `n` stays that `w` selects.
    Result<QHash<qsizetype, qint64>> lengthsAt(const SqlWhere &w, qsizetype n, QList<qsizetype> ranks);
    // The duration at each rank `Durations::ranks(n)` of the `n` stays that `w` selects.
    Result<Durations> durations(const SqlWhere &w, qsizetype n);
    // The same of a whole pipeline's stays of the stage `stageId` that ended in the
    // period (`w` selects them, `n` of them), each rank found in its length's bucket
    // (ReportDayRepository::stayLengths).
    Result<Durations> durationsByLength(const SqlWhere &w, const Pipeline &pipeline, const Period &period, qint64 stageId, qsizetype n);
    // Today's leads still in each of `stages` from their counts (migration 25), with
    // the earliest entry: the whole's, when the counts hold what `leads` reads.
    Result<void> tallyWaiting(const Leads &leads, const QList<qint64> &stages, QHash<qint64, StayTally> &whole);
    // As of `leads.asOf`: the leads won or lost in the period, still so then, and
    // reopened since.
    Result<void> tallyOutcomesAsOf(const Leads &leads, const Period &period, const ReportGrouping &groups, QMap<QString, ReportTally> &tallies);
    // As of `leads.asOf`: the leads open then whose stay then was left since, or whose
    // owner changed since, for the forecast and the leakage (LeadFactsRepository::tally
    // counts the others).
    Result<void> tallyOpenAsOf(const Leads &leads, const ReportGrouping &groups, QMap<QString, ReportTally> &tallies);
    // `people`: everyone's team, whose calendar measures the handoffs they own.
    // Those `part` names, of the handoffs of `period`.
    Result<void> tallyHandoffs(const Leads &leads, const Period &period, const ReportGrouping &groups, qint64 handoffStageId,
                               const QHash<qint64, LeadPathRepository::Person> &people, QMap<QString, ReportTally> &tallies,
                               const HandoffRead &part);

    Database &m_db;
};

} // namespace lejek
