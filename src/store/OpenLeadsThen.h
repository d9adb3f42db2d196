// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Database.h"
#include "ReportTally.h"

#include <QMap>

#include <array>

class QSqlQuery;

namespace lejek {

struct ReportGrouping;

// A past day's open leads, which two reads count: LeadFactsRepository::tally the leads
// in the same open stay since with the same owner, from their summary, and
// StageStayRepository::tally the others, from their stays. What both write alike.
class OpenLeadsThen
{
public:
    // "No task open at the day's end" on `l.lead_id`: none made before it and not done
    // until after. Its two ?s are that end. Correlated: each lead looks up its own (a
    // list of every task open then, as NOT IN, is rescanned per lead by PostgreSQL
    // once it outgrows work_mem).
    static const QString NoTask;

    // 1 when `term` holds, else 0: a lead's flag, summed by sum().
    static QString flag(const QString &term);

    // Sums the open leads that `leads` selects (their group as grp, stage_id,
    // decision_date, currency, value, and the flags no_owner, no_task and rots; `values`
    // bound in order) by group, stage, decision date and currency, into the forecast and
    // leakage of `tallies` by `groups`' names.
    static Result<void> sum(Database &db, const QString &leads, const QVariantList &values, const ReportGrouping &groups,
                            QMap<QString, ReportTally> &tallies);
    // One row of open leads' sums into `tally`'s forecast and leakage: the group, then
    // stage, decision date, currency, count, value, and the no owner, no task, rotting
    // and leaking counts. Today's sums (LeadFactsRepository::tally) come in the same row.
    static void add(const QSqlQuery &row, ReportTally &tally);

private:
    // One group's sums into `tally`: of the leads in `stage` with that decision date and
    // currency, the count, the value, and those with no owner, no task, rotting, and any.
    using Sums = std::array<qint64, 6>;
    static void addSums(ReportTally &tally, qint64 stage, const QString &decisionDate, const QString &currency, const Sums &sums);
};

} // namespace lejek
