// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "RoutingTable.h"
#include "RoutingTeam.h"
#include "ScoringModel.h"
#include "SlaPolicy.h"

#include <QJsonObject>
#include <QList>

namespace lejek {

// DOMAIN.md's examples as a configuration a new database starts with (`lejek-cli
// init`): its routing rows, its teams (without members: an admin names them), its
// scoring points with the 70-point handoff to MQL, SLA 1 of 15 minutes and SLA 2 of
// two working days.
class EngineDefaults
{
public:
    static RoutingTable routingTable();
    static QList<RoutingTeam> teams();
    static ScoringModel scoringModel();
    static SlaPolicy slaPolicy() { return SlaPolicy{}; }
    // DOMAIN.md's ideal customer: the industries and sizes the fit rules name.
    static QString icpCondition();
    // All of it as a configuration file's object: {"teams", "routing", "scoring"}.
    static QJsonObject configJson();
};

} // namespace lejek
