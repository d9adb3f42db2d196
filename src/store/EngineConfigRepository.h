// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Database.h"

#include <QDateTime>
#include <QJsonValue>

#include <optional>

namespace lejek {

// The engine's configuration pieces as the database versions them (engine_configs): a
// pipeline's routing table and scoring model, as JSON (EngineConfigJson). Saving adds a
// version; the latest is in force, the earlier ones are its history.
class EngineConfigRepository
{
public:
    explicit EngineConfigRepository(Database &db) : m_db(db) {}

    struct Piece {
        qint64 id = 0; // the version's id: a newer version has a larger one
        QJsonValue body;
        QDateTime validFrom;
        qint64 changedBy = 0;
    };
    // The piece in force (none: never configured). Pipeline 0: a piece every pipeline
    // shares (the teams).
    Result<std::optional<Piece>> current(qint64 pipelineId, const QString &kind);
    // The newest version id of any piece of the pipeline (0: none): a cache of the
    // compiled configuration is stale when this has moved.
    Result<qint64> latestVersion(qint64 pipelineId);
    Result<qint64> save(qint64 pipelineId, const QString &kind, const QJsonValue &body, const QDateTime &at, qint64 userId);

private:
    Database &m_db;
};

} // namespace lejek
