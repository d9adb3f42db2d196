// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoStagePlan.h"

#include "DemoRandom.h"
#include "StageGate.h"

#include <algorithm>
#include <array>
#include <numeric>

namespace lejek {

namespace {

// The b2b funnel's open stages, first to last, in parts per 10,000; other pipelines
// interpolate along it.
constexpr std::array<int, 5> kOpenCurve{1200, 1000, 800, 600, 300};
constexpr int kOpenShare = 3900;
constexpr int kParkedShare = 400;
constexpr int kWonShare = 1200;
constexpr int kLostShare = 4500;
constexpr int kTotal = 10000;

int curveAt(int k, int n)
{
    if (n <= 1)
        return kOpenCurve.front();
    const int last = static_cast<int>(kOpenCurve.size()) - 1;
    const int num = k * last;
    const int i = num / (n - 1);
    const int rem = num % (n - 1);
    if (i >= last)
        return kOpenCurve.back();
    return kOpenCurve[i] + (kOpenCurve[i + 1] - kOpenCurve[i]) * rem / (n - 1);
}

// Splits `total` over `weights` proportionally; the rounding remainder goes to the first.
QList<int> split(int total, const QList<int> &weights)
{
    QList<int> parts(weights.size(), 0);
    const int sum = std::accumulate(weights.begin(), weights.end(), 0);
    if (weights.isEmpty() || sum <= 0)
        return parts;
    int given = 0;
    for (qsizetype i = 0; i < weights.size(); ++i) {
        parts[i] = total * weights[i] / sum;
        given += parts[i];
    }
    parts[0] += total - given;
    return parts;
}

} // namespace

DemoStagePlan::DemoStagePlan(const Pipeline &pipeline) : m_pipeline(pipeline)
{
    const auto &stages = m_pipeline.stages;
    QList<int> order(stages.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return stages[a].position < stages[b].position; });
    for (const int i : order) {
        switch (stages[i].kind) {
        case StageKind::Open: m_open.append(i); break;
        case StageKind::Parked: m_parked.append(i); break;
        case StageKind::Won: m_won.append(i); break;
        case StageKind::Lost: m_lost.append(i); break;
        }
    }
    m_openRank = QList<int>(stages.size(), -1);
    for (qsizetype r = 0; r < m_open.size(); ++r)
        m_openRank[m_open[r]] = static_cast<int>(r);

    m_handoffRank = std::min(2, std::max(0, openCount() - 1));
    for (qsizetype r = 0; r < m_open.size(); ++r) {
        if (stages[m_open[r]].slaFirstContactMinutes > 0) {
            m_handoffRank = static_cast<int>(r);
            break;
        }
    }

    for (const Stage &s : stages) {
        QStringList keys;
        for (const Stage *gate : StageGate::gatesFor(m_pipeline, s))
            for (const QString &key : gate->requiredFields)
                if (!keys.contains(key))
                    keys.append(key);
        m_required.append(keys);
    }

    // Shares by kind; a kind the pipeline lacks hands its share to those it has.
    std::array<int, 4> shares{m_open.isEmpty() ? 0 : kOpenShare, m_parked.isEmpty() ? 0 : kParkedShare,
                              m_won.isEmpty() ? 0 : kWonShare, m_lost.isEmpty() ? 0 : kLostShare};
    const int present = std::accumulate(shares.begin(), shares.end(), 0);
    if (present > 0)
        for (int &s : shares)
            s = s * kTotal / present;
    shares[0] += kTotal - std::accumulate(shares.begin(), shares.end(), 0);

    m_mix = QList<int>(stages.size(), 0);
    QList<int> openWeights;
    for (int k = 0; k < openCount(); ++k)
        openWeights.append(curveAt(k, openCount()));
    const QList<int> openParts = split(shares[0], openWeights);
    for (qsizetype k = 0; k < m_open.size(); ++k)
        m_mix[m_open[k]] = openParts[k];
    const QList<int> parkedParts = split(shares[1], QList<int>(m_parked.size(), 1));
    for (qsizetype k = 0; k < m_parked.size(); ++k)
        m_mix[m_parked[k]] = parkedParts[k];
    const QList<int> wonParts = split(shares[2], QList<int>(m_won.size(), 1));
    for (qsizetype k = 0; k < m_won.size(); ++k)
        m_mix[m_won[k]] = wonParts[k];
    // The first lost stage takes most; the others (disqualified, ...) share the rest.
    QList<int> lostWeights(m_lost.size(), m_lost.size() > 1 ? 35 / static_cast<int>(m_lost.size() - 1) : 1);
    if (!lostWeights.isEmpty())
        lostWeights[0] = m_lost.size() > 1 ? 65 : 1;
    const QList<int> lostParts = split(shares[3], lostWeights);
    for (qsizetype k = 0; k < m_lost.size(); ++k)
        m_mix[m_lost[k]] = lostParts[k];
}

int DemoStagePlan::pickFinal(DemoRandom &random) const
{
    return static_cast<int>(random.weighted(std::span<const int>(m_mix.constData(), static_cast<std::size_t>(m_mix.size()))));
}

int DemoStagePlan::pickRank(const QList<int> &weights, DemoRandom &random) const
{
    return static_cast<int>(random.weighted(std::span<const int>(weights.constData(), static_cast<std::size_t>(weights.size()))));
}

QList<int> DemoStagePlan::path(int finalStage, DemoRandom &random) const
{
    const int n = openCount();
    if (n == 0)
        return {finalStage};
    const Stage &target = m_pipeline.stages[finalStage];
    int reach = 0; // the furthest open rank the lead gets to
    switch (target.kind) {
    case StageKind::Open:
        reach = m_openRank[finalStage];
        break;
    case StageKind::Won:
        // Most deals close from the last open stage, some straight from the one before.
        reach = (n >= 2 && random.percent(15)) ? n - 2 : n - 1;
        break;
    case StageKind::Lost: {
        // Most leads are lost early (no fit, no answer), a good share at the end (price,
        // competition), few in between.
        QList<int> weights;
        for (int k = 0; k < n; ++k)
            weights.append((n - k) * (n - k) + (k == n - 1 && n > 1 ? n * n / 2 : 0));
        reach = pickRank(weights, random);
        break;
    }
    case StageKind::Parked: {
        // Parked mostly from the open stages before the parked one.
        QList<int> weights;
        for (int k = 0; k < n; ++k)
            weights.append(m_pipeline.stages[m_open[k]].position < target.position ? 3 : 1);
        reach = pickRank(weights, random);
        break;
    }
    }

    QList<int> stages{m_open[0]};
    int rank = 0;
    bool wentBack = false;
    bool detoured = false;
    while (rank < reach) {
        rank = (rank + 2 <= reach && random.percent(12)) ? rank + 2 : rank + 1;
        stages.append(m_open[rank]);
        if (!wentBack && rank >= 1 && random.percent(6)) {
            wentBack = true;
            stages.append(m_open[rank - 1]);
            stages.append(m_open[rank]);
        }
        if (!detoured && target.kind != StageKind::Parked && !m_parked.isEmpty() && rank >= 1 && random.percent(5)) {
            detoured = true;
            stages.append(random.pick(m_parked));
            stages.append(m_open[rank]);
        }
    }
    if (target.kind != StageKind::Open)
        stages.append(finalStage);
    return stages;
}

int DemoStagePlan::furthestRank(const QList<int> &path) const
{
    int furthest = 0;
    for (const int s : path) {
        if (m_pipeline.stages[s].kind == StageKind::Won)
            return openCount();
        furthest = std::max(furthest, m_openRank[s]);
    }
    return furthest;
}

QStringList DemoStagePlan::requiredFields(const QList<int> &path) const
{
    QStringList keys;
    for (const int s : path)
        for (const QString &key : m_required[s])
            if (!keys.contains(key))
                keys.append(key);
    return keys;
}

} // namespace lejek
