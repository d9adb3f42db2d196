// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DomainEvent.h"
#include "Error.h"

namespace lejek {

class UnitOfWork;

// Runs a write's domain events inside its transaction, just before it commits: where
// the engine's rules (routing, scoring, SLAs, automations) plug in. An error rolls the
// whole write back and is the write's error. Called on the store thread.
class DomainEventHook
{
public:
    virtual ~DomainEventHook() = default;
    // `events` are those not run yet, in the order the write produced them; `work` is
    // the write's own unit of work, so what a rule writes commits with it.
    virtual Result<void> beforeCommit(UnitOfWork &work, const DomainEvents &events) = 0;
};

} // namespace lejek
