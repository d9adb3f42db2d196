// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TaskRepository.h"

#include "LeadRepository.h"
#include "SqlValue.h"

#include <QCoreApplication>

namespace lejek {

using namespace Qt::Literals::StringLiterals;

namespace {
const QString kColumns = u"id, lead_id, title, due_at, owner_id, created_at, done_at, rule, cancelled_at"_s;

Task readTask(QSqlQuery &q)
{
    Task t;
    t.id = q.value(0).toLongLong();
    t.leadId = q.value(1).toLongLong();
    t.title = q.value(2).toString();
    t.dueAt = SqlValue::toTime(q.value(3));
    t.ownerId = q.value(4).toLongLong();
    t.createdAt = SqlValue::toTime(q.value(5));
    t.doneAt = SqlValue::toTime(q.value(6));
    t.rule = q.value(7).toString();
    t.cancelledAt = SqlValue::toTime(q.value(8));
    return t;
}
} // namespace

Result<qint64> TaskRepository::insert(const Task &t)
{
    auto id = m_db.scalar(u"INSERT INTO tasks (lead_id, title, due_at, owner_id, created_at, done_at, rule) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"_s,
                          {t.leadId, t.title, SqlValue::fromTime(t.dueAt), t.ownerId ? QVariant(t.ownerId) : SqlValue::nullInt(),
                           SqlValue::fromTime(t.createdAt), SqlValue::fromTime(t.doneAt),
                           t.rule.isEmpty() ? SqlValue::nullText() : QVariant(t.rule)});
    if (!id)
        return std::unexpected(id.error());
    return id->toLongLong();
}

Result<Task> TaskRepository::load(qint64 id)
{
    auto q = m_db.exec(u"SELECT %1 FROM tasks WHERE id = ?"_s.arg(kColumns), {id});
    if (!q)
        return std::unexpected(q.error());
    if (!(*q)->next())
        return std::unexpected(Error::notFound(QCoreApplication::translate("lejek::TaskRepository", "no task with id %1").arg(id)));
    Task t = readTask(**q);
    (*q)->finish();
    return t;
}

Result<void> TaskRepository::setDone(qint64 id, const QDateTime &at)
{
    if (auto r = m_db.exec(u"UPDATE tasks SET done_at = ? WHERE id = ?"_s, {SqlValue::fromTime(at), id}); !r)
        return std::unexpected(r.error());
    return ok();
}

Result<void> TaskRepository::setCancelled(qint64 id, const QDateTime &at)
{
    if (auto r = m_db.exec(u"UPDATE tasks SET done_at = ?, cancelled_at = ? WHERE id = ?"_s, {SqlValue::fromTime(at), SqlValue::fromTime(at), id}); !r)
        return std::unexpected(r.error());
    return ok();
}

Result<void> TaskRepository::setDue(qint64 id, const QDateTime &due)
{
    if (auto r = m_db.exec(u"UPDATE tasks SET due_at = ? WHERE id = ?"_s, {SqlValue::fromTime(due), id}); !r)
        return std::unexpected(r.error());
    return ok();
}

Result<QList<Task>> TaskRepository::forLead(qint64 leadId)
{
    auto q = m_db.exec(u"SELECT %1 FROM tasks WHERE lead_id = ? ORDER BY done_at IS NOT NULL, due_at, id"_s.arg(kColumns), {leadId});
    if (!q)
        return std::unexpected(q.error());
    QList<Task> tasks;
    while ((*q)->next())
        tasks.append(readTask(**q));
    (*q)->finish();
    return tasks;
}

Result<QList<Task>> TaskRepository::openForOwner(qint64 ownerId, int limit)
{
    QStringList columns;
    for (const QString &c : kColumns.split(u", "_s))
        columns.append(u"t."_s + c);
    auto q = m_db.exec(u"SELECT %1, l.pipeline_id, p.name, %2 "
                       "FROM tasks t JOIN leads l ON l.id = t.lead_id JOIN pipelines p ON p.id = l.pipeline_id "
                       "WHERE t.owner_id = ? AND t.done_at IS NULL ORDER BY (t.due_at IS NULL), t.due_at, t.id LIMIT ?"_s
                           .arg(columns.join(u", "_s), LeadRepository::nameColumns(u"l."_s)),
                       {ownerId, limit});
    if (!q)
        return std::unexpected(q.error());
    QList<Task> tasks;
    while ((*q)->next()) {
        QSqlQuery &r = **q;
        Task t = readTask(r);
        t.pipelineId = r.value(9).toLongLong();
        t.pipelineName = r.value(10).toString();
        t.leadName = LeadRepository::nameFrom(r, 11);
        tasks.append(t);
    }
    (*q)->finish();
    return tasks;
}

} // namespace lejek
