// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PipelineTemplate.h"

#include "StageGuidance.h"

namespace lejek {

using namespace Qt::Literals::StringLiterals;

namespace {
Stage stage(int position, const QString &name, const QString &polish, StageKind kind, int probability,
            int rottingDays = 0, QStringList required = {})
{
    Stage s;
    s.position = position;
    s.name = name;
    s.translated.insert(u"pl"_s, polish);
    s.kind = kind;
    s.probability = probability;
    s.rottingDays = rottingDays;
    s.requiredFields = std::move(required);
    return s;
}
} // namespace

QStringList PipelineTemplate::keys() { return {u"b2b"_s, u"handoff"_s}; }

QStringList PipelineTemplate::sqlRequiredFields()
{
    return {u"industry"_s, u"employees"_s, u"job_title"_s, u"pains"_s};
}

std::optional<Pipeline> PipelineTemplate::make(const QString &key)
{
    if (key == u"b2b"_s)
        return b2bFunnel();
    if (key == u"handoff"_s)
        return leadHandoff();
    return std::nullopt;
}

Pipeline PipelineTemplate::b2bFunnel()
{
    Pipeline p;
    p.name = u"B2B funnel"_s;
    p.templateKey = u"b2b"_s;
    p.stages = {
        stage(1, u"New leads"_s, u"Nowe leady"_s, StageKind::Open, 5, 7),
        stage(2, u"Qualification"_s, u"Kwalifikacja"_s, StageKind::Open, 10, 14),
        stage(3, u"MQL"_s, u"MQL"_s, StageKind::Open, 20, 14),
        stage(4, u"SQL"_s, u"SQL"_s, StageKind::Open, 40, 14, sqlRequiredFields()),
        stage(5, u"Follow-up"_s, u"Follow-up / kontakt później"_s, StageKind::Parked, 10, 90),
        stage(6, u"Opportunity"_s, u"Szansa sprzedażowa"_s, StageKind::Open, 60, 21),
        stage(7, u"Won"_s, u"Wygrana"_s, StageKind::Won, 100),
        stage(8, u"Lost"_s, u"Przegrana"_s, StageKind::Lost, 0),
    };
    // SLA 1 (first contact, 15 working minutes) and SLA 2 (decision, 2 working days)
    // start at the handoff stage, MQL.
    for (Stage &s : p.stages)
        s.guidance = StageGuidance::ofTemplate(p.templateKey, s.name);
    p.stages[2].slaFirstContactMinutes = 15;
    p.stages[2].slaDecisionMinutes = 2 * 8 * 60;
    return p;
}

Pipeline PipelineTemplate::leadHandoff()
{
    Pipeline p;
    p.name = u"Lead handoff"_s;
    p.templateKey = u"handoff"_s;
    p.stages = {
        stage(1, u"New"_s, u"Nowy"_s, StageKind::Open, 5, 7),
        stage(2, u"MQL"_s, u"MQL"_s, StageKind::Open, 15, 7),
        stage(3, u"SAL"_s, u"SAL (przyjęty przez sprzedaż)"_s, StageKind::Open, 30, 7),
        stage(4, u"SQL"_s, u"SQL"_s, StageKind::Open, 50, 14, sqlRequiredFields()),
        stage(5, u"Nurture"_s, u"Nurture"_s, StageKind::Parked, 5, 90),
        stage(6, u"Won"_s, u"Wygrana"_s, StageKind::Won, 100),
        stage(7, u"Lost"_s, u"Przegrana"_s, StageKind::Lost, 0),
        stage(8, u"Disqualified"_s, u"Zdyskwalifikowany"_s, StageKind::Lost, 0),
    };
    for (Stage &s : p.stages)
        s.guidance = StageGuidance::ofTemplate(p.templateKey, s.name);
    p.stages[1].slaFirstContactMinutes = 15;
    p.stages[1].slaDecisionMinutes = 2 * 8 * 60;
    return p;
}

} // namespace lejek
