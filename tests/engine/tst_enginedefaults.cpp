// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
// DOMAIN.md's examples as the default configuration: they compile, and they do what
// DOMAIN.md says with leads worked out by hand.
#include "EngineDefaults.h"
#include "Router.h"
#include "Scorer.h"

#include <QTest>

using namespace lejek;
using namespace Qt::Literals::StringLiterals;

namespace {
const QDateTime kNow(QDate(2026, 6, 12), QTime(10, 0), Qt::UTC);

Facts lead(const QVariantMap &values)
{
    Lead l;
    l.values = values;
    return FactSchema().factsOf(l, u"New leads"_s, kNow, kNow.date());
}
} // namespace

class TestEngineDefaults : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void routeAsDomainSays()
    {
        const auto router = Router::compile(EngineDefaults::routingTable(), FactSchema());
        QVERIFY2(router, qPrintable(router ? QString() : router.error()));
        RoutingRoster roster;
        roster.teams = EngineDefaults::teams();
        QCOMPARE(roster.teams.size(), 4);
        const auto teamOf = [&](const QVariantMap &values) {
            RoutingRoster r = roster;
            return router->route(lead(values), r, kNow.date()).team;
        };
        QCOMPARE(teamOf({{u"employees"_s, 250}, {u"industry"_s, u"software"_s}}), u"AE Enterprise"_s);
        QCOMPARE(teamOf({{u"employees"_s, 20}, {u"country"_s, u"PL"_s}}), u"AE Mid-Market PL"_s);
        QCOMPARE(teamOf({{u"employees"_s, 10}, {u"source"_s, u"outbound"_s}, {u"industry"_s, u"finance"_s}}), u"SDR"_s);
        QCOMPARE(teamOf({{u"employees"_s, 10}, {u"source"_s, u"event"_s}, {u"country"_s, u"DE"_s}}), u"SDR Events"_s);
        QCOMPARE(teamOf({{u"employees"_s, 10}, {u"source"_s, u"seo"_s}}), QString());
        // Teams without members yet: the manager's queue, saying so.
        RoutingRoster r = roster;
        QCOMPARE(router->route(lead({{u"employees"_s, 20}, {u"country"_s, u"PL"_s}}), r, kNow.date()).outcome,
                 RoutingDecision::Outcome::NobodyAvailable);
    }

    void scoreAsDomainSays()
    {
        const auto scorer = Scorer::compile(EngineDefaults::scoringModel(), FactSchema());
        QVERIFY2(scorer, qPrintable(scorer ? QString() : scorer.error()));
        QCOMPARE(scorer->model().handoffThreshold, 70);
        QCOMPARE(scorer->model().handoffStage, u"MQL"_s);
        // ICP industry 20 + 50-500 employees 15 + a CEO 15 = 50; a demo request 30: 80.
        const Facts ceo = lead({{u"industry"_s, u"Software"_s}, {u"employees"_s, 80}, {u"job_title"_s, u"CEO"_s}});
        const Score demo = scorer->score(ceo, {BehaviourEvent{u"demo_request"_s, {}, kNow}}, {});
        QCOMPARE(demo.total, 80);
        QVERIFY(scorer->meetsHandoff(demo));
        // Polish titles count as decision makers too: "Dyrektor sprzedaży" 15, "Prezes Zarządu" 15.
        QCOMPARE(scorer->score(lead({{u"job_title"_s, u"Dyrektor sprzedaży"_s}}), {}, {}).total, 15);
        QCOMPARE(scorer->score(lead({{u"job_title"_s, u"Prezes Zarządu"_s}}), {}, {}).total, 15);
        // A student: -50; three webinars cap at 20.
        QCOMPARE(scorer->score(lead({{u"job_title"_s, u"Student"_s}}), {}, {}).total, -50);
        const BehaviourEvent webinar{u"webinar"_s, {}, kNow};
        QCOMPARE(scorer->score(lead({}), {webinar, webinar, webinar}, {}).total, 20);
    }

    void slasAsDomainSays()
    {
        QCOMPARE(EngineDefaults::slaPolicy().firstContactMinutes, 15);
        QCOMPARE(EngineDefaults::slaPolicy().decisionMinutes, 2 * 8 * 60);
    }
};

QTEST_APPLESS_MAIN(TestEngineDefaults)
#include "tst_enginedefaults.moc"
