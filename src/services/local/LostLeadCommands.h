// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Error.h"
#include "Lead.h"
#include "LeadChange.h"
#include "LeadRequests.h"
#include "UnitOfWork.h"

namespace lejek {

// Lost leads after the loss (DOMAIN.md: "lost leads can be reactivated later (review list
// every six months)"): the review list, and bringing one back through a stage's gate.
class LostLeadCommands
{
public:
    explicit LostLeadCommands(UnitOfWork &work) : m_work(work) {}

    Result<QList<Lead>> toReview(int limit);
    Result<Lead> reactivate(const ReactivateRequest &request, LeadChange *change);

private:
    UnitOfWork &m_work;
};

} // namespace lejek
