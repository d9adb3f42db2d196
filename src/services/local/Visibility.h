// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Error.h"
#include "LeadScope.h"
#include "UnitOfWork.h"

#include <QString>

namespace lejek {

// The one place that decides what the acting principal may see and do with leads and
// configuration. Reads of many leads narrow their SQL by scope(); a read or write of one
// lead asks here first and is refused with Error::Forbidden, naming what was refused.
class Visibility
{
public:
    explicit Visibility(UnitOfWork &work);

    // The leads of the pipeline the principal may see: a rep sees its unassigned ones
    // only when working it (Pipeline::isWorkedBy).
    Result<LeadScope> scope(qint64 pipelineId);
    // Whether the principal may see (and so work on) the lead: NotFound when there is
    // no such lead, Forbidden when it is someone else's.
    Result<void> checkLead(qint64 leadId, const QString &action);
    // checkLead(), and for anyone, admins too: a merged lead is kept as it was, so it is
    // refused with Error::Invalid naming the lead it was merged into.
    Result<void> checkWritable(qint64 leadId, const QString &action);
    // Whether the principal may have a lead owned by `ownerId` (0: nobody): giving a lead
    // to someone outside one's scope is a manager's or an admin's reassignment.
    Result<void> checkOwner(qint64 pipelineId, qint64 ownerId, qint64 leadId = 0);
    // Configuration and history as it happened (pipelines, users, migrations): admins.
    static Result<void> checkAdmin(const Principal &principal, const QString &action);

    // The team of the user, for a manager's scope (0: none, or no such user).
    Result<qint64> teamOf(qint64 userId);

private:
    static QString who(const Principal &principal);

    UnitOfWork &m_work;
};

} // namespace lejek
