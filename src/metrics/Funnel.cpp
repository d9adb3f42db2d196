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

    // How many leads went at least as far as each rank.
    QList<int> furthest(order.size(), 0);
    for (const LeadPath &lead : cohort) {
        int far = -1;
        for (const LeadPath::Entry &entry : lead.entries)
            far = std::max(far, rank.value(entry.stageId, -1));
        if (far >= 0)
            ++furthest[far];
    }
    QList<FunnelStep> steps;
    int atLeast = 0;
    for (qsizetype i = order.size() - 1; i >= 0; --i) {
        atLeast += furthest.at(i);
        steps.prepend(FunnelStep{order.at(i)->id, order.at(i)->displayName(), atLeast, std::nullopt});
    }
    for (qsizetype i = 1; i < steps.size(); ++i)
        if (steps.at(i - 1).reached > 0)
            steps[i].conversion = double(steps.at(i).reached) / double(steps.at(i - 1).reached);
    return steps;
}

} // namespace lejek
