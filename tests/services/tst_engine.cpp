// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Engine I inside the writes, on SQLite and on a real PostgreSQL server: a lead created
// is routed by the table (round robin fair across a restart of the backend), scored,
// handed off to MQL when its score crosses 70 with a demo request, and given SLA due
// times in working minutes; each decision is on its timeline; a manager's hand wins.
// Expected owners, scores and times are worked out by hand in the comments.
#include "Await.h"
#include "ChangeNotifier.h"
#include "EngineConfigJson.h"
#include "EngineConfigRepository.h"
#include "EngineDefaults.h"
#include "EngineValueRepository.h"
#include "LocalBackend.h"
#include "TestDatabase.h"

#include <QSignalSpy>
#include <QTest>

using namespace lejek;
using namespace lejek::test;
using namespace Qt::Literals::StringLiterals;

class TestEngine : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<LocalBackend> m_backend;
    Pipeline m_pipeline;
    User m_anna, m_piotr, m_marta, m_manager;
    // Monday 2 March 2026, 11:00 in Warsaw (UTC+1).
    QDateTime m_now = QDateTime(QDate(2026, 3, 2), QTime(10, 0), Qt::UTC);

    void openBackend()
    {
        m_backend = std::make_unique<LocalBackend>(m_db->settings(), [this] { return m_now; });
        auto opened = await(m_backend->open());
        QVERIFY2(opened.has_value(), qPrintable(opened ? QString() : opened.error().message));
    }
    QVariant scalar(const QString &sql, const QVariantList &values = {})
    {
        auto v = await(m_backend->store().run([sql, values](Database &db) { return db.scalar(sql, values); }));
        return v ? *v : QVariant(u"error: "_s + v.error().message);
    }
    void exec(const QString &sql, const QVariantList &values = {})
    {
        auto r = await(m_backend->store().run([sql, values](Database &db) -> Result<void> {
            auto q = db.exec(sql, values);
            if (!q)
                return std::unexpected(q.error());
            return ok();
        }));
        QVERIFY2(r.has_value(), qPrintable(r ? QString() : r.error().message));
    }
    void saveConfig(const QString &kind, const QJsonValue &body)
    {
        auto r = await(m_backend->store().run([this, kind, body](Database &db) {
            return EngineConfigRepository(db).save(m_pipeline.id, kind, body, m_now, 0);
        }));
        QVERIFY2(r.has_value(), qPrintable(r ? QString() : r.error().message));
    }
    EngineValueRepository::Values engine(qint64 leadId)
    {
        auto v = await(m_backend->store().run([leadId](Database &db) { return EngineValueRepository(db).read(leadId); }));
        return v ? *v : EngineValueRepository::Values{};
    }
    User user(const QString &name, const QString &email, const QString &team, const QString &role = u"rep"_s)
    {
        auto u = await(m_backend->pipelines().createUser(Principal::owner(), User{0, name, email, 0, team, role, true}));
        if (!u)
            qFatal("%s", qPrintable(u.error().message));
        return *u;
    }
    Lead create(const FieldInput &fields, const Principal &by = Principal::owner())
    {
        auto lead = await(m_backend->leads().createLead(by, NewLead{m_pipeline.id, {}, fields, {}}));
        if (!lead)
            qFatal("%s", qPrintable(lead.error().message));
        return *lead;
    }
    Lead load(qint64 id)
    {
        auto lead = await(m_backend->leads().lead(Principal::owner(), id));
        return lead ? *lead : Lead{};
    }
    // The newest timeline entry of `kind` on the lead: "subject | body".
    QString lastNote(qint64 leadId, const QString &kind)
    {
        return scalar(u"SELECT subject || ' | ' || body FROM activities WHERE lead_id = ? AND kind = ? ORDER BY id DESC LIMIT 1"_s,
                      {leadId, kind})
            .toString();
    }
    void logActivity(qint64 leadId, const QString &kind, const Principal &by = Principal::owner(), const QDateTime &at = {})
    {
        auto a = await(m_backend->leads().logActivity(by, NewActivity{leadId, kind, {}, {}, at, {}}));
        QVERIFY2(a.has_value(), qPrintable(a ? QString() : a.error().message));
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
        openBackend();
        auto pipeline = await(m_backend->pipelines().createFromTemplate(Principal::owner(), u"b2b"_s, {}));
        QVERIFY(pipeline.has_value());
        m_pipeline = *pipeline;
        m_manager = user(u"Maria Kierownik"_s, u"maria@firma.pl"_s, u"Management"_s, u"manager"_s);
        m_anna = user(u"Anna Nowak"_s, u"anna@firma.pl"_s, u"AE Mid-Market PL"_s);
        m_piotr = user(u"Piotr Zieliński"_s, u"piotr@firma.pl"_s, u"AE Mid-Market PL"_s);
        m_marta = user(u"Marta Wójcik"_s, u"marta@firma.pl"_s, u"SDR"_s);
        saveConfig(u"routing"_s, EngineConfigJson::routingToJson(EngineDefaults::routingTable()));
    }

    void cleanup()
    {
        m_backend.reset();
        m_db.reset();
    }

    void routesANewLeadRoundRobin()
    {
        const Lead first = create({{u"company"_s, u"Okna Sp. z o.o."_s}, {u"employees"_s, u"50"_s}, {u"country"_s, u"PL"_s}});
        // Row 2; Anna has the lower id of the team's two.
        QCOMPARE(load(first.id).ownerId, m_anna.id);
        QCOMPARE(lastNote(first.id, u"routed"_s),
                 u"Anna Nowak | routed by row 2: employees between 20 and 199 and country = PL → AE Mid-Market PL, round robin → Anna Nowak"_s);
        QCOMPARE(engine(first.id).routingReason, lastNote(first.id, u"routed"_s).section(u" | "_s, 1));
        // The owner change is history like any other, by the rule.
        QCOMPARE(scalar(u"SELECT rule FROM owner_changes WHERE lead_id = ?"_s, {first.id}).toString(), u"routing"_s);
        const Lead second = create({{u"company"_s, u"Drzwi S.A."_s}, {u"employees"_s, u"120"_s}, {u"country"_s, u"PL"_s}});
        QCOMPARE(load(second.id).ownerId, m_piotr.id);
        QCOMPARE(scalar(u"SELECT last_assigned_user_id FROM teams WHERE name = 'AE Mid-Market PL'"_s).toLongLong(), m_piotr.id);
    }

    void roundRobinIsFairAcrossARestart()
    {
        QCOMPARE(load(create({{u"company"_s, u"A"_s}, {u"employees"_s, u"50"_s}, {u"country"_s, u"PL"_s}}).id).ownerId, m_anna.id);
        // A new process on the same database: the turn is Piotr's, not Anna's again.
        m_backend.reset();
        openBackend();
        QCOMPARE(load(create({{u"company"_s, u"B"_s}, {u"employees"_s, u"50"_s}, {u"country"_s, u"PL"_s}}).id).ownerId, m_piotr.id);
        m_backend.reset();
        openBackend();
        QCOMPARE(load(create({{u"company"_s, u"C"_s}, {u"employees"_s, u"50"_s}, {u"country"_s, u"PL"_s}}).id).ownerId, m_anna.id);
    }

    void awayAndNoMatch()
    {
        // Anna is out of office this week: Piotr takes both.
        exec(u"UPDATE users SET away_from = '2026-03-02', away_until = '2026-03-06' WHERE id = ?"_s, {m_anna.id});
        QCOMPARE(load(create({{u"company"_s, u"A"_s}, {u"employees"_s, u"50"_s}, {u"country"_s, u"PL"_s}}).id).ownerId, m_piotr.id);
        QCOMPARE(load(create({{u"company"_s, u"B"_s}, {u"employees"_s, u"50"_s}, {u"country"_s, u"PL"_s}}).id).ownerId, m_piotr.id);
        // Five people in Germany: no row matches; the manager's queue, said so.
        const Lead none = create({{u"company"_s, u"GmbH"_s}, {u"employees"_s, u"5"_s}, {u"country"_s, u"DE"_s}});
        QCOMPARE(load(none.id).ownerId, 0);
        QCOMPARE(lastNote(none.id, u"routed"_s), u"the manager's queue | no routing row matched → the manager's queue"_s);
        // A lead created with an owner keeps it.
        const Lead given = create({{u"company"_s, u"D"_s}, {u"employees"_s, u"50"_s}, {u"country"_s, u"PL"_s}, {u"owner"_s, u"Marta Wójcik"_s}});
        QCOMPARE(load(given.id).ownerId, m_marta.id);
    }

    void aManagersHandWins()
    {
        const Lead queued = create({{u"company"_s, u"GmbH"_s}, {u"employees"_s, u"5"_s}, {u"country"_s, u"DE"_s}});
        QCOMPARE(load(queued.id).ownerId, 0);
        // The manager gives it to Marta by hand...
        auto given = await(m_backend->leads().updateLead(Principal::of(m_manager), LeadEdit{queued.id, load(queued.id).version, {{u"owner"_s, u"Marta Wójcik"_s}}, {}}));
        QVERIFY2(given.has_value(), qPrintable(given ? QString() : given.error().message));
        QVERIFY(engine(queued.id).ownerByHand);
        // ...then clears it and edits the lead into row 2: routing leaves it alone.
        auto cleared = await(m_backend->leads().updateLead(Principal::of(m_manager), LeadEdit{queued.id, given->version, {{u"owner"_s, QString()}, {u"country"_s, u"PL"_s}, {u"employees"_s, u"50"_s}}, {}}));
        QVERIFY2(cleared.has_value(), qPrintable(cleared ? QString() : cleared.error().message));
        QCOMPARE(load(queued.id).ownerId, 0);
        // An unowned lead nobody chose by hand is routed when it changes.
        const Lead other = create({{u"company"_s, u"Other GmbH"_s}, {u"employees"_s, u"5"_s}, {u"country"_s, u"DE"_s}});
        auto edited = await(m_backend->leads().updateLead(Principal::owner(), LeadEdit{other.id, load(other.id).version, {{u"country"_s, u"PL"_s}, {u"employees"_s, u"50"_s}}, {}}));
        QVERIFY(edited.has_value());
        QCOMPARE(load(other.id).ownerId, m_anna.id);
    }

    void scoresHandsOffAndStartsTheSla()
    {
        saveConfig(u"scoring"_s, EngineConfigJson::scoringToJson(EngineDefaults::scoringModel()));
        // Fit: software 20 + 80 employees 15 + a CEO 15 = 50, in New leads. Outside every
        // routing row (DE): nobody owns it.
        const Lead lead = create({{u"company"_s, u"Soft GmbH"_s}, {u"industry"_s, u"software"_s}, {u"employees"_s, u"80"_s},
                                  {u"job_title"_s, u"CEO"_s}, {u"country"_s, u"DE"_s}});
        QCOMPARE(engine(lead.id).score, 50);
        QCOMPARE(engine(lead.id).scoreReasons,
                 uR"([{"points":20,"rule":"ICP industry","times":1},{"points":15,"rule":"50–500 employees","times":1},{"points":15,"rule":"Decision-maker role","times":1}])"_s);
        QVERIFY(!engine(lead.id).slaStartedAt.isValid());
        // A webinar: 60, no high intent, no handoff.
        logActivity(lead.id, u"webinar"_s);
        QCOMPARE(engine(lead.id).score, 60);
        QCOMPARE(load(lead.id).stageId, m_pipeline.stageByName(u"New leads"_s)->id);
        QCOMPARE(lastNote(lead.id, u"scored"_s), u"50 → 60 | Webinar +10, ICP industry +20, 50–500 employees +15, Decision-maker role +15"_s);
        // A demo request: 90 with high intent: handed off to MQL, by the rule. The notice
        // names both columns, so an open board refreshes New leads and MQL.
        QSignalSpy notices(&m_backend->notifier(), &ChangeNotifier::leadsChanged);
        logActivity(lead.id, u"demo_request"_s);
        QTRY_VERIFY(!notices.isEmpty());
        const LeadChange notice = notices.last().at(0).value<LeadChange>();
        QVERIFY(notice.fromStageIds.contains(m_pipeline.stageByName(u"New leads"_s)->id));
        QVERIFY(notice.toStageIds.contains(m_pipeline.stageByName(u"MQL"_s)->id));
        const EngineValueRepository::Values after = engine(lead.id);
        QCOMPARE(after.score, 90);
        QVERIFY(after.handoffMet);
        QCOMPARE(load(lead.id).stageId, m_pipeline.stageByName(u"MQL"_s)->id);
        QCOMPARE(scalar(u"SELECT rule FROM stage_changes WHERE lead_id = ? ORDER BY id DESC LIMIT 1"_s, {lead.id}).toString(), u"handoff"_s);
        QVERIFY(lastNote(lead.id, u"handoff"_s).startsWith(u"score 90 ≥ 70 with a high-intent event | "_s));
        // SLA from MQL at Monday 11:00 Warsaw: first contact 15 working minutes, 11:15
        // (10:15Z); decision 960: 360 Monday, 480 Tuesday, 120 Wednesday: 11:00 (10:00Z).
        QCOMPARE(after.slaStartedAt, m_now);
        QCOMPARE(after.slaFirstContactDueAt, QDateTime(QDate(2026, 3, 2), QTime(10, 15), Qt::UTC));
        QCOMPARE(after.slaDecisionDueAt, QDateTime(QDate(2026, 3, 4), QTime(10, 0), Qt::UTC));
        // Another demo request: the rule is capped at 30, the score stays 90, and there
        // is no second handoff nor a new score entry.
        logActivity(lead.id, u"demo_request"_s);
        QCOMPARE(engine(lead.id).score, 90);
        QCOMPARE(scalar(u"SELECT COUNT(*) FROM stage_changes WHERE lead_id = ? AND rule = 'handoff'"_s, {lead.id}).toInt(), 1);
        QCOMPARE(scalar(u"SELECT COUNT(*) FROM activities WHERE lead_id = ? AND kind = 'scored'"_s, {lead.id}).toInt(), 2);
    }

    void firstContactAndDecisionStopTheClocks()
    {
        const Stage &mql = *m_pipeline.stageByName(u"MQL"_s);
        const Lead lead = create({{u"company"_s, u"Okna Sp. z o.o."_s}, {u"employees"_s, u"50"_s}, {u"country"_s, u"PL"_s}});
        QCOMPARE(load(lead.id).ownerId, m_anna.id);
        auto moved = await(m_backend->leads().moveLeads(Principal::owner(), MoveRequest{{lead.id}, mql.id, {}, {}, {}, {}}));
        QVERIFY2(moved.has_value(), qPrintable(moved ? QString() : moved.error().message));
        QCOMPARE(engine(lead.id).slaFirstContactDueAt, QDateTime(QDate(2026, 3, 2), QTime(10, 15), Qt::UTC));
        // A note is not a contact; a call by someone else is not the owner's.
        logActivity(lead.id, u"note"_s, Principal::of(m_anna));
        logActivity(lead.id, u"call"_s, Principal::of(m_manager));
        QVERIFY(!engine(lead.id).slaFirstContactAt.isValid());
        // Anna's call at 10:12Z: in time.
        const QDateTime called(QDate(2026, 3, 2), QTime(10, 12), Qt::UTC);
        logActivity(lead.id, u"call"_s, Principal::of(m_anna), called);
        QCOMPARE(engine(lead.id).slaFirstContactAt, called);
        QVERIFY(!engine(lead.id).slaDecidedAt.isValid());
        // Parked in Follow-up: a decision (nurture), now.
        auto parked = await(m_backend->leads().moveLeads(Principal::owner(), MoveRequest{{lead.id}, m_pipeline.stageByName(u"Follow-up"_s)->id, {}, {}, {}, {}}));
        QVERIFY(parked.has_value());
        QCOMPARE(engine(lead.id).slaDecidedAt, m_now);
    }
};

QTEST_GUILESS_MAIN(TestEngine)
#include "tst_engine.moc"
