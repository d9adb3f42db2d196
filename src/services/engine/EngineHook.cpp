// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "EngineHook.h"

#include "LeadEngine.h"
#include "LeadRepository.h"
#include "UnitOfWork.h"

#include <QHash>

#include <algorithm>

namespace lejek {

Result<void> EngineHook::beforeCommit(UnitOfWork &work, const DomainEvents &events)
{
    // Each lead's events in the order the write made them.
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
    // Leads in the order they were made (an import's, its file's order), so round robin
    // deals a batch out as it would the same rows one by one.
    std::sort(order.begin(), order.end());
    // The engine acts as a rule, with the database owner's rights: a rep's edit may
    // route the lead to a colleague the rep could not give it to.
    UnitOfWork asRule(work.db(), work.now(), Principal::owner(), nullptr, work.pipelineCache());
    std::optional<RoutingRoster> roster;
    // Each pipeline's configuration is looked up once per write, and the leads the
    // engine will judge are read at once: an import batch of thousands of rows then
    // costs a few statements, not two a row. Each lead's own engine writes touch only
    // that lead, so what was read for the others stays true.
    struct PipelineRun {
        Pipeline pipeline;
        std::shared_ptr<const EngineSetup> setup;
        QList<qint64> leadIds;
        QHash<qint64, Lead> leads;
    };
    QHash<qint64, PipelineRun> runs;
    for (qint64 leadId : std::as_const(order)) {
        const qint64 pipelineId = byLead.value(leadId).front().pipelineId;
        auto run = runs.find(pipelineId);
        if (run == runs.end()) {
            auto pipeline = work.pipeline(pipelineId);
            if (!pipeline)
                return std::unexpected(pipeline.error());
            auto setup = m_setups.setup(work.db(), *pipeline);
            if (!setup)
                return std::unexpected(setup.error());
            run = runs.insert(pipelineId, PipelineRun{*pipeline, *setup, {}, {}});
        }
        run->leadIds.append(leadId);
    }
    for (PipelineRun &run : runs) {
        if (run.setup->isEmpty())
            continue; // the fast path reads no lead
        auto leads = LeadRepository(work.db()).loadMany(run.pipeline, run.leadIds);
        if (!leads)
            return std::unexpected(leads.error());
        run.leads = std::move(*leads);
    }
    for (qint64 leadId : std::as_const(order)) {
        const DomainEvents &leadEvents = byLead.value(leadId);
        const PipelineRun &run = runs.value(leadEvents.front().pipelineId);
        const auto lead = run.leads.constFind(leadId);
        if (auto r = LeadEngine(work, asRule, run.pipeline, *run.setup, roster)
                         .run(leadId, leadEvents, lead == run.leads.cend() ? nullptr : &*lead);
            !r)
            return r;
    }
    // What the engine's own writes did reaches the change notice with the rest.
    for (DomainEvent &e : asRule.takeEvents())
        work.record(std::move(e));
    return ok();
}

} // namespace lejek
