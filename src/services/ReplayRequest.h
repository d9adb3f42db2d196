// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QJsonObject>
#include <QString>

namespace lejek {

// What to replay (PipelineService::replayRouting, replayScoring): a pipeline's leads
// created on or after `since`, through the configuration in force or a proposed one.
struct ReplayRequest {
    qint64 pipelineId = 0;
    QDate since; // invalid: every lead the pipeline has
    // A proposed configuration, as `lejek-cli config` writes it (teams, routing,
    // scoring); a section it lacks is the one in force. Empty: the one in force.
    QJsonObject config;
    // Scoring: the stage whose reaching counts as converted (DOMAIN.md's reached(S)).
    // Empty: SQL when the pipeline has it, else its won stage.
    QString convertedStage;
};

} // namespace lejek
