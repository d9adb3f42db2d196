// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

namespace lejek {

// A follow-up a person owes on a lead ("call in 3 days", "send the offer by Friday").
struct Task {
    qint64 id = 0;
    qint64 leadId = 0;
    QString title;
    QDateTime dueAt;
    qint64 ownerId = 0;
    QDateTime createdAt;
    QDateTime doneAt;      // closed: done, or cancelled (then cancelledAt too)
    QDateTime cancelledAt;
    QString rule;
    // Read with the task for lists across pipelines (My tasks); never written.
    qint64 pipelineId = 0;
    QString pipelineName;
    QString leadName;

    bool isDone() const { return doneAt.isValid(); }
    bool isCancelled() const { return cancelledAt.isValid(); }
    bool isOverdue(const QDateTime &now) const { return !isDone() && dueAt.isValid() && dueAt < now; }

    // Where My tasks lists an open task: past due, due later today (in local time),
    // or after today.
    enum class Agenda { Overdue, Today, Upcoming };
    Agenda agenda(const QDateTime &now) const
    {
        if (isOverdue(now))
            return Agenda::Overdue;
        return dueAt.toLocalTime().date() == now.toLocalTime().date() ? Agenda::Today : Agenda::Upcoming;
    }
};

} // namespace lejek
