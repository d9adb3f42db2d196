// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "LeadPathRepository.h"

#include "LeadRepository.h"
#include "SqlValue.h"

#include <QSet>

namespace lejek {

using namespace Qt::Literals::StringLiterals;

Result<QList<LeadPath>> LeadPathRepository::paths(const Pipeline &pipeline, const LeadFilter &filter, const LeadScope &scope,
                                                  const QDateTime &now)
{
    // The leads with a next step planned: an open task (tasks_lead).
    auto tasks = m_db.exec(u"SELECT DISTINCT t.lead_id FROM tasks t JOIN leads l ON l.id = t.lead_id "
                           "WHERE l.pipeline_id = ? AND t.done_at IS NULL"_s,
                           {pipeline.id});
    if (!tasks)
        return std::unexpected(tasks.error());
    QSet<qint64> withTask;
    while ((*tasks)->next())
        withTask.insert((*tasks)->value(0).toLongLong());
    (*tasks)->finish();

    QStringList where{u"s.pipeline_id = ?"_s};
    QVariantList values{pipeline.id};
    LeadRepository::filterTerms(filter, scope, pipeline.stages, now, where, values);
    // One pass over the log in lead order (stage_changes_lead), the lead's own columns
    // joined to each of its rows.
    auto q = m_db.exec(u"SELECT s.lead_id, s.to_stage_id, s.changed_at, l.lost_reason, u.name, t.name, l.source, l.campaign, "
                       "l.owner_id, l.value, l.currency, l.decision_date, l.last_activity_at "
                       "FROM stage_changes s JOIN leads l ON l.id = s.lead_id LEFT JOIN users u ON u.id = l.owner_id "
                       "LEFT JOIN teams t ON t.id = u.team_id WHERE %1 ORDER BY s.lead_id, s.changed_at, s.id"_s.arg(
                           where.join(u" AND "_s)),
                       values);
    if (!q)
        return std::unexpected(q.error());
    QList<LeadPath> paths;
    while ((*q)->next()) {
        const QSqlQuery &r = **q;
        const qint64 leadId = r.value(0).toLongLong();
        if (paths.isEmpty() || paths.last().leadId != leadId) {
            LeadPath path;
            path.leadId = leadId;
            path.createdAt = SqlValue::toTime(r.value(2));
            path.lostReason = r.value(3).toString();
            path.owner = r.value(4).toString();
            path.team = r.value(5).toString();
            path.source = r.value(6).toString();
            path.campaign = r.value(7).toString();
            path.ownerId = r.value(8).toLongLong();
            if (!r.value(9).isNull())
                path.value = r.value(9).toLongLong();
            path.currency = r.value(10).toString();
            path.expectedClose = QDate::fromString(r.value(11).toString(), Qt::ISODate);
            path.lastActivityAt = SqlValue::toTime(r.value(12));
            path.hasOpenTask = withTask.contains(leadId);
            paths.append(path);
        }
        paths.last().entries.append(LeadPath::Entry{r.value(1).toLongLong(), SqlValue::toTime(r.value(2))});
    }
    (*q)->finish();
    return paths;
}

Result<QHash<qint64, qint64>> LeadPathRepository::ownersChangedSince(qint64 pipelineId, const QDateTime &at)
{
    // In change order per lead (owner_changes_lead): the first row after `at` says who
    // owned the lead then.
    auto q = m_db.exec(u"SELECT o.lead_id, o.from_user_id FROM owner_changes o JOIN leads l ON l.id = o.lead_id "
                       "WHERE l.pipeline_id = ? AND o.changed_at > ? ORDER BY o.lead_id, o.changed_at, o.id"_s,
                       {pipelineId, at.toMSecsSinceEpoch()});
    if (!q)
        return std::unexpected(q.error());
    QHash<qint64, qint64> owners;
    while ((*q)->next()) {
        const qint64 lead = (*q)->value(0).toLongLong();
        if (!owners.contains(lead))
            owners.insert(lead, (*q)->value(1).toLongLong());
    }
    (*q)->finish();
    return owners;
}

Result<QHash<qint64, qint64>> LeadPathRepository::teams()
{
    auto q = m_db.exec(u"SELECT id, team_id FROM users"_s);
    if (!q)
        return std::unexpected(q.error());
    QHash<qint64, qint64> teams;
    while ((*q)->next())
        teams.insert((*q)->value(0).toLongLong(), (*q)->value(1).toLongLong());
    (*q)->finish();
    return teams;
}

} // namespace lejek
