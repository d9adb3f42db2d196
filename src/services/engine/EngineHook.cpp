// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "EngineHook.h"

#include "LeadEngine.h"
#include "UnitOfWork.h"

#include <QHash>

namespace lejek {

Result<void> EngineHook::beforeCommit(UnitOfWork &work, const DomainEvents &events)
{
    // Each lead's events in the order the write made them; leads in first-touched order.
    QList<qint64> order;
    QHash<qint64, DomainEvents> byLead;
    for (const DomainEvent &e : events) {
        if (!e.leadId || LeadEngine::isOwnRule(e.rule))
            continue;
        auto it = byLead.find(e.leadId);
        if (it == byLead.end()) {
            order.append(e.leadId);
            it = byLead.insert(e.leadId, {});
        }
        it->append(e);
    }
    if (order.isEmpty())
        return ok();
    // The engine acts as a rule, with the database owner's rights: a rep's edit may
    // route the lead to a colleague the rep could not give it to.
    UnitOfWork asRule(work.db(), work.now(), Principal::owner());
    std::optional<RoutingRoster> roster;
    for (qint64 leadId : std::as_const(order)) {
        const DomainEvents &leadEvents = byLead.value(leadId);
        auto pipeline = work.pipeline(leadEvents.front().pipelineId);
        if (!pipeline)
            return std::unexpected(pipeline.error());
        auto setup = m_setups.setup(work.db(), *pipeline);
        if (!setup)
            return std::unexpected(setup.error());
        if (auto r = LeadEngine(work, asRule, *pipeline, **setup, roster).run(leadId, leadEvents); !r)
            return r;
    }
    // What the engine's own writes did reaches the change notice with the rest.
    for (DomainEvent &e : asRule.takeEvents())
        work.record(std::move(e));
    return ok();
}

} // namespace lejek
