// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PipelineReport.h"

#include <QMap>

#include <algorithm>

namespace lejek {

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
    if (sections.testFlag(ReportSection::Stays))
        part.timeInStage = TimeInStage::compute(pipeline, leads, period, now);
    if (sections.testFlag(ReportSection::Handoffs)) {
        const QList<Handoff> handoffs = Handoff::inPeriod(pipeline, leads, period, setup.handoffStageId);
        part.handoff = HandoffQuality::fromHandoffs(pipeline, handoffs, setup.handoffStageId);
        part.speed = SpeedToLead::fromHandoffs(pipeline, handoffs, now, setup.handoffStageId, setup.calendars);
    }
    return part;
}

ReportPart ReportPart::fromTally(const Pipeline &pipeline, const ReportTally &tally, ReportSections sections, const QDateTime &now,
                                 const ReportSetup &setup)
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
    if (sections.testFlag(ReportSection::Stays))
        part.timeInStage = TimeInStage::fromTally(pipeline, tally.stays, now);
    if (sections.testFlag(ReportSection::Handoffs)) {
        if (tally.speed) { // counted by the store
            part.handoff = tally.handoff.value_or(HandoffQuality{});
            part.speed = *tally.speed;
        } else {
            part.handoff = HandoffQuality::fromHandoffs(pipeline, tally.handoffs, setup.handoffStageId);
            part.speed = SpeedToLead::fromHandoffs(pipeline, tally.handoffs, now, setup.handoffStageId, setup.calendars);
        }
    }
    return part;
}

PipelineReport PipelineReport::compute(const Pipeline &pipeline, const QList<LeadPath> &leads, const Period &period,
                                       const QDateTime &now, Breakdown by, const ReportSetup &setup, ReportSections sections)
{
    PipelineReport report{period, now, by, ReportPart::compute(pipeline, leads, period, now, setup, sections), {}, {}, sections, sections};
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

void ReportPart::take(const ReportPart &other, ReportSections s)
{
    if (s.testFlag(ReportSection::Cohort)) {
        cohort = other.cohort;
        funnel = other.funnel;
    }
    if (s.testFlag(ReportSection::Outcomes))
        outcomes = other.outcomes;
    if (s.testFlag(ReportSection::OpenLeads)) {
        forecast = other.forecast;
        leakage = other.leakage;
    }
    if (s.testFlag(ReportSection::Stays))
        timeInStage = other.timeInStage;
    if (s.testFlag(ReportSection::Handoffs)) {
        handoff = other.handoff;
        speed = other.speed;
    }
}

void PipelineReport::take(const PipelineReport &part)
{
    period = part.period;
    now = part.now;
    asOf = part.asOf;
    // Of the whole, only what no part before brought (the same figures, whichever).
    total.take(part.total, part.sections & ~sections);
    sections |= part.sections;
    if (part.by == Breakdown::None)
        return;
    if (by != part.by) { // the first part with groups
        by = part.by;
        groups.clear();
        groupSections = {};
    }
    const ReportSections s = part.groupSections & ~groupSections;
    for (const ReportPart &from : part.groups) {
        auto to = std::find_if(groups.begin(), groups.end(), [&from](const ReportPart &g) { return g.group == from.group; });
        if (to == groups.end()) {
            groups.append(ReportPart{});
            groups.last().group = from.group;
            to = groups.end() - 1;
        }
        to->take(from, s);
    }
    std::sort(groups.begin(), groups.end(), [](const ReportPart &a, const ReportPart &b) { return a.group < b.group; });
    groupSections |= s;
}

PipelineReport PipelineReport::compute(const Pipeline &pipeline, ReportSections sections, const ReportTally &whole,
                                       const QMap<QString, ReportTally> &groups, ReportSections grouped, const Period &period,
                                       const QDateTime &now, Breakdown by, const ReportSetup &setup)
{
    PipelineReport report{period, now, by, {}, {}, {}, sections, sections & grouped};
    // Handoffs by group: each measured once (working time by its owner's team calendar),
    // with its group's, and the whole's figures the groups' added up; not every handoff
    // copied into the whole and measured again (1M leads, all time: 452,000 handoffs).
    // Counted by the store, the whole's are its own (ranks do not add up).
    const bool handoffsByGroup = by != Breakdown::None && (sections & grouped).testFlag(ReportSection::Handoffs);
    const bool addedUp = handoffsByGroup && !whole.speed;
    ReportTally all = whole;
    for (const ReportTally &tally : groups) {
        if (!handoffsByGroup) {
            all.add(tally);
            continue;
        }
        ReportTally rest = tally; // shares its lists: no copy
        rest.handoffs = {};       // (clear() would allocate anew)
        rest.speed.reset();
        rest.handoff.reset();
        all.add(rest);
    }
    report.total = ReportPart::fromTally(pipeline, all, sections, now, setup);
    if (by == Breakdown::None)
        return report;
    QList<SpeedToLead> speeds{report.total.speed}; // the whole's own handoffs, if any
    for (auto it = groups.cbegin(); it != groups.cend(); ++it) {
        report.groups.append(ReportPart::fromTally(pipeline, it.value(), sections & grouped, now, setup));
        report.groups.last().group = it.key();
        if (addedUp) {
            report.total.handoff.add(report.groups.last().handoff);
            speeds.append(report.groups.last().speed);
        }
    }
    if (addedUp)
        report.total.speed = SpeedToLead::addedUp(speeds);
    return report;
}

} // namespace lejek
