// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ChangeNotifier.h"
#include "LeadService.h"
#include "Principal.h"

#include <functional>
#include <memory>

namespace lejek {

class DomainEventHook;
class PipelineCache;
class StoreThread;

// LeadService in this process: each call is a job on the store thread, one UnitOfWork
// run by the command classes (LeadWrites, ActivityCommands, BoardReads, LeadImport,
// HistoryImport); a committed change is posted to the notifier with its domain events.
class LocalLeadService final : public LeadService
{
public:
    using Clock = std::function<QDateTime()>;
    LocalLeadService(StoreThread &store, Clock clock, ChangeNotifier *notifier);

    // Runs every write's domain events before it commits (the engine's rules); none: the
    // events are only carried by the change notices.
    void setEventHook(std::shared_ptr<DomainEventHook> hook) { m_hook = std::move(hook); }
    PipelineCache &pipelineCache() { return *m_pipelines; }

    ChangeNotifier *notifier() override { return m_notifier; }
    QFuture<Result<Lead>> createLead(const Principal &by, const NewLead &request) override;
    QFuture<Result<Lead>> updateLead(const Principal &by, const LeadEdit &request) override;
    QFuture<Result<QList<Lead>>> moveLeads(const Principal &by, const MoveRequest &request) override;
    QFuture<Result<Lead>> lead(const Principal &by, qint64 id) override;
    QFuture<Result<DuplicateCheck>> duplicatesOf(const Principal &by, qint64 pipelineId, const FieldInput &fields,
                                                 qint64 exceptLeadId) override;
    QFuture<Result<QList<DuplicatePair>>> duplicatePairs(const Principal &by, qint64 pipelineId, int limit) override;
    QFuture<Result<Lead>> mergeLeads(const Principal &by, const MergeRequest &request) override;
    QFuture<Result<QList<TimelineEntry>>> timeline(const Principal &by, qint64 leadId) override;
    QFuture<Result<TimelinePage>> timelinePage(const Principal &by, const TimelineRequest &request) override;
    QFuture<Result<Activity>> logActivity(const Principal &by, const NewActivity &request) override;
    QFuture<Result<Task>> createTask(const Principal &by, const NewTask &request) override;
    QFuture<Result<Task>> completeTask(const Principal &by, qint64 taskId) override;
    QFuture<Result<Task>> rescheduleTask(const Principal &by, qint64 taskId, const QDateTime &dueAt) override;
    QFuture<Result<Task>> cancelTask(const Principal &by, qint64 taskId) override;
    QFuture<Result<QList<Task>>> tasks(const Principal &by, qint64 leadId) override;
    QFuture<Result<QList<Task>>> myTasks(const Principal &by, int limit) override;
    QFuture<Result<QList<Customer>>> customers(const Principal &by, const QString &search, int limit) override;
    QFuture<Result<Customer>> customer(const Principal &by, qint64 customerId) override;
    QFuture<Result<Lead>> upsell(const Principal &by, const UpsellRequest &request) override;
    QFuture<Result<Lead>> reactivateLead(const Principal &by, const ReactivateRequest &request) override;
    QFuture<Result<QList<Lead>>> lostToReview(const Principal &by, int limit) override;
    QFuture<Result<QList<Lead>>> leads(const Principal &by, qint64 pipelineId, const QList<qint64> &ids) override;
    QFuture<Result<QList<BehaviourEventResult>>> recordEvents(const Principal &by, const QList<BehaviourEventRequest> &events) override;
    QFuture<Result<StagePage>> stagePage(const Principal &by, qint64 pipelineId, const PageRequest &request) override;
    using LeadService::stageTotals;
    QFuture<Result<QList<StageTotals>>> stageTotals(const Principal &by, qint64 pipelineId, const LeadFilter &filter) override;
    QFuture<Result<int>> recordHistory(const Principal &by, const QList<HistoricLead> &leads) override;
    QFuture<Result<ImportReport>> importRows(const Principal &by, const ImportBatch &batch) override;
    std::unique_ptr<ImportTransaction> beginImport(const Principal &by) override;

private:
    // Runs `command` on the store thread and, when it changed something, notifies.
    template<typename Command>
    auto write(const Principal &by, Command command);
    template<typename Command>
    auto read(const Principal &by, Command command);
    // Like read(), on the store's read connection (StoreThread::read).
    template<typename Command>
    auto longRead(const Principal &by, Command command);

    StoreThread &m_store;
    Clock m_clock;
    ChangeNotifier *m_notifier;
    std::shared_ptr<DomainEventHook> m_hook;
    // Configuration read once and kept between calls, for the writer and the reader alike.
    std::shared_ptr<PipelineCache> m_pipelines;
};

} // namespace lejek
