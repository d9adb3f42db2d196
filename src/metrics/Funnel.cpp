// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Funnel.h"

#include <QHash>

namespace lejek {

QList<FunnelStep> Funnel::compute(const Pipeline &pipeline, const QList<LeadPath> &cohort)
{
    // The funnel's order: open stages by position, then the won stage(s) last.
    QList<const Stage *> order;
    for (const Stage &s : pipeline.stages)
        if (s.kind == StageKind::Open)
            order.append(&s);
    for (const Stage &s : pipeline.stages)
        if (s.kind == StageKind::Won)
            order.append(&s);
    QHash<qint64, int> rank;
    for (qsizetype i = 0; i < order.size(); ++i)
        rank.insert(order.at(i)->id, int(i));

    // Each lead's furthest rank; a step's leads are those whose furthest is it or later.
    QList<int> furthest;
    furthest.reserve(cohort.size());
    QList<int> atRank(order.size(), 0);
    for (const LeadPath &lead : cohort) {
        int far = -1;
        for (const LeadPath::Entry &entry : lead.entries)
            far = std::max(far, rank.value(entry.stageId, -1));
        furthest.append(far);
        if (far >= 0)
            ++atRank[far];
    }
    QList<FunnelStep> steps;
    int atLeast = 0;
    for (qsizetype i = order.size() - 1; i >= 0; --i) {
        atLeast += atRank.at(i);
        steps.prepend(FunnelStep{order.at(i)->id, order.at(i)->displayName(), atLeast, std::nullopt, {}});
    }
    for (FunnelStep &step : steps)
        step.leadIds.reserve(step.reached);
    for (qsizetype l = 0; l < cohort.size(); ++l)
        for (int i = 0; i <= furthest.at(l); ++i)
            steps[i].leadIds.append(cohort.at(l).leadId);
    for (qsizetype i = 1; i < steps.size(); ++i)
        if (steps.at(i - 1).reached > 0)
            steps[i].conversion = double(steps.at(i).reached) / double(steps.at(i - 1).reached);
    return steps;
}

} // namespace lejek
