// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PipelineReport.h"

#include <QMap>

namespace lejek {

namespace {

// `from`'s members of `sections` into `into`.
void take(ReportPart &into, const ReportPart &from, ReportSections sections)
{
    if (sections.testFlag(ReportSection::Cohort)) {
        into.cohort = from.cohort;
        into.funnel = from.funnel;
    }
    if (sections.testFlag(ReportSection::Outcomes))
        into.outcomes = from.outcomes;
    if (sections.testFlag(ReportSection::OpenLeads)) {
        into.forecast = from.forecast;
        into.leakage = from.leakage;
    }
    if (sections.testFlag(ReportSection::History)) {
        into.timeInStage = from.timeInStage;
        into.handoff = from.handoff;
        into.speed = from.speed;
    }
}

} // namespace

ReportPart ReportPart::compute(const Pipeline &pipeline, const QList<LeadPath> &leads, const Period &period, const QDateTime &now,
                               const ReportSetup &setup, ReportSections sections)
{
    ReportPart part;
    if (sections.testFlag(ReportSection::Cohort)) {
        QList<LeadPath> cohort;
        for (const LeadPath &lead : leads)
            if (period.contains(lead.createdAt))
                cohort.append(lead);
        part.cohort = int(cohort.size());
        part.funnel = Funnel::compute(pipeline, cohort);
    }
    if (sections.testFlag(ReportSection::Outcomes))
        part.outcomes = Outcomes::compute(pipeline, leads, period);
    if (sections.testFlag(ReportSection::OpenLeads)) {
        part.forecast = Forecast::compute(pipeline, leads);
        part.leakage = Leakage::compute(pipeline, leads, now);
    }
    if (sections.testFlag(ReportSection::History)) {
        part.timeInStage = TimeInStage::compute(pipeline, leads, period, now);
        part.handoff = HandoffQuality::compute(pipeline, leads, period, setup.handoffStageId);
        part.speed = SpeedToLead::compute(pipeline, leads, period, now, setup.handoffStageId, setup.calendars);
    }
    return part;
}

PipelineReport PipelineReport::compute(const Pipeline &pipeline, const QList<LeadPath> &leads, const Period &period,
                                       const QDateTime &now, Breakdown by, const ReportSetup &setup)
{
    return compute(pipeline, QList<ReportSource>{ReportSource{AllSections, leads}}, period, now, by, setup);
}

PipelineReport PipelineReport::compute(const Pipeline &pipeline, const QList<ReportSource> &sources, const Period &period,
                                       const QDateTime &now, Breakdown by, const ReportSetup &setup)
{
    PipelineReport report{period, now, by, {}, {}, {}, {}};
    QMap<QString, ReportPart> groups; // by name, in its order
    for (const ReportSource &source : sources) {
        report.sections |= source.sections;
        take(report.total, ReportPart::compute(pipeline, source.leads, period, now, setup, source.sections), source.sections);
        if (by == Breakdown::None)
            continue;
        for (const LeadPath &lead : source.leads)
            groups[groupOf(lead, by)];
    }
    if (by == Breakdown::None)
        return report;
    for (const ReportSource &source : sources) {
        QMap<QString, QList<LeadPath>> leads;
        for (const LeadPath &lead : source.leads)
            leads[groupOf(lead, by)].append(lead);
        for (auto it = groups.begin(); it != groups.end(); ++it)
            take(*it, ReportPart::compute(pipeline, leads.value(it.key()), period, now, setup, source.sections), source.sections);
    }
    for (auto it = groups.begin(); it != groups.end(); ++it) {
        it->group = it.key();
        report.groups.append(*it);
    }
    return report;
}

} // namespace lejek
