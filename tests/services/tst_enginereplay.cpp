// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The replay, on SQLite and on a real PostgreSQL server: a small past made through the
// services (owners given and changed by hand, behaviour events, moves that skip, park
// and lose), replayed through a proposed routing table and scoring model. Who would
// have got each lead, when each would have been handed off, and the precision, recall
// and lift are worked out by hand in the comments. Nothing is written.
#include "Await.h"
#include "EngineConfigJson.h"
#include "EngineConfigRepository.h"
#include "LocalBackend.h"
#include "TestDatabase.h"

#include <QTest>

using namespace lejek;
using namespace lejek::test;
using namespace Qt::Literals::StringLiterals;

namespace {

// Round robin over "AE Mid-Market PL" for Polish leads; the rest to the manager's queue.
const QJsonObject kRouting{{u"routing"_s, QJsonArray{QJsonObject{{u"name"_s, u"Poland"_s}, {u"when"_s, u"country = PL"_s},
                                                                 {u"team"_s, u"AE Mid-Market PL"_s}}}}};
// A demo request +30, software +40; handoff at 70 with a demo request, to MQL.
const QJsonObject kScoring{{u"scoring"_s, QJsonObject{{u"handoff"_s, QJsonObject{{u"threshold"_s, 70}, {u"stage"_s, u"MQL"_s}}},
                                                      {u"rules"_s, QJsonArray{
                                                                       QJsonObject{{u"name"_s, u"Demo request"_s}, {u"event"_s, u"demo_request"_s}, {u"points"_s, 30}},
                                                                       QJsonObject{{u"name"_s, u"Software"_s}, {u"when"_s, u"industry = software"_s}, {u"points"_s, 40}},
                                                                   }}}}};

} // namespace

class TestEngineReplay : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<LocalBackend> m_backend;
    Pipeline m_pipeline;
    User m_anna, m_piotr, m_marta;
    const QDateTime m_start = QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC); // a Monday
    QDateTime m_now = m_start;

    QVariant scalar(const QString &sql)
    {
        auto v = await(m_backend->store().run([sql](Database &db) { return db.scalar(sql); }));
        return v ? *v : QVariant(u"error: "_s + v.error().message);
    }
    User user(const QString &name, const QString &team)
    {
        auto u = await(m_backend->pipelines().createUser(Principal::owner(), User{0, name, name.toLower().left(4) + u"@firma.pl"_s, 0,
                                                                                 team, u"rep"_s, true}));
        if (!u)
            qFatal("%s", qPrintable(u.error().message));
        return *u;
    }
    // A lead with every field the later stages require, created at m_now.
    qint64 create(const QString &company, const QString &country, const QString &industry, const QString &owner = {})
    {
        FieldInput fields{{u"company"_s, company},  {u"country"_s, country},     {u"industry"_s, industry},
                          {u"employees"_s, u"50"_s}, {u"job_title"_s, u"CEO"_s}, {u"pains"_s, u"Leads lost"_s},
                          {u"value"_s, u"1000"_s},   {u"website"_s, company + u".pl"_s}};
        if (!owner.isEmpty())
            fields.insert(u"owner"_s, owner);
        auto lead = await(m_backend->leads().createLead(Principal::owner(), NewLead{m_pipeline.id, {}, fields, {}, 0}));
        if (!lead)
            qFatal("%s", qPrintable(lead.error().message));
        return lead->id;
    }
    void setOwner(qint64 leadId, const QString &owner)
    {
        auto r = await(m_backend->leads().updateLead(Principal::owner(), LeadEdit{leadId, 0, {{u"owner"_s, owner}}, {}}));
        QVERIFY2(r.has_value(), qPrintable(r ? QString() : r.error().message));
    }
    void move(qint64 leadId, const QString &stage, const FieldInput &fields = {})
    {
        auto r = await(m_backend->leads().moveLeads(Principal::owner(), MoveRequest{{leadId}, m_pipeline.stageByName(stage)->id, fields, {}, {}, {}}));
        QVERIFY2(r.has_value(), qPrintable(r ? QString() : r.error().message));
    }
    void demoRequest(const QString &company, const QDateTime &at)
    {
        // Matched by the company's web domain, which each lead of this test has.
        BehaviourEventRequest event{m_pipeline.id, {}, {}, company + u".pl"_s, u"demo_request"_s, {}, at, {}};
        auto r = await(m_backend->leads().recordEvents(Principal::owner(), {event}));
        QVERIFY2(r.has_value() && !r->first().createdLead, qPrintable(r ? u"a new lead"_s : r.error().message));
    }
    void later(int hours) { m_now = m_now.addSecs(hours * 3600); }
    QString counts()
    {
        return scalar(u"SELECT (SELECT COUNT(*) FROM activities) || ' ' || (SELECT COUNT(*) FROM owner_changes) || ' ' || "
                      "(SELECT COUNT(*) FROM stage_changes) || ' ' || (SELECT COALESCE(SUM(last_assigned_user_id), 0) FROM teams)"_s)
            .toString();
    }

private Q_SLOTS:
    void initTestCase_data() { addBackendRows(); }

    void init()
    {
        QFETCH_GLOBAL(TestDatabase::Kind, kind);
        m_db = std::make_unique<TestDatabase>(kind);
        QString why;
        if (!m_db->isAvailable(&why))
            QSKIP(qPrintable(why));
        m_now = m_start;
        m_backend = std::make_unique<LocalBackend>(m_db->settings(), [this] { return m_now; });
        auto opened = await(m_backend->open());
        QVERIFY2(opened.has_value(), qPrintable(opened ? QString() : opened.error().message));
        auto pipeline = await(m_backend->pipelines().createFromTemplate(Principal::owner(), u"b2b"_s, {}));
        QVERIFY(pipeline.has_value());
        m_pipeline = *pipeline;
        m_anna = user(u"Anna Nowak"_s, u"AE Mid-Market PL"_s); // the team's members by id: Anna, then Piotr
        m_piotr = user(u"Piotr Zieliński"_s, u"AE Mid-Market PL"_s);
        m_marta = user(u"Marta Wójcik"_s, u"SDR"_s);
    }

    void cleanup()
    {
        m_backend.reset(); // before its database is dropped
        m_db.reset();
    }

    void routingReplayAgainstWhoGotEachLead()
    {
        const qint64 l4 = create(u"czwarty"_s, u"PL"_s, u"retail"_s, u"Anna Nowak"_s); // the day before
        later(24);
        const qint64 l1 = create(u"pierwszy"_s, u"PL"_s, u"retail"_s, u"Marta Wójcik"_s);
        later(1);
        const qint64 l2 = create(u"drugi"_s, u"PL"_s, u"retail"_s); // nobody's, then Piotr's, then Anna's
        later(1);
        setOwner(l2, u"Piotr Zieliński"_s);
        later(1);
        setOwner(l2, u"Anna Nowak"_s);
        const qint64 l3 = create(u"trzeci"_s, u"DE"_s, u"retail"_s, u"Anna Nowak"_s);
        const QString before = counts();

        // Every lead: L4 → Anna (the team's first), L1 → Piotr, L2 → Anna, L3 → no row, the queue.
        // Who got them first: Anna, Marta, Piotr (L2's first owner), Anna. The same: L4 only.
        ReplayRequest request{m_pipeline.id, {}, kRouting, {}};
        auto report = await(m_backend->pipelines().replayRouting(Principal::owner(), request));
        QVERIFY2(report.has_value(), qPrintable(report ? QString() : report.error().message));
        QList<qint64> order, replayed, actual;
        for (const RoutingReplayRow &row : report->rows) {
            order.append(row.leadId);
            replayed.append(row.decision.userId);
            actual.append(row.actualOwnerId);
        }
        QCOMPARE(order, (QList<qint64>{l4, l1, l2, l3}));
        QCOMPARE(replayed, (QList<qint64>{m_anna.id, m_piotr.id, m_anna.id, 0}));
        QCOMPARE(actual, (QList<qint64>{m_anna.id, m_marta.id, m_piotr.id, m_anna.id}));
        QCOMPARE(report->sameOwner, 1);
        QCOMPARE(report->toQueue, 1);
        QStringList loads;
        for (const RoutingReplayLoad &load : report->loads)
            loads.append(u"%1: %2 → %3"_s.arg(load.name).arg(load.actual).arg(load.replayed));
        QCOMPARE(loads, (QStringList{u"Anna Nowak: 2 → 2"_s, u"Marta Wójcik: 1 → 0"_s, u"Piotr Zieliński: 1 → 1"_s,
                                     u"manager's queue: 0 → 1"_s}));
        QVERIFY2(report->rows.at(1).decision.reason().contains(u"round robin → Piotr Zieliński"_s),
                 qPrintable(report->rows.at(1).decision.reason()));

        // Since the second day: L1 → Anna, L2 → Piotr (who got it first: the same), L3 → the queue.
        request.since = m_start.date().addDays(1);
        report = await(m_backend->pipelines().replayRouting(Principal::owner(), request));
        QVERIFY(report.has_value());
        replayed.clear();
        for (const RoutingReplayRow &row : report->rows)
            replayed.append(row.decision.userId);
        QCOMPARE(replayed, (QList<qint64>{m_anna.id, m_piotr.id, 0}));
        QCOMPARE(report->sameOwner, 1);

        QCOMPARE(counts(), before); // no history, owner change or cursor written
    }

    void scoringReplayAgainstWhatConverted()
    {
        const qint64 s1 = create(u"jeden"_s, u"PL"_s, u"software"_s);
        const qint64 s2 = create(u"dwa"_s, u"PL"_s, u"software"_s);
        const qint64 s3 = create(u"trzy"_s, u"PL"_s, u"retail"_s);
        const qint64 s4 = create(u"cztery"_s, u"PL"_s, u"software"_s);
        const qint64 s5 = create(u"piec"_s, u"PL"_s, u"retail"_s);
        const QDateTime t1 = m_now.addSecs(3600);
        later(2);
        demoRequest(u"jeden"_s, t1); // 40 + 30 = 70 with a demo request: handed off at t1
        demoRequest(u"trzy"_s, t1);  // 30: never (the same instant as s1's, another company's: another event)
        demoRequest(u"cztery"_s, m_now); // 70: handed off now
        later(24);
        move(s1, u"SQL"_s);         // converted
        move(s2, u"Opportunity"_s); // skipped SQL and went past it: converted
        move(s3, u"Follow-up"_s);   // parked: does not advance
        move(s4, u"Lost"_s, {{u"lost_reason"_s, u"price"_s}});
        const QDateTime converted = m_now;
        const QString before = counts();

        // Handed off: s1, s4. Converted: s1, s2. Both: s1. Of 5 leads.
        // Precision 1/2, recall 1/2, base rate 2/5, lift (1/2)/(2/5) = 1.25.
        ReplayRequest request{m_pipeline.id, {}, kScoring, {}};
        auto report = await(m_backend->pipelines().replayScoring(Principal::owner(), request));
        QVERIFY2(report.has_value(), qPrintable(report ? QString() : report.error().message));
        QCOMPARE(report->convertedStage, u"SQL"_s);
        QCOMPARE(report->leads, 5);
        QCOMPARE(report->handedOff, 2);
        QCOMPARE(report->converted, 2);
        QCOMPARE(report->handedOffAndConverted, 1);
        QCOMPARE(*report->precision(), 0.5);
        QCOMPARE(*report->recall(), 0.5);
        QCOMPARE(*report->lift(), 1.25);
        QHash<qint64, ScoringReplayRow> rows;
        for (const ScoringReplayRow &row : report->rows)
            rows.insert(row.leadId, row);
        QCOMPARE(rows.value(s1).handoffAt, t1);
        QCOMPARE(rows.value(s1).convertedAt, converted);
        QCOMPARE(rows.value(s1).score.explain(), u"Demo request +30, Software +40"_s);
        QCOMPARE(rows.value(s4).handoffAt, converted.addSecs(-24 * 3600));
        QCOMPARE(rows.value(s2).convertedAt, converted);
        QVERIFY(!rows.value(s3).converted());
        QCOMPARE(rows.value(s3).score.total, 30);
        QVERIFY(!rows.value(s5).handedOff());

        // Converted as reaching Won: nobody did; nothing to recall.
        request.convertedStage = u"Won"_s;
        report = await(m_backend->pipelines().replayScoring(Principal::owner(), request));
        QVERIFY(report.has_value());
        QCOMPARE(report->converted, 0);
        QVERIFY(!report->recall());
        QCOMPARE(counts(), before);
    }

    void refusedWithTheReason()
    {
        // Nothing in force and nothing proposed.
        auto routing = await(m_backend->pipelines().replayRouting(Principal::owner(), ReplayRequest{m_pipeline.id, {}, {}, {}}));
        QVERIFY(!routing);
        QCOMPARE(routing.error().message, u"the pipeline B2B funnel has no routing table to replay: save one, or replay a proposed one"_s);
        // A proposed table checked as saving it would be.
        const QJsonObject bad{{u"routing"_s, QJsonArray{QJsonObject{{u"when"_s, u"country = PL"_s}, {u"team"_s, u"AE Enterprize"_s}}}}};
        routing = await(m_backend->pipelines().replayRouting(Principal::owner(), ReplayRequest{m_pipeline.id, {}, bad, {}}));
        QVERIFY(!routing);
        QCOMPARE(routing.error().message, u"routing row 1: unknown team \"AE Enterprize\""_s);
        // A parked stage is not a conversion.
        auto scoring = await(m_backend->pipelines().replayScoring(Principal::owner(),
                                                                  ReplayRequest{m_pipeline.id, {}, kScoring, u"Follow-up"_s}));
        QVERIFY(!scoring);
        QVERIFY2(scoring.error().message.contains(u"cannot count as converted"_s), qPrintable(scoring.error().message));
        // Only an admin replays: it reads every lead of the pipeline.
        scoring = await(m_backend->pipelines().replayScoring(Principal::of(m_marta), ReplayRequest{m_pipeline.id, {}, kScoring, {}}));
        QVERIFY(!scoring);
        QCOMPARE(scoring.error().code, Error::Code::Forbidden);
    }

    void replayOfTheTableInForceAgreesWithTheEngine()
    {
        // Routed live by the engine, then replayed through the same table: the same owners.
        auto saved = await(m_backend->pipelines().saveEngineConfig(Principal::owner(), m_pipeline.id, kRouting));
        QVERIFY2(saved.has_value(), qPrintable(saved ? QString() : saved.error().message));
        for (int i = 0; i < 5; ++i) {
            create(u"firma%1"_s.arg(i), i == 3 ? u"DE"_s : u"PL"_s, u"retail"_s);
            later(1);
        }
        auto report = await(m_backend->pipelines().replayRouting(Principal::owner(), ReplayRequest{m_pipeline.id, {}, {}, {}}));
        QVERIFY2(report.has_value(), qPrintable(report ? QString() : report.error().message));
        QCOMPARE(report->rows.size(), 5);
        QCOMPARE(report->sameOwner, 5);
        QCOMPARE(report->toQueue, 1);
    }
};

QTEST_GUILESS_MAIN(TestEngineReplay)
#include "tst_enginereplay.moc"
