// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace lejek {

// How a team picks the member who gets a lead (DOMAIN.md, Routing).
enum class AssignmentStrategy { RoundRobin, LeastLoaded, Specialisation };
QString assignmentStrategyKey(AssignmentStrategy strategy); // "round_robin", ...
bool assignmentStrategyFromKey(const QString &key, AssignmentStrategy *strategy);

// A member as routing sees them: whether they can take a lead today, how many open
// leads they hold against their capacity, and what they specialise in.
struct TeamMember {
    qint64 userId = 0;
    QString name;
    QString email;
    bool active = true;
    QDate awayFrom; // out of office from..until, both days included (null: not away)
    QDate awayUntil;
    int capacity = 0; // open leads they can hold (0: no limit)
    int openLeads = 0;
    QStringList specialisations; // values of the team's specialisation field

    bool isAvailable(const QDate &today) const
    {
        return active && !(awayFrom.isValid() && today >= awayFrom && (!awayUntil.isValid() || today <= awayUntil));
    }
};

// A team, its strategy and members (in a fixed order: by user id), and its round-robin
// cursor: the member who got the team's last lead. The cursor lives in the database,
// so the rotation is fair across restarts and between processes.
struct RoutingTeam {
    qint64 id = 0;
    QString name;
    AssignmentStrategy strategy = AssignmentStrategy::RoundRobin;
    QString specialisationField = QStringLiteral("industry"); // industry, country, a product-line field...
    QList<TeamMember> members;
    qint64 lastAssignedUserId = 0;
};

// The teams and users routing may pick from, as read for one decision or one replay. A
// replay routes many leads through one roster: each pick adds to the member's load and
// moves the team's cursor, as the database would.
struct RoutingRoster {
    QList<RoutingTeam> teams;
    QList<TeamMember> users; // every user, for rows that name one

    RoutingTeam *team(const QString &name);
    const TeamMember *user(const QString &nameOrEmail) const;
};

} // namespace lejek
