// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
// HandoffTally places each count's row by the rules a handoff read one by one follows;
// a past day's correction is the same rule taken back (n = -1). A bucket that holds an
// SLA's limit is kept once per owner to be read one by one, whichever read gave the
// owner: Qt's query (a NULL of a type, an id as qlonglong) or the client library's (no
// value, an id as an int). Kept twice, its handoffs were placed twice (a past day's
// first-contact SLA on the 120,000-lead demo: 13 more than handed off).
#include "HandoffTally.h"
#include "PipelineTemplate.h"
#include "ReportDayRepository.h"

#include <QTest>

using namespace lejek;
using namespace Qt::Literals::StringLiterals;

class TestHandoffTally : public QObject
{
    Q_OBJECT

private:
    Pipeline m_pipeline = PipelineTemplate::b2bFunnel();
    const LeadFilter m_filter;
    const LeadScope m_scope;
    const QDateTime m_now = QDateTime(QDate(2026, 12, 7), QTime(0, 0), Qt::UTC);
    const Period m_period{QDate(2026, 1, 1), QDate(2026, 11, 30)};
    const QHash<qint64, LeadPathRepository::Person> m_people{{7, {u"Anna Nowak"_s, 0, {}}}, {8, {u"Jan Kowalski"_s, 0, {}}}};
    qint64 m_mql = 0;

    // A tally of the MQL stage's handoffs (SLA 1: 15 working minutes).
    HandoffTally tallyBy(const ReportGrouping &groups)
    {
        HandoffTally t(m_pipeline, m_filter, m_scope, m_now, m_period, groups, m_mql, m_people);
        t.firstLimit = qint64(t.handoff->slaFirstContactMinutes) * 60'000;
        t.decisionLimit = qint64(t.handoff->slaDecisionMinutes) * 60'000;
        return t;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_pipeline.id = 1;
        for (qsizetype i = 0; i < m_pipeline.stages.size(); ++i)
            m_pipeline.stages[i].id = i + 1;
        m_mql = m_pipeline.stageByName(u"MQL"_s)->id;
        QCOMPARE(m_pipeline.stage(m_mql)->slaFirstContactMinutes, 15);
    }

    void aLimitsBucketIsKeptOnceWhateverReadGaveTheOwner()
    {
        const ReportGrouping whole = ReportGrouping::of(Breakdown::None, m_people);
        const ReportGrouping byOwner = ReportGrouping::of(Breakdown::Owner, m_people);
        const qint64 atLimit = ReportDayRepository::lengthBucket(15 * 60'000);
        HandoffTally t = tallyBy(whole);
        t.addContacts(QVariant(QMetaType::fromType<qlonglong>()), atLimit, 5); // Qt's NULL
        t.addContacts(QVariant(), atLimit, -1);                                // the client library's: a correction
        QCOMPARE(t.firstUnknown.size(), 1);
        QCOMPARE(t.counts.value(QString()).handedOff, 4);
        QCOMPARE(t.counts.value(QString()).speeds.at(atLimit), 4);

        HandoffTally owners = tallyBy(byOwner);
        owners.addContacts(QVariant(qlonglong(7)), atLimit, 3);
        owners.addContacts(QVariant(int(7)), atLimit, -1);
        owners.addContacts(QVariant(qlonglong(8)), atLimit, 2); // another owner: a bucket of their own
        QCOMPARE(owners.firstUnknown.size(), 2);
        QCOMPARE(owners.counts.size(), 2);
        QCOMPARE(owners.counts.value(u"Anna Nowak"_s).handedOff, 2);
        QCOMPARE(owners.counts.value(u"Anna Nowak"_s).owners, QList<qint64>{7});
    }

    void aCorrectionTakesBackWhatItsRowAdded()
    {
        HandoffTally t = tallyBy(ReportGrouping::of(Breakdown::None, m_people));
        const qint64 quick = ReportDayRepository::lengthBucket(60'000), slow = ReportDayRepository::lengthBucket(3'600'000);
        const qint64 lost = m_pipeline.stageByName(u"Lost"_s)->id, sql = m_pipeline.stageByName(u"SQL"_s)->id;
        t.addContacts({}, quick, 3); // met
        t.addContacts({}, slow, 2);  // breached
        t.addContacts({}, -1, 1);    // not contacted: waiting, breached
        t.addMoves({}, lost, slow, 2);
        t.addMoves({}, sql, quick, 4);
        t.addReasons({}, lost, u"budget"_s, 1);
        // Taken back: one of each (a correction's row is one handoff's).
        t.addContacts({}, quick, -1);
        t.addContacts({}, -1, -1);
        t.addMoves({}, lost, slow, -1);
        t.addReasons({}, lost, u"budget"_s, -1);
        t.addNoReasons();
        const HandoffGroupCounts c = t.counts.value(QString());
        QCOMPARE(c.handedOff, 4);
        QCOMPARE(c.waiting, 0);
        QCOMPARE(c.firstContact.met, 2);
        QCOMPARE(c.firstContact.breached, 2);
        QCOMPARE(c.speeds.count(quick), 1u);
        QCOMPARE(c.nextStages.value(lost), 1);
        QCOMPARE(c.nextStages.value(sql), 4);
        QVERIFY(!c.reasons.contains(u"budget"_s)); // fallen to none: no reason of 0
        QCOMPARE(c.reasons.value(QString()), 1);  // the one lost left, with no reason given
        QVERIFY(t.firstUnknown.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestHandoffTally)
#include "tst_handofftally.moc"
