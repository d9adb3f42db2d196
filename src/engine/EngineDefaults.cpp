// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "EngineDefaults.h"

#include "EngineConfigJson.h"

#include <QJsonArray>

namespace lejek {

using namespace Qt::Literals::StringLiterals;

namespace {

ConditionExpr when(const QString &text)
{
    auto parsed = ConditionExpr::parse(text);
    Q_ASSERT(parsed); // the texts below are constants, checked by tst_enginedefaults
    return parsed ? *parsed : ConditionExpr::always();
}

RoutingAction toTeam(const QString &team, const QString &laterTeam = {}, const QString &laterStage = {})
{
    return RoutingAction{RoutingAction::Target::Team, {}, team, laterTeam, laterStage};
}

ScoringRule behaviour(const QString &name, const QString &type, int points, int cap)
{
    return ScoringRule{name, ScoringRule::Kind::Behaviour, type, {}, {}, points, cap};
}

ScoringRule fit(const QString &name, const QString &condition, int points)
{
    return ScoringRule{name, ScoringRule::Kind::Fit, {}, {}, when(condition), points, 0};
}

} // namespace

QString EngineDefaults::icpCondition() { return u"industry in (software, ecommerce, finance, telecom)"_s; }

RoutingTable EngineDefaults::routingTable()
{
    return RoutingTable{{
        {u"Enterprise software"_s, when(u"employees >= 200 and industry = software"_s), toTeam(u"AE Enterprise"_s)},
        {u"Mid-market Poland"_s, when(u"employees between 20 and 199 and country = PL"_s), toTeam(u"AE Mid-Market PL"_s)},
        // "SDR first, AE after discovery": the SDR team qualifies, the AE team takes SQL.
        {u"Outbound ICP"_s, when(u"source = outbound and "_s + icpCondition()), toTeam(u"SDR"_s, u"AE Mid-Market PL"_s, u"SQL"_s)},
        {u"Events"_s, when(u"source = event"_s), toTeam(u"SDR Events"_s)},
    }};
}

QList<RoutingTeam> EngineDefaults::teams()
{
    return {
        RoutingTeam{0, u"AE Enterprise"_s, AssignmentStrategy::LeastLoaded, u"industry"_s, {}, 0},
        RoutingTeam{0, u"AE Mid-Market PL"_s, AssignmentStrategy::RoundRobin, u"industry"_s, {}, 0},
        RoutingTeam{0, u"SDR"_s, AssignmentStrategy::RoundRobin, u"industry"_s, {}, 0},
        RoutingTeam{0, u"SDR Events"_s, AssignmentStrategy::Specialisation, u"industry"_s, {}, 0},
    };
}

ScoringModel EngineDefaults::scoringModel()
{
    ScoringModel model;
    model.rules = {
        behaviour(u"Demo request"_s, u"demo_request"_s, 30, 30),
        behaviour(u"Pricing page"_s, u"pricing_visit"_s, 15, 30),
        behaviour(u"Download"_s, u"download"_s, 10, 30),
        behaviour(u"Webinar"_s, u"webinar"_s, 10, 20),
        behaviour(u"E-mail click"_s, u"email_click"_s, 5, 15),
        fit(u"ICP industry"_s, icpCondition(), 20),
        fit(u"50–500 employees"_s, u"employees between 50 and 500"_s, 15),
        fit(u"Decision-maker role"_s,
            u"job_title in (CEO, CFO, COO, CTO) or job_title contains prezes or job_title contains dyrektor "
            "or job_title contains director or job_title contains head or job_title contains właściciel "
            "or job_title contains owner or job_title contains zarządu"_s,
            15),
        fit(u"Student"_s, u"job_title contains student"_s, -50),
        fit(u"Competitor"_s, u"industry = competitor"_s, -50),
    };
    model.decayPerIdleWeek = 0;
    model.handoffThreshold = 70;
    model.handoffStage = u"MQL"_s;
    return model;
}

QJsonObject EngineDefaults::configJson()
{
    QJsonArray teamList;
    for (const RoutingTeam &team : teams()) {
        QJsonObject t{{u"name"_s, team.name}, {u"strategy"_s, assignmentStrategyKey(team.strategy)}};
        if (team.strategy == AssignmentStrategy::Specialisation)
            t.insert(u"specialisation_field"_s, team.specialisationField);
        teamList.append(t);
    }
    return QJsonObject{{u"teams"_s, teamList},
                       {u"routing"_s, EngineConfigJson::routingToJson(routingTable())},
                       {u"scoring"_s, EngineConfigJson::scoringToJson(scoringModel())}};
}

} // namespace lejek
