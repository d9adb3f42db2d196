// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "EngineValueRepository.h"

#include "SqlValue.h"

#include <QCoreApplication>

namespace lejek {

using namespace Qt::Literals::StringLiterals;

namespace {
Error noLead(qint64 leadId)
{
    return Error::notFound(QCoreApplication::translate("lejek::EngineValueRepository", "no lead with id %1").arg(leadId));
}
} // namespace

Result<EngineValueRepository::Values> EngineValueRepository::read(qint64 leadId)
{
    auto q = m_db.exec(u"SELECT score, sla_first_contact_due_at, sla_decision_due_at FROM leads WHERE id = ?"_s, {leadId});
    if (!q)
        return std::unexpected(q.error());
    if (!(*q)->next())
        return std::unexpected(noLead(leadId));
    Values v{(*q)->value(0).toInt(), SqlValue::toTime((*q)->value(1)), SqlValue::toTime((*q)->value(2))};
    (*q)->finish();
    return v;
}

Result<void> EngineValueRepository::write(qint64 leadId, const Values &values)
{
    // version and updated_at stay: see the class comment.
    auto q = m_db.exec(u"UPDATE leads SET score = ?, sla_first_contact_due_at = ?, sla_decision_due_at = ? WHERE id = ?"_s,
                       {values.score, SqlValue::fromTime(values.slaFirstContactDueAt),
                        SqlValue::fromTime(values.slaDecisionDueAt), leadId});
    if (!q)
        return std::unexpected(q.error());
    const bool found = (*q)->numRowsAffected() == 1;
    (*q)->finish();
    if (!found)
        return std::unexpected(noLead(leadId));
    return ok();
}

} // namespace lejek
