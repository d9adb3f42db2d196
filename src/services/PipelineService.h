// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Error.h"
#include "LostReason.h"
#include "Pipeline.h"
#include "Principal.h"
#include "ReplayRequest.h"
#include "RoutingReplay.h"
#include "ScoringReplay.h"
#include "StageVersion.h"
#include "User.h"

#include <QFuture>
#include <QJsonObject>
#include <QList>

namespace lejek {

// Pipelines, stages, users and reference data. Every front end (app, CLI, server)
// goes through this interface; local and remote implementations behave alike. Anyone
// may read; only an admin may change the configuration (Error::Forbidden), except that
// the first user of a database is created by its owner and becomes its admin.
class PipelineService
{
public:
    virtual ~PipelineService() = default;

    virtual QFuture<Result<QList<Pipeline>>> pipelines(const Principal &by) = 0;
    // A pipeline from one of PipelineTemplate::keys(); `name` empty: the template's name.
    virtual QFuture<Result<Pipeline>> createFromTemplate(const Principal &by, const QString &templateKey, const QString &name) = 0;
    // Validates stage names, kinds, probabilities, required field keys and criteria.
    virtual QFuture<Result<Pipeline>> createPipeline(const Principal &by, const Pipeline &draft) = 0;
    // A stage's new configuration: everything but its id, pipeline and position, which
    // identify it. Validated as createPipeline() validates; the new version is recorded
    // with who made it and when (stageHistory()). Unchanged: nothing is recorded.
    virtual QFuture<Result<Stage>> updateStage(const Principal &by, const Stage &stage) = 0;
    // Every configuration version of the pipeline's stages, oldest first: the audit
    // history, and with StageVersion::asOf() the stages as they stood on any date.
    virtual QFuture<Result<QList<StageVersion>>> stageHistory(const Principal &by, qint64 pipelineId) = 0;
    // Who works the pipeline (Pipeline::memberIds): the users named, or everyone when
    // `userIds` is empty. A rep sees the unassigned leads of the pipelines they work.
    virtual QFuture<Result<Pipeline>> setPipelineMembers(const Principal &by, qint64 pipelineId, const QList<qint64> &userIds) = 0;
    virtual QFuture<Result<QList<LostReason>>> lostReasons(const Principal &by) = 0;
    virtual QFuture<Result<QList<User>>> users(const Principal &by) = 0;
    // A user in a team (created when missing); the name must be unique.
    virtual QFuture<Result<User>> createUser(const Principal &by, const User &user) = 0;

    // The engine's configuration of a pipeline (teams, routing, scoring; see
    // EngineConfigCommands): every user reads it; an admin saves it, checked whole
    // before anything is written (Error::Invalid naming the row or rule and the problem).
    virtual QFuture<Result<QJsonObject>> engineConfig(const Principal &by, qint64 pipelineId) = 0;
    virtual QFuture<Result<void>> saveEngineConfig(const Principal &by, qint64 pipelineId, const QJsonObject &config) = 0;
    // Past leads replayed through the configuration in force or a proposed one, writing
    // nothing (EngineReplay): who would have got each lead, and when each would have been
    // handed off against whether it converted. Admins only: it reads every lead.
    virtual QFuture<Result<RoutingReplayReport>> replayRouting(const Principal &by, const ReplayRequest &request) = 0;
    virtual QFuture<Result<ScoringReplayReport>> replayScoring(const Principal &by, const ReplayRequest &request) = 0;
};

} // namespace lejek
