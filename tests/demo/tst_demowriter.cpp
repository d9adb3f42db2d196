// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
// DemoWriter on a real database: the team, the pipeline, the leads in batches, the
// stage totals and the timelines match what DemoGenerator made.
#include "Await.h"
#include "DemoGenerator.h"
#include "DemoWriter.h"
#include "LocalBackend.h"
#include "TestDatabase.h"

#include <QTest>

using namespace lejek;
using namespace lejek::test;
using namespace Qt::Literals::StringLiterals;

class TestDemoWriter : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<LocalBackend> m_backend;
    const QDateTime m_now = QDateTime(QDate(2026, 3, 2), QTime(10, 0), Qt::UTC);

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
    }

    void cleanup()
    {
        m_backend.reset();
        m_db.reset();
    }

    void writesTheDemo()
    {
        DemoWriter writer(*m_backend);
        QList<std::pair<qint64, qint64>> calls;
        DemoWriter::Options options;
        options.leads = 3000;
        options.seed = 11;
        options.now = m_now;
        options.batchSize = 700;
        auto summary = writer.write(options, [&](qint64 done, qint64 total) { calls.append({done, total}); });
        QVERIFY2(summary.has_value(), qPrintable(summary ? QString() : summary.error().message));
        QCOMPARE(summary->leads, 3000);
        QCOMPARE(summary->usersCreated, 13); // the team and, first, its admin
        QCOMPARE(calls.size(), qsizetype(1 + 5)); // before, then 700 x 4 + 200
        QCOMPARE(calls.front(), (std::pair<qint64, qint64>{0, 3000}));
        QCOMPARE(calls.back(), (std::pair<qint64, qint64>{3000, 3000}));

        const auto pipelines = await(m_backend->pipelines().pipelines(Principal::owner()));
        QVERIFY(pipelines.has_value());
        QCOMPARE(pipelines->size(), qsizetype(1));
        const Pipeline pipeline = pipelines->front();
        QCOMPARE(pipeline.templateKey, u"b2b"_s);
        QCOMPARE(pipeline.id, summary->pipelineId);

        const auto users = await(m_backend->pipelines().users(Principal::owner()));
        QVERIFY(users.has_value());
        QCOMPARE(users->size(), qsizetype(13));
        QList<User> reps;
        QSet<QString> teams;
        QStringList admins;
        for (const User &u : *users) {
            teams.insert(u.teamName);
            if (u.role == u"rep"_s)
                reps.append(u);
            if (u.role == u"admin"_s)
                admins.append(u.name);
        }
        QCOMPARE(teams, (QSet<QString>{u"RevOps"_s, u"AE Enterprise"_s, u"AE Mid-Market PL"_s, u"SDR"_s}));
        QCOMPARE(admins, (QStringList{DemoWriter::admin().name})); // the one who configures; owns no lead
        std::sort(reps.begin(), reps.end(), [](const User &a, const User &b) { return a.id < b.id; });

        // What the generator makes with the same inputs is what the database holds.
        const DemoGenerator generator(pipeline, reps, 3000, 11, m_now);
        const QList<HistoricLead> expected = generator.batch(0, 3000);
        QHash<qint64, qint64> counts, values;
        for (const HistoricLead &h : expected) {
            ++counts[h.lead.stageId];
            values[h.lead.stageId] += h.lead.value(u"value"_s).toLongLong();
        }
        const auto totals = await(m_backend->leads().stageTotals(Principal::owner(), pipeline.id));
        QVERIFY(totals.has_value());
        qint64 sum = 0;
        for (const StageTotals &t : *totals) {
            sum += t.count;
            QCOMPARE(t.count, counts.value(t.stageId));
            QCOMPARE(t.valueMinor, values.value(t.stageId));
        }
        QCOMPARE(sum, 3000);

        // The first lead written is the generator's first: card and timeline.
        const HistoricLead &first = expected.front();
        const auto lead = await(m_backend->leads().lead(Principal::owner(), 1));
        QVERIFY2(lead.has_value(), qPrintable(lead ? QString() : lead.error().message));
        QCOMPARE(lead->stageId, first.lead.stageId);
        QCOMPARE(lead->ownerId, first.lead.ownerId);
        QCOMPARE(lead->value(u"email"_s), first.lead.value(u"email"_s));
        QCOMPARE(lead->value(u"company"_s), first.lead.value(u"company"_s));
        QCOMPARE(lead->createdAt, first.lead.createdAt);
        QCOMPARE(lead->stageEnteredAt, first.lead.stageEnteredAt);
        const auto timeline = await(m_backend->leads().timeline(Principal::owner(), 1));
        QVERIFY(timeline.has_value());
        QList<TimelineEntry> changes;
        int activities = 0;
        for (const TimelineEntry &e : *timeline) {
            if (e.type == TimelineEntry::Type::StageChange)
                changes.append(e);
            else
                ++activities;
        }
        QCOMPARE(changes.size(), first.moves.size());
        for (qsizetype i = 0; i < changes.size(); ++i) {
            QCOMPARE(changes[i].at, first.moves[i].at);
            QCOMPARE(changes[i].toStage, pipeline.stage(first.moves[i].toStageId)->displayName());
            QVERIFY(changes[i].imported);
        }
        QCOMPARE(activities, first.activities.size());
        const auto tasks = await(m_backend->leads().tasks(Principal::owner(), 1));
        QVERIFY(tasks.has_value());
        QCOMPARE(tasks->size(), first.tasks.size());

        // Lost leads carry their reason; the biggest column pages like any other.
        const Stage *lost = pipeline.stageByName(u"Lost"_s);
        PageRequest request;
        request.stageId = lost->id;
        const auto page = await(m_backend->leads().stagePage(Principal::owner(), pipeline.id, request));
        QVERIFY(page.has_value());
        QCOMPARE(page->leads.size(), qsizetype(100));
        QVERIFY(page->hasMore);
        for (const Lead &l : page->leads) {
            QVERIFY(l.isFilled(u"lost_reason"_s));
            QVERIFY(l.closedAt.isValid());
        }
    }

    void writingAgainReusesPipelineAndTeam()
    {
        DemoWriter writer(*m_backend);
        DemoWriter::Options options;
        options.leads = 200;
        options.now = m_now;
        QVERIFY(writer.write(options).has_value());
        options.seed = 2;
        auto again = writer.write(options);
        QVERIFY2(again.has_value(), qPrintable(again ? QString() : again.error().message));
        QCOMPARE(again->usersCreated, 0);
        QCOMPARE(await(m_backend->pipelines().pipelines(Principal::owner()))->size(), qsizetype(1));
        const auto totals = await(m_backend->leads().stageTotals(Principal::owner(), again->pipelineId));
        QVERIFY(totals.has_value());
        qint64 sum = 0;
        for (const StageTotals &t : *totals)
            sum += t.count;
        QCOMPARE(sum, 400);
    }

    void zeroLeadsStillSetsUp()
    {
        DemoWriter writer(*m_backend);
        DemoWriter::Options options;
        options.leads = 0;
        auto summary = writer.write(options);
        QVERIFY(summary.has_value());
        QCOMPARE(summary->leads, 0);
        QCOMPARE(summary->usersCreated, 13); // the team and, first, its admin
        options.leads = -1;
        QVERIFY(!writer.write(options).has_value());
    }
};

QTEST_GUILESS_MAIN(TestDemoWriter)
#include "tst_demowriter.moc"
