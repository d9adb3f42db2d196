// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "RoutingReplay.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <functional>
#include <limits>
#include <queue>
#include <vector>

namespace lejek {

using namespace Qt::Literals::StringLiterals;

RoutingReplayReport RoutingReplay::run(const Router &router, RoutingRoster roster, QList<RoutingReplayLead> leads)
{
    std::stable_sort(leads.begin(), leads.end(),
                     [](const RoutingReplayLead &a, const RoutingReplayLead &b) {
                         return a.createdAt < b.createdAt || (a.createdAt == b.createdAt && a.leadId < b.leadId);
                     });
    for (RoutingTeam &team : roster.teams) {
        team.lastAssignedUserId = 0;
        for (TeamMember &member : team.members)
            member.openLeads = 0;
    }
    // Each user's replayed leads that are still open, by when they close: a lead closed
    // by the time the next one comes no longer counts against its owner's capacity.
    using CloseTimes = std::priority_queue<qint64, std::vector<qint64>, std::greater<>>;
    QHash<qint64, CloseTimes> open;
    QHash<qint64, RoutingReplayLoad> loads;
    const auto loadOf = [&](qint64 userId) -> RoutingReplayLoad & {
        auto it = loads.find(userId);
        if (it == loads.end()) {
            RoutingReplayLoad load;
            load.userId = userId;
            for (const TeamMember &u : std::as_const(roster.users))
                if (u.userId == userId) {
                    load.name = u.name;
                    load.capacity = u.capacity;
                }
            if (userId == 0)
                load.name = QCoreApplication::translate("lejek::RoutingReplay", "manager's queue");
            it = loads.insert(userId, load);
        }
        return *it;
    };

    RoutingReplayReport report;
    report.rows.reserve(leads.size());
    for (const RoutingReplayLead &lead : std::as_const(leads)) {
        const qint64 now = lead.createdAt.toMSecsSinceEpoch();
        for (auto it = open.begin(); it != open.end(); ++it)
            while (!it->empty() && it->top() <= now)
                it->pop();
        for (RoutingTeam &team : roster.teams)
            for (TeamMember &member : team.members)
                member.openLeads = int(open.value(member.userId).size());

        RoutingReplayRow row;
        row.leadId = lead.leadId;
        row.name = lead.name;
        row.createdAt = lead.createdAt;
        row.actualOwnerId = lead.actualOwnerId;
        row.actualOwner = loadOf(lead.actualOwnerId).name;
        row.decision = router.route(lead.facts, roster, lead.facts.today);
        ++loadOf(lead.actualOwnerId).actual;
        ++loadOf(row.decision.userId).replayed;
        if (row.decision.userId != 0)
            open[row.decision.userId].push(lead.closedAt.isValid() ? lead.closedAt.toMSecsSinceEpoch()
                                                                    : std::numeric_limits<qint64>::max());
        else
            ++report.toQueue;
        report.sameOwner += row.sameOwner() ? 1 : 0;
        report.rows.append(std::move(row));
    }
    report.loads = loads.values();
    std::sort(report.loads.begin(), report.loads.end(), [](const RoutingReplayLoad &a, const RoutingReplayLoad &b) {
        if ((a.userId == 0) != (b.userId == 0))
            return b.userId == 0;
        return a.name.localeAwareCompare(b.name) < 0 || (a.name == b.name && a.userId < b.userId);
    });
    return report;
}

} // namespace lejek
