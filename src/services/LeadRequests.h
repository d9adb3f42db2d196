// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Activity.h"
#include "Lead.h"
#include "Task.h"

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>

namespace lejek {

// Field values travel as text by canonical (or custom) key, exactly as a user, a CSV
// cell or an API call gives them; the services parse and validate every one. The key
// "owner" takes a user's name or e-mail.
using FieldInput = QMap<QString, QString>;

struct NewLead {
    qint64 pipelineId = 0;
    QString stage; // name; empty: the pipeline's first stage
    FieldInput fields;
    QString rule;  // set when an automation or import creates it
    qint64 customerId = 0; // an upsell's customer (see UpsellRequest)
};

// A new lead for a customer, in another pipeline (DOMAIN.md: "existing customer –
// upsell"): the customer's company, NIP, e-mail, website, country and city, the contact
// of its latest lead, and the source "existing_customer"; `fields` add to or change them.
struct UpsellRequest {
    qint64 customerId = 0;
    qint64 pipelineId = 0;
    QString stage; // name; empty: the pipeline's first stage
    FieldInput fields;
    QString rule;
};

// A lost lead back to an open or parked stage of its pipeline, through that stage's gate
// (the values it lacks may come with it), with its history.
struct ReactivateRequest {
    qint64 leadId = 0;
    qint64 stageId = 0;
    FieldInput fields;
    QString note;
    int expectedVersion = 0; // 0: no check
    QString rule;
};

struct LeadEdit {
    qint64 leadId = 0;
    int expectedVersion = 0; // 0: no check (last writer wins is never the default in the UI)
    FieldInput fields;
    QString rule;
};

// Moves one or several leads; all or none. The values collected for the gate travel
// with the move and are written in the same transaction.
struct MoveRequest {
    QList<qint64> leadIds;
    qint64 stageId = 0;
    FieldInput fields;            // "lost_reason" for a lost stage
    QString note;                 // comment on the change (e.g. for lost: "other")
    QMap<qint64, int> expectedVersions;
    QString rule;
};

// Merges `otherId` into `keepId`, the survivor. For each field the two leads fill
// differently the survivor keeps its own value unless `values` names the one to keep (as
// text, like any field input); a field only the other lead fills comes to the survivor.
// The other lead is kept, marked merged into the survivor; its timeline, tasks and
// activities end up on the survivor.
struct MergeRequest {
    qint64 keepId = 0;
    qint64 otherId = 0;
    FieldInput values;
    int keepVersion = 0;  // 0: no check
    int otherVersion = 0; // 0: no check
    QString rule;
};

struct NewActivity {
    qint64 leadId = 0;
    QString kind;
    QString subject;
    QString body;
    QDateTime occurredAt; // invalid: now
    QString rule;
};

// Something a lead did, from a web form, an ad platform or a marketing tool (DOMAIN.md,
// Events): matched to a lead of the pipeline by e-mail, then NIP, then company web
// domain, else a new lead in the first stage. Recorded once: keyed by `externalId`, or
// by e-mail, type, detail and time, so the same file loaded twice changes nothing.
struct BehaviourEventRequest {
    qint64 pipelineId = 0;
    QString email;
    QString nip;
    QString website;
    QString type; // BehaviourEvent::types(); "form" is read as form_sent
    QString detail;
    QDateTime at; // invalid: now
    QString externalId;
};

// What became of one event: the lead it went to, whether that lead was made for it,
// whether it had been recorded before (and so changed nothing).
struct BehaviourEventResult {
    qint64 leadId = 0;
    bool createdLead = false;
    bool duplicate = false;
};

struct NewTask {
    qint64 leadId = 0;
    QString title;
    QDateTime dueAt;
    QString owner; // name or e-mail; empty: the lead's owner
    QString rule;
};

// A lead with its past, recorded as it happened (demo data, migration from another
// CRM): stage changes at their dates, activities and tasks. Gates govern moves made
// in Lejek, not history (DOMAIN.md).
struct HistoricLead {
    struct Move {
        qint64 fromStageId = 0;
        qint64 toStageId = 0;
        QDateTime at;
        qint64 userId = 0;
    };
    Lead lead; // pipelineId, stageId, ownerId, values (typed), times
    QString lostComment;
    QList<Move> moves;
    QList<Activity> activities;
    QList<Task> tasks;
};

} // namespace lejek
