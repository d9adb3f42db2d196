// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TeamSettings.h"

#include <QJsonArray>

#include <expected>

namespace lejek {

// The "teams" section of a configuration file, written to be read and diffed:
//   [{"name": "AE Mid-Market PL", "strategy": "round_robin",
//     "calendar": {"time_zone": "Europe/Warsaw", "hours": "09:00-17:00",
//                  "days": ["mon", "tue", "wed", "thu", "fri"], "days_off": ["2026-12-31"]},
//     "members": [{"user": "anna@firma.pl", "capacity": 40, "specialisations": ["software"],
//                  "away": {"from": "2026-07-01", "until": "2026-07-14"}}]}]
// Reading checks every value and names the team (and member) that is wrong. Whether
// the users and fields named exist is the services' to check.
class TeamSettingsJson
{
public:
    static QJsonArray toJson(const QList<TeamSettings> &teams);
    static std::expected<QList<TeamSettings>, QString> fromJson(const QJsonValue &json);
};

} // namespace lejek
