// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Database.h"
#include "LostReason.h"
#include "Pipeline.h"

#include <QDateTime>
#include <QList>

namespace lejek {

// Pipelines with their stages and custom fields, and the lost-reason codes.
class PipelineRepository
{
public:
    explicit PipelineRepository(Database &db) : m_db(db) {}

    Result<QList<Pipeline>> loadAll();
    Result<Pipeline> load(qint64 id);
    // Inserts a pipeline, its stages and custom fields; returns it with ids. Each stage's
    // first version is recorded as made by `authorId` (0: the database's owner) at `now`.
    Result<Pipeline> insert(const Pipeline &draft, const QDateTime &now, qint64 authorId);
    // Writes a stage's configuration (all but its id and pipeline), and records the new
    // version as made by `authorId` at `now`. No checks: the caller validated it.
    Result<Stage> updateStage(const Stage &stage, const QDateTime &now, qint64 authorId);
    // Who works the pipeline: exactly `userIds` (distinct, existing users), or everyone
    // when empty.
    Result<void> setMembers(qint64 pipelineId, const QList<qint64> &userIds);
    Result<QList<LostReason>> lostReasons();

private:
    Database &m_db;
};

} // namespace lejek
