// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
// LeadService's rules on SQLite and on a real PostgreSQL server: every test runs once
// per backend (initTestCase_data).
#include "Await.h"
#include "ChangeNotifier.h"
#include "LocalBackend.h"
#include "PipelineTemplate.h"
#include "TestDatabase.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace lejek;
using namespace lejek::test;
using namespace Qt::Literals::StringLiterals;

class TestLocalLeadService : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<LocalBackend> m_backend;
    Pipeline m_pipeline;
    QDateTime m_now = QDateTime(QDate(2026, 3, 2), QTime(10, 0), Qt::UTC);

    const Stage &stage(const QString &name) const { return *m_pipeline.stageByName(name); }

    qint64 createLead(FieldInput fields, const QString &stageName = {})
    {
        auto lead = await(m_backend->leads().createLead(Principal::owner(), NewLead{m_pipeline.id, stageName, std::move(fields), {}}));
        if (!lead)
            qWarning() << lead.error().message;
        return lead ? lead->id : 0;
    }

    static ImportRow row(int line, const QString &stageName, const FieldInput &fields)
    {
        ImportRow r;
        r.line = line;
        r.stage = stageName;
        r.fields = fields;
        return r;
    }

    FieldInput sqlReady() const
    {
        return {{u"company"_s, u"Fabryka Okien Sp. z o.o."_s}, {u"industry"_s, u"manufacturing"_s},
                {u"employees"_s, u"120"_s}, {u"job_title"_s, u"COO"_s}, {u"pains"_s, u"Manual quoting"_s}};
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
        m_backend = std::make_unique<LocalBackend>(m_db->settings(), [this] { return m_now; });
        auto opened = await(m_backend->open());
        QVERIFY2(opened.has_value(), qPrintable(opened ? QString() : opened.error().message));
        auto pipeline = await(m_backend->pipelines().createFromTemplate(Principal::owner(), u"b2b"_s, {}));
        QVERIFY2(pipeline.has_value(), qPrintable(pipeline ? QString() : pipeline.error().message));
        m_pipeline = *pipeline;
        auto user = await(m_backend->pipelines().createUser(Principal::owner(), User{0, u"Anna Nowak"_s, u"anna@firma.pl"_s, 0, u"AE Mid-Market PL"_s, u"rep"_s, true}));
        QVERIFY(user.has_value());
    }

    void cleanup()
    {
        m_backend.reset();
        m_db.reset();
    }

    void createStoresTypedValuesAndHistory()
    {
        auto lead = await(m_backend->leads().createLead(Principal::owner(), NewLead{m_pipeline.id, {}, {{u"company"_s, u"Acme"_s}, {u"email"_s, u"Jan@Acme.PL"_s},
            {u"nip"_s, u"526-000-12-46"_s}, {u"budget"_s, u"1 234,56"_s}, {u"decision_date"_s, u"31.12.2026"_s},
            {u"owner"_s, u"anna@firma.pl"_s}, {u"employees"_s, u"250"_s}}, {}}));
        QVERIFY2(lead.has_value(), qPrintable(lead ? QString() : lead.error().message));
        QCOMPARE(lead->version, 1);
        QCOMPARE(lead->stageId, stage(u"New leads"_s).id);
        QCOMPARE(lead->value(u"email"_s).toString(), u"jan@acme.pl"_s);
        QCOMPARE(lead->value(u"nip"_s).toString(), u"5260001246"_s);
        QCOMPARE(lead->value(u"budget"_s).toLongLong(), 123456);
        QCOMPARE(lead->value(u"decision_date"_s).toDate(), QDate(2026, 12, 31));
        QCOMPARE(lead->value(u"employees"_s).toLongLong(), 250);
        QCOMPARE(lead->ownerName, u"Anna Nowak"_s);
        QCOMPARE(lead->createdAt, m_now);
        auto timeline = await(m_backend->leads().timeline(Principal::owner(), lead->id));
        QVERIFY(timeline.has_value());
        QCOMPARE(timeline->size(), 2);
        QCOMPARE(timeline->at(0).type, TimelineEntry::Type::StageChange);
        QCOMPARE(timeline->at(0).toStage, stage(u"New leads"_s).displayName());
        QCOMPARE(timeline->at(1).activity.kind, u"created"_s);
    }

    void invalidValuesAreAllNamed()
    {
        auto lead = await(m_backend->leads().createLead(Principal::owner(), NewLead{m_pipeline.id, {}, {{u"company"_s, u"Acme"_s}, {u"email"_s, u"not-an-email"_s},
            {u"nip"_s, u"1234567890"_s}, {u"phone"_s, u"call me"_s}, {u"employees"_s, u"many"_s}, {u"decision_date"_s, u"2026-13-45"_s},
            {u"colour"_s, u"blue"_s}}, {}}));
        QVERIFY(!lead.has_value());
        QCOMPARE(lead.error().code, Error::Code::Invalid);
        QStringList fields;
        for (const FieldError &e : lead.error().fieldErrors)
            fields.append(e.field);
        fields.sort();
        QCOMPARE(fields, (QStringList{u"colour"_s, u"decision_date"_s, u"email"_s, u"employees"_s, u"nip"_s, u"phone"_s}));
        QCOMPARE(await(m_backend->leads().stageTotals(Principal::owner(), m_pipeline.id))->at(0).count, 0);
    }

    void leadNeedsSomethingToCallItBy()
    {
        auto lead = await(m_backend->leads().createLead(Principal::owner(), NewLead{m_pipeline.id, {}, {{u"industry"_s, u"software"_s}}, {}}));
        QVERIFY(!lead.has_value());
        QCOMPARE(lead.error().code, Error::Code::Invalid);
    }

    void gateRefusesAndNamesEveryMissingField()
    {
        const qint64 id = createLead({{u"company"_s, u"Acme"_s}, {u"industry"_s, u"software"_s}});
        QVERIFY(id);
        auto moved = await(m_backend->leads().moveLeads(Principal::owner(), MoveRequest{{id}, stage(u"SQL"_s).id, {}, {}, {}, {}}));
        QVERIFY(!moved.has_value());
        QCOMPARE(moved.error().code, Error::Code::Refused);
        QCOMPARE(moved.error().refusals.size(), 1);
        QCOMPARE(moved.error().refusals[0].missingFields, (QStringList{u"Role"_s, u"Company size"_s, u"Main pain"_s}));
        auto lead = await(m_backend->leads().lead(Principal::owner(), id));
        QCOMPARE(lead->stageId, stage(u"New leads"_s).id);
        QCOMPARE(lead->version, 1);
    }

    void skippingAStageStillMeetsItsGate()
    {
        const qint64 id = createLead({{u"company"_s, u"Acme"_s}}, u"Qualification"_s);
        QVERIFY(id);
        auto moved = await(m_backend->leads().moveLeads(Principal::owner(), MoveRequest{{id}, stage(u"Opportunity"_s).id, {}, {}, {}, {}}));
        QVERIFY(!moved.has_value());
        QCOMPARE(moved.error().refusals[0].missingFields.size(), 4);
        // Won skips SQL too.
        moved = await(m_backend->leads().moveLeads(Principal::owner(), MoveRequest{{id}, stage(u"Won"_s).id, {}, {}, {}, {}}));
        QVERIFY(!moved.has_value());
        // A parked stage has only its own gate.
        moved = await(m_backend->leads().moveLeads(Principal::owner(), MoveRequest{{id}, stage(u"Follow-up"_s).id, {}, {}, {}, {}}));
        QVERIFY(moved.has_value());
        // ...and the detour does not open SQL's gate.
        moved = await(m_backend->leads().moveLeads(Principal::owner(), MoveRequest{{id}, stage(u"Opportunity"_s).id, {}, {}, {}, {}}));
        QVERIFY(!moved.has_value());
    }

    void moveCarriesMissingValuesInOneWrite()
    {
        const qint64 id = createLead({{u"company"_s, u"Acme"_s}});
        FieldInput values = sqlReady();
        values.remove(u"company"_s);
        auto moved = await(m_backend->leads().moveLeads(Principal::owner(), MoveRequest{{id}, stage(u"SQL"_s).id, values, {}, {}, {}}));
        QVERIFY2(moved.has_value(), qPrintable(moved ? QString() : moved.error().message));
        QCOMPARE(moved->at(0).stageId, stage(u"SQL"_s).id);
        QCOMPARE(moved->at(0).value(u"industry"_s).toString(), u"manufacturing"_s);
        QCOMPARE(moved->at(0).version, 2);
        QCOMPARE(moved->at(0).stageEnteredAt, m_now);
        auto timeline = await(m_backend->leads().timeline(Principal::owner(), id));
        int edits = 0;
        for (const TimelineEntry &e : *timeline)
            edits += e.activity.kind == u"field_edit"_s ? 1 : 0;
        QCOMPARE(edits, 4);
    }

    void invalidValueWithAMoveWritesNothing()
    {
        const qint64 id = createLead({{u"company"_s, u"Acme"_s}});
        FieldInput values = sqlReady();
        values[u"employees"_s] = u"lots"_s;
        auto moved = await(m_backend->leads().moveLeads(Principal::owner(), MoveRequest{{id}, stage(u"SQL"_s).id, values, {}, {}, {}}));
        QVERIFY(!moved.has_value());
        QCOMPARE(moved.error().code, Error::Code::Invalid);
        auto lead = await(m_backend->leads().lead(Principal::owner(), id));
        QVERIFY(!lead->isFilled(u"industry"_s));
        QCOMPARE(lead->version, 1);
    }

    void severalLeadsMoveAllOrNone()
    {
        const qint64 ready = createLead(sqlReady());
        const qint64 notReady = createLead({{u"company"_s, u"Beta"_s}});
        auto moved = await(m_backend->leads().moveLeads(Principal::owner(), MoveRequest{{ready, notReady}, stage(u"SQL"_s).id, {}, {}, {}, {}}));
        QVERIFY(!moved.has_value());
        QCOMPARE(moved.error().refusals.size(), 1);
        QCOMPARE(moved.error().refusals[0].leadId, notReady);
        QCOMPARE(await(m_backend->leads().lead(Principal::owner(), ready))->stageId, stage(u"New leads"_s).id);
        moved = await(m_backend->leads().moveLeads(Principal::owner(), MoveRequest{{ready}, stage(u"SQL"_s).id, {}, {}, {}, {}}));
        QVERIFY(moved.has_value());
    }

    void entryCriteriaAreEnforced()
    {
        Pipeline draft = PipelineTemplate::b2bFunnel();
        draft.name = u"Enterprise"_s;
        draft.stages[2].criteria = {*Condition::parse(u"budget > 50000"_s), *Condition::parse(u"decision_date <= +6m"_s)};
        auto pipeline = await(m_backend->pipelines().createPipeline(Principal::owner(), draft));
        QVERIFY2(pipeline.has_value(), qPrintable(pipeline ? QString() : pipeline.error().message));
        auto lead = await(m_backend->leads().createLead(Principal::owner(), NewLead{pipeline->id, {}, {{u"company"_s, u"Acme"_s}, {u"budget"_s, u"40000"_s}}, {}}));
        QVERIFY(lead.has_value());
        const qint64 mql = pipeline->stageByName(u"MQL"_s)->id;
        auto moved = await(m_backend->leads().moveLeads(Principal::owner(), MoveRequest{{lead->id}, mql, {}, {}, {}, {}}));
        QVERIFY(!moved.has_value());
        QCOMPARE(moved.error().refusals[0].failedCriteria, (QStringList{u"Budget > 50000"_s, u"Decision date <= +6m"_s}));
        moved = await(m_backend->leads().moveLeads(Principal::owner(), MoveRequest{{lead->id}, mql, {{u"budget"_s, u"60 000"_s}, {u"decision_date"_s, u"2026-05-01"_s}}, {}, {}, {}}));
        QVERIFY2(moved.has_value(), qPrintable(moved ? QString() : moved.error().message));
    }

    void staleEditIsAConflictNamingTheFields()
    {
        const qint64 id = createLead({{u"company"_s, u"Acme"_s}});
        auto first = await(m_backend->leads().updateLead(Principal::owner(), LeadEdit{id, 1, {{u"phone"_s, u"+48 600 100 200"_s}, {u"city"_s, u"Kraków"_s}}, {}}));
        QVERIFY(first.has_value());
        QCOMPARE(first->version, 2);
        auto stale = await(m_backend->leads().updateLead(Principal::owner(), LeadEdit{id, 1, {{u"notes"_s, u"call back"_s}}, {}}));
        QVERIFY(!stale.has_value());
        QCOMPARE(stale.error().code, Error::Code::Conflict);
        QCOMPARE(stale.error().conflictingFields, (QStringList{u"city"_s, u"phone"_s}));
        QCOMPARE(stale.error().currentVersion, 2);
        auto lead = await(m_backend->leads().lead(Principal::owner(), id));
        QVERIFY(!lead->isFilled(u"notes"_s));
        // A move is a change too.
        QVERIFY(await(m_backend->leads().moveLeads(Principal::owner(), MoveRequest{{id}, stage(u"Qualification"_s).id, {}, {}, {}, {}})).has_value());
        stale = await(m_backend->leads().updateLead(Principal::owner(), LeadEdit{id, 2, {{u"notes"_s, u"x"_s}}, {}}));
        QCOMPARE(stale.error().conflictingFields, (QStringList{u"stage"_s}));
    }

    void editCannotRemoveWhatTheStageRequires()
    {
        const qint64 id = createLead(sqlReady(), u"SQL"_s);
        QVERIFY(id);
        auto edit = await(m_backend->leads().updateLead(Principal::owner(), LeadEdit{id, 1, {{u"industry"_s, QString()}}, {}}));
        QVERIFY(!edit.has_value());
        QCOMPARE(edit.error().code, Error::Code::Refused);
        QCOMPARE(edit.error().refusals[0].missingFields, (QStringList{u"Industry"_s}));
    }

    void lostNeedsAKnownReason()
    {
        const qint64 id = createLead({{u"company"_s, u"Acme"_s}});
        const qint64 lost = stage(u"Lost"_s).id;
        auto moved = await(m_backend->leads().moveLeads(Principal::owner(), MoveRequest{{id}, lost, {}, {}, {}, {}}));
        QVERIFY(!moved.has_value());
        QCOMPARE(moved.error().refusals[0].missingFields, (QStringList{u"Lost reason"_s}));
        moved = await(m_backend->leads().moveLeads(Principal::owner(), MoveRequest{{id}, lost, {{u"lost_reason"_s, u"too_expensive"_s}}, {}, {}, {}}));
        QCOMPARE(moved.error().code, Error::Code::Invalid);
        moved = await(m_backend->leads().moveLeads(Principal::owner(), MoveRequest{{id}, lost, {{u"lost_reason"_s, u"price"_s}}, u"chose a cheaper tool"_s, {}, {}}));
        QVERIFY(moved.has_value());
        QCOMPARE(moved->at(0).value(u"lost_reason"_s).toString(), u"price"_s);
        QCOMPARE(moved->at(0).closedAt, m_now);
        // Reactivated: open again, reason cleared.
        moved = await(m_backend->leads().moveLeads(Principal::owner(), MoveRequest{{id}, stage(u"Qualification"_s).id, {}, {}, {}, {}}));
        QVERIFY(moved.has_value());
        QVERIFY(!moved->at(0).closedAt.isValid());
        QVERIFY(!moved->at(0).isFilled(u"lost_reason"_s));
    }

    void wonCreatesOrLinksACustomer()
    {
        FieldInput fields = sqlReady();
        fields[u"nip"_s] = u"5260001246"_s;
        const qint64 a = createLead(fields, u"Opportunity"_s);
        fields[u"company"_s] = u"Fabryka Okien (product B)"_s;
        const qint64 b = createLead(fields, u"Opportunity"_s);
        QVERIFY(a && b);
        auto won = await(m_backend->leads().moveLeads(Principal::owner(), MoveRequest{{a, b}, stage(u"Won"_s).id, {}, {}, {}, {}}));
        QVERIFY2(won.has_value(), qPrintable(won ? QString() : won.error().message));
        QVERIFY(won->at(0).customerId > 0);
        QCOMPARE(won->at(1).customerId, won->at(0).customerId); // same NIP, same customer
        QCOMPARE(won->at(0).closedAt, m_now);
    }

    void pagesFollowTheKeysetWithoutGapsOrRepeats()
    {
        QList<qint64> ids;
        for (int i = 0; i < 25; ++i) {
            m_now = m_now.addSecs(60);
            ids.append(createLead({{u"company"_s, u"Firma %1"_s.arg(i)}, {u"value"_s, QString::number(1000 * (i % 7))}}));
        }
        PageRequest request;
        request.stageId = stage(u"New leads"_s).id;
        request.limit = 10;
        QList<qint64> seen;
        for (int page = 0; page < 3; ++page) {
            auto result = await(m_backend->leads().stagePage(Principal::owner(), m_pipeline.id, request));
            QVERIFY(result.has_value());
            QCOMPARE(result->hasMore, page < 2);
            for (const Lead &l : result->leads)
                seen.append(l.id);
            request.after = result->next;
        }
        QList<qint64> expected = ids;
        std::reverse(expected.begin(), expected.end()); // newest activity first
        QCOMPARE(seen, expected);
        // By value ascending, with the id breaking ties, and an offset jump agreeing.
        request = PageRequest{};
        request.stageId = stage(u"New leads"_s).id;
        request.sort = LeadSort::Value;
        request.descending = false;
        request.limit = 100;
        auto all = await(m_backend->leads().stagePage(Principal::owner(), m_pipeline.id, request));
        QCOMPARE(all->leads.size(), 25);
        for (qsizetype i = 1; i < all->leads.size(); ++i)
            QVERIFY(all->leads[i - 1].value(u"value"_s).toLongLong() <= all->leads[i].value(u"value"_s).toLongLong());
        request.offset = 20;
        request.limit = 5;
        auto jumped = await(m_backend->leads().stagePage(Principal::owner(), m_pipeline.id, request));
        QCOMPARE(jumped->leads.front().id, all->leads[20].id);
        // A text filter, hostile characters included, runs as a bound value.
        request = PageRequest{};
        request.stageId = stage(u"New leads"_s).id;
        request.filter.text = u"firma 1"_s; // every word, anywhere: 1, 10..19 and 21
        QCOMPARE(await(m_backend->leads().stagePage(Principal::owner(), m_pipeline.id, request))->leads.size(), 12);
        request.filter.text = u"%' OR 1=1 --"_s;
        QCOMPARE(await(m_backend->leads().stagePage(Principal::owner(), m_pipeline.id, request))->leads.size(), 0);
    }

    void totalsComeFromOneAggregate()
    {
        createLead({{u"company"_s, u"A"_s}, {u"value"_s, u"10000"_s}});
        createLead({{u"company"_s, u"B"_s}, {u"value"_s, u"2500,50"_s}});
        FieldInput ready = sqlReady();
        ready[u"value"_s] = u"100000"_s;
        createLead(ready, u"SQL"_s);
        auto totals = await(m_backend->leads().stageTotals(Principal::owner(), m_pipeline.id));
        QVERIFY(totals.has_value());
        QCOMPARE(totals->size(), m_pipeline.stages.size());
        const StageTotals &fresh = totals->at(0);
        QCOMPARE(fresh.count, 2);
        QCOMPARE(fresh.valueMinor, 1250050);
        QCOMPARE(fresh.weightedMinor, 1250050 * 5 / 100);
        QCOMPARE(totals->at(3).count, 1);
        QCOMPARE(totals->at(3).weightedMinor, 4000000);
    }

    // Every criterion of the board's filter narrows the pages and the column totals
    // alike: a header counts exactly the cards its column lists.
    void filteredTotalsCountWhatPagesList_data()
    {
        QTest::addColumn<QString>("criterion");
        QTest::addColumn<qint64>("expectedInNewLeads");
        QTest::newRow("everyone") << u"none"_s << qint64(5);
        QTest::newRow("text") << u"text"_s << qint64(2);
        QTest::newRow("text, hostile") << u"hostile"_s << qint64(0);
        QTest::newRow("owner: me") << u"me"_s << qint64(2);
        QTest::newRow("owner: my team") << u"team"_s << qint64(3);
        QTest::newRow("source") << u"source"_s << qint64(2);
        QTest::newRow("campaign") << u"campaign"_s << qint64(1);
        QTest::newRow("score range") << u"score"_s << qint64(2);
        QTest::newRow("rotting only") << u"rotting"_s << qint64(4);
    }
    void filteredTotalsCountWhatPagesList()
    {
        QFETCH(QString, criterion);
        QFETCH(qint64, expectedInNewLeads);
        auto piotr = await(m_backend->pipelines().createUser(Principal::owner(), 
            User{0, u"Piotr Zieliński"_s, u"piotr@firma.pl"_s, 0, u"AE Mid-Market PL"_s, u"rep"_s, true}));
        auto ewa = await(m_backend->pipelines().createUser(Principal::owner(), 
            User{0, u"Ewa Wójcik"_s, u"ewa@firma.pl"_s, 0, u"AE Enterprise"_s, u"rep"_s, true}));
        QVERIFY(piotr.has_value() && ewa.has_value());
        auto users = await(m_backend->pipelines().users(Principal::owner()));
        QVERIFY(users.has_value());
        const auto anna = std::find_if(users->begin(), users->end(), [](const User &u) { return u.name == u"Anna Nowak"_s; });
        QVERIFY(anna != users->end());

        createLead({{u"company"_s, u"Fabryka Okien"_s}, {u"first_name"_s, u"Jan"_s}, {u"last_name"_s, u"Kowalski"_s},
                    {u"owner"_s, u"anna@firma.pl"_s}, {u"source"_s, u"webinar"_s}, {u"campaign"_s, u"spring"_s},
                    {u"score"_s, u"80"_s}, {u"value"_s, u"10000"_s}});
        createLead({{u"company"_s, u"Okna Kowalski"_s}, {u"owner"_s, u"anna@firma.pl"_s}, {u"source"_s, u"ads"_s},
                    {u"score"_s, u"40"_s}, {u"value"_s, u"2500"_s}});
        createLead({{u"company"_s, u"Rabat 50%"_s}, {u"owner"_s, u"piotr@firma.pl"_s}, {u"source"_s, u"webinar"_s},
                    {u"score"_s, u"70"_s}});
        createLead({{u"company"_s, u"Daleko S.A."_s}, {u"owner"_s, u"ewa@firma.pl"_s}, {u"score"_s, u"10"_s},
                    {u"value"_s, u"999"_s}});
        FieldInput ready = sqlReady();
        ready[u"owner"_s] = u"anna@firma.pl"_s;
        ready[u"source"_s] = u"webinar"_s;
        ready[u"value"_s] = u"50000"_s;
        createLead(ready, u"SQL"_s);
        // Ten days later New leads (7 days) rot, SQL (14 days) not yet; an activity today
        // keeps the one lead created now fresh.
        m_now = m_now.addDays(10);
        const qint64 fresh = createLead({{u"company"_s, u"Świeża Kowalski"_s}, {u"score"_s, u"75"_s}});
        QVERIFY(fresh);

        LeadFilter filter;
        if (criterion == u"text"_s)
            filter.text = u"kowalski ok"_s; // "Jan Kowalski" of Fabryka Okien, Okna Kowalski
        else if (criterion == u"hostile"_s)
            filter.text = u"%' OR 1=1; DROP TABLE leads; --"_s;
        else if (criterion == u"me"_s)
            filter.ownerId = anna->id;
        else if (criterion == u"team"_s)
            filter.teamId = anna->teamId;
        else if (criterion == u"source"_s)
            filter.source = u"webinar"_s;
        else if (criterion == u"campaign"_s)
            filter.campaign = u"spring"_s;
        else if (criterion == u"score"_s) {
            filter.minScore = 70;
            filter.maxScore = 75;
        } else if (criterion == u"rotting"_s)
            filter.rottingOnly = true;
        QVERIFY(criterion == u"none"_s || !filter.isEmpty());

        auto totals = await(m_backend->leads().stageTotals(Principal::owner(), m_pipeline.id, filter));
        QVERIFY2(totals.has_value(), qPrintable(totals ? QString() : totals.error().message));
        QCOMPARE(totals->size(), m_pipeline.stages.size());
        QCOMPARE(totals->at(0).count, expectedInNewLeads);
        for (qsizetype i = 0; i < totals->size(); ++i) {
            PageRequest request;
            request.stageId = m_pipeline.stages[i].id;
            request.filter = filter;
            auto page = await(m_backend->leads().stagePage(Principal::owner(), m_pipeline.id, request));
            QVERIFY2(page.has_value(), qPrintable(page ? QString() : page.error().message));
            qint64 value = 0;
            for (const Lead &lead : page->leads)
                value += lead.value(u"value"_s).toLongLong();
            QCOMPARE(totals->at(i).count, page->leads.size());
            QCOMPARE(totals->at(i).valueMinor, value);
        }
        QCOMPARE(await(m_backend->leads().stageTotals(Principal::owner(), m_pipeline.id))->at(0).count, 5); // nothing was dropped
    }

    void anEmptyScoreRangeIsRefused()
    {
        LeadFilter filter;
        filter.minScore = 50;
        filter.maxScore = 49;
        auto totals = await(m_backend->leads().stageTotals(Principal::owner(), m_pipeline.id, filter));
        QVERIFY(!totals.has_value());
        QCOMPARE(totals.error().code, Error::Code::Invalid);
        QVERIFY2(totals.error().message.contains(u"50"_s) && totals.error().message.contains(u"49"_s),
                 qPrintable(totals.error().message));
        PageRequest request;
        request.stageId = stage(u"New leads"_s).id;
        request.filter = filter;
        auto page = await(m_backend->leads().stagePage(Principal::owner(), m_pipeline.id, request));
        QVERIFY(!page.has_value());
        QCOMPARE(page.error().code, Error::Code::Invalid);
        filter.maxScore = 50; // one score is a range
        QVERIFY(await(m_backend->leads().stageTotals(Principal::owner(), m_pipeline.id, filter)).has_value());
    }

    void activitiesAndTasksLandOnTheTimeline()
    {
        const qint64 id = createLead({{u"company"_s, u"Acme"_s}});
        m_now = m_now.addSecs(3600);
        auto call = await(m_backend->leads().logActivity(Principal::owner(), NewActivity{id, u"call"_s, u"Discovery call"_s, u"Budget confirmed"_s, {}, {}}));
        QVERIFY(call.has_value());
        QCOMPARE(await(m_backend->leads().lead(Principal::owner(), id))->lastActivityAt, m_now);
        QVERIFY(!await(m_backend->leads().logActivity(Principal::owner(), NewActivity{id, u"telepathy"_s, {}, {}, {}, {}})).has_value());
        auto task = await(m_backend->leads().createTask(Principal::owner(), NewTask{id, u"Send the offer"_s, m_now.addDays(3), {}, {}}));
        QVERIFY(task.has_value());
        auto moved = await(m_backend->leads().rescheduleTask(Principal::owner(), task->id, m_now.addDays(5)));
        QVERIFY(moved.has_value());
        auto done = await(m_backend->leads().completeTask(Principal::owner(), task->id));
        QVERIFY(done.has_value());
        QVERIFY(!await(m_backend->leads().completeTask(Principal::owner(), task->id)).has_value());
        auto tasks = await(m_backend->leads().tasks(Principal::owner(), id));
        QCOMPARE(tasks->size(), 1);
        QVERIFY(tasks->at(0).isDone());
        QCOMPARE(tasks->at(0).dueAt, m_now.addDays(5));
        QStringList kinds;
        const auto timeline = await(m_backend->leads().timeline(Principal::owner(), id)); // named: a range-for over *temporary dangles
        for (const TimelineEntry &e : *timeline)
            if (e.type == TimelineEntry::Type::Activity)
                kinds.append(e.activity.kind);
        QCOMPARE(kinds, (QStringList{u"created"_s, u"call"_s, u"task_created"_s, u"task_rescheduled"_s, u"task_done"_s}));
    }

    void changesAreNotifiedAfterCommit()
    {
        QSignalSpy spy(&m_backend->notifier(), &ChangeNotifier::leadsChanged);
        const qint64 id = createLead({{u"company"_s, u"Acme"_s}});
        QVERIFY(spy.wait(2000));
        auto change = spy.takeFirst().at(0).value<LeadChange>();
        QCOMPARE(change.kind, LeadChange::Kind::Created);
        QCOMPARE(change.leadIds, QList<qint64>{id});
        await(m_backend->leads().moveLeads(Principal::owner(), MoveRequest{{id}, stage(u"Qualification"_s).id, {}, {}, {}, {}}));
        QVERIFY(spy.wait(2000));
        change = spy.takeFirst().at(0).value<LeadChange>();
        QCOMPARE(change.kind, LeadChange::Kind::Moved);
        QCOMPARE(change.fromStageIds, QList<qint64>{stage(u"New leads"_s).id});
        QCOMPARE(change.toStageIds, QList<qint64>{stage(u"Qualification"_s).id});
        // A refused change notifies nobody.
        await(m_backend->leads().moveLeads(Principal::owner(), MoveRequest{{id}, stage(u"SQL"_s).id, {}, {}, {}, {}}));
        QVERIFY(!spy.wait(300));
    }

    void importReportsEveryRowByLineAndKeepsTheGoodOnes()
    {
        const qint64 existing = createLead({{u"company"_s, u"Stara Firma"_s}, {u"email"_s, u"biuro@stara.pl"_s}});
        ImportBatch batch;
        batch.pipelineId = m_pipeline.id;
        batch.rows = {
            row(2, QString(), {{u"company"_s, u"Nowa Firma"_s}, {u"email"_s, u"jan@nowa.pl"_s}, {u"nip"_s, u"526-000-12-46"_s}}),
            row(3, QString(), {{u"company"_s, u"Zła Firma"_s}, {u"email"_s, u"not-an-email"_s}}),
            row(4, u"SQL"_s, {{u"company"_s, u"Za Wcześnie"_s}}),
            row(6, QString(), {{u"company"_s, u"Nowa Firma again"_s}, {u"nip"_s, u"5260001246"_s}}), // same NIP as line 2
            row(7, QString(), {{u"company"_s, u"Stara"_s}, {u"email"_s, u"BIURO@stara.pl"_s}}),        // the existing lead
            row(8, u"Nowhere"_s, {{u"company"_s, u"X"_s}}),
        };
        auto report = await(m_backend->leads().importRows(Principal::owner(), batch));
        QVERIFY2(report.has_value(), qPrintable(report ? QString() : report.error().message));
        QCOMPARE(report->outcomes.size(), 6);
        using S = ImportOutcome::Status;
        const QList<S> statuses{report->outcomes[0].status, report->outcomes[1].status, report->outcomes[2].status,
                                report->outcomes[3].status, report->outcomes[4].status, report->outcomes[5].status};
        QCOMPARE(statuses, (QList<S>{S::Imported, S::Rejected, S::Rejected, S::Skipped, S::Skipped, S::Rejected}));
        QCOMPARE(report->outcomes[1].line, 3);
        QVERIFY(report->outcomes[1].reason.contains(u"email"_s));
        QVERIFY(report->outcomes[2].reason.contains(u"Industry"_s));
        QCOMPARE(report->outcomes[3].leadId, report->outcomes[0].leadId);
        QCOMPARE(report->outcomes[4].leadId, existing);
        QVERIFY(report->outcomes[5].reason.contains(u"Nowhere"_s));
        QCOMPARE(await(m_backend->leads().stageTotals(Principal::owner(), m_pipeline.id))->at(0).count, 2);
        const auto timeline = await(m_backend->leads().timeline(Principal::owner(), report->outcomes[0].leadId));
        QCOMPARE(timeline->at(0).rule, u"import"_s);
    }

    void importCanUpdateDuplicatesAndFallBackToTheFirstStage()
    {
        const qint64 existing = createLead({{u"company"_s, u"Stara Firma"_s}, {u"email"_s, u"biuro@stara.pl"_s}, {u"city"_s, u"Gdańsk"_s}});
        ImportBatch batch;
        batch.pipelineId = m_pipeline.id;
        batch.options.dedupe = ImportOptions::Dedupe::Update;
        batch.options.gate = ImportOptions::Gate::FirstStage;
        batch.rows = {
            row(2, QString(), {{u"email"_s, u"biuro@stara.pl"_s}, {u"phone"_s, u"+48 600 100 200"_s}, {u"city"_s, QString()}}),
            row(3, u"SQL"_s, {{u"company"_s, u"Za Wcześnie"_s}}),
        };
        auto report = await(m_backend->leads().importRows(Principal::owner(), batch));
        QVERIFY(report.has_value());
        QCOMPARE(report->outcomes[0].status, ImportOutcome::Status::Updated);
        QCOMPARE(report->outcomes[1].status, ImportOutcome::Status::Imported);
        QVERIFY(report->outcomes[1].reason.contains(u"New leads"_s));
        auto lead = await(m_backend->leads().lead(Principal::owner(), existing));
        QCOMPARE(lead->value(u"phone"_s).toString(), u"+48600100200"_s);
        QCOMPARE(lead->value(u"city"_s).toString(), u"Gdańsk"_s); // an empty cell clears nothing
        QCOMPARE(lead->version, 2);
        QCOMPARE(await(m_backend->leads().lead(Principal::owner(), report->outcomes[1].leadId))->stageId, stage(u"New leads"_s).id);
    }

    void aDryRunWritesNothing()
    {
        QSignalSpy spy(&m_backend->notifier(), &ChangeNotifier::leadsChanged);
        ImportBatch batch;
        batch.pipelineId = m_pipeline.id;
        batch.options.dryRun = true;
        batch.rows = {row(2, QString(), {{u"company"_s, u"A"_s}, {u"email"_s, u"a@a.pl"_s}}), row(3, QString(), {{u"company"_s, u"B"_s}, {u"email"_s, u"a@a.pl"_s}})};
        auto report = await(m_backend->leads().importRows(Principal::owner(), batch));
        QVERIFY(report.has_value());
        QCOMPARE(report->count(ImportOutcome::Status::Imported), 1);
        QCOMPARE(report->count(ImportOutcome::Status::Skipped), 1); // within the file too
        QCOMPARE(await(m_backend->leads().stageTotals(Principal::owner(), m_pipeline.id))->at(0).count, 0);
        QVERIFY(!spy.wait(300));
    }

    void invalidPipelinesAreRefusedWithEveryProblem()
    {
        Pipeline draft;
        draft.name = u"Broken"_s;
        Stage a;
        a.name = u"Won"_s;
        a.kind = StageKind::Won;
        a.probability = 140;
        a.requiredFields = {u"shoe_size"_s};
        draft.stages = {a, a};
        auto created = await(m_backend->pipelines().createPipeline(Principal::owner(), draft));
        QVERIFY(!created.has_value());
        QVERIFY(created.error().fieldErrors.size() >= 4);
        auto dup = await(m_backend->pipelines().createFromTemplate(Principal::owner(), u"b2b"_s, {}));
        QVERIFY(!dup.has_value()); // the name is taken
    }
};

QTEST_GUILESS_MAIN(TestLocalLeadService)
#include "tst_localleadservice.moc"
