// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CompiledCondition.h"
#include "FactSchema.h"
#include "ScoringModel.h"

#include <QList>

#include <expected>

namespace lejek {

// A rule's share of a score: which rule, how many times it applied, what it gave.
struct ScoreReason {
    QString rule;
    int points = 0;
    int times = 1;
    friend bool operator==(const ScoreReason &, const ScoreReason &) = default;
};

// A lead's score, explained: the rules that gave its points, in the model's order
// (decay last), and whether it has shown high intent.
struct Score {
    int total = 0;
    QList<ScoreReason> reasons;
    bool highIntent = false;
    // "demo request +30, ICP industry +20, idle decay ×2 −10" (×2: two idle weeks)
    QString explain() const;
};

// A scoring model compiled against a FactSchema: pure, the clock in the facts. Scores a
// lead from its facts and its behaviour events; says whether a score meets the handoff
// rule, and whether a change of score crosses it.
class Scorer
{
public:
    // An error names the rule: "scoring rule \"ICP industry\": unknown field \"industy\"".
    static std::expected<Scorer, QString> compile(const ScoringModel &model, const FactSchema &schema);

    // `lastActivity`: the lead's last activity; the idle weeks of decay count from it or
    // from the latest event, whichever is later.
    Score score(const Facts &facts, const QList<BehaviourEvent> &events, const QDateTime &lastActivity) const;

    bool meetsHandoff(const Score &score) const { return score.total >= m_model.handoffThreshold && score.highIntent; }
    // The handoff fires once per crossing: when a score meets the rule and the one
    // before did not. A lead that falls back below and climbs again crosses again.
    bool crossesHandoff(const Score &before, const Score &after) const { return meetsHandoff(after) && !meetsHandoff(before); }
    const ScoringModel &model() const { return m_model; }

private:
    ScoringModel m_model;
    QList<CompiledCondition> m_conditions; // one per rule (behaviour rules: always)
};

} // namespace lejek
