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
    auto q = m_db.exec(u"SELECT score, sla_first_contact_due_at, sla_decision_due_at, score_reasons, routing_reason, owner_by_hand, "
                       "handoff_met, sla_started_at, sla_first_contact_at, sla_decided_at FROM leads WHERE id = ?"_s,
                       {leadId});
    if (!q)
        return std::unexpected(q.error());
    if (!(*q)->next())
        return std::unexpected(noLead(leadId));
    const QSqlQuery &r = **q;
    Values v{r.value(0).toInt(),          SqlValue::toTime(r.value(1)), SqlValue::toTime(r.value(2)),
             r.value(3).toString(),       r.value(4).toString(),        r.value(5).toInt() != 0,
             r.value(6).toInt() != 0,     SqlValue::toTime(r.value(7)), SqlValue::toTime(r.value(8)),
             SqlValue::toTime(r.value(9))};
    (*q)->finish();
    return v;
}

Result<void> EngineValueRepository::write(qint64 leadId, const Values &values)
{
    // version and updated_at stay: see the class comment.
    const auto text = [](const QString &t) { return t.isEmpty() ? SqlValue::nullText() : QVariant(t); };
    auto q = m_db.exec(u"UPDATE leads SET score = ?, sla_first_contact_due_at = ?, sla_decision_due_at = ?, score_reasons = ?, "
                       "routing_reason = ?, owner_by_hand = ?, handoff_met = ?, sla_started_at = ?, sla_first_contact_at = ?, "
                       "sla_decided_at = ? WHERE id = ?"_s,
                       {values.score, SqlValue::fromTime(values.slaFirstContactDueAt), SqlValue::fromTime(values.slaDecisionDueAt),
                        text(values.scoreReasons), text(values.routingReason), values.ownerByHand ? 1 : 0, values.handoffMet ? 1 : 0,
                        SqlValue::fromTime(values.slaStartedAt), SqlValue::fromTime(values.slaFirstContactAt),
                        SqlValue::fromTime(values.slaDecidedAt), leadId});
    if (!q)
        return std::unexpected(q.error());
    const bool found = (*q)->numRowsAffected() == 1;
    (*q)->finish();
    if (!found)
        return std::unexpected(noLead(leadId));
    return ok();
}

} // namespace lejek
