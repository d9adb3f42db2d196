// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DomainEvent.h"
#include "EngineSetup.h"
#include "EngineValueRepository.h"
#include "Lead.h"
#include "UnitOfWork.h"

#include <optional>

namespace lejek {

// Engine I over one lead, inside the write that touched it (DOMAIN.md: Routing, Scoring
// and handoff, SLAs): scores it, hands it off when its score crosses the handoff rule,
// routes it, and keeps its SLA clock, writing each decision to its timeline. Its own
// writes (the handoff move, the owner it picks) go through the same LeadWrites checks
// as a person's, acting as a rule: with the database owner's rights, its rule named.
class LeadEngine
{
public:
    // The rule names the engine writes with; events carrying them are its own doing.
    static constexpr QLatin1StringView RoutingRule{"routing"};
    static constexpr QLatin1StringView HandoffRule{"handoff"};
    static constexpr QLatin1StringView ScoringRule{"scoring"};
    static bool isOwnRule(const QString &rule) { return rule == RoutingRule || rule == HandoffRule; }

    // `roster`: read once per write (on PostgreSQL it locks the teams) and shared by its leads.
    LeadEngine(UnitOfWork &work, UnitOfWork &asRule, const Pipeline &pipeline, const EngineSetup &setup,
               std::optional<RoutingRoster> &roster);

    // `events`: this lead's events of the write, in order. `lead`: the lead as the write
    // left it, when the caller has read it already (null: read here).
    Result<void> run(qint64 leadId, const DomainEvents &events, const Lead *lead = nullptr);

private:
    struct Entry {
        const Stage *stage;
        QDateTime at;
    };
    // Sets the score and its reasons; says whether it crossed the handoff rule.
    Result<bool> score(Facts &facts, bool created, bool behaviourLogged);
    // Moves the lead to the handoff stage if it is before it; the stage entered, if any.
    Result<const Stage *> handOff();
    Result<void> route(const RoutingDecision &decision, bool always);
    Result<void> startSla(const Stage &stage, const QDateTime &at);
    bool isDecision(const Stage &to) const;
    Result<RoutingRoster *> roster();
    Result<void> note(const QString &kind, const QString &rule, const QString &subject, const QString &body);
    Result<void> reload();

    UnitOfWork &m_work;
    UnitOfWork &m_asRule;
    const Pipeline &m_pipeline;
    const EngineSetup &m_setup;
    qint64 m_leadId = 0;
    Lead m_lead;
    EngineValueRepository::Values m_values;
    std::optional<RoutingRoster> &m_roster;
};

} // namespace lejek
