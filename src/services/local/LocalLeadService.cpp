// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "LocalLeadService.h"

#include "ActivityCommands.h"
#include "BehaviourEventCommands.h"
#include "BoardReads.h"
#include "CustomerCommands.h"
#include "DomainEventHook.h"
#include "HistoryImport.h"
#include "LeadImport.h"
#include "LeadMerge.h"
#include "LostLeadCommands.h"
#include "LeadWrites.h"
#include "PipelineCache.h"
#include "LocalImportTransaction.h"
#include "StoreThread.h"

namespace lejek {

LocalLeadService::LocalLeadService(StoreThread &store, Clock clock, ChangeNotifier *notifier)
    : m_store(store), m_clock(std::move(clock)), m_notifier(notifier), m_pipelines(std::make_shared<PipelineCache>())
{
}

template<typename Command>
auto LocalLeadService::write(const Principal &by, Command command)
{
    return m_store.run([command, now = m_clock(), principal = by, notifier = m_notifier, hook = m_hook, pipelines = m_pipelines](Database &db) {
        UnitOfWork work(db, now, principal, hook.get(), pipelines.get());
        LeadChange change;
        auto result = command(work, &change);
        if (result && (!change.leadIds.isEmpty() || change.everything) && notifier) {
            DomainEvents events = work.takeEvents();
            // A rule's move inside the write (the engine's handoff) is in the events, not
            // in what the command knew: its stages are refreshed too.
            for (const DomainEvent &e : std::as_const(events)) {
                if (e.kind != DomainEvent::Kind::StageEntered)
                    continue;
                if (e.fromStageId && !change.fromStageIds.contains(e.fromStageId))
                    change.fromStageIds.append(e.fromStageId);
                if (!change.toStageIds.contains(e.toStageId))
                    change.toStageIds.append(e.toStageId);
            }
            // Not clear(): a Qt 6 list keeps its capacity, and every queued notice of an
            // import would hold its batch's events' memory until the view took it.
            if (work.eventsOverflowed() || events.size() > LeadChange::MaxEvents)
                change.eventsOmitted = true;
            else
                change.events = std::move(events);
            notifier->post(change);
        }
        return result;
    });
}

template<typename Command>
auto LocalLeadService::read(const Principal &by, Command command)
{
    return m_store.run([command, now = m_clock(), principal = by, pipelines = m_pipelines](Database &db) {
        UnitOfWork work(db, now, principal, nullptr, pipelines.get());
        return command(work);
    });
}

template<typename Command>
auto LocalLeadService::longRead(const Principal &by, Command command)
{
    return m_store.read([command, now = m_clock(), principal = by, pipelines = m_pipelines](Database &db) {
        UnitOfWork work(db, now, principal, nullptr, pipelines.get());
        return command(work);
    });
}

QFuture<Result<Lead>> LocalLeadService::createLead(const Principal &by, const NewLead &request)
{
    return write(by, [request](UnitOfWork &w, LeadChange *change) { return LeadWrites(w).create(request, change); });
}

QFuture<Result<Lead>> LocalLeadService::updateLead(const Principal &by, const LeadEdit &request)
{
    return write(by, [request](UnitOfWork &w, LeadChange *change) { return LeadWrites(w).update(request, change); });
}

QFuture<Result<QList<Lead>>> LocalLeadService::moveLeads(const Principal &by, const MoveRequest &request)
{
    return write(by, [request](UnitOfWork &w, LeadChange *change) { return LeadWrites(w).move(request, change); });
}

QFuture<Result<Lead>> LocalLeadService::lead(const Principal &by, qint64 id)
{
    return read(by, [id](UnitOfWork &w) { return BoardReads(w).load(id); });
}

QFuture<Result<DuplicateCheck>> LocalLeadService::duplicatesOf(const Principal &by, qint64 pipelineId, const FieldInput &fields,
                                                               qint64 exceptLeadId)
{
    return read(by, [pipelineId, fields, exceptLeadId](UnitOfWork &w) { return BoardReads(w).duplicatesOf(pipelineId, fields, exceptLeadId); });
}

QFuture<Result<QList<DuplicatePair>>> LocalLeadService::duplicatePairs(const Principal &by, qint64 pipelineId, int limit)
{
    // A long read: on a large pipeline it joins every lead with the key's index.
    return longRead(by, [pipelineId, limit](UnitOfWork &w) { return BoardReads(w).duplicatePairs(pipelineId, limit); });
}

QFuture<Result<Lead>> LocalLeadService::mergeLeads(const Principal &by, const MergeRequest &request)
{
    return write(by, [request](UnitOfWork &w, LeadChange *change) { return LeadMerge(w).merge(request, change); });
}

QFuture<Result<QList<TimelineEntry>>> LocalLeadService::timeline(const Principal &by, qint64 leadId)
{
    return read(by, [leadId](UnitOfWork &w) { return BoardReads(w).timeline(leadId); });
}

QFuture<Result<TimelinePage>> LocalLeadService::timelinePage(const Principal &by, const TimelineRequest &request)
{
    return read(by, [request](UnitOfWork &w) { return BoardReads(w).timelinePage(request); });
}

QFuture<Result<Activity>> LocalLeadService::logActivity(const Principal &by, const NewActivity &request)
{
    return write(by, [request](UnitOfWork &w, LeadChange *change) { return ActivityCommands(w).logActivity(request, change); });
}

QFuture<Result<Task>> LocalLeadService::createTask(const Principal &by, const NewTask &request)
{
    return write(by, [request](UnitOfWork &w, LeadChange *change) { return ActivityCommands(w).createTask(request, change); });
}

QFuture<Result<Task>> LocalLeadService::completeTask(const Principal &by, qint64 taskId)
{
    return write(by, [taskId](UnitOfWork &w, LeadChange *change) { return ActivityCommands(w).completeTask(taskId, change); });
}

QFuture<Result<Task>> LocalLeadService::rescheduleTask(const Principal &by, qint64 taskId, const QDateTime &dueAt)
{
    return write(by, [taskId, dueAt](UnitOfWork &w, LeadChange *change) { return ActivityCommands(w).rescheduleTask(taskId, dueAt, change); });
}

QFuture<Result<Task>> LocalLeadService::cancelTask(const Principal &by, qint64 taskId)
{
    return write(by, [taskId](UnitOfWork &w, LeadChange *change) { return ActivityCommands(w).cancelTask(taskId, change); });
}

QFuture<Result<QList<Task>>> LocalLeadService::tasks(const Principal &by, qint64 leadId)
{
    return read(by, [leadId](UnitOfWork &w) { return BoardReads(w).tasks(leadId); });
}

QFuture<Result<QList<Task>>> LocalLeadService::myTasks(const Principal &by, int limit)
{
    return read(by, [limit](UnitOfWork &w) { return BoardReads(w).myTasks(limit); });
}

QFuture<Result<QList<Customer>>> LocalLeadService::customers(const Principal &by, const QString &search, int limit)
{
    return read(by, [search, limit](UnitOfWork &w) { return CustomerCommands(w).customers(search, limit); });
}

QFuture<Result<Customer>> LocalLeadService::customer(const Principal &by, qint64 customerId)
{
    return read(by, [customerId](UnitOfWork &w) { return CustomerCommands(w).customer(customerId); });
}

QFuture<Result<Lead>> LocalLeadService::upsell(const Principal &by, const UpsellRequest &request)
{
    return write(by, [request](UnitOfWork &w, LeadChange *change) { return CustomerCommands(w).upsell(request, change); });
}

QFuture<Result<Lead>> LocalLeadService::reactivateLead(const Principal &by, const ReactivateRequest &request)
{
    return write(by, [request](UnitOfWork &w, LeadChange *change) { return LostLeadCommands(w).reactivate(request, change); });
}

QFuture<Result<QList<Lead>>> LocalLeadService::leads(const Principal &by, qint64 pipelineId, const QList<qint64> &ids)
{
    return read(by, [pipelineId, ids](UnitOfWork &w) { return BoardReads(w).many(pipelineId, ids); });
}

QFuture<Result<QList<Lead>>> LocalLeadService::lostToReview(const Principal &by, int limit)
{
    return read(by, [limit](UnitOfWork &w) { return LostLeadCommands(w).toReview(limit); });
}

QFuture<Result<QList<BehaviourEventResult>>> LocalLeadService::recordEvents(const Principal &by,
                                                                          const QList<BehaviourEventRequest> &events)
{
    return write(by, [events](UnitOfWork &w, LeadChange *change) { return BehaviourEventCommands(w).record(events, change); });
}

QFuture<Result<StagePage>> LocalLeadService::stagePage(const Principal &by, qint64 pipelineId, const PageRequest &request)
{
    auto command = [pipelineId, request](UnitOfWork &w) { return BoardReads(w).page(pipelineId, request); };
    return request.longRead ? longRead(by, command) : read(by, command);
}

QFuture<Result<QList<StageTotals>>> LocalLeadService::stageTotals(const Principal &by, qint64 pipelineId, const LeadFilter &filter)
{
    return read(by, [pipelineId, filter](UnitOfWork &w) { return BoardReads(w).totals(pipelineId, filter); });
}

QFuture<Result<int>> LocalLeadService::recordHistory(const Principal &by, const QList<HistoricLead> &leads)
{
    return write(by, [leads](UnitOfWork &w, LeadChange *change) { return HistoryImport(w).recordHistory(leads, change); });
}

QFuture<Result<ImportReport>> LocalLeadService::importRows(const Principal &by, const ImportBatch &batch)
{
    return write(by, [batch](UnitOfWork &w, LeadChange *change) { return LeadImport(w).importRows(batch, change); });
}

std::unique_ptr<ImportTransaction> LocalLeadService::beginImport(const Principal &by)
{
    return std::make_unique<LocalImportTransaction>(m_store.settings(), m_clock, by, m_notifier, m_hook, m_pipelines);
}

} // namespace lejek
