// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Database.h"
#include "Pipeline.h"
#include "ReplayRequest.h"
#include "RoutingReplay.h"
#include "ScoringReplay.h"

namespace lejek {

// Replays a pipeline's past leads through its engine configuration, or a proposed one,
// from their history (Engine I's "replay before switching on"), writing nothing:
// routing against who got each lead first; scoring against when each reached the
// converted stage. The leads' fields are read as they are now; their owners, stages
// and behaviour events as the history has them.
class EngineReplay
{
public:
    EngineReplay(Database &db, QDateTime now) : m_db(db), m_now(std::move(now)) {}

    Result<RoutingReplayReport> routing(const Pipeline &pipeline, const ReplayRequest &request);
    Result<ScoringReplayReport> scoring(const Pipeline &pipeline, const ReplayRequest &request);

private:
    // The pipeline's leads created on or after `since`, merged ones left out.
    Result<QList<Lead>> leads(const Pipeline &pipeline, const QDateTime &since);
    // The stages whose reaching counts as reaching `stage` (DOMAIN.md's reached(S)).
    Result<QList<qint64>> reachedStages(const Pipeline &pipeline, const QString &stage, QString *name);

    Database &m_db;
    QDateTime m_now;
};

} // namespace lejek
