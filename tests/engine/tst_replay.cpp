// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The replays, pure: a small past written out lead by lead, with who each lead would
// have gone to, when each would have been handed off, and the figures worked out by
// hand in the comments.
#include "RoutingReplay.h"
#include "ScoringReplay.h"

#include <QTest>

using namespace lejek;
using namespace Qt::Literals::StringLiterals;

namespace {

QDateTime at(int day, int hour) { return QDateTime(QDate(2026, 3, day), QTime(hour, 0), Qt::UTC); }

Facts factsOf(const QVariantMap &values, const QDateTime &when)
{
    Lead lead;
    lead.values = values;
    return FactSchema().factsOf(lead, u"New"_s, when, when.date());
}

TeamMember member(qint64 id, const QString &name, int capacity)
{
    TeamMember m;
    m.userId = id;
    m.name = name;
    m.capacity = capacity;
    m.openLeads = 99; // what the database holds today: a replay starts from nothing
    return m;
}

RoutingReplayLead routingLead(qint64 id, const QDateTime &created, const QVariantMap &values, qint64 actual,
                              const QDateTime &closed = {})
{
    return RoutingReplayLead{id, u"Lead %1"_s.arg(id), created, factsOf(values, created), actual, closed};
}

BehaviourEvent behaviour(const QString &type, const QDateTime &when) { return BehaviourEvent{type, {}, when}; }

ScoringModel model()
{
    ScoringModel m;
    m.rules = {
        {u"Demo request"_s, ScoringRule::Kind::Behaviour, u"demo_request"_s, {}, {}, 30, 0},
        {u"Pricing page"_s, ScoringRule::Kind::Behaviour, u"pricing_visit"_s, {}, {}, 15, 30},
        {u"E-mail click"_s, ScoringRule::Kind::Behaviour, u"email_click"_s, {}, {}, 5, 0},
        {u"ICP industry"_s, ScoringRule::Kind::Fit, {}, {}, *ConditionExpr::parse(u"industry = software"_s), 20, 0},
        {u"Size"_s, ScoringRule::Kind::Fit, {}, {}, *ConditionExpr::parse(u"employees between 50 and 500"_s), 15, 0},
        {u"Competitor"_s, ScoringRule::Kind::Fit, {}, {}, *ConditionExpr::parse(u"source = other"_s), -50, 0},
    };
    return m; // handoff: 70 points and a demo request or pricing visit
}

Scorer compiled(const ScoringModel &m)
{
    auto scorer = Scorer::compile(m, FactSchema());
    if (!scorer)
        qFatal("%s", qPrintable(scorer.error()));
    return *scorer;
}

ScoringReplayLead scoringLead(qint64 id, const QVariantMap &values, QList<BehaviourEvent> events, const QDateTime &converted)
{
    const QDateTime created = at(1, 8);
    return ScoringReplayLead{id, u"Lead %1"_s.arg(id), created, factsOf(values, created), std::move(events), converted};
}

const QVariantMap kIcp{{u"industry"_s, u"software"_s}, {u"employees"_s, 100}}; // fit 35

} // namespace

class TestReplay : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void routingReplaysInOrderWithLoadsAndCapacity()
    {
        // Row 1: 200+ employees → AE, least loaded (Anna 2 open at most, Bartek 1).
        // Row 2: Poland → SDR, round robin (Celina, then Dawid). Else: the manager's queue.
        RoutingTable table{{
            {u"Big"_s, *ConditionExpr::parse(u"employees >= 200"_s), RoutingAction{RoutingAction::Target::Team, {}, u"AE"_s, {}, {}}},
            {u"Poland"_s, *ConditionExpr::parse(u"country = PL"_s), RoutingAction{RoutingAction::Target::Team, {}, u"SDR"_s, {}, {}}},
        }};
        auto router = Router::compile(table, FactSchema());
        QVERIFY2(router, qPrintable(router.error()));
        RoutingRoster roster;
        roster.teams = {
            RoutingTeam{1, u"AE"_s, AssignmentStrategy::LeastLoaded, {}, {member(1, u"Anna"_s, 2), member(2, u"Bartek"_s, 1)}, 2},
            RoutingTeam{2, u"SDR"_s, AssignmentStrategy::RoundRobin, {}, {member(3, u"Celina"_s, 0), member(4, u"Dawid"_s, 0)}, 3},
        };
        for (const RoutingTeam &team : roster.teams)
            roster.users.append(team.members);
        const QVariantMap big{{u"employees"_s, 300}};
        const QVariantMap pl{{u"country"_s, u"PL"_s}};
        // Given out of order: the replay takes them as they came.
        const QList<RoutingReplayLead> leads{
            routingLead(7, at(2, 12), pl, 3),
            routingLead(1, at(1, 9), big, 1, at(1, 12)), // Anna 0/2, Bartek 0/1: a tie, the first → Anna; closed at 12:00
            routingLead(2, at(1, 10), big, 1),           // Anna 1/2, Bartek 0/1 → Bartek (who got it: Anna)
            routingLead(3, at(1, 13), big, 2),           // lead 1 closed: Anna 0/2, Bartek full → Anna (got it: Bartek)
            routingLead(4, at(2, 9), big, 1),            // Anna 1/2, Bartek full → Anna
            routingLead(5, at(2, 10), big, 1),           // both full → the queue (got it: Anna)
            routingLead(6, at(2, 11), pl, 3),            // SDR from its first member → Celina
            routingLead(8, at(2, 13), QVariantMap{{u"country"_s, u"DE"_s}}, 0), // no row → queue, as it went
        };                                               // lead 7 → Dawid (got it: Celina)
        const RoutingReplayReport report = RoutingReplay::run(*router, roster, leads);

        QList<qint64> order, replayed;
        for (const RoutingReplayRow &row : report.rows) {
            order.append(row.leadId);
            replayed.append(row.decision.userId);
        }
        QCOMPARE(order, (QList<qint64>{1, 2, 3, 4, 5, 6, 7, 8}));
        QCOMPARE(replayed, (QList<qint64>{1, 2, 1, 1, 0, 3, 4, 0}));
        QCOMPARE(report.rows.at(4).decision.outcome, RoutingDecision::Outcome::TeamAtCapacity);
        QCOMPARE(report.rows.at(7).decision.outcome, RoutingDecision::Outcome::NoRowMatched);
        QCOMPARE(report.rows.at(1).actualOwner, u"Anna"_s);
        QCOMPARE(report.sameOwner, 4); // leads 1, 4, 6 and 8
        QCOMPARE(report.toQueue, 2);   // leads 5 and 8

        // name: got, would have got
        QStringList loads;
        for (const RoutingReplayLoad &load : report.loads)
            loads.append(u"%1: %2 → %3"_s.arg(load.name).arg(load.actual).arg(load.replayed));
        QCOMPARE(loads, (QStringList{u"Anna: 4 → 3"_s, u"Bartek: 1 → 1"_s, u"Celina: 2 → 1"_s, u"Dawid: 0 → 1"_s,
                                     u"manager's queue: 1 → 2"_s}));
        QCOMPARE(report.loads.first().capacity, 2);
        // The roster passed in is the caller's: its loads and cursors are untouched.
        QCOMPARE(roster.teams.first().members.first().openLeads, 99);
        QCOMPARE(roster.teams.last().lastAssignedUserId, 3);
    }

    void scoringReplayFindsWhenEachLeadWouldBeHandedOff()
    {
        const Scorer scorer = compiled(model());
        const QList<ScoringReplayLead> leads{
            // fit 35; pricing 50, pricing 65, demo 95 ≥ 70 → handed off at the demo; converted later
            scoringLead(1, kIcp, {behaviour(u"demo_request"_s, at(4, 10)), behaviour(u"pricing_visit"_s, at(2, 10)),
                                  behaviour(u"pricing_visit"_s, at(3, 10))}, at(6, 9)),
            // fit 35 + demo 30 = 65: never; converted anyway
            scoringLead(2, kIcp, {behaviour(u"demo_request"_s, at(2, 10))}, at(5, 9)),
            // no fit; demo 30, pricing 15, 30, then capped at 30: 60 at most; never, not converted
            scoringLead(3, {{u"industry"_s, u"retail"_s}, {u"employees"_s, 10}},
                        {behaviour(u"demo_request"_s, at(2, 10)), behaviour(u"pricing_visit"_s, at(2, 11)),
                         behaviour(u"pricing_visit"_s, at(2, 12)), behaviour(u"pricing_visit"_s, at(2, 13))}, {}),
            // fit 35 + demo 30 = 65, then an e-mail click: 70 → handed off; not converted
            scoringLead(4, kIcp, {behaviour(u"demo_request"_s, at(2, 10)), behaviour(u"email_click"_s, at(3, 10))}, {}),
            // a competitor: 35 − 50 + 30 + 30 = 45: never, not converted
            scoringLead(5, {{u"industry"_s, u"software"_s}, {u"employees"_s, 100}, {u"source"_s, u"other"_s}},
                        {behaviour(u"demo_request"_s, at(2, 10)), behaviour(u"pricing_visit"_s, at(2, 11)),
                         behaviour(u"pricing_visit"_s, at(2, 12))}, {}),
            // a demo request and a pricing visit in one instant: 35 + 30 + 15 = 80 → handed off; converted
            scoringLead(6, kIcp, {behaviour(u"demo_request"_s, at(2, 10)), behaviour(u"pricing_visit"_s, at(2, 10))}, at(3, 9)),
            // fit alone, 35, no high intent: never; converted
            scoringLead(7, kIcp, {}, at(3, 9)),
        };
        const ScoringReplayReport report = ScoringReplay::run(scorer, leads);

        QList<QDateTime> handoffs;
        QList<int> scores;
        for (const ScoringReplayRow &row : report.rows) {
            handoffs.append(row.handoffAt);
            scores.append(row.score.total);
        }
        QCOMPARE(handoffs, (QList<QDateTime>{at(4, 10), {}, {}, at(3, 10), {}, at(2, 10), {}}));
        QCOMPARE(scores, (QList<int>{95, 65, 60, 70, 45, 80, 35}));
        QCOMPARE(report.rows.first().score.explain(), u"Demo request +30, Pricing page ×2 +30, ICP industry +20, Size +15"_s);
        QCOMPARE(report.leads, 7);
        QCOMPARE(report.handedOff, 3);             // leads 1, 4, 6
        QCOMPARE(report.converted, 4);             // leads 1, 2, 6, 7
        QCOMPARE(report.handedOffAndConverted, 2); // leads 1, 6
        QCOMPARE(*report.precision(), 2.0 / 3.0);
        QCOMPARE(*report.recall(), 0.5);
        QCOMPARE(*report.baseRate(), 4.0 / 7.0);
        QCOMPARE(*report.lift(), 7.0 / 6.0); // (2/3) / (4/7)
    }

    void scoringReplayOnPointsAloneAndWithNothingToJudge()
    {
        ScoringModel fitOnly = model();
        fitOnly.highIntentTypes.clear(); // hand off on points alone
        fitOnly.handoffThreshold = 35;
        const ScoringReplayReport report = ScoringReplay::run(compiled(fitOnly), {scoringLead(7, kIcp, {}, {})});
        QCOMPARE(report.rows.first().handoffAt, at(1, 8)); // at its creation
        QCOMPARE(report.handedOff, 1);
        QVERIFY(!report.recall()); // nothing converted: no recall, no lift
        QVERIFY(!report.lift());
        QCOMPARE(*report.precision(), 0.0);

        const ScoringReplayReport none = ScoringReplay::run(compiled(model()), {});
        QVERIFY(!none.precision());
        QVERIFY(!none.baseRate());
    }
};

QTEST_GUILESS_MAIN(TestReplay)
#include "tst_replay.moc"
