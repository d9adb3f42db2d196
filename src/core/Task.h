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
    QDateTime doneAt;
    QString rule;

    bool isDone() const { return doneAt.isValid(); }
    bool isOverdue(const QDateTime &now) const { return !isDone() && dueAt.isValid() && dueAt < now; }
};

} // namespace lejek
