// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Routing, pure: DOMAIN.md's table, each strategy with its expected picks written out
// by hand, out-of-office and inactive users skipped, and the manager's queue.
#include "Router.h"

#include <QTest>

using namespace lejek;
using namespace Qt::Literals::StringLiterals;

Q_DECLARE_METATYPE(lejek::RoutingTable)

namespace {

const QDate kToday(2026, 6, 12);

ConditionExpr when(const QString &text) { return *ConditionExpr::parse(text); }

RoutingAction toTeam(const QString &team, const QString &laterTeam = {}, const QString &laterStage = {})
{
    return RoutingAction{RoutingAction::Target::Team, {}, team, laterTeam, laterStage};
}

// DOMAIN.md's routing table.
RoutingTable domainTable()
{
    return RoutingTable{{
        {u"Enterprise"_s, when(u"employees >= 200 and industry = software"_s), toTeam(u"AE Enterprise"_s)},
        {u"Mid-market PL"_s, when(u"employees between 20 and 199 and country = PL"_s), toTeam(u"AE Mid-Market PL"_s)},
        {u"Outbound ICP"_s, when(u"source = outbound and industry in (software, it)"_s), toTeam(u"SDR"_s, u"AE Mid-Market PL"_s, u"SQL"_s)},
        {u"Events"_s, when(u"source = event"_s), toTeam(u"SDR Events"_s)},
    }};
}

TeamMember member(qint64 id, const QString &name, int capacity = 0, int open = 0, QStringList specialisations = {})
{
    TeamMember m;
    m.userId = id;
    m.name = name;
    m.capacity = capacity;
    m.openLeads = open;
    m.specialisations = std::move(specialisations);
    return m;
}

RoutingRoster roster()
{
    RoutingRoster r;
    r.teams = {
        RoutingTeam{1, u"AE Enterprise"_s, AssignmentStrategy::LeastLoaded, {},
                    {member(10, u"Jan Kowalski"_s, 40, 12), member(11, u"Ewa Lis"_s, 20, 5), member(12, u"Olga Wróbel"_s, 10, 10)}, 0},
        RoutingTeam{2, u"AE Mid-Market PL"_s, AssignmentStrategy::RoundRobin, {},
                    {member(22, u"Anna Nowak"_s), member(20, u"Piotr Zieliński"_s), member(21, u"Marta Wójcik"_s)}, 0},
        RoutingTeam{3, u"SDR"_s, AssignmentStrategy::RoundRobin, {}, {member(30, u"Kamil Pawłowski"_s)}, 0},
        RoutingTeam{4, u"SDR Events"_s, AssignmentStrategy::Specialisation, u"industry"_s,
                    {member(40, u"Iga Software"_s, 0, 0, {u"software"_s}), member(41, u"Leon Retail"_s, 0, 0, {u"retail"_s, u"fmcg"_s}),
                     member(42, u"Ola Retail"_s, 0, 0, {u"Retail"_s})},
                    0},
    };
    for (const RoutingTeam &team : r.teams)
        r.users.append(team.members);
    return r;
}

Facts lead(const QVariantMap &values)
{
    Lead l;
    l.values = values;
    return FactSchema().factsOf(l, u"New"_s, QDateTime(kToday, QTime(10, 0), Qt::UTC), kToday);
}

Router compiled(const RoutingTable &table)
{
    auto router = Router::compile(table, FactSchema());
    if (!router)
        qFatal("%s", qPrintable(router.error()));
    return *router;
}

} // namespace

class TestRouter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void firstMatchingRowWins_data()
    {
        QTest::addColumn<QVariantMap>("values");
        QTest::addColumn<int>("row");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("reason");
        // Matches rows 1 and 3: row 1 wins. Least loaded: Jan 12/40 = 0.30, Ewa 5/20 = 0.25, Olga full.
        QTest::newRow("enterprise") << QVariantMap{{u"employees"_s, 500}, {u"industry"_s, u"software"_s}, {u"source"_s, u"outbound"_s}}
                                    << 1 << u"Ewa Lis"_s
                                    << u"routed by row 1: employees >= 200 and industry = software → AE Enterprise, least loaded (5 of 20 open) → Ewa Lis"_s;
        // Round robin from a fresh cursor: the lowest user id first.
        QTest::newRow("mid-market") << QVariantMap{{u"employees"_s, 50}, {u"country"_s, u"PL"_s}} << 2 << u"Piotr Zieliński"_s
                                    << u"routed by row 2: employees between 20 and 199 and country = PL → AE Mid-Market PL, round robin → Piotr Zieliński"_s;
        QTest::newRow("events, specialist") << QVariantMap{{u"source"_s, u"event"_s}, {u"industry"_s, u"software"_s}} << 4 << u"Iga Software"_s
                                            << u"routed by row 4: source = event → SDR Events, specialised in software → Iga Software"_s;
        QTest::newRow("no match") << QVariantMap{{u"employees"_s, 5}, {u"country"_s, u"DE"_s}} << 0 << QString()
                                  << u"no routing row matched → the manager's queue"_s;
        // 200 employees in retail misses row 1 and row 2 (20-199).
        QTest::newRow("edge of between") << QVariantMap{{u"employees"_s, 200}, {u"industry"_s, u"retail"_s}, {u"country"_s, u"PL"_s}}
                                         << 0 << QString() << u"no routing row matched → the manager's queue"_s;
    }
    void firstMatchingRowWins()
    {
        QFETCH(QVariantMap, values);
        QFETCH(int, row);
        QFETCH(QString, user);
        QFETCH(QString, reason);
        RoutingRoster r = roster();
        const RoutingDecision decision = compiled(domainTable()).route(lead(values), r, kToday);
        QCOMPARE(decision.row, row);
        QCOMPARE(decision.user, user);
        QCOMPARE(decision.userId == 0, user.isEmpty());
        QCOMPARE(decision.reason(), reason);
    }

    void roundRobinTakesTurnsAndSkipsTheAbsent()
    {
        RoutingRoster r = roster();
        RoutingTeam *team = r.team(u"ae mid-market pl"_s);
        // Marta (21) is away 10-14 June; Anna (22) from the 13th, so she is in today.
        for (TeamMember &m : team->members) {
            if (m.userId == 21) {
                m.awayFrom = QDate(2026, 6, 10);
                m.awayUntil = QDate(2026, 6, 14);
            }
            if (m.userId == 22) {
                m.awayFrom = QDate(2026, 6, 13);
                m.awayUntil = QDate(2026, 6, 20);
            }
        }
        const Router router = compiled(domainTable());
        const Facts midMarket = lead({{u"employees"_s, 50}, {u"country"_s, u"PL"_s}});
        QStringList picks;
        for (int i = 0; i < 5; ++i)
            picks.append(router.route(midMarket, r, kToday).user);
        QCOMPARE(picks, (QStringList{u"Piotr Zieliński"_s, u"Anna Nowak"_s, u"Piotr Zieliński"_s, u"Anna Nowak"_s, u"Piotr Zieliński"_s}));
        // Tomorrow Anna is away too: Piotr alone. On the 15th Marta is back, and her turn
        // comes after Piotr's (ids 20, 21, 22).
        QCOMPARE(router.route(midMarket, r, kToday.addDays(1)).user, u"Piotr Zieliński"_s);
        QCOMPARE(router.route(midMarket, r, QDate(2026, 6, 15)).user, u"Marta Wójcik"_s);
        // Deactivated: skipped like the absent.
        for (TeamMember &m : r.team(u"AE Mid-Market PL"_s)->members)
            m.active = m.userId != 20;
        QCOMPARE(router.route(midMarket, r, QDate(2026, 6, 22)).user, u"Anna Nowak"_s);
        QCOMPARE(router.route(midMarket, r, QDate(2026, 6, 22)).user, u"Marta Wójcik"_s);
        // Nobody left: the manager's queue, saying why.
        for (TeamMember &m : r.team(u"AE Mid-Market PL"_s)->members)
            m.active = false;
        const RoutingDecision none = router.route(midMarket, r, kToday);
        QCOMPARE(none.userId, 0);
        QCOMPARE(none.row, 2);
        QVERIFY2(none.reason().endsWith(u"AE Mid-Market PL, nobody available (out of office or inactive) → the manager's queue"_s),
                 qPrintable(none.reason()));
    }

    void roundRobinContinuesFromTheStoredCursor()
    {
        // What a restart sees: a roster read anew, with the cursor the database kept.
        const Router router = compiled(domainTable());
        const Facts midMarket = lead({{u"employees"_s, 50}, {u"country"_s, u"PL"_s}});
        RoutingRoster before = roster();
        QCOMPARE(router.route(midMarket, before, kToday).user, u"Piotr Zieliński"_s);
        QCOMPARE(router.route(midMarket, before, kToday).user, u"Marta Wójcik"_s);
        RoutingRoster after = roster();
        after.team(u"AE Mid-Market PL"_s)->lastAssignedUserId = before.team(u"AE Mid-Market PL"_s)->lastAssignedUserId;
        QCOMPARE(router.route(midMarket, after, kToday).user, u"Anna Nowak"_s);
        QCOMPARE(router.route(midMarket, after, kToday).user, u"Piotr Zieliński"_s);
    }

    void leastLoadedFillsByShareOfCapacity()
    {
        const Router router = compiled(domainTable());
        const Facts enterprise = lead({{u"employees"_s, 500}, {u"industry"_s, u"software"_s}});
        RoutingRoster r = roster();
        // Jan 12/40, Ewa 5/20, Olga 10/10 (full, never asked). Each pick to the lowest share:
        QStringList picks;
        for (int i = 0; i < 4; ++i)
            picks.append(router.route(enterprise, r, kToday).user);
        // 1: Ewa (.25). 2: Jan .30 vs Ewa .30, tie: after the cursor (11) none, wrap -> Jan.
        // 3: Jan 13/40=.325 vs Ewa .30 -> Ewa. 4: Jan .325 vs Ewa 7/20=.35 -> Jan.
        QCOMPARE(picks, (QStringList{u"Ewa Lis"_s, u"Jan Kowalski"_s, u"Ewa Lis"_s, u"Jan Kowalski"_s}));
        QCOMPARE(r.team(u"AE Enterprise"_s)->members.at(0).openLeads, 14);
        QCOMPARE(r.team(u"AE Enterprise"_s)->members.at(1).openLeads, 7);
        // Everyone at capacity: the manager's queue.
        for (TeamMember &m : r.team(u"AE Enterprise"_s)->members)
            m.openLeads = m.capacity;
        const RoutingDecision full = router.route(enterprise, r, kToday);
        QCOMPARE(full.userId, 0);
        QVERIFY2(full.reason().endsWith(u"every available member at capacity → the manager's queue"_s), qPrintable(full.reason()));
    }

    void specialisationFallsBackToTurns()
    {
        const Router router = compiled(domainTable());
        RoutingRoster r = roster();
        const Facts retail = lead({{u"source"_s, u"event"_s}, {u"industry"_s, u"RETAIL"_s}});
        // Two retail specialists take turns; the software one is never asked.
        QCOMPARE(router.route(retail, r, kToday).user, u"Leon Retail"_s);
        QCOMPARE(router.route(retail, r, kToday).user, u"Ola Retail"_s);
        QCOMPARE(router.route(retail, r, kToday).user, u"Leon Retail"_s);
        // Nobody knows mining: the whole team in turn (after Leon, 41, comes Ola, 42).
        const RoutingDecision mining = router.route(lead({{u"source"_s, u"event"_s}, {u"industry"_s, u"mining"_s}}), r, kToday);
        QCOMPARE(mining.user, u"Ola Retail"_s);
        QVERIFY2(mining.reason().contains(u"no specialist in mining, round robin"_s), qPrintable(mining.reason()));
        // No industry at all: said so.
        const RoutingDecision unknown = router.route(lead({{u"source"_s, u"event"_s}}), r, kToday);
        QVERIFY2(unknown.reason().contains(u"no industry to specialise by"_s), qPrintable(unknown.reason()));
    }

    void sdrFirstAeAfterDiscovery()
    {
        const Router router = compiled(domainTable());
        RoutingRoster r = roster();
        const Facts outbound = lead({{u"source"_s, u"outbound"_s}, {u"industry"_s, u"it"_s}, {u"employees"_s, 10}});
        const RoutingDecision now = router.route(outbound, r, kToday);
        QCOMPARE(now.row, 3);
        QCOMPARE(now.user, u"Kamil Pawłowski"_s);
        QCOMPARE(now.laterTeam, u"AE Mid-Market PL"_s);
        QCOMPARE(now.laterStage, u"SQL"_s);
        // Entering SQL hands it to the AE team; entering another stage changes nothing.
        QCOMPARE(router.routeAtStage(outbound, u"MQL"_s, r, kToday).row, 0);
        const RoutingDecision later = router.routeAtStage(outbound, u"sql"_s, r, kToday);
        QCOMPARE(later.row, 3);
        QCOMPARE(later.team, u"AE Mid-Market PL"_s);
        QCOMPARE(later.user, u"Piotr Zieliński"_s);
    }

    void aRowMayNameOneUser()
    {
        RoutingTable table{{{u"VIP"_s, when(u"company = Orlen"_s), RoutingAction{RoutingAction::Target::User, u"anna.nowak@lejek.test"_s, {}, {}, {}}},
                            {u"Rest"_s, {}, RoutingAction{}}}};
        RoutingRoster r = roster();
        r.users[3].email = u"anna.nowak@lejek.test"_s; // Anna Nowak (22)
        QCOMPARE(r.users[3].userId, 22);
        const Router router = compiled(table);
        QCOMPARE(router.route(lead({{u"company"_s, u"orlen"_s}}), r, kToday).user, u"Anna Nowak"_s);
        r.users[3].awayFrom = kToday;
        const RoutingDecision away = router.route(lead({{u"company"_s, u"orlen"_s}}), r, kToday);
        QCOMPARE(away.userId, 0);
        QCOMPARE(away.reason(), u"routed by row 1: company = Orlen → Anna Nowak, out of office → the manager's queue"_s);
        // A row with no condition matches everything; its action may be the queue itself.
        const RoutingDecision rest = router.route(lead({{u"company"_s, u"Other"_s}}), r, kToday);
        QCOMPARE(rest.row, 2);
        QCOMPARE(rest.reason(), u"routed by row 2 → the manager's queue"_s);
    }

    void refusesABadTable_data()
    {
        QTest::addColumn<RoutingTable>("table");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown field") << RoutingTable{{RoutingRow{{}, {}, toTeam(u"SDR"_s)}, RoutingRow{{}, when(u"industy = it"_s), toTeam(u"SDR"_s)}}}
                                       << u"routing row 2: unknown field \"industy\""_s;
        QTest::newRow("no team") << RoutingTable{{RoutingRow{{}, {}, toTeam(QString())}}} << u"routing row 1: the action names no user or team"_s;
        QTest::newRow("later team, no stage") << RoutingTable{{RoutingRow{{}, {}, toTeam(u"SDR"_s, u"AE"_s)}}}
                                              << u"routing row 1: a later team needs the stage"_s;
    }
    void refusesABadTable()
    {
        QFETCH(RoutingTable, table);
        QFETCH(QString, message);
        const auto router = Router::compile(table, FactSchema());
        QVERIFY(!router);
        QVERIFY2(router.error().startsWith(message), qPrintable(router.error()));
    }
};

QTEST_APPLESS_MAIN(TestRouter)
#include "tst_router.moc"
