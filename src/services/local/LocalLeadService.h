// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ChangeNotifier.h"
#include "LeadService.h"

#include <functional>

namespace lejek {

class StoreThread;

// LeadService in this process: each call is a job on the store thread running
// LeadCommands; a committed change is posted to the notifier.
class LocalLeadService final : public LeadService
{
public:
    using Clock = std::function<QDateTime()>;
    LocalLeadService(StoreThread &store, Clock clock, ChangeNotifier *notifier);

    void setActingUser(qint64 userId) { m_userId = userId; }

    ChangeNotifier *notifier() override { return m_notifier; }
    QFuture<Result<Lead>> createLead(const NewLead &request) override;
    QFuture<Result<Lead>> updateLead(const LeadEdit &request) override;
    QFuture<Result<QList<Lead>>> moveLeads(const MoveRequest &request) override;
    QFuture<Result<Lead>> lead(qint64 id) override;
    QFuture<Result<QList<TimelineEntry>>> timeline(qint64 leadId) override;
    QFuture<Result<Activity>> logActivity(const NewActivity &request) override;
    QFuture<Result<Task>> createTask(const NewTask &request) override;
    QFuture<Result<Task>> completeTask(qint64 taskId) override;
    QFuture<Result<Task>> rescheduleTask(qint64 taskId, const QDateTime &dueAt) override;
    QFuture<Result<QList<Task>>> tasks(qint64 leadId) override;
    QFuture<Result<StagePage>> stagePage(qint64 pipelineId, const PageRequest &request) override;
    using LeadService::stageTotals;
    QFuture<Result<QList<StageTotals>>> stageTotals(qint64 pipelineId, const LeadFilter &filter) override;
    QFuture<Result<int>> recordHistory(const QList<HistoricLead> &leads) override;
    QFuture<Result<ImportReport>> importRows(const ImportBatch &batch) override;
    std::unique_ptr<ImportTransaction> beginImport() override;

private:
    // Runs `command` on the store thread and, when it changed something, notifies.
    template<typename Command>
    auto write(Command command);
    template<typename Command>
    auto read(Command command);

    StoreThread &m_store;
    Clock m_clock;
    ChangeNotifier *m_notifier;
    qint64 m_userId = 0;
};

} // namespace lejek
