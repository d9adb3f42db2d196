// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Activity.h"
#include "Error.h"
#include "LeadChange.h"
#include "LeadRequests.h"
#include "Task.h"
#include "UnitOfWork.h"

namespace lejek {

class TaskRepository;

// What is done with a lead besides editing it: logged activities (calls, e-mails,
// meetings, notes, behaviour events) and follow-up tasks, each kept in the timeline.
// Activity keeps a lead from rotting without a new version of its card.
class ActivityCommands
{
public:
    explicit ActivityCommands(UnitOfWork &work);

    Result<Activity> logActivity(const NewActivity &request, LeadChange *change);
    Result<Task> createTask(const NewTask &request, LeadChange *change);
    Result<Task> completeTask(qint64 taskId, LeadChange *change);
    Result<Task> rescheduleTask(qint64 taskId, const QDateTime &dueAt, LeadChange *change);
    // Closes an open task without doing it; the timeline keeps it as cancelled.
    Result<Task> cancelTask(qint64 taskId, LeadChange *change);

private:
    // The task, when the acting principal may work on its lead; for done and reschedule.
    Result<Task> taskToChange(TaskRepository &tasks, qint64 taskId);

    UnitOfWork &m_work;
};

} // namespace lejek
