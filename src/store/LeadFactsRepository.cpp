// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "LeadFactsRepository.h"

#include "LeadRepository.h"
#include "SqlValue.h"

#include <QSet>
#include <QSqlQuery>

namespace lejek {

using namespace Qt::Literals::StringLiterals;

namespace {

// A period's bounds as stored: [from 00:00, to + 1 day 00:00) UTC.
QVariantList boundsOf(const Period &period)
{
    return {SqlValue::fromTime(QDateTime(period.from, QTime(0, 0), Qt::UTC)),
            SqlValue::fromTime(QDateTime(period.to.addDays(1), QTime(0, 0), Qt::UTC))};
}

} // namespace

Result<QList<LeadPath>> LeadFactsRepository::cohort(const Pipeline &pipeline, const LeadFilter &filter, const LeadScope &scope,
                                                    const QDateTime &now, const Period &period)
{
    return read(pipeline, filter, scope, now, u"f.entered_at >= ? AND f.entered_at < ?"_s, boundsOf(period), Shape::Cohort);
}

Result<QList<LeadPath>> LeadFactsRepository::closed(const Pipeline &pipeline, const LeadFilter &filter, const LeadScope &scope,
                                                    const QDateTime &now, const Period &period)
{
    return read(pipeline, filter, scope, now, u"f.closed_at >= ? AND f.closed_at < ?"_s, boundsOf(period), Shape::Closed);
}

Result<QList<LeadPath>> LeadFactsRepository::open(const Pipeline &pipeline, const LeadFilter &filter, const LeadScope &scope,
                                                  const QDateTime &now)
{
    return read(pipeline, filter, scope, now, u"f.closed_at IS NULL"_s, {}, Shape::Open);
}

Result<QDateTime> LeadFactsRepository::firstEntry(const Pipeline &pipeline, const LeadFilter &filter, const LeadScope &scope,
                                                  const QDateTime &now)
{
    QStringList where{u"f.pipeline_id = ?"_s, u"l.pipeline_id = f.pipeline_id"_s};
    QVariantList values{pipeline.id};
    LeadRepository::filterTerms(filter, scope, pipeline.stages, now, where, values);
    auto first = m_db.scalar(u"SELECT MIN(f.entered_at) FROM lead_facts f JOIN leads l ON l.id = f.lead_id WHERE %1"_s.arg(
                                 where.join(u" AND "_s)),
                             values);
    if (!first)
        return std::unexpected(first.error());
    return first->isNull() ? QDateTime() : SqlValue::toTime(*first);
}

Result<QList<LeadPath>> LeadFactsRepository::read(const Pipeline &pipeline, const LeadFilter &filter, const LeadScope &scope,
                                                  const QDateTime &now, const QString &range, const QVariantList &bounds, Shape shape)
{
    QSet<qint64> withTask; // open leads with a next step planned (tasks_lead)
    if (shape == Shape::Open) {
        auto tasks = m_db.exec(u"SELECT DISTINCT t.lead_id FROM tasks t JOIN leads l ON l.id = t.lead_id "
                               "WHERE l.pipeline_id = ? AND t.done_at IS NULL"_s,
                               {pipeline.id});
        if (!tasks)
            return std::unexpected(tasks.error());
        while ((*tasks)->next())
            withTask.insert((*tasks)->value(0).toLongLong());
        (*tasks)->finish();
    }

    QStringList where{u"f.pipeline_id = ?"_s, range, u"l.pipeline_id = f.pipeline_id"_s};
    QVariantList values{pipeline.id};
    values.append(bounds);
    LeadRepository::filterTerms(filter, scope, pipeline.stages, now, where, values);
    auto q = m_db.exec(u"SELECT f.lead_id, f.entered_at, f.furthest_stage_id, f.stage_id, f.stage_entered_at, "
                       "u.name, t.name, l.source, l.campaign, l.owner_id, u.team_id, "
                       "l.lost_reason, l.value, l.currency, l.decision_date, l.last_activity_at "
                       "FROM lead_facts f JOIN leads l ON l.id = f.lead_id "
                       "LEFT JOIN users u ON u.id = l.owner_id LEFT JOIN teams t ON t.id = u.team_id "
                       "WHERE %1"_s.arg(where.join(u" AND "_s)),
                       values);
    if (!q)
        return std::unexpected(q.error());
    QList<LeadPath> paths;
    while ((*q)->next()) {
        const QSqlQuery &r = **q;
        LeadPath path;
        path.leadId = r.value(0).toLongLong();
        path.createdAt = SqlValue::toTime(r.value(1));
        path.owner = r.value(5).toString();
        path.team = r.value(6).toString();
        path.source = r.value(7).toString();
        path.campaign = r.value(8).toString();
        path.ownerId = r.value(9).toLongLong();
        path.teamId = r.value(10).toLongLong();
        switch (shape) {
        case Shape::Cohort:
            // The funnel reads only how far a lead went: its furthest stage stands for
            // every entry up to it.
            if (!r.value(2).isNull())
                path.entries.append(LeadPath::Entry{r.value(2).toLongLong(), path.createdAt});
            break;
        case Shape::Closed:
            path.entries.append(LeadPath::Entry{r.value(3).toLongLong(), SqlValue::toTime(r.value(4))});
            path.lostReason = r.value(11).toString();
            break;
        case Shape::Open:
            path.entries.append(LeadPath::Entry{r.value(3).toLongLong(), SqlValue::toTime(r.value(4))});
            if (!r.value(12).isNull())
                path.value = r.value(12).toLongLong();
            path.currency = r.value(13).toString();
            path.expectedClose = QDate::fromString(r.value(14).toString(), Qt::ISODate);
            path.lastActivityAt = SqlValue::toTime(r.value(15));
            path.hasOpenTask = withTask.contains(path.leadId);
            break;
        }
        paths.append(std::move(path));
    }
    (*q)->finish();
    // In lead id order, as LeadPathRepository gives them: the lists a report keeps
    // (a funnel step's leads, a reason's) come out in the same order either way.
    std::sort(paths.begin(), paths.end(), [](const LeadPath &a, const LeadPath &b) { return a.leadId < b.leadId; });
    return paths;
}

} // namespace lejek
