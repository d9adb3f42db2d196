// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Error.h"
#include "Lead.h"
#include "LeadChange.h"
#include "LeadRequests.h"
#include "Pipeline.h"
#include "UnitOfWork.h"

#include <QList>
#include <QStringList>

namespace lejek {

// Creating, editing and moving leads: field validation, the stage gates, optimistic
// versions, lost reasons and won customers, with the history and domain events of each
// write. Every other path that writes a lead (import, history import, later automations)
// goes through these same checks.
class LeadWrites
{
public:
    explicit LeadWrites(UnitOfWork &work);

    Result<Lead> create(const NewLead &request, LeadChange *change);
    // Refused with Error::Conflict, naming the fields changed meanwhile, when the lead is
    // no longer at request.expectedVersion.
    Result<Lead> update(const LeadEdit &request, LeadChange *change);
    Result<QList<Lead>> move(const MoveRequest &request, LeadChange *change);

    // create() in a pipeline the caller has loaded; returns the new lead's id.
    Result<qint64> createIn(const Pipeline &pipeline, const NewLead &request, LeadChange *change);
    // The checks of create() before its first write: the new lead and its stage. Writes
    // only an owner created while importing with --create-owners.
    Result<Lead> prepareNew(const Pipeline &pipeline, const NewLead &request, const Stage **stage);
    // Parses the text values into `lead`, collecting every field error; "owner" is
    // resolved to a user. Returns the keys that changed.
    Result<QStringList> applyInput(const Pipeline &pipeline, const FieldInput &input, Lead &lead);
    // Stage bookkeeping of entering `target`: times, closing, the won customer.
    Result<void> enterStage(const Pipeline &pipeline, Lead &lead, const Stage &target);
    // Every missing field and failed criterion, per lead, in one error.
    Error refusal(const QList<GateRefusal> &refusals) const;
    // "the pipeline … has no stage …", for every path that names a stage (create, import, history).
    static Error noSuchStage(const Pipeline &pipeline, const QString &stageName);

private:
    Result<void> recordFieldEdits(const Pipeline &pipeline, const Lead &before, const Lead &after,
                                  const QStringList &keys, const QString &rule);
    // The comment given with a lost reason, recorded like a field edit.
    Result<void> writeLostComment(const Lead &lead, const QString &comment, const QString &rule);

    UnitOfWork &m_work;
};

} // namespace lejek
