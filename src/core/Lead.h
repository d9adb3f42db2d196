// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>
#include <QVariant>
#include <QVariantMap>

namespace lejek {

// What the engine keeps of a lead (read only here; the engine writes it): why its score
// is what it is (JSON: rule, points, times), why its owner was chosen, and its SLA clock.
struct EngineState {
    QString scoreReasons;
    QString routingReason;
    QDateTime slaStartedAt;
    QDateTime slaFirstContactDueAt;
    QDateTime slaDecisionDueAt;
    QDateTime slaFirstContactAt;
    QDateTime slaDecidedAt;
};

// A lead as the services hand it out: the state the services keep (stage, owner,
// version, times) typed, and the card's fields, canonical and custom, by key with
// typed values (see ValueParser). Missing keys are empty fields.
struct Lead {
    qint64 id = 0;
    int version = 0;
    qint64 pipelineId = 0;
    qint64 stageId = 0;
    qint64 ownerId = 0; // 0: nobody owns it (the manager's queue)
    QString ownerName;
    qint64 customerId = 0;
    QVariantMap values;
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime stageEnteredAt;
    QDateTime lastActivityAt;
    QDateTime closedAt;
    QDateTime nextTaskDueAt; // of the earliest open task; read with the lead, never written
    qint64 mergedInto = 0;   // the lead this one was merged into (0: not merged); read only
    EngineState engine;      // read only

    QVariant value(const QString &key) const { return values.value(key); }
    bool isFilled(const QString &key) const;
    // DOMAIN.md: something to call it by (LeadFields::identityKeys); the services refuse
    // to save a lead that has none.
    bool isNameable() const;
    // What to call it by: the company, else the person, else the e-mail, else the external id.
    QString displayName() const;
    QString contactName() const;
};

} // namespace lejek
