// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Database.h"
#include "Pipeline.h"
#include "RoutingTable.h"
#include "ScoringModel.h"
#include "TeamSettings.h"

#include <QDateTime>
#include <QJsonObject>

#include <optional>

namespace lejek {

// A pipeline's engine configuration as data, read and saved whole:
//   {"teams": [...]      (TeamSettingsJson: strategies, calendars, members),
//    "routing": [...], "scoring": {...}   (EngineConfigJson),
//    "sla": [...]}       (SlaConfig: each stage's two tiers)
// Saving checks everything before writing anything: the routing table and scoring
// model compile against the pipeline's fields, every team and user a row names exists
// (or comes in "teams"), members are users, the handoff and SLA stages are the
// pipeline's. Only pieces that differ from those in force get a new version: routing
// and scoring per pipeline, the teams (which every pipeline shares) as one piece, the
// SLAs as stage versions.
class EngineConfigCommands
{
public:
    // A configuration file's pieces, checked: its teams, the routing table and scoring
    // model when the file has them, and the stages whose SLAs it changes.
    struct Checked {
        QList<TeamSettings> teams;
        std::optional<RoutingTable> routing;
        std::optional<ScoringModel> scoring;
        QList<Stage> sla;
    };

    EngineConfigCommands(Database &db, QDateTime now, qint64 userId) : m_db(db), m_now(std::move(now)), m_userId(userId) {}

    Result<QJsonObject> read(const Pipeline &pipeline);
    Result<void> save(const Pipeline &pipeline, const QJsonObject &config);
    // What save() checks, writing nothing (a replay of a proposed configuration).
    Result<Checked> check(const Pipeline &pipeline, const QJsonObject &config);

private:
    Database &m_db;
    QDateTime m_now;
    qint64 m_userId = 0;
};

} // namespace lejek
