// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Readiness: how far a lead is from its next stage, as the card's readiness line and the
// board card's badge show it.
#include "PipelineTemplate.h"
#include "Readiness.h"

#include <QTest>

using namespace lejek;
using namespace Qt::Literals::StringLiterals;

namespace {
const QDate kToday(2026, 3, 2);

Pipeline b2b()
{
    Pipeline p = PipelineTemplate::b2bFunnel();
    p.id = 7;
    for (Stage &s : p.stages) {
        s.id = 100 + s.position;
        s.pipelineId = p.id;
    }
    return p;
}

Lead leadIn(const Pipeline &p, const QString &stage, QVariantMap values = {})
{
    Lead lead;
    lead.id = 1;
    lead.pipelineId = p.id;
    lead.stageId = p.stageByName(stage)->id;
    lead.values = std::move(values);
    return lead;
}
} // namespace

class TestReadiness : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theNextStageIsTheNextOpenOneThenWon()
    {
        const Pipeline p = b2b();
        auto next = [&](const QString &name) {
            const Stage *s = Readiness::nextStage(p, *p.stageByName(name));
            return s ? s->name : u"(none)"_s;
        };
        QCOMPARE(next(u"New leads"_s), u"Qualification"_s);
        QCOMPARE(next(u"MQL"_s), u"SQL"_s);
        QCOMPARE(next(u"SQL"_s), u"Opportunity"_s);       // over the parked Follow-up
        QCOMPARE(next(u"Follow-up"_s), u"Opportunity"_s); // parked: the open stage after it
        QCOMPARE(next(u"Opportunity"_s), u"Won"_s);
        QCOMPARE(next(u"Won"_s), u"(none)"_s);
        QCOMPARE(next(u"Lost"_s), u"(none)"_s);
    }

    // The issue's own example: SQL needs industry, company size, role and main pain.
    void countsAndNamesWhatTheNextStageStillNeeds()
    {
        const Pipeline p = b2b();
        const Readiness r = Readiness::of(p, leadIn(p, u"MQL"_s, {{u"employees"_s, 250}, {u"job_title"_s, u"CFO"_s}}), kToday);
        QCOMPARE(r.next->name, u"SQL"_s);
        QCOMPARE(r.requiredKeys, (QStringList{u"job_title"_s, u"industry"_s, u"employees"_s, u"pains"_s}));
        QCOMPARE(r.missingKeys, (QStringList{u"industry"_s, u"pains"_s}));
        QCOMPARE(r.filled(), 2);
        QCOMPARE(r.required(), 4);
        QVERIFY(!r.isReady());
        QCOMPARE(r.summary(p), u"Ready for SQL: 2 of 4 — missing Industry, Main pain"_s);
        QCOMPARE(r.badge(), u"2/4"_s);
    }

    void aLeadThatMeetsTheGateIsReady()
    {
        const Pipeline p = b2b();
        const Readiness r = Readiness::of(p, leadIn(p, u"MQL"_s, {{u"employees"_s, 250}, {u"job_title"_s, u"CFO"_s},
                                                                  {u"industry"_s, u"Software"_s}, {u"pains"_s, u"Manual reports"_s}}),
                                          kToday);
        QVERIFY(r.isReady());
        QCOMPARE(r.summary(p), u"Ready for SQL: 4 of 4"_s);
        QCOMPARE(r.badge(), u"✓"_s);
    }

    void aStageWithoutAGateNeedsNothingAndShowsNoBadge()
    {
        const Pipeline p = b2b();
        const Readiness r = Readiness::of(p, leadIn(p, u"New leads"_s), kToday);
        QCOMPARE(r.next->name, u"Qualification"_s);
        QVERIFY(r.isReady());
        QCOMPARE(r.summary(p), u"Ready for Qualification"_s);
        QVERIFY(r.badge().isEmpty());
    }

    void failedCriteriaAreNamedToo()
    {
        Pipeline p = b2b();
        p.stages[5].criteria.append(*Condition::parse(u"budget > 50000"_s)); // Opportunity
        const Readiness r = Readiness::of(p, leadIn(p, u"SQL"_s, {{u"employees"_s, 250}, {u"job_title"_s, u"CFO"_s},
                                                                  {u"industry"_s, u"Software"_s}, {u"pains"_s, u"Reports"_s},
                                                                  {u"budget"_s, 1000000}}),
                                          kToday);
        QCOMPARE(r.next->name, u"Opportunity"_s);
        QCOMPARE(r.filled(), 4);
        QCOMPARE(r.failedCriteria.size(), 1);
        QVERIFY(!r.isReady());
        QVERIFY2(r.summary(p).startsWith(u"Ready for Opportunity: 4 of 4 — missing Budget"_s), qPrintable(r.summary(p)));
        QCOMPARE(r.badge(), u"4/4"_s);
    }

    void aClosedLeadHasNoNextStage()
    {
        const Pipeline p = b2b();
        const Readiness r = Readiness::of(p, leadIn(p, u"Won"_s), kToday);
        QVERIFY(!r.next);
        QVERIFY(!r.isReady());
        QVERIFY(r.summary(p).isEmpty());
        QVERIFY(r.badge().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestReadiness)
#include "tst_readiness.moc"
