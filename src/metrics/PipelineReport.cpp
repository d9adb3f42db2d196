// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PipelineReport.h"

#include <QMap>

namespace lejek {

ReportPart ReportPart::compute(const Pipeline &pipeline, const QList<LeadPath> &leads, const Period &period, const QDateTime &now,
                               const ReportSetup &setup)
{
    QList<LeadPath> cohort;
    for (const LeadPath &lead : leads)
        if (period.contains(lead.createdAt))
            cohort.append(lead);
    ReportPart part;
    part.cohort = int(cohort.size());
    part.funnel = Funnel::compute(pipeline, cohort);
    part.timeInStage = TimeInStage::compute(pipeline, leads, period, now);
    part.outcomes = Outcomes::compute(pipeline, leads, period);
    part.forecast = Forecast::compute(pipeline, leads);
    part.leakage = Leakage::compute(pipeline, leads, now);
    part.handoff = HandoffQuality::compute(pipeline, leads, period, setup.handoffStageId);
    part.speed = SpeedToLead::compute(pipeline, leads, period, now, setup.handoffStageId, setup.calendars);
    return part;
}

PipelineReport PipelineReport::compute(const Pipeline &pipeline, const QList<LeadPath> &leads, const Period &period,
                                       const QDateTime &now, Breakdown by, const ReportSetup &setup)
{
    PipelineReport report{period, now, by, ReportPart::compute(pipeline, leads, period, now, setup), {}, {}};
    if (by == Breakdown::None)
        return report;
    QMap<QString, QList<LeadPath>> groups;
    for (const LeadPath &lead : leads)
        groups[groupOf(lead, by)].append(lead);
    for (auto it = groups.cbegin(); it != groups.cend(); ++it) {
        ReportPart part = ReportPart::compute(pipeline, it.value(), period, now, setup);
        part.group = it.key();
        report.groups.append(part);
    }
    return report;
}

} // namespace lejek
