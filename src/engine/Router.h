// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CompiledCondition.h"
#include "FactSchema.h"
#include "RoutingTable.h"
#include "RoutingTeam.h"

#include <QCoreApplication>
#include <QList>

#include <expected>

namespace lejek {

// Who gets a lead, and why: what happened, kept as data; reason() puts it in the words
// the timeline keeps (built only when asked: a replay decides a million leads).
struct RoutingDecision {
    Q_DECLARE_TR_FUNCTIONS(lejek::RoutingDecision)

public:
    enum class Outcome {
        NoRowMatched,    // the manager's queue
        QueueRow,        // the matching row sends it to the manager's queue
        Assigned,        // to userId
        UnknownUser,     // the row names a user who does not exist
        UserAway,        // ...or is out of office
        UserInactive,    // ...or deactivated
        UnknownTeam,     // the row names a team that does not exist
        NobodyAvailable, // every member away or inactive
        TeamAtCapacity,  // least loaded: every available member full
    };
    Outcome outcome = Outcome::NoRowMatched;
    int row = 0;       // the 1-based row that matched; 0: none did
    QString condition; // that row's condition in words
    QString team;
    qint64 teamId = 0;
    AssignmentStrategy strategy = AssignmentStrategy::RoundRobin;
    qint64 userId = 0; // 0: the manager's queue
    QString user;
    QString specialisationField; // Specialisation: the field and the lead's value of it
    QString specialisation;
    bool specialistFound = false;
    int openLeads = 0; // LeastLoaded: the member's open leads and capacity before this one
    int capacity = 0;
    QString laterTeam; // "AE after discovery": who takes over at laterStage
    QString laterStage;

    // "routed by row 2: employees between 20 and 199 and country = PL → AE Mid-Market PL,
    // round robin → Anna Nowak"
    QString reason() const;
};

// A routing table compiled against a FactSchema: pure, the day passed in. route()
// walks the rows in order and lets the first matching row's team pick a member, from
// a roster it updates as the database would (the team's cursor, the member's load).
class Router
{
public:
    // An error names the row: "routing row 3: unknown field \"employes\"".
    static std::expected<Router, QString> compile(const RoutingTable &table, const FactSchema &schema);

    RoutingDecision route(const Facts &facts, RoutingRoster &roster, const QDate &today) const;
    // Entering `stage`: the decision of a matching row whose later team takes over
    // there ("SDR first, AE after discovery"), else none (row 0).
    RoutingDecision routeAtStage(const Facts &facts, const QString &stage, RoutingRoster &roster, const QDate &today) const;

private:
    RoutingDecision assign(int row, const QString &teamName, const QString &userName, const Facts &facts,
                           RoutingRoster &roster, const QDate &today) const;
    const TeamMember *pick(RoutingTeam &team, const Facts &facts, const QDate &today, RoutingDecision &decision) const;

    RoutingTable m_table;
    QList<CompiledCondition> m_conditions;
    QStringList m_conditionTexts; // written once, shared by every decision
    FactSchema m_schema;
};

} // namespace lejek
