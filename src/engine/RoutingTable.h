// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ConditionExpr.h"

#include <QList>
#include <QString>

namespace lejek {

// What a routing row does with a lead it matches (DOMAIN.md, Routing): give it to one
// user, or to a team that picks a member by its strategy, or leave it in the pipeline
// manager's queue. "SDR first, AE after discovery" is a team now and `laterTeam` once
// the lead enters `laterStage`.
struct RoutingAction {
    enum class Target { User, Team, ManagerQueue };
    Target target = Target::ManagerQueue;
    QString user; // a user's name or e-mail
    QString team;
    QString laterTeam;
    QString laterStage;
    friend bool operator==(const RoutingAction &, const RoutingAction &) = default;
};

struct RoutingRow {
    QString name; // optional; the timeline names a row by its number and condition
    ConditionExpr when;
    RoutingAction action;
    friend bool operator==(const RoutingRow &, const RoutingRow &) = default;
};

// An ordered table: the first row whose condition holds wins; none: the manager's queue.
struct RoutingTable {
    QList<RoutingRow> rows;
    friend bool operator==(const RoutingTable &, const RoutingTable &) = default;
};

} // namespace lejek
