// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Scoring, pure: DOMAIN.md's points, caps, negatives, decay and the 70-point handoff
// rule, each total added up by hand in the comments beside it.
#include "Scorer.h"

#include <QTest>

using namespace lejek;
using namespace Qt::Literals::StringLiterals;

Q_DECLARE_METATYPE(lejek::ScoringModel)

namespace {

const QDateTime kNow(QDate(2026, 6, 12), QTime(10, 0), Qt::UTC);

ScoringRule behaviour(const QString &name, const QString &type, int points, int cap = 0, const QString &detail = {})
{
    return ScoringRule{name, ScoringRule::Kind::Behaviour, type, detail, {}, points, cap};
}

ScoringRule fit(const QString &name, const QString &condition, int points)
{
    return ScoringRule{name, ScoringRule::Kind::Fit, {}, {}, *ConditionExpr::parse(condition), points, 0};
}

// DOMAIN.md's model, with caps on the repeatable kinds.
ScoringModel domainModel()
{
    ScoringModel model;
    model.rules = {
        behaviour(u"demo request"_s, u"demo_request"_s, 30, 30),
        behaviour(u"pricing page"_s, u"pricing_visit"_s, 15, 30),
        behaviour(u"download"_s, u"download"_s, 10, 20),
        behaviour(u"webinar"_s, u"webinar"_s, 10),
        behaviour(u"e-mail click"_s, u"email_click"_s, 5, 15),
        fit(u"ICP industry"_s, u"industry in (software, it)"_s, 20),
        fit(u"50–500 employees"_s, u"employees between 50 and 500"_s, 15),
        fit(u"decision-maker role"_s, u"job_title contains director or job_title contains head or job_title contains ceo"_s, 15),
        fit(u"student"_s, u"job_title contains student"_s, -50),
        fit(u"competitor"_s, u"company in (Salesforce, HubSpot, Pipedrive)"_s, -50),
    };
    return model;
}

Facts lead(const QVariantMap &values)
{
    Lead l;
    l.values = values;
    return FactSchema().factsOf(l, u"New"_s, kNow, kNow.date());
}

BehaviourEvent seen(const QString &type, int daysAgo = 1, const QString &detail = {})
{
    return BehaviourEvent{type, detail, kNow.addDays(-daysAgo)};
}

Scorer compiled(const ScoringModel &model)
{
    auto scorer = Scorer::compile(model, FactSchema());
    if (!scorer)
        qFatal("%s", qPrintable(scorer.error()));
    return *scorer;
}

const QVariantMap kIcp{{u"industry"_s, u"Software"_s}, {u"employees"_s, 120}, {u"job_title"_s, u"Head of Sales"_s}};

} // namespace

class TestScorer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void addsUpAndExplains()
    {
        const Scorer scorer = compiled(domainModel());
        // Fit 20 + 15 + 15 = 50. Behaviour: demo 30; 3 downloads 30, capped at 20;
        // 4 clicks 20, capped at 15: 65. Total 115.
        const QList<BehaviourEvent> events{seen(u"demo_request"_s), seen(u"download"_s), seen(u"download"_s), seen(u"download"_s),
                                           seen(u"email_click"_s),  seen(u"email_click"_s), seen(u"email_click"_s), seen(u"email_click"_s)};
        const Score score = scorer.score(lead(kIcp), events, {});
        QCOMPARE(score.total, 115);
        QVERIFY(score.highIntent);
        QCOMPARE(score.reasons, (QList<ScoreReason>{{u"demo request"_s, 30, 1}, {u"download"_s, 20, 3}, {u"e-mail click"_s, 15, 4},
                                                    {u"ICP industry"_s, 20, 1}, {u"50–500 employees"_s, 15, 1},
                                                    {u"decision-maker role"_s, 15, 1}}));
        QCOMPARE(score.explain(), u"demo request +30, download ×3 +20, e-mail click ×4 +15, ICP industry +20, 50–500 employees +15,"
                                  " decision-maker role +15"_s);
        QVERIFY(scorer.meetsHandoff(score));
    }

    void negativeRulesTakeAway()
    {
        const Scorer scorer = compiled(domainModel());
        // A student at a competitor who came to a webinar: 10 - 50 - 50 = -90.
        const Score score = scorer.score(lead({{u"job_title"_s, u"Student"_s}, {u"company"_s, u"hubspot"_s}}), {seen(u"webinar"_s)}, {});
        QCOMPARE(score.total, -90);
        QCOMPARE(score.explain(), u"webinar +10, student \u221250, competitor \u221250"_s);
        QVERIFY(!score.highIntent);
        // A cap bounds negatives too: three "spam" events of -20 capped at 30 take 30.
        ScoringModel model;
        model.rules = {behaviour(u"spam"_s, u"form_sent"_s, -20, 30)};
        QCOMPARE(compiled(model).score(lead({}), {seen(u"form_sent"_s), seen(u"form_sent"_s), seen(u"form_sent"_s)}, {}).total, -30);
    }

    void aDetailNarrowsABehaviourRule()
    {
        ScoringModel model;
        model.rules = {behaviour(u"case study"_s, u"download"_s, 10, 0, u"case study"_s)};
        const Score score = compiled(model).score(
            lead({}), {seen(u"download"_s, 1, u"Case study: Orlen"_s), seen(u"download"_s, 1, u"price list"_s), seen(u"webinar"_s)}, {});
        QCOMPARE(score.total, 10);
        QCOMPARE(score.reasons, (QList<ScoreReason>{{u"case study"_s, 10, 1}}));
    }

    void interestDecaysPerIdleWeek()
    {
        ScoringModel model = domainModel();
        model.decayPerIdleWeek = 5;
        const Scorer scorer = compiled(model);
        // Pricing 15 + download 10 = 25 behaviour, + fit 50 = 75. The last event was 20
        // days ago and the last activity 16: two whole idle weeks, -10.
        const QList<BehaviourEvent> events{seen(u"pricing_visit"_s, 30), seen(u"download"_s, 20)};
        const Score score = scorer.score(lead(kIcp), events, kNow.addDays(-16));
        QCOMPARE(score.total, 65);
        QCOMPARE(score.reasons.last(), (ScoreReason{u"idle decay"_s, -10, 2}));
        QVERIFY2(score.explain().endsWith(u", idle decay ×2 \u221210"_s), qPrintable(score.explain()));
        // Never more than behaviour gave: 10 idle weeks take the 25 and no more (fit stays).
        QCOMPARE(scorer.score(lead(kIcp), {seen(u"pricing_visit"_s, 71), seen(u"download"_s, 70)}, {}).total, 50);
        // Six idle days: no whole week, no decay.
        QCOMPARE(scorer.score(lead(kIcp), {seen(u"pricing_visit"_s, 6)}, {}).total, 65);
    }

    void handoffFiresOncePerCrossing()
    {
        const Scorer scorer = compiled(domainModel());
        const Facts icp = lead(kIcp);
        // 50 fit + download 10 + webinar 10 = 70 but no high intent: no handoff.
        const Score noIntent = scorer.score(icp, {seen(u"download"_s), seen(u"webinar"_s)}, {});
        QCOMPARE(noIntent.total, 70);
        QVERIFY(!scorer.meetsHandoff(noIntent));
        // + pricing 15 = 85 with high intent: the crossing.
        const Score crossed = scorer.score(icp, {seen(u"download"_s), seen(u"webinar"_s), seen(u"pricing_visit"_s)}, {});
        QCOMPARE(crossed.total, 85);
        QVERIFY(scorer.crossesHandoff(noIntent, crossed));
        // More points on the same side: no second crossing.
        const Score more = scorer.score(icp, {seen(u"download"_s), seen(u"webinar"_s), seen(u"pricing_visit"_s), seen(u"demo_request"_s)}, {});
        QCOMPARE(more.total, 115);
        QVERIFY(!scorer.crossesHandoff(crossed, more));
        // Without the role, fit is 35: + pricing 15 + two clicks 10 = 60, high intent but
        // short; + a webinar 10 = exactly 70.
        const Facts noRole = lead({{u"industry"_s, u"it"_s}, {u"employees"_s, 120}});
        const Score short60 = scorer.score(noRole, {seen(u"pricing_visit"_s), seen(u"email_click"_s), seen(u"email_click"_s)}, {});
        QCOMPARE(short60.total, 60);
        QVERIFY(!scorer.meetsHandoff(short60));
        const Score exactly70 = scorer.score(noRole, {seen(u"pricing_visit"_s), seen(u"email_click"_s), seen(u"email_click"_s), seen(u"webinar"_s)}, {});
        QCOMPARE(exactly70.total, 70);
        QVERIFY(scorer.crossesHandoff(short60, exactly70));
        // Fallen back below (decay), then up again: a new crossing.
        QVERIFY(scorer.crossesHandoff(short60, crossed));
    }

    void refusesABadModel_data()
    {
        QTest::addColumn<ScoringModel>("model");
        QTest::addColumn<QString>("message");
        ScoringModel unknownType;
        unknownType.rules = {behaviour(u"phone"_s, u"phone_call"_s, 5)};
        QTest::newRow("event type") << unknownType << u"scoring rule \"phone\": unknown event type \"phone_call\""_s;
        ScoringModel badField;
        badField.rules = {fit(u"size"_s, u"employes > 5"_s, 5)};
        QTest::newRow("field") << badField << u"scoring rule \"size\": unknown field \"employes\""_s;
        ScoringModel negativeCap;
        negativeCap.rules = {behaviour(u"x"_s, u"form_sent"_s, 5, -1)};
        QTest::newRow("cap") << negativeCap << u"scoring rule \"x\": the cap cannot be negative"_s;
        ScoringModel intent;
        intent.highIntentTypes = {u"demo"_s};
        QTest::newRow("high intent") << intent << u"handoff rule: unknown high-intent event type \"demo\""_s;
    }
    void refusesABadModel()
    {
        QFETCH(ScoringModel, model);
        QFETCH(QString, message);
        const auto scorer = Scorer::compile(model, FactSchema());
        QVERIFY(!scorer);
        QVERIFY2(scorer.error().startsWith(message), qPrintable(scorer.error()));
    }
};

QTEST_APPLESS_MAIN(TestScorer)
#include "tst_scorer.moc"
