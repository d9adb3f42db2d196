// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScoringReplay.h"

#include <algorithm>

namespace lejek {

namespace {
std::optional<double> share(int part, int whole)
{
    if (whole == 0)
        return std::nullopt;
    return double(part) / double(whole);
}
} // namespace

std::optional<double> ScoringReplayReport::precision() const { return share(handedOffAndConverted, handedOff); }
std::optional<double> ScoringReplayReport::recall() const { return share(handedOffAndConverted, converted); }
std::optional<double> ScoringReplayReport::baseRate() const { return share(converted, leads); }

std::optional<double> ScoringReplayReport::lift() const
{
    const auto p = precision();
    const auto base = baseRate();
    if (!p || !base || *base == 0.0)
        return std::nullopt;
    return *p / *base;
}

ScoringReplayReport ScoringReplay::run(const Scorer &scorer, QList<ScoringReplayLead> leads)
{
    std::stable_sort(leads.begin(), leads.end(),
                     [](const ScoringReplayLead &a, const ScoringReplayLead &b) {
                         return a.createdAt < b.createdAt || (a.createdAt == b.createdAt && a.leadId < b.leadId);
                     });
    ScoringReplayReport report;
    report.handoffThreshold = scorer.model().handoffThreshold;
    report.rows.reserve(leads.size());
    for (ScoringReplayLead &lead : leads) {
        std::stable_sort(lead.events.begin(), lead.events.end(),
                         [](const BehaviourEvent &a, const BehaviourEvent &b) { return a.at < b.at; });
        ScoringReplayRow row;
        row.leadId = lead.leadId;
        row.name = lead.name;
        row.createdAt = lead.createdAt;
        row.convertedAt = lead.convertedAt;
        Facts facts = lead.facts;
        QList<BehaviourEvent> sofar;
        sofar.reserve(lead.events.size());
        // Moment 0 is the lead's creation (fit alone), then each event as it came.
        for (qsizetype i = -1; i < lead.events.size(); ++i) {
            const QDateTime at = i < 0 ? lead.createdAt : std::max(lead.events.at(i).at, lead.createdAt);
            if (i >= 0)
                sofar.append(lead.events.at(i));
            // Events of one instant are judged together, as one write records them.
            if (i + 1 < lead.events.size() && lead.events.at(i + 1).at <= at && i >= 0)
                continue;
            facts.now = at;
            facts.today = at.toUTC().date();
            row.score = scorer.score(facts, sofar, at);
            if (scorer.meetsHandoff(row.score)) {
                row.handoffAt = at;
                break;
            }
        }
        ++report.leads;
        report.handedOff += row.handedOff() ? 1 : 0;
        report.converted += row.converted() ? 1 : 0;
        report.handedOffAndConverted += row.handedOff() && row.converted() ? 1 : 0;
        report.rows.append(std::move(row));
    }
    return report;
}

} // namespace lejek
