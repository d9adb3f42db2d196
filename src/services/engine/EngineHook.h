// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DomainEventHook.h"
#include "EngineSetup.h"

namespace lejek {

// Engine I plugged into every write (DomainEventHook): the write's events, grouped by
// lead, run through LeadEngine inside the write's transaction, so a lead created,
// imported, edited or given an activity is routed, scored and given its SLA due times
// before anyone can see it without them. An error rolls the whole write back.
class EngineHook final : public DomainEventHook
{
public:
    Result<void> beforeCommit(UnitOfWork &work, const DomainEvents &events) override;

private:
    EngineSetupCache m_setups;
};

} // namespace lejek
