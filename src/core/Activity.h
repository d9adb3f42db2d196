// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace lejek {

// One entry of a lead's timeline besides stage changes: a note, a call, an e-mail, a
// meeting, a behaviour event, or a field edit (field, old and new value). Append-only.
struct Activity {
    qint64 id = 0;
    qint64 leadId = 0;
    QString kind; // see kinds()
    QDateTime occurredAt;
    qint64 userId = 0;
    QString userName;
    QString rule; // set when an automation wrote it
    int leadVersion = 0;
    QString subject;
    QString body;
    QString field;
    QString oldValue;
    QString newValue;

    // The kinds a user or an integration may log; "field_edit", "created", "won" and
    // "lost" are written by the services themselves.
    static const QStringList &loggableKinds();
    // Kinds that count as the owner's first contact (speed to lead, SLA 1).
    static const QStringList &contactKinds();
};

} // namespace lejek
