// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "BehaviourEventRepository.h"

#include "SqlValue.h"

namespace lejek {

using namespace Qt::Literals::StringLiterals;

Result<QList<BehaviourEvent>> BehaviourEventRepository::forLead(qint64 leadId)
{
    static const QString sql = [] {
        QStringList kinds;
        for (const QString &kind : BehaviourEvent::types())
            kinds.append(u'\'' + kind + u'\''); // constants of ours, not input
        return u"SELECT kind, subject, occurred_at FROM activities WHERE lead_id = ? AND kind IN (%1) ORDER BY occurred_at, id"_s.arg(
            kinds.join(u", "_s));
    }();
    auto q = m_db.exec(sql, {leadId});
    if (!q)
        return std::unexpected(q.error());
    QList<BehaviourEvent> events;
    while ((*q)->next())
        events.append(BehaviourEvent{(*q)->value(0).toString(), (*q)->value(1).toString(), SqlValue::toTime((*q)->value(2))});
    (*q)->finish();
    return events;
}

} // namespace lejek
