// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MergeRepository.h"

#include "SqlValue.h"

namespace lejek {

using namespace Qt::Literals::StringLiterals;

Result<void> MergeRepository::moveRecords(qint64 fromLeadId, qint64 toLeadId)
{
    if (auto r = m_db.exec(u"UPDATE activities SET lead_id = ?, lead_version = NULL WHERE lead_id = ?"_s, {toLeadId, fromLeadId}); !r)
        return std::unexpected(r.error());
    if (auto r = m_db.exec(u"UPDATE tasks SET lead_id = ? WHERE lead_id = ?"_s, {toLeadId, fromLeadId}); !r)
        return std::unexpected(r.error());
    return ok();
}

Result<void> MergeRepository::markMerged(qint64 leadId, qint64 intoId, int version, const QDateTime &at)
{
    if (auto r = m_db.exec(u"UPDATE leads SET merged_into = ? WHERE merged_into = ?"_s, {intoId, leadId}); !r)
        return std::unexpected(r.error());
    if (auto r = m_db.exec(u"UPDATE leads SET merged_into = ?, version = ?, updated_at = ? WHERE id = ?"_s,
                           {intoId, version, SqlValue::fromTime(at), leadId});
        !r)
        return std::unexpected(r.error());
    return ok();
}

} // namespace lejek
