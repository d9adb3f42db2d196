// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Lead.h"
#include "Pipeline.h"
#include "TimelineEntry.h"

#include <QJsonObject>

namespace lejek {

// The lead object of the CLI, exports and the REST API: canonical (and custom) keys
// plus id and version; pipeline, stage and owner by name; money as a number in major
// units beside "currency"; times in ISO 8601 UTC; empty fields as null. The engine's
// values too: score_reasons, routing_reason, the SLA due times and which SLA is broken
// at `now` (sla_breached: none, first_contact or decision).
class LeadJson
{
public:
    static QJsonObject toJson(const Lead &lead, const Pipeline &pipeline, const QDateTime &now = QDateTime::currentDateTimeUtc());
    static QJsonObject toJson(const Pipeline &pipeline);
    static QJsonObject toJson(const TimelineEntry &entry);
};

} // namespace lejek
