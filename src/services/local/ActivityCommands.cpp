// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ActivityCommands.h"

#include "BoardReads.h"
#include "HistoryRepository.h"
#include "LeadRepository.h"
#include "TaskRepository.h"
#include "UserRepository.h"
#include "ValueParser.h"
#include "Visibility.h"

#include <QCoreApplication>

namespace lejek {

using namespace Qt::Literals::StringLiterals;

namespace {

QString tr(const char *text) { return QCoreApplication::translate("lejek::ActivityCommands", text); }

} // namespace

ActivityCommands::ActivityCommands(UnitOfWork &work) : m_work(work) {}

Result<Activity> ActivityCommands::logActivity(const NewActivity &request, LeadChange *change)
{
    if (!Activity::loggableKinds().contains(request.kind))
        return std::unexpected(Error::invalid(tr("\"%1\" is not an activity type (one of %2)")
                                                  .arg(request.kind, Activity::loggableKinds().join(u", "_s)),
                                              {{u"kind"_s, tr("unknown activity type")}}));
    if (request.subject.size() > ValueParser::MaxTextLength || request.body.size() > ValueParser::MaxLongTextLength)
        return std::unexpected(Error::invalid(tr("the activity text is too long"), {{u"subject"_s, tr("is too long")}}));
    auto pipeline = m_work.pipelineOf(request.leadId);
    if (!pipeline)
        return std::unexpected(pipeline.error());
    Transaction tx(m_work.db());
    if (!tx.started())
        return std::unexpected(tx.started().error());
    if (auto allowed = Visibility(m_work).checkWritable(request.leadId, tr("log an activity on")); !allowed)
        return std::unexpected(allowed.error());
    Activity a = m_work.activity(request.leadId, request.kind, request.rule);
    if (request.occurredAt.isValid())
        a.occurredAt = request.occurredAt.toUTC();
    a.subject = request.subject.trimmed();
    a.body = request.body.trimmed();
    auto id = HistoryRepository(m_work.db()).appendActivity(a);
    if (!id)
        return std::unexpected(id.error());
    a.id = *id;
    if (auto r = m_work.touch(a.leadId, a.occurredAt); !r)
        return std::unexpected(r.error());
    DomainEvent logged = m_work.event(DomainEvent::Kind::ActivityLogged, a.leadId, pipeline->id, request.rule);
    logged.at = a.occurredAt;
    logged.activityId = a.id;
    logged.activityKind = a.kind;
    m_work.record(logged);
    if (auto r = m_work.commit(tx); !r)
        return std::unexpected(r.error());
    *change = LeadChange{LeadChange::Kind::Updated, pipeline->id, {a.leadId}, {}, {}};
    return a;
}

Result<Task> ActivityCommands::createTask(const NewTask &request, LeadChange *change)
{
    const QString title = request.title.simplified();
    if (title.isEmpty() || title.size() > ValueParser::MaxTextLength)
        return std::unexpected(Error::invalid(tr("a task needs a title of at most %1 characters").arg(ValueParser::MaxTextLength),
                                              {{u"title"_s, title.isEmpty() ? tr("is empty") : tr("is too long")}}));
    if (!request.dueAt.isValid())
        return std::unexpected(Error::invalid(tr("a task needs a due date"), {{u"due"_s, tr("is empty")}}));
    auto lead = BoardReads(m_work).load(request.leadId);
    if (!lead)
        return std::unexpected(lead.error());
    Task t;
    t.leadId = lead->id;
    t.title = title;
    t.dueAt = request.dueAt.toUTC();
    t.ownerId = lead->ownerId;
    t.createdAt = m_work.now();
    t.rule = request.rule;
    if (!request.owner.isEmpty()) {
        auto user = UserRepository(m_work.db()).find(request.owner);
        if (!user)
            return std::unexpected(user.error());
        if (!*user)
            return std::unexpected(Error::invalid(tr("no user named \"%1\"").arg(request.owner), {{u"owner"_s, tr("unknown user")}}));
        t.ownerId = (*user)->id;
    }
    Transaction tx(m_work.db());
    if (!tx.started())
        return std::unexpected(tx.started().error());
    // Again inside the transaction: the lead may have changed hands since it was read.
    if (auto allowed = Visibility(m_work).checkWritable(t.leadId, tr("add a task to")); !allowed)
        return std::unexpected(allowed.error());
    auto id = TaskRepository(m_work.db()).insert(t);
    if (!id)
        return std::unexpected(id.error());
    t.id = *id;
    Activity a = m_work.activity(t.leadId, u"task_created"_s, request.rule);
    a.subject = t.title;
    a.body = t.dueAt.toString(Qt::ISODate);
    if (auto r = HistoryRepository(m_work.db()).appendActivity(a); !r)
        return std::unexpected(r.error());
    DomainEvent created = m_work.event(DomainEvent::Kind::TaskCreated, t.leadId, lead->pipelineId, request.rule);
    created.taskId = t.id;
    created.newValue = t.dueAt;
    m_work.record(created);
    if (auto r = m_work.commit(tx); !r)
        return std::unexpected(r.error());
    *change = LeadChange{LeadChange::Kind::Updated, lead->pipelineId, {lead->id}, {}, {}};
    return t;
}

Result<Task> ActivityCommands::taskToChange(TaskRepository &tasks, qint64 taskId)
{
    auto task = tasks.load(taskId);
    if (!task)
        return task;
    if (auto allowed = Visibility(m_work).checkWritable(task->leadId, tr("change a task of")); !allowed)
        return std::unexpected(allowed.error());
    return task;
}

Result<Task> ActivityCommands::completeTask(qint64 taskId, LeadChange *change)
{
    Transaction tx(m_work.db());
    if (!tx.started())
        return std::unexpected(tx.started().error());
    TaskRepository tasks(m_work.db());
    auto task = taskToChange(tasks, taskId);
    if (!task)
        return std::unexpected(task.error());
    if (task->isDone())
        return std::unexpected(Error::invalid(tr("task %1 is already done").arg(taskId)));
    if (auto r = tasks.setDone(taskId, m_work.now()); !r)
        return std::unexpected(r.error());
    Activity a = m_work.activity(task->leadId, u"task_done"_s);
    a.subject = task->title;
    if (auto r = HistoryRepository(m_work.db()).appendActivity(a); !r)
        return std::unexpected(r.error());
    if (auto r = m_work.touch(task->leadId, m_work.now()); !r)
        return std::unexpected(r.error());
    auto pipelineId = LeadRepository(m_work.db()).pipelineOf(task->leadId);
    if (!pipelineId)
        return std::unexpected(pipelineId.error());
    DomainEvent e = m_work.event(DomainEvent::Kind::TaskDone, task->leadId, *pipelineId);
    e.taskId = taskId;
    m_work.record(e);
    if (auto r = m_work.commit(tx); !r)
        return std::unexpected(r.error());
    *change = LeadChange{LeadChange::Kind::Updated, *pipelineId, {task->leadId}, {}, {}};
    task->doneAt = m_work.now();
    return *task;
}

Result<Task> ActivityCommands::rescheduleTask(qint64 taskId, const QDateTime &dueAt, LeadChange *change)
{
    if (!dueAt.isValid())
        return std::unexpected(Error::invalid(tr("a task needs a due date"), {{u"due"_s, tr("is empty")}}));
    Transaction tx(m_work.db());
    if (!tx.started())
        return std::unexpected(tx.started().error());
    TaskRepository tasks(m_work.db());
    auto task = taskToChange(tasks, taskId);
    if (!task)
        return std::unexpected(task.error());
    if (task->isDone())
        return std::unexpected(Error::invalid(tr("task %1 is done and cannot be rescheduled").arg(taskId)));
    if (auto r = tasks.setDue(taskId, dueAt.toUTC()); !r)
        return std::unexpected(r.error());
    Activity a = m_work.activity(task->leadId, u"task_rescheduled"_s);
    a.subject = task->title;
    a.oldValue = task->dueAt.toString(Qt::ISODate);
    a.newValue = dueAt.toUTC().toString(Qt::ISODate);
    if (auto r = HistoryRepository(m_work.db()).appendActivity(a); !r)
        return std::unexpected(r.error());
    auto pipelineId = LeadRepository(m_work.db()).pipelineOf(task->leadId);
    if (!pipelineId)
        return std::unexpected(pipelineId.error());
    DomainEvent e = m_work.event(DomainEvent::Kind::TaskRescheduled, task->leadId, *pipelineId);
    e.taskId = taskId;
    e.oldValue = task->dueAt;
    e.newValue = dueAt.toUTC();
    m_work.record(e);
    if (auto r = m_work.commit(tx); !r)
        return std::unexpected(r.error());
    *change = LeadChange{LeadChange::Kind::Updated, *pipelineId, {task->leadId}, {}, {}};
    task->dueAt = dueAt.toUTC();
    return *task;
}

Result<Task> ActivityCommands::cancelTask(qint64 taskId, LeadChange *change)
{
    Transaction tx(m_work.db());
    if (!tx.started())
        return std::unexpected(tx.started().error());
    TaskRepository tasks(m_work.db());
    auto task = taskToChange(tasks, taskId);
    if (!task)
        return std::unexpected(task.error());
    if (task->isDone())
        return std::unexpected(Error::invalid(task->isCancelled() ? tr("task %1 is already cancelled").arg(taskId)
                                                                  : tr("task %1 is done and cannot be cancelled").arg(taskId)));
    if (auto r = tasks.setCancelled(taskId, m_work.now()); !r)
        return std::unexpected(r.error());
    Activity a = m_work.activity(task->leadId, u"task_cancelled"_s);
    a.subject = task->title;
    if (auto r = HistoryRepository(m_work.db()).appendActivity(a); !r)
        return std::unexpected(r.error());
    auto pipelineId = LeadRepository(m_work.db()).pipelineOf(task->leadId);
    if (!pipelineId)
        return std::unexpected(pipelineId.error());
    DomainEvent e = m_work.event(DomainEvent::Kind::TaskCancelled, task->leadId, *pipelineId);
    e.taskId = taskId;
    m_work.record(e);
    if (auto r = m_work.commit(tx); !r)
        return std::unexpected(r.error());
    *change = LeadChange{LeadChange::Kind::Updated, *pipelineId, {task->leadId}, {}, {}};
    task->doneAt = task->cancelledAt = m_work.now();
    return *task;
}

} // namespace lejek
