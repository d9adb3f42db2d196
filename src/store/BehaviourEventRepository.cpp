// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "BehaviourEventRepository.h"

#include "SqlValue.h"

namespace lejek {

using namespace Qt::Literals::StringLiterals;

namespace {
QString behaviourKinds()
{
    QStringList kinds;
    for (const QString &kind : BehaviourEvent::types())
        kinds.append(u'\'' + kind + u'\''); // constants of ours, not input
    return kinds.join(u", "_s);
}
} // namespace

Result<QList<BehaviourEvent>> BehaviourEventRepository::forLead(qint64 leadId)
{
    static const QString sql =
        u"SELECT kind, subject, occurred_at FROM activities WHERE lead_id = ? AND kind IN (%1) ORDER BY occurred_at, id"_s.arg(
            behaviourKinds());
    auto q = m_db.exec(sql, {leadId});
    if (!q)
        return std::unexpected(q.error());
    QList<BehaviourEvent> events;
    while ((*q)->next())
        events.append(BehaviourEvent{(*q)->value(0).toString(), (*q)->value(1).toString(), SqlValue::toTime((*q)->value(2))});
    (*q)->finish();
    return events;
}

Result<QHash<qint64, QList<BehaviourEvent>>> BehaviourEventRepository::forPipeline(qint64 pipelineId,
                                                                                   const QDateTime &createdSince)
{
    static const QString sql = u"SELECT a.lead_id, a.kind, a.subject, a.occurred_at FROM activities a JOIN leads l ON l.id = a.lead_id "
                               "WHERE l.pipeline_id = ? AND l.created_at >= ? AND a.kind IN (%1) ORDER BY a.lead_id, a.occurred_at, a.id"_s
                                   .arg(behaviourKinds());
    auto q = m_db.exec(sql, {pipelineId, SqlValue::fromTime(createdSince)});
    if (!q)
        return std::unexpected(q.error());
    QHash<qint64, QList<BehaviourEvent>> events;
    while ((*q)->next())
        events[(*q)->value(0).toLongLong()].append(
            BehaviourEvent{(*q)->value(1).toString(), (*q)->value(2).toString(), SqlValue::toTime((*q)->value(3))});
    (*q)->finish();
    return events;
}

} // namespace lejek
