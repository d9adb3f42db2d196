// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Database.h"
#include "Pipeline.h"

#include <QHash>
#include <QMutex>

namespace lejek {

// Pipelines as the services read them on nearly every call (a board page, a move, an
// import batch), kept between calls instead of read again (three queries each time).
// Whatever changes configuration bumps the database's configuration version in the
// same transaction (bump()), in this process or another; each look-up compares that one
// number and reloads on a difference. Shared by the store's threads: look-ups lock.
class PipelineCache
{
public:
    // The pipeline as the database holds it now.
    Result<Pipeline> load(Database &db, qint64 pipelineId);
    // Marks configuration as changed: every cache, in every process, reloads. Call it
    // inside the transaction that changes it.
    static Result<void> bump(Database &db);
    // The configuration version (0 before the first change recorded).
    static Result<qint64> version(Database &db);

private:
    QMutex m_mutex;
    qint64 m_version = -1;
    QHash<qint64, Pipeline> m_pipelines;
};

} // namespace lejek
