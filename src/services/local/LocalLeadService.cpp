// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "LocalLeadService.h"

#include "LeadCommands.h"
#include "LocalImportTransaction.h"
#include "StoreThread.h"

namespace lejek {

LocalLeadService::LocalLeadService(StoreThread &store, Clock clock, ChangeNotifier *notifier)
    : m_store(store), m_clock(std::move(clock)), m_notifier(notifier)
{
}

template<typename Command>
auto LocalLeadService::write(Command command)
{
    return m_store.run([command, now = m_clock(), user = m_userId, notifier = m_notifier](Database &db) {
        LeadCommands commands(db, now, user);
        LeadChange change;
        auto result = command(commands, &change);
        if (result && !change.leadIds.isEmpty() && notifier)
            notifier->post(change);
        return result;
    });
}

template<typename Command>
auto LocalLeadService::read(Command command)
{
    return m_store.run([command, now = m_clock(), user = m_userId](Database &db) {
        LeadCommands commands(db, now, user);
        return command(commands);
    });
}

QFuture<Result<Lead>> LocalLeadService::createLead(const NewLead &request)
{
    return write([request](LeadCommands &c, LeadChange *change) { return c.create(request, change); });
}

QFuture<Result<Lead>> LocalLeadService::updateLead(const LeadEdit &request)
{
    return write([request](LeadCommands &c, LeadChange *change) { return c.update(request, change); });
}

QFuture<Result<QList<Lead>>> LocalLeadService::moveLeads(const MoveRequest &request)
{
    return write([request](LeadCommands &c, LeadChange *change) { return c.move(request, change); });
}

QFuture<Result<Lead>> LocalLeadService::lead(qint64 id)
{
    return read([id](LeadCommands &c) { return c.load(id); });
}

QFuture<Result<QList<TimelineEntry>>> LocalLeadService::timeline(qint64 leadId)
{
    return read([leadId](LeadCommands &c) { return c.timeline(leadId); });
}

QFuture<Result<Activity>> LocalLeadService::logActivity(const NewActivity &request)
{
    return write([request](LeadCommands &c, LeadChange *change) { return c.logActivity(request, change); });
}

QFuture<Result<Task>> LocalLeadService::createTask(const NewTask &request)
{
    return write([request](LeadCommands &c, LeadChange *change) { return c.createTask(request, change); });
}

QFuture<Result<Task>> LocalLeadService::completeTask(qint64 taskId)
{
    return write([taskId](LeadCommands &c, LeadChange *change) { return c.completeTask(taskId, change); });
}

QFuture<Result<Task>> LocalLeadService::rescheduleTask(qint64 taskId, const QDateTime &dueAt)
{
    return write([taskId, dueAt](LeadCommands &c, LeadChange *change) { return c.rescheduleTask(taskId, dueAt, change); });
}

QFuture<Result<QList<Task>>> LocalLeadService::tasks(qint64 leadId)
{
    return read([leadId](LeadCommands &c) { return c.tasks(leadId); });
}

QFuture<Result<StagePage>> LocalLeadService::stagePage(qint64 pipelineId, const PageRequest &request)
{
    return read([pipelineId, request](LeadCommands &c) { return c.page(pipelineId, request); });
}

QFuture<Result<QList<StageTotals>>> LocalLeadService::stageTotals(qint64 pipelineId, const LeadFilter &filter)
{
    return read([pipelineId, filter](LeadCommands &c) { return c.totals(pipelineId, filter); });
}

QFuture<Result<int>> LocalLeadService::recordHistory(const QList<HistoricLead> &leads)
{
    return read([leads](LeadCommands &c) { return c.recordHistory(leads); });
}

QFuture<Result<ImportReport>> LocalLeadService::importRows(const ImportBatch &batch)
{
    return write([batch](LeadCommands &c, LeadChange *change) { return c.importRows(batch, change); });
}

std::unique_ptr<ImportTransaction> LocalLeadService::beginImport()
{
    return std::make_unique<LocalImportTransaction>(m_store.settings(), m_clock, m_userId, m_notifier);
}

} // namespace lejek
