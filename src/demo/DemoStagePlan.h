// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Pipeline.h"

#include <QList>
#include <QStringList>

namespace lejek {

class DemoRandom;

// How demo leads travel through one pipeline, derived from its stages' kinds and
// order (never their names), so it fits the b2b and handoff templates and any
// pipeline an admin builds. Stages are referred to by their index in
// Pipeline::stages.
class DemoStagePlan
{
public:
    explicit DemoStagePlan(const Pipeline &pipeline);

    const Pipeline &pipeline() const { return m_pipeline; }
    // Where leads end, in parts per 10,000 per stage (sums to 10,000). Open stages
    // share 39% falling from the first to the last (b2b: 12, 10, 8, 6, 3%), parked
    // 4%, won 12%, lost 45%; a kind the pipeline lacks gives its share to the others.
    const QList<int> &targetMix() const { return m_mix; }
    int pickFinal(DemoRandom &random) const;

    // The stages a lead entered, from creation (the first open stage) to `finalStage`:
    // forward through the open stages, now and then skipping one, going back one and
    // re-entering, or detouring through a parked stage; never the same stage twice
    // in a row.
    QList<int> path(int finalStage, DemoRandom &random) const;

    // Index among the open stages (0 first), or -1 for other kinds.
    int openRank(int stage) const { return m_openRank[stage]; }
    int openCount() const { return static_cast<int>(m_open.size()); }
    // The furthest open rank on a path; a won path counts as openCount().
    int furthestRank(const QList<int> &path) const;
    // The open rank where marketing hands over to sales: the first stage with an SLA,
    // else the third open stage (or the last one).
    int handoffRank() const { return m_handoffRank; }
    // Field keys the gates of every stage on the path require (gates accumulate, see
    // StageGate::gatesFor).
    QStringList requiredFields(const QList<int> &path) const;

private:
    int pickRank(const QList<int> &weights, DemoRandom &random) const;

    Pipeline m_pipeline;
    QList<int> m_mix;
    QList<int> m_open;     // stage indexes of open stages, in order
    QList<int> m_parked;
    QList<int> m_won;
    QList<int> m_lost;
    QList<int> m_openRank; // per stage
    QList<QStringList> m_required; // per stage, accumulated
    int m_handoffRank = 0;
};

} // namespace lejek
