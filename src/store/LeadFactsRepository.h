// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Database.h"
#include "LeadFilter.h"
#include "LeadPath.h"
#include "LeadScope.h"

namespace lejek {

// Leads' paths cut down to what one report section reads (ReportSection), from
// lead_facts: one row per lead, kept in step with the stage-change log and the lead's
// own columns by triggers (migrations 13 and 14). A section is one read of that table,
// not a walk through the log. Every lead carries its owner (id, name, team) and,
// under a breakdown `by` source or campaign, that; beyond that:
//  - cohort(): createdAt (its first entry into the pipeline) and, as its one entry, the
//    furthest stage it reached in the funnel's order (no entry: none);
//  - closed(): createdAt, its last entry (the won or lost stage and when) and the lost
//    reason;
//  - open(): its last entry, value, currency, expected close, owner, last activity and
//    whether a task is open.
// Merged leads, and what `scope` and `filter` leave out of the board, are left out: the
// same SQL terms (LeadRepository::filterTerms).
class LeadFactsRepository
{
public:
    explicit LeadFactsRepository(Database &db) : m_db(db) {}

    // The leads that came into the pipeline during `period`.
    Result<QList<LeadPath>> cohort(const Pipeline &pipeline, const LeadFilter &filter, const LeadScope &scope, const QDateTime &now,
                                   const Period &period, Breakdown by);
    // The leads that were won or lost during `period` and still are.
    Result<QList<LeadPath>> closed(const Pipeline &pipeline, const LeadFilter &filter, const LeadScope &scope, const QDateTime &now,
                                   const Period &period, Breakdown by);
    // The leads open now (in an open or a parked stage).
    Result<QList<LeadPath>> open(const Pipeline &pipeline, const LeadFilter &filter, const LeadScope &scope, const QDateTime &now,
                                 Breakdown by);
    // When the first of these leads came into the pipeline (invalid: none has).
    Result<QDateTime> firstEntry(const Pipeline &pipeline, const LeadFilter &filter, const LeadScope &scope, const QDateTime &now);

private:
    enum class Shape { Cohort, Closed, Open };
    Result<QList<LeadPath>> read(const Pipeline &pipeline, const LeadFilter &filter, const LeadScope &scope, const QDateTime &now,
                                 const QString &range, const QVariantList &bounds, Shape shape, Breakdown by);

    Database &m_db;
};

} // namespace lejek
