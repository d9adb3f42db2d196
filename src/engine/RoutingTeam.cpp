// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "RoutingTeam.h"

#include <array>
#include <utility>

namespace lejek {

using namespace Qt::Literals::StringLiterals;

namespace {
const std::array<std::pair<QLatin1StringView, AssignmentStrategy>, 3> kStrategies{{
    {"round_robin"_L1, AssignmentStrategy::RoundRobin},
    {"least_loaded"_L1, AssignmentStrategy::LeastLoaded},
    {"specialisation"_L1, AssignmentStrategy::Specialisation},
}};
} // namespace

QString assignmentStrategyKey(AssignmentStrategy strategy)
{
    for (const auto &[key, s] : kStrategies)
        if (s == strategy)
            return key;
    return {};
}

bool assignmentStrategyFromKey(const QString &key, AssignmentStrategy *strategy)
{
    for (const auto &[k, s] : kStrategies)
        if (key == k) {
            *strategy = s;
            return true;
        }
    return false;
}

RoutingTeam *RoutingRoster::team(const QString &name)
{
    for (RoutingTeam &t : teams) // as configured, mostly: the exact name first, cheaply
        if (t.name == name)
            return &t;
    for (RoutingTeam &t : teams)
        if (t.name.compare(name, Qt::CaseInsensitive) == 0)
            return &t;
    return nullptr;
}

const TeamMember *RoutingRoster::user(const QString &nameOrEmail) const
{
    for (const TeamMember &u : users)
        if (u.name.compare(nameOrEmail, Qt::CaseInsensitive) == 0
            || (!u.email.isEmpty() && u.email.compare(nameOrEmail, Qt::CaseInsensitive) == 0))
            return &u;
    return nullptr;
}

} // namespace lejek
