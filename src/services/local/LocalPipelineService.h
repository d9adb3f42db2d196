// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PipelineService.h"

#include <functional>

namespace lejek {

class StoreThread;

class LocalPipelineService final : public PipelineService
{
public:
    using Clock = std::function<QDateTime()>;
    LocalPipelineService(StoreThread &store, Clock clock);

    QFuture<Result<QList<Pipeline>>> pipelines(const Principal &by) override;
    QFuture<Result<Pipeline>> createFromTemplate(const Principal &by, const QString &templateKey, const QString &name) override;
    QFuture<Result<Pipeline>> createPipeline(const Principal &by, const Pipeline &draft) override;
    QFuture<Result<Stage>> updateStage(const Principal &by, const Stage &stage) override;
    QFuture<Result<QList<StageVersion>>> stageHistory(const Principal &by, qint64 pipelineId) override;
    QFuture<Result<Pipeline>> setPipelineMembers(const Principal &by, qint64 pipelineId, const QList<qint64> &userIds) override;
    QFuture<Result<QList<LostReason>>> lostReasons(const Principal &by) override;
    QFuture<Result<QList<User>>> users(const Principal &by) override;
    QFuture<Result<User>> createUser(const Principal &by, const User &user) override;
    QFuture<Result<QJsonObject>> engineConfig(const Principal &by, qint64 pipelineId) override;
    QFuture<Result<void>> saveEngineConfig(const Principal &by, qint64 pipelineId, const QJsonObject &config) override;
    QFuture<Result<RoutingReplayReport>> replayRouting(const Principal &by, const ReplayRequest &request) override;
    QFuture<Result<ScoringReplayReport>> replayScoring(const Principal &by, const ReplayRequest &request) override;

private:
    template<typename Report, typename Replay>
    QFuture<Result<Report>> replay(const Principal &by, const ReplayRequest &request, Replay replay);

    StoreThread &m_store;
    Clock m_clock;
};

} // namespace lejek
