// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Funnel.h"

namespace lejek {

QList<const Stage *> Funnel::order(const Pipeline &pipeline)
{
    QList<const Stage *> order;
    for (const Stage &s : pipeline.stages)
        if (s.kind == StageKind::Open)
            order.append(&s);
    for (const Stage &s : pipeline.stages)
        if (s.kind == StageKind::Won)
            order.append(&s);
    return order;
}

QList<FunnelStep> Funnel::fromFurthest(const Pipeline &pipeline, const QHash<qint64, int> &furthest)
{
    const QList<const Stage *> steps = order(pipeline);
    QList<FunnelStep> funnel;
    int atLeast = 0; // a step's leads are those whose furthest is it or later
    for (qsizetype i = steps.size() - 1; i >= 0; --i) {
        atLeast += furthest.value(steps.at(i)->id);
        funnel.prepend(FunnelStep{steps.at(i)->id, steps.at(i)->displayName(), atLeast, std::nullopt, {}});
    }
    for (qsizetype i = 1; i < funnel.size(); ++i)
        if (funnel.at(i - 1).reached > 0)
            funnel[i].conversion = double(funnel.at(i).reached) / double(funnel.at(i - 1).reached);
    return funnel;
}

QList<FunnelStep> Funnel::compute(const Pipeline &pipeline, const QList<LeadPath> &cohort)
{
    const QList<const Stage *> steps = order(pipeline);
    QHash<qint64, int> rank;
    for (qsizetype i = 0; i < steps.size(); ++i)
        rank.insert(steps.at(i)->id, int(i));

    // Each lead's furthest rank, counted by its stage.
    QList<int> furthest;
    furthest.reserve(cohort.size());
    QHash<qint64, int> atStage;
    for (const LeadPath &lead : cohort) {
        int far = -1;
        for (const LeadPath::Entry &entry : lead.entries)
            far = std::max(far, rank.value(entry.stageId, -1));
        furthest.append(far);
        if (far >= 0)
            ++atStage[steps.at(far)->id];
    }
    QList<FunnelStep> funnel = fromFurthest(pipeline, atStage);
    for (FunnelStep &step : funnel)
        step.leadIds.reserve(step.reached);
    for (qsizetype l = 0; l < cohort.size(); ++l)
        for (int i = 0; i <= furthest.at(l); ++i)
            funnel[i].leadIds.append(cohort.at(l).leadId);
    return funnel;
}

} // namespace lejek
