// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Database.h"
#include "Pipeline.h"

#include <QDateTime>
#include <QJsonObject>

#include "RoutingTable.h"
#include "ScoringModel.h"

#include <optional>

namespace lejek {

// A pipeline's engine configuration as data (EngineConfigJson), read and saved whole:
//   {"teams": [{"name": "SDR Events", "strategy": "specialisation", "specialisation_field": "industry"}],
//    "routing": [...], "scoring": {...}}
// Saving checks everything before writing anything: the routing table and scoring
// model compile against the pipeline's fields, every team and user a row names exists
// (or comes in "teams"), the handoff stage is one of the pipeline's. Only pieces that
// differ from those in force get a new version.
class EngineConfigCommands
{
public:
    // A configuration file's pieces, checked: a team's settings, and the routing table
    // and scoring model when the file has them.
    struct Team {
        QString name;
        QString strategy; // assignmentStrategyKey()
        QString specialisationField;
    };
    struct Checked {
        QList<Team> teams;
        std::optional<RoutingTable> routing;
        std::optional<ScoringModel> scoring;
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
