// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "OpenLeadsThen.h"

#include "ReportGrouping.h"

#include <QSqlQuery>

namespace lejek {

using namespace Qt::Literals::StringLiterals;

const QString OpenLeadsThen::NoTask = u"NOT EXISTS (SELECT 1 FROM tasks t WHERE t.lead_id = l.lead_id AND t.created_at < ? "
                                      "AND (t.done_at IS NULL OR t.done_at >= ?))"_s;

QString OpenLeadsThen::flag(const QString &term) { return u"CASE WHEN %1 THEN 1 ELSE 0 END"_s.arg(term); }

Result<void> OpenLeadsThen::sum(Database &db, const QString &leads, const QVariantList &values, const ReportGrouping &groups,
                               QMap<QString, ReportTally> &tallies)
{
    // Materialized: each lead's flags worked out once. A subquery in FROM would be
    // merged into the sums, and each flag's look-ups then made once per sum it is in.
    auto q = db.exec(u"WITH x AS MATERIALIZED (%1) "
                     "SELECT grp, stage_id, decision_date, currency, COUNT(*), CAST(SUM(value) AS BIGINT), SUM(no_owner), SUM(no_task), "
                     "SUM(rots), SUM(CASE WHEN no_owner + no_task + rots > 0 THEN 1 ELSE 0 END) FROM x "
                     "GROUP BY grp, stage_id, decision_date, currency"_s.arg(leads),
                     values);
    if (!q)
        return std::unexpected(q.error());
    while ((*q)->next())
        add(**q, tallies[groups.name((*q)->value(0))]);
    (*q)->finish();
    return ok();
}

void OpenLeadsThen::add(const QSqlQuery &row, ReportTally &tally)
{
    const qint64 stage = row.value(1).toLongLong();
    const int n = row.value(4).toInt();
    tally.forecast.append(ForecastTally{stage, QDate::fromString(row.value(2).toString(), Qt::ISODate), row.value(3).toString(), n,
                                        row.value(5).toLongLong()});
    tally.leakage[stage].add(StageLeakage{stage, {}, n, row.value(6).toInt(), row.value(7).toInt(), row.value(8).toInt(), row.value(9).toInt()});
}

} // namespace lejek
