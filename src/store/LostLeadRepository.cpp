// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "LostLeadRepository.h"

#include "SqlValue.h"

#include <QSqlQuery>

namespace lejek {

using namespace Qt::Literals::StringLiterals;

Result<QList<LostLeadRepository::Row>> LostLeadRepository::closedBefore(const QDateTime &cutoff, int limit)
{
    auto q = m_db.exec(u"SELECT l.id, l.pipeline_id, l.owner_id, u.team_id FROM leads l "
                       "JOIN stages s ON s.id = l.stage_id LEFT JOIN users u ON u.id = l.owner_id "
                       "WHERE l.pipeline_id IN (SELECT id FROM pipelines) AND l.closed_at < ? AND s.kind = 'lost' "
                       "AND l.merged_into IS NULL ORDER BY l.closed_at, l.id LIMIT ?"_s,
                       {SqlValue::fromTime(cutoff), limit});
    if (!q)
        return std::unexpected(q.error());
    QList<Row> rows;
    while ((*q)->next())
        rows.append({(*q)->value(0).toLongLong(), (*q)->value(1).toLongLong(), (*q)->value(2).toLongLong(), (*q)->value(3).toLongLong()});
    (*q)->finish();
    return rows;
}

} // namespace lejek
