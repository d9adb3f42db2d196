// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Router.h"

#include <QDateTime>
#include <QList>

namespace lejek {

// A past lead as the routing replay reads it: its facts when it was created (owner
// empty: not routed yet), who actually got it first, and when it closed (its load on
// that owner ends then).
struct RoutingReplayLead {
    qint64 leadId = 0;
    QString name;
    QDateTime createdAt;
    Facts facts;
    qint64 actualOwnerId = 0; // 0: nobody
    QDateTime closedAt;       // invalid: still open
};

// One lead replayed: who got it, who would have, and why.
struct RoutingReplayRow {
    qint64 leadId = 0;
    QString name;
    QDateTime createdAt;
    qint64 actualOwnerId = 0;
    QString actualOwner;
    RoutingDecision decision;
    bool sameOwner() const { return actualOwnerId == decision.userId; }
};

// A user's share: leads they got and would have got, of the replayed ones.
struct RoutingReplayLoad {
    qint64 userId = 0; // 0: the manager's queue, or nobody
    QString name;
    int actual = 0;
    int replayed = 0;
    int capacity = 0;
};

struct RoutingReplayReport {
    QList<RoutingReplayRow> rows;    // in order of creation (then of id)
    QList<RoutingReplayLoad> loads;  // users by name, the queue (id 0) last
    int sameOwner = 0;               // leads the table gives to whoever got them
    int toQueue = 0;                 // leads no member would have taken
};

// Routes past leads again through a routing table, in the order they came, on a copy
// of the roster as the database would keep it during the replay: round-robin cursors
// that move, and open leads that count against capacity from each assignment until
// the lead closed. Pure: writes nothing; the roster's starting loads are ignored (the
// replay starts with everyone empty-handed and its cursors at the first member).
class RoutingReplay
{
public:
    static RoutingReplayReport run(const Router &router, RoutingRoster roster, QList<RoutingReplayLead> leads);
};

} // namespace lejek
