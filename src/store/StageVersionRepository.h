// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Database.h"
#include "StageVersion.h"

#include <QDateTime>
#include <QList>

namespace lejek {

// stage_versions: append-only, one row each time a stage's configuration is written.
class StageVersionRepository
{
public:
    explicit StageVersionRepository(Database &db) : m_db(db) {}

    // `stages` carry their ids and pipeline; `authorId` 0: the database's owner.
    Result<void> append(const QList<Stage> &stages, StageVersion::Change change, const QDateTime &at, qint64 authorId);
    // Every version of the pipeline's stages, oldest first, with the author's name.
    Result<QList<StageVersion>> history(qint64 pipelineId);

private:
    Database &m_db;
};

} // namespace lejek
