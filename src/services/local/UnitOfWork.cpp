// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "UnitOfWork.h"

#include "DomainEventHook.h"
#include "LeadChange.h"
#include "LeadRepository.h"
#include "PipelineCache.h"
#include "PipelineRepository.h"
#include "UserRepository.h"

namespace lejek {

using namespace Qt::Literals::StringLiterals;

UnitOfWork::UnitOfWork(Database &db, QDateTime now, Principal principal, DomainEventHook *hook, PipelineCache *pipelines)
    : m_db(db), m_now(std::move(now)), m_principal(std::move(principal)), m_hook(hook), m_pipelineCache(pipelines)
{
}

Result<Pipeline> UnitOfWork::pipeline(qint64 pipelineId)
{
    if (const auto known = m_pipelines.constFind(pipelineId); known != m_pipelines.cend())
        return *known;
    auto loaded = m_pipelineCache ? m_pipelineCache->load(m_db, pipelineId) : PipelineRepository(m_db).load(pipelineId);
    if (loaded)
        m_pipelines.insert(pipelineId, *loaded);
    return loaded;
}

Result<Pipeline> UnitOfWork::pipelineOf(qint64 leadId)
{
    auto pipelineId = LeadRepository(m_db).pipelineOf(leadId);
    if (!pipelineId)
        return std::unexpected(pipelineId.error());
    return pipeline(*pipelineId);
}

Result<std::optional<User>> UnitOfWork::findUser(const QString &nameOrEmail)
{
    if (const auto known = m_users.constFind(nameOrEmail); known != m_users.cend())
        return *known;
    auto user = UserRepository(m_db).find(nameOrEmail);
    if (user && *user)
        m_users.insert(nameOrEmail, **user);
    return user;
}

Result<const QList<LostReason> *> UnitOfWork::lostReasons()
{
    if (!m_lostReasons) {
        auto loaded = PipelineRepository(m_db).lostReasons();
        if (!loaded)
            return std::unexpected(loaded.error());
        m_lostReasons = *loaded;
    }
    return &*m_lostReasons;
}

void UnitOfWork::forgetFound()
{
    m_users.clear();
    m_customers.clear();
}

Activity UnitOfWork::activity(qint64 leadId, const QString &kind, const QString &rule) const
{
    Activity a;
    a.leadId = leadId;
    a.kind = kind;
    a.occurredAt = m_now;
    a.userId = userId();
    a.rule = rule;
    return a;
}

Result<void> UnitOfWork::touch(qint64 leadId, const QDateTime &at)
{
    // Activity keeps a lead from rotting; it does not change the card, so no new version.
    if (auto r = m_db.exec(u"UPDATE leads SET last_activity_at = ? WHERE id = ? AND last_activity_at < ?"_s,
                           {at.toMSecsSinceEpoch(), leadId, at.toMSecsSinceEpoch()});
        !r)
        return std::unexpected(r.error());
    return ok();
}

DomainEvent UnitOfWork::event(DomainEvent::Kind kind, qint64 leadId, qint64 pipelineId, const QString &rule) const
{
    DomainEvent e;
    e.kind = kind;
    e.leadId = leadId;
    e.pipelineId = pipelineId;
    e.at = m_now;
    e.userId = userId();
    e.rule = rule;
    return e;
}

void UnitOfWork::record(DomainEvent event)
{
    if (m_overflowed)
        return;
    if (!m_hook && m_events.size() >= LeadChange::MaxEvents) {
        m_overflowed = true;
        m_events = {}; // not clear(): that keeps the capacity
        return;
    }
    m_events.append(std::move(event));
}

void UnitOfWork::recordStageEntry(const Pipeline &pipeline, const Lead &lead, qint64 fromStageId, const Stage &to,
                                  const QString &rule, const QDateTime &at)
{
    DomainEvent entered = event(DomainEvent::Kind::StageEntered, lead.id, pipeline.id, rule);
    entered.at = at;
    entered.fromStageId = fromStageId;
    entered.toStageId = to.id;
    record(entered);
    const Stage *from = fromStageId ? pipeline.stage(fromStageId) : nullptr;
    DomainEvent closing = entered;
    if (to.kind == StageKind::Won) {
        closing.kind = DomainEvent::Kind::LeadWon;
        record(closing);
    } else if (to.kind == StageKind::Lost) {
        closing.kind = DomainEvent::Kind::LeadLost;
        closing.newValue = lead.value(QStringLiteral("lost_reason"));
        record(closing);
    } else if (from && from->isClosed()) {
        closing.kind = DomainEvent::Kind::LeadReactivated;
        record(closing);
    }
}

void UnitOfWork::recordCreation(const Pipeline &pipeline, const Lead &lead, const Stage &stage, const QString &rule,
                                const QDateTime &at)
{
    DomainEvent created = event(DomainEvent::Kind::LeadCreated, lead.id, pipeline.id, rule);
    created.at = at;
    created.toStageId = stage.id;
    created.newOwnerId = lead.ownerId;
    record(created);
    recordStageEntry(pipeline, lead, 0, stage, rule, at);
}

void UnitOfWork::dropEvents(qsizetype mark)
{
    if (mark < m_events.size())
        m_events.resize(mark);
    m_hooked = std::min(m_hooked, mark);
}

DomainEvents UnitOfWork::takeEvents()
{
    m_hooked = 0;
    return std::exchange(m_events, {});
}

Result<void> UnitOfWork::runHook()
{
    if (!m_hook || m_hooked >= m_events.size())
        return ok();
    const DomainEvents pending = m_events.mid(m_hooked);
    m_hooked = m_events.size();
    return m_hook->beforeCommit(*this, pending);
}

Result<void> UnitOfWork::commit(Transaction &tx)
{
    if (m_db.transactionDepth() == 1)
        if (auto r = runHook(); !r)
            return r;
    return tx.commit();
}

} // namespace lejek
