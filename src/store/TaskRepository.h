// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Database.h"
#include "Task.h"

#include <QList>

namespace lejek {

class TaskRepository
{
public:
    explicit TaskRepository(Database &db) : m_db(db) {}

    Result<qint64> insert(const Task &task);
    Result<Task> load(qint64 id);
    Result<void> setDone(qint64 id, const QDateTime &at);
    // Closes the task as cancelled (done_at and cancelled_at).
    Result<void> setCancelled(qint64 id, const QDateTime &at);
    Result<void> setDue(qint64 id, const QDateTime &due);
    Result<QList<Task>> forLead(qint64 leadId);
    // A user's open tasks across every pipeline, soonest due first (undated ones last,
    // on SQLite as on PostgreSQL), with their leads' names and pipelines; at most `limit`.
    Result<QList<Task>> openForOwner(qint64 ownerId, int limit);

private:
    Database &m_db;
};

} // namespace lejek
