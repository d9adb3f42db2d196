// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "RoutingTable.h"
#include "ScoringModel.h"

#include <QJsonArray>
#include <QJsonObject>

#include <expected>

namespace lejek {

// The engine's configuration as JSON: how the database keeps each piece (engine_configs)
// and how `lejek-cli config` writes and reads it. Conditions are kept in their text
// form, so the file reads like DOMAIN.md's tables and diffs line by line. Reading
// checks everything and names the row or rule that is wrong.
//
//   routing: [{"name": "Enterprise", "when": "employees >= 200 and industry = software",
//              "team": "AE Enterprise"}, {"when": "...", "user": "anna@firma.pl"},
//             {"when": "...", "team": "SDR", "later": {"team": "AE", "stage": "SQL"}},
//             {"when": "...", "queue": true}]
//   scoring: {"handoff": {"threshold": 70, "stage": "MQL", "high_intent": [...]},
//             "decay_per_idle_week": 0,
//             "rules": [{"name": "Demo request", "event": "demo_request", "points": 30, "cap": 30},
//                       {"name": "ICP industry", "when": "industry in (software, it)", "points": 20}]}
class EngineConfigJson
{
public:
    static QJsonArray routingToJson(const RoutingTable &table);
    static std::expected<RoutingTable, QString> routingFromJson(const QJsonValue &json);
    static QJsonObject scoringToJson(const ScoringModel &model);
    static std::expected<ScoringModel, QString> scoringFromJson(const QJsonValue &json);
    // Every section of the file reads its objects through this: a key the reader does not
    // know is a typo that would silently do nothing, refused naming `where` and the keys.
    static std::expected<void, QString> onlyKnownKeys(const QJsonObject &object, const QStringList &known, const QString &where);
};

} // namespace lejek
