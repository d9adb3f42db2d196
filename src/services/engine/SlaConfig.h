// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Error.h"
#include "Pipeline.h"

#include <QJsonArray>

namespace lejek {

// The "sla" section of a configuration file: each stage's two tiers in working minutes
// (DOMAIN.md: SLA 1 to first contact, SLA 2 to a status decision), kept on the stages,
// where every change is a stage version with who made it and when:
//   "sla": [{"stage": "MQL", "first_contact_minutes": 15, "decision_minutes": 960}]
// A stage the file does not list keeps its SLAs; 0 turns a tier off.
class SlaConfig
{
public:
    static QJsonArray toJson(const Pipeline &pipeline); // the stages that have an SLA
    // The stages whose SLAs the section changes, as they will be; errors name the stage.
    static Result<QList<Stage>> changes(const Pipeline &pipeline, const QJsonValue &json);
};

} // namespace lejek
