// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
// LeadRepository's filters on SQLite and PostgreSQL: text (any field, any case, Polish
// letters, SQL and LIKE characters taken literally), owner, team, source, campaign,
// score and rotting, alone and together, with the column totals counting what the
// pages list.
#include "LeadStoreFixture.h"

using namespace lejek;
using namespace lejek::test;
using namespace Qt::Literals::StringLiterals;

Q_DECLARE_METATYPE(lejek::LeadFilter)

class TestLeadFilters : public QObject, protected LeadStoreFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data() { addBackendRows(); }

    void init() { setUp(); }

    void cleanup() { m_store.close(); }

    void filters_data()
    {
        QTest::addColumn<QString>("stageName");
        QTest::addColumn<LeadFilter>("filter");
        QTest::addColumn<QStringList>("expected");
        const QString q = u"Qualification"_s;
        auto text = [](const QString &t) {
            LeadFilter f;
            f.text = t;
            return f;
        };
        QTest::newRow("no filter") << q << LeadFilter {} << QStringList {u"fabryka"_s, u"rabat"_s, u"firma500"_s, u"acme"_s};
        QTest::newRow("text: company, any case") << q << text(u"FABRYKA"_s) << QStringList {u"fabryka"_s};
        QTest::newRow("text: first name") << q << text(u"anna"_s) << QStringList {u"firma500"_s};
        QTest::newRow("text: last name") << q << text(u"kowalski"_s) << QStringList {u"fabryka"_s};
        QTest::newRow("text: e-mail") << q << text(u"biuro@"_s) << QStringList {u"rabat"_s};
        QTest::newRow("text: NIP") << q << text(u"774000"_s) << QStringList {u"acme"_s};
        QTest::newRow("text: phone") << q << text(u"600123"_s) << QStringList {u"fabryka"_s};
        QTest::newRow("text: blanks around") << q << text(u"  firma  "_s) << QStringList {u"firma500"_s};
        QTest::newRow("text: % is literal") << q << text(u"50%"_s) << QStringList {u"rabat"_s};
        QTest::newRow("text: _ is literal") << q << text(u"_"_s) << QStringList {u"firma500"_s, u"acme"_s};
        QTest::newRow("text: backslash") << q << text(u"\\"_s) << QStringList {};
        QTest::newRow("text: quote is literal") << q << text(u"o'brien"_s) << QStringList {u"rabat"_s};
        QTest::newRow("text: a lone quote") << q << text(u"'"_s) << QStringList {u"rabat"_s};
        QTest::newRow("text: SQL is only text") << q << text(u"'; DROP TABLE leads; --"_s) << QStringList {};
        QTest::newRow("text: SQL after a match") << q << text(u"o'brien'; DELETE FROM leads"_s) << QStringList {};
        QTest::newRow("text: %_ together") << q << text(u"%_"_s) << QStringList {};
        QTest::newRow("text: words in two fields") << q << text(u"jan kowalski"_s) << QStringList {u"fabryka"_s};
        QTest::newRow("text: words in any order") << q << text(u"Kowalski\tJAN"_s) << QStringList {u"fabryka"_s};
        QTest::newRow("text: every word must match") << q << text(u"jan zzz"_s) << QStringList {};
        QTest::newRow("text: no match") << q << text(u"zzz"_s) << QStringList {};
        LeadFilter owner;
        owner.ownerId = -1; // replaced by Anna's id in the test
        QTest::newRow("owner") << q << owner << QStringList {u"fabryka"_s, u"acme"_s};
        LeadFilter team;
        team.teamId = -1; // replaced by the id of Anna's and Piotr's team
        QTest::newRow("team") << q << team << QStringList {u"fabryka"_s, u"rabat"_s, u"acme"_s};
        LeadFilter otherTeam;
        otherTeam.teamId = -2; // Ewa's team: no leads
        QTest::newRow("team without leads") << q << otherTeam << QStringList {};
        LeadFilter ownerInTeam = owner;
        ownerInTeam.teamId = -1;
        QTest::newRow("owner and team") << q << ownerInTeam << QStringList {u"fabryka"_s, u"acme"_s};
        QTest::newRow("everyone, other column") << u"New leads"_s << LeadFilter {} << QStringList {u"new idle"_s, u"new fresh"_s};
        LeadFilter source;
        source.source = u"webinar"_s;
        QTest::newRow("source") << q << source << QStringList {u"fabryka"_s, u"firma500"_s};
        LeadFilter campaign;
        campaign.campaign = u"spring"_s;
        QTest::newRow("campaign") << q << campaign << QStringList {u"fabryka"_s, u"rabat"_s};
        LeadFilter minScore;
        minScore.minScore = 40;
        QTest::newRow("min score, inclusive") << q << minScore << QStringList {u"fabryka"_s, u"rabat"_s, u"acme"_s};
        LeadFilter maxScore;
        maxScore.maxScore = 40;
        QTest::newRow("max score, inclusive") << q << maxScore << QStringList {u"rabat"_s, u"firma500"_s};
        LeadFilter between;
        between.minScore = 40;
        between.maxScore = 70;
        QTest::newRow("score between") << q << between << QStringList {u"rabat"_s, u"acme"_s};
        // Qualification rots after 14 days without activity: 20 and 15 days do, 13 and 2 not.
        LeadFilter rotting;
        rotting.rottingOnly = true;
        QTest::newRow("rotting") << q << rotting << QStringList {u"fabryka"_s, u"firma500"_s};
        QTest::newRow("rotting after 7 days") << u"New leads"_s << rotting << QStringList {u"new idle"_s};
        QTest::newRow("parked, 30 of 90 days") << u"Follow-up"_s << rotting << QStringList {};
        QTest::newRow("won never rots") << u"Won"_s << rotting << QStringList {};
        LeadFilter combined;
        combined.source = u"webinar"_s;
        combined.rottingOnly = true;
        combined.minScore = 50;
        QTest::newRow("filters combine") << q << combined << QStringList {u"fabryka"_s};
    }
    void filters()
    {
        QFETCH(QString, stageName);
        QFETCH(LeadFilter, filter);
        QFETCH(QStringList, expected);
        insertFilterLeads();
        if (filter.ownerId == -1)
            filter.ownerId = m_anna;
        if (filter.teamId == -1)
            filter.teamId = m_team;
        if (filter.teamId == -2)
            filter.teamId = m_otherTeam;
        PageRequest request;
        request.stageId = stage(stageName).id;
        request.filter = filter;
        auto p = page(request);
        QVERIFY2(p.has_value(), LEJEK_MESSAGE(p));
        const QList<qint64> found = ids(p->leads);
        QCOMPARE(QSet<qint64>(found.begin(), found.end()), named(expected));

        // The headers count what the columns list: for every column, the filtered
        // totals are the count and value sum of the filtered pages.
        auto totals = LeadRepository(*m_store.db).totals(m_pipeline, filter, kNow);
        QVERIFY2(totals.has_value(), LEJEK_MESSAGE(totals));
        QCOMPARE(totals->size(), m_pipeline.stages.size());
        for (qsizetype i = 0; i < totals->size(); ++i) {
            const Stage &s = m_pipeline.stages[i];
            PageRequest column;
            column.stageId = s.id;
            column.filter = filter;
            auto leads = page(column);
            QVERIFY2(leads.has_value(), LEJEK_MESSAGE(leads));
            qint64 value = 0;
            for (const Lead &lead : leads->leads)
                value += lead.value(u"value"_s).toLongLong();
            QCOMPARE(totals->at(i).stageId, s.id);
            QVERIFY2(totals->at(i).count == leads->leads.size(), qPrintable(s.name));
            QVERIFY2(totals->at(i).valueMinor == value, qPrintable(s.name));
            QCOMPARE(totals->at(i).weightedMinor, value * s.probability / 100);
        }
        // Whatever the text, the table and its rows are all still there.
        QCOMPARE(*LeadRepository(*m_store.db).count(m_pipeline.id), qint64(9));
    }

    // "No activity for longer than the stage's rotting days": exactly 14 days idle is
    // not rotting yet in Qualification, a minute more is.
    void rottingStartsAfterTheStagesDays()
    {
        const Stage &q = stage(u"Qualification"_s);
        QCOMPARE(q.rottingDays, 14);
        auto insertIdle = [&](const QString &company, const QDateTime &lastActivity) {
            Lead lead;
            lead.pipelineId = m_pipeline.id;
            lead.stageId = q.id;
            lead.version = 1;
            lead.values = {{u"company"_s, company}};
            lead.createdAt = lead.updatedAt = lead.stageEnteredAt = kNow.addDays(-30);
            lead.lastActivityAt = lastActivity;
            return *LeadRepository(*m_store.db).insert(m_pipeline, lead);
        };
        insertIdle(u"Exactly"_s, kNow.addDays(-14));
        const qint64 past = insertIdle(u"Past"_s, kNow.addDays(-14).addSecs(-60));
        PageRequest request;
        request.stageId = q.id;
        request.filter.rottingOnly = true;
        auto p = page(request);
        QVERIFY2(p.has_value(), LEJEK_MESSAGE(p));
        QCOMPARE(ids(p->leads), QList<qint64> {past});
        auto totals = LeadRepository(*m_store.db).totals(m_pipeline, request.filter, kNow);
        QVERIFY2(totals.has_value(), LEJEK_MESSAGE(totals));
        QCOMPARE(totals->at(1).stageId, q.id);
        QCOMPARE(totals->at(1).count, qint64(1));
    }

    // Polish names start with Ł, Ś, Ż: a search ignores their case too.
    void textFilterIgnoresPolishCase()
    {
        const qint64 lodz = insert(m_pipeline, stage(u"Qualification"_s), {{u"company"_s, u"Zakład Łódź"_s}});
        const qint64 zabka = insert(m_pipeline, stage(u"Qualification"_s), {{u"company"_s, u"ŻABKA"_s}});
        for (const auto &[text, id] : {std::pair(u"łódź"_s, lodz), std::pair(u"ZAKŁAD"_s, lodz), std::pair(u"Żabka"_s, zabka)}) {
            PageRequest request;
            request.stageId = stage(u"Qualification"_s).id;
            request.filter.text = text;
            auto p = page(request);
            QVERIFY2(p.has_value(), LEJEK_MESSAGE(p));
            QVERIFY2(ids(p->leads) == QList<qint64> {id}, qPrintable(text));
        }
    }

    // A stage that never rots has no rotting leads, however old.
    void stageWithoutRottingHasNoRottingLeads()
    {
        QCOMPARE(stage(u"Won"_s).rottingDays, 0);
        QVERIFY(insert(m_pipeline, stage(u"Won"_s), {{u"company"_s, u"Old win"_s}}, 400, 400));
        PageRequest request;
        request.stageId = stage(u"Won"_s).id;
        request.filter.rottingOnly = true;
        auto p = page(request);
        QVERIFY2(p.has_value(), LEJEK_MESSAGE(p));
        QVERIFY(p->leads.isEmpty());
        request.filter.rottingOnly = false;
        QCOMPARE(page(request)->leads.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestLeadFilters)
#include "tst_leadfilters.moc"
