// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportDayRepository.h"

#include "LeadRepository.h"
#include "ReportGrouping.h"
#include "SqlValue.h"
#include "SqlWhere.h"

#include <QSqlQuery>

#include <limits>

namespace lejek {

using namespace Qt::Literals::StringLiterals;

namespace {

// The period's UTC days, as the counts have them: [from, to + 1), bound in that order.
QVariantList daysOf(const Period &period)
{
    const QDate epoch(1970, 1, 1);
    return {epoch.daysTo(period.from), epoch.daysTo(period.to) + 1};
}

} // namespace

bool ReportDayRepository::serves(const LeadFilter &filter, Breakdown by)
{
    LeadFilter rest = filter;
    rest.ownerId = 0;
    rest.teamId = 0;
    return rest.isEmpty() && (by == Breakdown::None || by == Breakdown::Owner || by == Breakdown::Team);
}

Result<void> ReportDayRepository::read(const QString &table, const QString &columns, const QString &term, const QString &keys,
                                       const QString &count,
                                       const Pipeline &pipeline, const LeadFilter &filter, const LeadScope &scope, const Period &period,
                                       const ReportGrouping &groups, const std::function<void(const QSqlQuery &)> &add)
{
    Q_ASSERT(serves(filter, Breakdown::None) && !groups.at.isValid());
    SqlWhere w{table + u" l"_s, {u"l.pipeline_id = ?"_s, u"l.day >= ?"_s, u"l.day < ?"_s}, QVariantList{pipeline.id} + daysOf(period)};
    LeadRepository::ownerTerms(filter, scope, u"l.owner_id = 0"_s, w.terms, w.values); // nobody's: owner 0
    if (!term.isEmpty())
        w.terms.append(term);
    // The breakdown last, by its place; a count fallen to 0 keeps its row (migration
    // 23), and makes no group of its own.
    const QString groupBy = groups.column == u"NULL"_s ? QString() : u", 1"_s;
    auto q = m_db.exec(u"SELECT %1, %2 %3 GROUP BY %4%5 HAVING SUM(l.%6) <> 0"_s.arg(groups.column, columns, w.sql(), keys, groupBy, count),
                       w.values);
    if (!q)
        return std::unexpected(q.error());
    while ((*q)->next())
        add(**q);
    (*q)->finish();
    return ok();
}

Result<void> ReportDayRepository::tally(const Pipeline &pipeline, const LeadFilter &filter, const LeadScope &scope, const Period &period,
                                        ReportSections sections, const ReportGrouping &groups, QMap<QString, ReportTally> &tallies)
{
    if (sections.testFlag(ReportSection::Cohort)) {
        auto cohort = read(u"cohort_days"_s, u"l.furthest_stage_id, CAST(SUM(l.leads) AS BIGINT)"_s, {}, u"l.furthest_stage_id"_s, u"leads"_s,
                           pipeline, filter, scope, period, groups, [&](const QSqlQuery &row) {
                               tallies[groups.name(row.value(0))].addCohort(row.value(1).toLongLong(), row.value(2).toInt());
                           });
        if (!cohort)
            return cohort;
    }
    if (sections.testFlag(ReportSection::Outcomes)) {
        auto closed = read(u"outcome_days"_s, u"l.stage_id, l.lost_reason, CAST(SUM(l.leads) AS BIGINT)"_s, {}, u"l.stage_id, l.lost_reason"_s,
                           u"leads"_s, pipeline, filter, scope, period, groups, [&](const QSqlQuery &row) {
                               tallies[groups.name(row.value(0))].outcomes.addClosed(pipeline, row.value(1).toLongLong(),
                                                                                    row.value(2).toString(), row.value(3).toInt());
                           });
        if (!closed)
            return closed;
    }
    return ok();
}

Result<QList<ReportDayRepository::StayCount>> ReportDayRepository::staysEnded(const Pipeline &pipeline, const LeadFilter &filter,
                                                                               const LeadScope &scope, const Period &period,
                                                                               const QList<qint64> &stages, const ReportGrouping &groups)
{
    // By stage and the group's name: two owners of one name are one group.
    QMap<std::pair<qint64, QString>, qsizetype> counted;
    auto r = read(u"stay_days"_s, u"l.stage_id, CAST(SUM(l.stays) AS BIGINT)"_s, u"l.stage_id IN (%1)"_s.arg(SqlValue::idList(stages)),
                  u"l.stage_id"_s, u"stays"_s, pipeline, filter, scope, period,
                  groups, [&](const QSqlQuery &row) {
                      counted[{row.value(1).toLongLong(), groups.name(row.value(0))}] += row.value(2).toLongLong();
                  });
    if (!r)
        return std::unexpected(r.error());
    QList<StayCount> counts;
    for (auto it = counted.cbegin(); it != counted.cend(); ++it)
        counts.append({it.key().first, it.key().second, it.value()});
    return counts;
}

Result<QList<std::pair<qint64, qsizetype>>> ReportDayRepository::stayLengths(const Pipeline &pipeline, qint64 stageId, const Period &period)
{
    auto q = m_db.exec(u"SELECT l.bucket, CAST(SUM(l.stays) AS BIGINT) FROM stay_lengths l WHERE l.pipeline_id = ? AND l.stage_id = ? "
                       "AND l.day >= ? AND l.day < ? GROUP BY l.bucket HAVING SUM(l.stays) <> 0 ORDER BY l.bucket"_s,
                       QVariantList{pipeline.id, stageId} + daysOf(period));
    if (!q)
        return std::unexpected(q.error());
    QList<std::pair<qint64, qsizetype>> buckets;
    while ((*q)->next())
        buckets.append({(*q)->value(0).toLongLong(), (*q)->value(1).toLongLong()});
    (*q)->finish();
    return buckets;
}

std::pair<std::optional<qint64>, qint64> ReportDayRepository::lengthBounds(qint64 bucket)
{
    // The bucket's number, as migration 25 makes it: up to 9 ms the length itself; then
    // its digits times 100 plus its first two digits rounded down to a multiple of 5.
    if (bucket <= 0)
        return {std::nullopt, 1};
    if (bucket < 100)
        return {bucket, bucket + 1};
    const qint64 digits = bucket / 100, lead = bucket % 100;
    qint64 scale = 1;
    for (qint64 d = digits; d > 2; --d)
        scale *= 10;
    // The top of the 19-digit buckets (9.5 * 10^18 ms) is past what a length can be.
    qint64 high = 0;
    if (__builtin_mul_overflow(lead + 5, scale, &high))
        high = std::numeric_limits<qint64>::max();
    return {lead * scale, high};
}

qint64 ReportDayRepository::lengthBucket(qint64 ms)
{
    // As the migrations compute it in SQL, on the length's text.
    if (ms <= 0)
        return 0;
    if (ms < 10)
        return ms;
    const QString digits = QString::number(ms);
    return qint64(digits.size()) * 100 + digits.left(2).toLongLong() / 5 * 5;
}

Result<QHash<qint64, qsizetype>> ReportDayRepository::openStays(const Pipeline &pipeline, const LeadFilter &filter, const LeadScope &scope,
                                                                 const QList<qint64> &stages)
{
    Q_ASSERT(serves(filter, Breakdown::None));
    SqlWhere w{u"open_stays l"_s, {u"l.pipeline_id = ?"_s, u"l.stage_id IN (%1)"_s.arg(SqlValue::idList(stages))}, {pipeline.id}};
    LeadRepository::ownerTerms(filter, scope, u"l.owner_id = 0"_s, w.terms, w.values); // nobody's: owner 0
    auto q = m_db.exec(u"SELECT l.stage_id, CAST(SUM(l.stays) AS BIGINT) %1 GROUP BY l.stage_id HAVING SUM(l.stays) <> 0"_s.arg(w.sql()),
                       w.values);
    if (!q)
        return std::unexpected(q.error());
    QHash<qint64, qsizetype> counts;
    while ((*q)->next())
        counts.insert((*q)->value(0).toLongLong(), (*q)->value(1).toLongLong());
    (*q)->finish();
    return counts;
}

} // namespace lejek
