// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Database.h"
#include "LeadFilter.h"
#include "LeadPath.h"
#include "LeadScope.h"
#include "PipelineReport.h"
#include "ReportFigure.h"
#include "SqlWhere.h"

namespace lejek {

struct ReportGrouping;

// Today's quick report sections (all but History) summed in SQL from lead_facts: one
// row per lead, kept in step with the stage-change log and the lead's own columns by
// triggers (migrations 13 to 16) and indexed for each section's read (17). Each section is one grouped read of that table, not a
// walk through the log, and no lead is read one by one but the won's cycle lengths:
//  - Cohort: the leads that came into the pipeline during the period, by the furthest
//    stage each reached in the funnel's order;
//  - Outcomes: the leads won or lost during it (and still so), by stage and reason;
//  - OpenLeads: the leads open now (in an open or parked stage), by stage, expected
//    close month and currency, with their leakage counted.
// A figure's leads are listed on their own (leadsOf). Merged leads, and what `scope`
// and `filter` leave out of the board, are left out: the same SQL terms
// (LeadRepository::filterTerms). What each figure counts is tested against the same
// figure computed from the whole log (tst_leadfacts).
class LeadFactsRepository
{
public:
    explicit LeadFactsRepository(Database &db) : m_db(db) {}

    // `sections`' tallies by group under `by` (without a breakdown, all under ""; a
    // lead nobody owns, or without a source, in the group ""), owners and teams by name.
    // Today's cohort and outcomes come from their counts by day when those hold what
    // `filter` and `by` read (ReportDayRepository).
    // With `asOf` (the end of a past day; `period` ends by then), only the Cohort,
    // Outcomes and OpenLeads, as they stood then; the owner that `filter` names, and the
    // owner and team they are broken down by, are the lead's then. The cohort: each
    // lead's furthest stage then (its summary's when it has not moved since, else read
    // from its stays; from the counts by day when they hold what is asked). The
    // outcomes: the leads closed in the period and still so. The open leads: only those
    // in the same open stay since before then, with the same owner, with their leaks
    // then. StageStayRepository::tally counts the others, and the other sections then.
    Result<QMap<QString, ReportTally>> tally(const Pipeline &pipeline, const LeadFilter &filter, const LeadScope &scope,
                                             const QDateTime &now, const Period &period, ReportSections sections, Breakdown by,
                                             const QDateTime &asOf = {});
    // The leads behind `figure`, as ReportFigure::leadsIn lists them from the paths.
    Result<QList<qint64>> leadsOf(const Pipeline &pipeline, const LeadFilter &filter, const LeadScope &scope, const QDateTime &now,
                                  const Period &period, const ReportFigure &figure);
    // When the first of these leads came into the pipeline (invalid: none has); with
    // `asOf`, the owner and team `filter` names are the lead's then.
    Result<QDateTime> firstEntry(const Pipeline &pipeline, const LeadFilter &filter, const LeadScope &scope, const QDateTime &now,
                                 const QDateTime &asOf = {});

    // The time before which a lead on `l` (with its stage_id) rots at `now`, as SQL: a
    // CASE by stage of bound cutoffs, appended to `values` (empty: no stage rots).
    static QString rottingCutoff(const Pipeline &pipeline, const QDateTime &now, QVariantList &values);
    // FROM the summary as `l` WHERE the pipeline and the board's terms, with their values;
    // with `asOf`, the owner and team `filter` names are the lead's then.
    SqlWhere where(const Pipeline &pipeline, const LeadFilter &filter, const LeadScope &scope, const QDateTime &now,
                   const QDateTime &asOf = {}) const;

private:
    // As of `asOf`, when the counts by day hold what `filter` reads, the cohort and the
    // outcomes among `sections`: the period's leads from their counts (as they are now),
    // less those moved or handed on since as they are now, plus those as they were then;
    // by `asNow` and `then`, into `tallies`.
    Result<void> countsAsOfByDay(const Pipeline &pipeline, const LeadFilter &filter, const LeadScope &scope, const QDateTime &now,
                                 const Period &period, ReportSections sections, const QDateTime &asOf, const ReportGrouping &asNow,
                                 const ReportGrouping &then, QMap<QString, ReportTally> &tallies);

    // As of `asOf`, the open leads in the same open stay since before then with the same
    // owner, by `asNow`, with their leaks then, into `tallies`.
    Result<void> tallyOpenAsOf(const Pipeline &pipeline, const LeadFilter &filter, const LeadScope &scope, const QDateTime &now,
                               const QDateTime &asOf, const ReportGrouping &asNow, Breakdown by, QMap<QString, ReportTally> &tallies);

    Database &m_db;
};

} // namespace lejek
