// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QVariant>

namespace lejek {

// What a write did to a lead, as the rules of the engine and the views need to know it:
// produced inside the write's unit of work, run by a hook before it commits, and carried
// by the change notice after. One flat type: each kind fills the members it names.
struct DomainEvent {
    enum class Kind {
        LeadCreated,     // toStageId: the stage it was created in
        StageEntered,    // fromStageId (0 when just created) -> toStageId
        FieldChanged,    // field, oldValue -> newValue (typed, as the lead holds them)
        OwnerChanged,    // oldOwnerId -> newOwnerId (0: no owner)
        ActivityLogged,  // activityId, activityKind
        TaskCreated,     // taskId
        TaskDone,        // taskId
        TaskRescheduled, // taskId, oldValue -> newValue (due times)
        TaskCancelled,   // taskId
        LeadMerged,      // otherLeadId was merged into leadId
        LeadWon,         // toStageId
        LeadLost,        // toStageId, newValue: the reason code
        LeadReactivated, // fromStageId (won or lost) -> toStageId (open or parked)
    };

    Kind kind = Kind::LeadCreated;
    qint64 leadId = 0;
    qint64 pipelineId = 0;
    QDateTime at;    // when it happened (an imported past keeps its own dates)
    qint64 userId = 0; // who acted; 0 with `rule` set: a rule or an import
    QString rule;
    qint64 fromStageId = 0;
    qint64 toStageId = 0;
    QString field;
    QVariant oldValue;
    QVariant newValue;
    qint64 oldOwnerId = 0;
    qint64 newOwnerId = 0;
    qint64 activityId = 0;
    QString activityKind;
    qint64 taskId = 0;
    qint64 otherLeadId = 0;

    // The kind's name in logs and tests: "stage_entered", "field_changed", ...
    static QString kindKey(Kind kind);
};

using DomainEvents = QList<DomainEvent>;

} // namespace lejek

Q_DECLARE_METATYPE(lejek::DomainEvent)
