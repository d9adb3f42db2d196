// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Database.h"
#include "Pipeline.h"

namespace lejek {

// Where each pipeline hands leads from marketing to sales, and its handoffs' working
// times as the store keeps them (handoff_stays and its counts by month, migration 33).
// Triggers keep them in step with the stays; this keeps them in step with what the
// triggers cannot see, in the caller's transaction: the handoff stage configured anew
// (the scoring model, or a stage's name), a calendar saved.
class HandoffStayRepository
{
public:
    explicit HandoffStayRepository(Database &db) : m_db(db) {}

    // The pipeline's handoff stage (DOMAIN.md): the scoring model's for it (or for every
    // pipeline), MQL unless configured otherwise, by its name; 0: no such stage.
    Result<qint64> handoffStage(const Pipeline &pipeline);
    // handoff_stages' row of the pipeline resolved anew; when the stage is another, its
    // handoffs are written anew (an admin's rare change: 513,000 at 1M).
    Result<void> refresh(const Pipeline &pipeline);
    // Every pipeline's (PipelineRepository::loadAll).
    Result<void> refreshAll();
    // After the calendar of `teamId` (0: the default) was written anew: the handoffs of
    // the owners it counts for, measured again.
    Result<void> remeasure(qint64 teamId);

private:
    Database &m_db;
};

} // namespace lejek
