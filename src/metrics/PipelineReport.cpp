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

ReportPart ReportPart::fromTally(const Pipeline &pipeline, const ReportTally &tally, ReportSections sections)
{
    ReportPart part;
    if (sections.testFlag(ReportSection::Cohort)) {
        part.cohort = tally.cohort;
        part.funnel = Funnel::fromFurthest(pipeline, tally.furthest);
    }
    if (sections.testFlag(ReportSection::Outcomes))
        part.outcomes = Outcomes::fromTally(tally.outcomes);
    if (sections.testFlag(ReportSection::OpenLeads)) {
        part.forecast = Forecast::fromTally(pipeline, tally.forecast);
        part.leakage = Leakage::fromCounts(pipeline, tally.leakage);
    }
    return part;
}

PipelineReport PipelineReport::compute(const Pipeline &pipeline, const QList<LeadPath> &leads, const Period &period,
                                       const QDateTime &now, Breakdown by, const ReportSetup &setup, ReportSections sections)
{
    PipelineReport report{period, now, by, ReportPart::compute(pipeline, leads, period, now, setup, sections), {}, {}, sections};
    if (by == Breakdown::None)
        return report;
    QMap<QString, QList<LeadPath>> groups; // by name, in its order
    for (const LeadPath &lead : leads)
        groups[groupOf(lead, by)].append(lead);
    for (auto it = groups.cbegin(); it != groups.cend(); ++it) {
        report.groups.append(ReportPart::compute(pipeline, it.value(), period, now, setup, sections));
        report.groups.last().group = it.key();
    }
    return report;
}

PipelineReport PipelineReport::compute(const Pipeline &pipeline, ReportSections sections, const QMap<QString, ReportTally> &tallies,
                                       const QList<LeadPath> &history, const Period &period, const QDateTime &now, Breakdown by,
                                       const ReportSetup &setup)
{
    const ReportSections tallied = sections & ~ReportSections(ReportSection::History);
    const ReportSections walked = sections & ReportSection::History;
    PipelineReport report{period, now, by, {}, {}, {}, sections};
    ReportTally all;
    for (const ReportTally &tally : tallies)
        all.add(tally);
    take(report.total, ReportPart::fromTally(pipeline, all, tallied), tallied);
    if (walked)
        take(report.total, ReportPart::compute(pipeline, history, period, now, setup, walked), walked);
    if (by == Breakdown::None)
        return report;
    QMap<QString, QList<LeadPath>> walkedGroups; // by name, in its order
    if (walked)
        for (const LeadPath &lead : history)
            walkedGroups[groupOf(lead, by)].append(lead);
    QMap<QString, ReportPart> groups;
    for (auto it = tallies.cbegin(); it != tallies.cend(); ++it)
        take(groups[it.key()], ReportPart::fromTally(pipeline, it.value(), tallied), tallied);
    for (auto it = walkedGroups.cbegin(); it != walkedGroups.cend(); ++it)
        groups[it.key()];
    for (auto it = groups.begin(); it != groups.end(); ++it) {
        if (!tallies.contains(it.key()))
            take(*it, ReportPart::fromTally(pipeline, {}, tallied), tallied); // its steps and stages, all none
        if (walked)
            take(*it, ReportPart::compute(pipeline, walkedGroups.value(it.key()), period, now, setup, walked), walked);
        it->group = it.key();
        report.groups.append(*it);
    }
    return report;
}

} // namespace lejek
