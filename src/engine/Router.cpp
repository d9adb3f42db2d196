// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Router.h"

#include <QCoreApplication>
#include <QVarLengthArray>

#include <algorithm>

namespace lejek {

using namespace Qt::Literals::StringLiterals;

namespace {

QString tr(const char *text) { return QCoreApplication::translate("lejek::Router", text); }

using Candidates = QVarLengthArray<const TeamMember *, 16>;

// The first of `candidates` (in user-id order) after the team's last pick, wrapping:
// every available member gets a turn before anyone gets a second.
const TeamMember *nextAfterCursor(const Candidates &candidates, qint64 lastUserId)
{
    if (candidates.isEmpty())
        return nullptr;
    for (const TeamMember *member : candidates)
        if (member->userId > lastUserId)
            return member;
    return candidates.front();
}

} // namespace

QString RoutingDecision::reason() const
{
    using O = Outcome;
    if (outcome == O::NoRowMatched)
        return tr("no routing row matched → the manager's queue");
    const QString matched = condition.isEmpty() ? tr("routed by row %1").arg(row) : tr("routed by row %1: %2").arg(row).arg(condition);
    QString how;
    switch (strategy) {
    case AssignmentStrategy::RoundRobin: how = tr("round robin"); break;
    case AssignmentStrategy::LeastLoaded:
        how = capacity > 0 ? tr("least loaded (%1 of %2 open)").arg(openLeads).arg(capacity) : tr("least loaded (%1 open)").arg(openLeads);
        break;
    case AssignmentStrategy::Specialisation:
        how = specialistFound          ? tr("specialised in %1").arg(specialisation)
              : specialisation.isEmpty() ? tr("no %1 to specialise by, round robin").arg(specialisationField)
                                         : tr("no specialist in %1, round robin").arg(specialisation);
        break;
    }
    switch (outcome) {
    case O::NoRowMatched: break;
    case O::QueueRow: return tr("%1 → the manager's queue").arg(matched);
    case O::Assigned:
        return team.isEmpty() ? tr("%1 → %2").arg(matched, user) : tr("%1 → %2, %3 → %4").arg(matched, team, how, user);
    case O::UnknownUser: return tr("%1 → %2, who is not a user → the manager's queue").arg(matched, user);
    case O::UserAway: return tr("%1 → %2, out of office → the manager's queue").arg(matched, user);
    case O::UserInactive: return tr("%1 → %2, inactive → the manager's queue").arg(matched, user);
    case O::UnknownTeam: return tr("%1 → team %2, which does not exist → the manager's queue").arg(matched, team);
    case O::NobodyAvailable:
        return tr("%1 → %2, nobody available (out of office or inactive) → the manager's queue").arg(matched, team);
    case O::TeamAtCapacity: return tr("%1 → %2, every available member at capacity → the manager's queue").arg(matched, team);
    }
    return {};
}

std::expected<Router, QString> Router::compile(const RoutingTable &table, const FactSchema &schema)
{
    Router router;
    router.m_table = table;
    router.m_schema = schema;
    for (qsizetype i = 0; i < table.rows.size(); ++i) {
        const RoutingRow &row = table.rows.at(i);
        auto condition = CompiledCondition::compile(row.when, schema);
        if (!condition)
            return std::unexpected(tr("routing row %1: %2").arg(i + 1).arg(condition.error()));
        const bool named = row.action.target == RoutingAction::Target::User ? !row.action.user.isEmpty()
                           : row.action.target == RoutingAction::Target::Team ? !row.action.team.isEmpty()
                                                                               : true;
        if (!named)
            return std::unexpected(tr("routing row %1: the action names no user or team").arg(i + 1));
        if (row.action.laterTeam.isEmpty() != row.action.laterStage.isEmpty())
            return std::unexpected(tr("routing row %1: a later team needs the stage it takes over at, and the stage a team").arg(i + 1));
        router.m_conditions.append(std::move(*condition));
        router.m_conditionTexts.append(row.when.toText());
    }
    return router;
}

RoutingDecision Router::route(const Facts &facts, RoutingRoster &roster, const QDate &today) const
{
    for (qsizetype i = 0; i < m_conditions.size(); ++i) {
        if (!m_conditions.at(i).holds(facts))
            continue;
        const RoutingAction &action = m_table.rows.at(i).action;
        RoutingDecision decision;
        if (action.target == RoutingAction::Target::ManagerQueue) {
            decision.outcome = RoutingDecision::Outcome::QueueRow;
            decision.row = int(i + 1);
            decision.condition = m_conditionTexts.at(i);
        } else {
            decision = assign(int(i + 1), action.target == RoutingAction::Target::Team ? action.team : QString(),
                              action.target == RoutingAction::Target::User ? action.user : QString(), facts, roster, today);
        }
        decision.laterTeam = action.laterTeam;
        decision.laterStage = action.laterStage;
        return decision;
    }
    return {};
}

RoutingDecision Router::routeAtStage(const Facts &facts, const QString &stage, RoutingRoster &roster, const QDate &today) const
{
    for (qsizetype i = 0; i < m_conditions.size(); ++i) {
        if (!m_conditions.at(i).holds(facts))
            continue;
        const RoutingAction &action = m_table.rows.at(i).action;
        if (action.laterTeam.isEmpty() || action.laterStage.compare(stage, Qt::CaseInsensitive) != 0)
            return {};
        return assign(int(i + 1), action.laterTeam, {}, facts, roster, today);
    }
    return {};
}

RoutingDecision Router::assign(int row, const QString &teamName, const QString &userName, const Facts &facts,
                               RoutingRoster &roster, const QDate &today) const
{
    using O = RoutingDecision::Outcome;
    RoutingDecision decision;
    decision.row = row;
    decision.condition = m_conditionTexts.at(row - 1);
    if (!userName.isEmpty()) {
        const TeamMember *user = roster.user(userName);
        decision.user = user ? user->name : userName;
        if (!user) {
            decision.outcome = O::UnknownUser;
        } else if (!user->isAvailable(today)) {
            decision.outcome = user->active ? O::UserAway : O::UserInactive;
        } else {
            decision.outcome = O::Assigned;
            decision.userId = user->userId;
        }
        return decision;
    }
    RoutingTeam *team = roster.team(teamName);
    if (!team) {
        decision.outcome = O::UnknownTeam;
        decision.team = teamName;
        return decision;
    }
    decision.team = team->name;
    decision.teamId = team->id;
    decision.strategy = team->strategy;
    const TeamMember *member = pick(*team, facts, today, decision);
    if (!member)
        return decision; // pick() said why
    decision.outcome = O::Assigned;
    decision.userId = member->userId;
    decision.user = member->name;
    decision.openLeads = member->openLeads;
    decision.capacity = member->capacity;
    // What the database records with the assignment: the cursor and the new load.
    team->lastAssignedUserId = member->userId;
    for (TeamMember &m : team->members)
        if (m.userId == member->userId)
            ++m.openLeads;
    return decision;
}

const TeamMember *Router::pick(RoutingTeam &team, const Facts &facts, const QDate &today, RoutingDecision &decision) const
{
    using O = RoutingDecision::Outcome;
    const auto byId = [](const TeamMember &a, const TeamMember &b) { return a.userId < b.userId; };
    if (!std::is_sorted(team.members.cbegin(), team.members.cend(), byId))
        std::sort(team.members.begin(), team.members.end(), byId);
    Candidates available;
    for (const TeamMember &member : std::as_const(team.members))
        if (member.isAvailable(today))
            available.append(&member);
    if (available.isEmpty()) {
        decision.outcome = O::NobodyAvailable;
        return nullptr;
    }

    switch (team.strategy) {
    case AssignmentStrategy::RoundRobin: return nextAfterCursor(available, team.lastAssignedUserId);
    case AssignmentStrategy::Specialisation: {
        decision.specialisationField = team.specialisationField;
        const auto slot = m_schema.slot(team.specialisationField);
        const FactValue *value = slot ? &facts.values.at(*slot) : nullptr;
        decision.specialisation = value && value->filled ? (value->items.isEmpty() ? value->text : value->items.front()) : QString();
        Candidates specialists;
        for (const TeamMember *member : std::as_const(available))
            for (const QString &s : member->specialisations)
                if (!decision.specialisation.isEmpty() && s.compare(decision.specialisation, Qt::CaseInsensitive) == 0) {
                    specialists.append(member);
                    break;
                }
        decision.specialistFound = !specialists.isEmpty();
        return nextAfterCursor(specialists.isEmpty() ? available : specialists, team.lastAssignedUserId);
    }
    case AssignmentStrategy::LeastLoaded: {
        // The smallest share of capacity in use; a member without a capacity is measured
        // against the team's largest. Ties go round the team from the cursor.
        int largest = 1;
        for (const TeamMember *member : std::as_const(available))
            largest = std::max(largest, member->capacity);
        Candidates open;
        for (const TeamMember *member : std::as_const(available))
            if (member->capacity == 0 || member->openLeads < member->capacity)
                open.append(member);
        if (open.isEmpty()) {
            decision.outcome = O::TeamAtCapacity;
            return nullptr;
        }
        // Compared as fractions, without rounding: a/b < c/d when a*d < c*b.
        const auto capacityOf = [largest](const TeamMember *m) { return qint64(m->capacity > 0 ? m->capacity : largest); };
        const auto lighter = [&](const TeamMember *a, const TeamMember *b) {
            return qint64(a->openLeads) * capacityOf(b) < qint64(b->openLeads) * capacityOf(a);
        };
        const TeamMember *least = open.front();
        for (const TeamMember *member : std::as_const(open))
            if (lighter(member, least))
                least = member;
        Candidates tied;
        for (const TeamMember *member : std::as_const(open))
            if (!lighter(least, member))
                tied.append(member);
        return nextAfterCursor(tied, team.lastAssignedUserId);
    }
    }
    return nullptr;
}

} // namespace lejek
