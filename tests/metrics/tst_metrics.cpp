// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
// DOMAIN.md's metrics over six leads written out by hand: skipped stages, a parked lead
// that came back (a stage entered twice), lost leads, open intervals, period edges.
// Every expected figure is worked out in the comments, not by the code under test.
#include "BoardSnapshot.h"
#include "Forecast.h"
#include "Funnel.h"
#include "HandoffQuality.h"
#include "Leakage.h"
#include "Outcomes.h"
#include "PipelineReport.h"
#include "ReportComparison.h"
#include "ReportTable.h"
#include "SpeedToLead.h"
#include "TimeInStage.h"

#include <QTest>

using namespace lejek;
using namespace Qt::Literals::StringLiterals;

namespace {

constexpr qint64 H = 3600 * 1000; // an hour in milliseconds

// Day N of the history: 1 is Monday 2 March 2026.
QDateTime d(int day, int hour) { return QDateTime(QDate(2026, 3, 1 + day), QTime(hour, 0), Qt::UTC); }

enum : qint64 { New = 1, Qualification, Mql, Sql, FollowUp, Opportunity, Won, Lost };

Pipeline pipeline()
{
    Pipeline p;
    p.id = 1;
    p.name = u"B2B"_s;
    const auto stage = [](qint64 id, const QString &name, StageKind kind) {
        Stage s;
        s.id = id;
        s.pipelineId = 1;
        s.position = int(id);
        s.name = name;
        s.kind = kind;
        return s;
    };
    p.stages = {stage(New, u"New"_s, StageKind::Open),          stage(Qualification, u"Qualification"_s, StageKind::Open),
                stage(Mql, u"MQL"_s, StageKind::Open),          stage(Sql, u"SQL"_s, StageKind::Open),
                stage(FollowUp, u"Follow-up"_s, StageKind::Parked), stage(Opportunity, u"Opportunity"_s, StageKind::Open),
                stage(Won, u"Won"_s, StageKind::Won),           stage(Lost, u"Lost"_s, StageKind::Lost)};
    return p;
}

LeadPath lead(qint64 id, QList<LeadPath::Entry> entries, const QString &lostReason = {})
{
    LeadPath path;
    path.leadId = id;
    path.createdAt = entries.first().at;
    path.entries = std::move(entries);
    path.lostReason = lostReason;
    return path;
}

QList<LeadPath> history()
{
    return {
        // L1 all the way: New 3 h, Qualification 21 h, MQL 24 h, SQL 48 h, Opportunity 120 h, won on day 10.
        lead(1, {{New, d(1, 9)}, {Qualification, d(1, 12)}, {Mql, d(2, 9)}, {Sql, d(3, 9)}, {Opportunity, d(5, 9)}, {Won, d(10, 9)}}),
        // L2 skips Qualification and MQL: New 24 h, SQL 48 h, lost (price) on day 4.
        lead(2, {{New, d(1, 10)}, {Sql, d(2, 10)}, {Lost, d(4, 10)}}, u"price"_s),
        // L3 parked and back: New 24 h, Qualification 24 h, Follow-up 72 h, Qualification again since day 6 11:00.
        lead(3, {{New, d(1, 11)}, {Qualification, d(2, 11)}, {FollowUp, d(3, 11)}, {Qualification, d(6, 11)}}),
        // L4 lost (no fit) after 6 h in New.
        lead(4, {{New, d(2, 9)}, {Lost, d(2, 15)}}, u"no_fit"_s),
        // L5 skips SQL: New 1 h, Qualification 24 h, MQL 48 h, Opportunity 72 h, won on day 9 at 10:00.
        lead(5, {{New, d(3, 9)}, {Qualification, d(3, 10)}, {Mql, d(4, 10)}, {Opportunity, d(6, 10)}, {Won, d(9, 10)}}),
        // L6 never moved: in New since day 4 9:00.
        lead(6, {{New, d(4, 9)}}),
    };
}

// An open lead as it is now, for the forecast and the leakage.
LeadPath now(qint64 id, qint64 stage, const QDateTime &lastActivity, qint64 owner = 0, bool task = false)
{
    LeadPath path = lead(id, {{stage, d(1, 9)}});
    path.lastActivityAt = lastActivity;
    path.ownerId = owner;
    path.hasOpenTask = task;
    path.currency = u"PLN"_s;
    return path;
}
LeadPath valued(qint64 id, qint64 stage, std::optional<qint64> minor, const QString &currency, const QDate &close)
{
    LeadPath path = now(id, stage, d(1, 9));
    path.value = minor;
    path.currency = currency;
    path.expectedClose = close;
    return path;
}

} // namespace

class TestMetrics : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void funnelCountsSkippedStagesAsReached()
    {
        // Furthest stage by the funnel's order (open stages, Won last): L1 Won, L2 SQL (lost
        // does not advance), L3 Qualification (parked does not), L4 New, L5 Won, L6 New.
        // New 6; Qualification 4 (L1 L2 L3 L5); MQL 3 (L1 L2 L5); SQL 3 (L1 L2 L5, L5 past
        // it); Opportunity 2; Won 2.
        const QList<FunnelStep> steps = Funnel::compute(pipeline(), history());
        QStringList got;
        for (const FunnelStep &s : steps)
            got.append(u"%1 %2"_s.arg(s.stage).arg(s.reached));
        QCOMPARE(got, (QStringList{u"New 6"_s, u"Qualification 4"_s, u"MQL 3"_s, u"SQL 3"_s, u"Opportunity 2"_s, u"Won 2"_s}));
        QVERIFY(!steps.at(0).conversion);
        QCOMPARE(*steps.at(1).conversion, 4.0 / 6.0);
        QCOMPARE(*steps.at(2).conversion, 0.75);
        QCOMPARE(*steps.at(3).conversion, 1.0);
        QCOMPARE(*steps.at(4).conversion, 2.0 / 3.0);
        QCOMPARE(*steps.at(5).conversion, 1.0);
        // Each step's leads, for a list.
        QCOMPARE(steps.at(0).leadIds, (QList<qint64>{1, 2, 3, 4, 5, 6}));
        QCOMPARE(steps.at(1).leadIds, (QList<qint64>{1, 2, 3, 5}));
        QCOMPARE(steps.at(3).leadIds, (QList<qint64>{1, 2, 5}));
        QCOMPARE(steps.at(5).leadIds, (QList<qint64>{1, 5}));
        // No leads: every step 0, no conversions.
        for (const FunnelStep &s : Funnel::compute(pipeline(), {})) {
            QCOMPARE(s.reached, 0);
            QVERIFY(!s.conversion);
        }
    }

    void timeInStageCountsEveryIntervalAndListsTheOpenOnes()
    {
        const QDateTime now = d(11, 9);
        const QList<StageTime> stages = TimeInStage::compute(pipeline(), history(), std::nullopt, now);
        QStringList got;
        for (const StageTime &s : stages)
            got.append(u"%1 n=%2 median=%3h p90=%4h"_s.arg(s.stage)
                           .arg(s.durations.count)
                           .arg(s.durations.median ? double(*s.durations.median) / H : -1)
                           .arg(s.durations.p90 ? double(*s.durations.p90) / H : -1));
        // New [1 3 6 24 24]; Qualification [21 24 24] (L3's second stay is open);
        // MQL [24 48]; SQL [48 48]; Follow-up [72]; Opportunity [72 120]. Won and Lost
        // are not stages a lead passes through.
        QCOMPARE(got, (QStringList{u"New n=5 median=6h p90=24h"_s, u"Qualification n=3 median=24h p90=24h"_s,
                                   u"MQL n=2 median=36h p90=48h"_s, u"SQL n=2 median=48h p90=48h"_s,
                                   u"Follow-up n=1 median=72h p90=72h"_s, u"Opportunity n=2 median=96h p90=120h"_s}));
        // Still there on day 11 9:00: L6 in New for 7 days, L3 in Qualification for 118 h.
        QCOMPARE(stages.at(0).ageing.size(), 1);
        QCOMPARE(stages.at(0).ageing.first().leadId, 6);
        QCOMPARE(stages.at(0).ageing.first().ageMs, 168 * H);
        QCOMPARE(stages.at(1).ageing.first().leadId, 3);
        QCOMPARE(stages.at(1).ageing.first().since, d(6, 11));
        QCOMPARE(stages.at(1).ageing.first().ageMs, 118 * H);

        // Only stays that ended on days 2-3 (3 and 4 March): New's exits then are L2 (24 h),
        // L3 (24 h), L4 (6 h), L5 (1 h); L1's on day 1 is out. Median (6 + 24) / 2 = 15 h.
        const QList<StageTime> inPeriod = TimeInStage::compute(pipeline(), history(), Period{QDate(2026, 3, 3), QDate(2026, 3, 4)}, now);
        QCOMPARE(inPeriod.at(0).durations.count, 4);
        QCOMPARE(*inPeriod.at(0).durations.median, 15 * H);
        QCOMPARE(*inPeriod.at(0).durations.p90, 24 * H);
    }

    void outcomesOfTheLeadsClosedInThePeriod()
    {
        // Days 1-10 (2-11 March): won L1 (day 10) and L5 (day 9), lost L2 (price) and L4
        // (no fit). Win rate 2 / 4. Cycles: L1 9 days = 216 h, L5 6 days 1 h = 145 h;
        // median (216 + 145) / 2 = 180.5 h, p90 216 h.
        Outcomes out = Outcomes::compute(pipeline(), history(), Period{QDate(2026, 3, 2), QDate(2026, 3, 11)});
        QCOMPARE(out.won, 2);
        QCOMPARE(out.lost, 2);
        QCOMPARE(*out.winRate, 0.5);
        QCOMPARE(*out.cycle.median, qint64(180.5 * H));
        QCOMPARE(*out.cycle.p90, 216 * H);
        QCOMPARE(out.lostReasons.size(), 2);
        QCOMPARE(out.lostReasons.at(0).code, u"no_fit"_s);
        QCOMPARE(out.lostReasons.at(0).share, 0.5);
        QCOMPARE(out.lostReasons.at(1).code, u"price"_s);
        QCOMPARE(out.lostReasons.at(0).leadIds, QList<qint64>{4});
        QCOMPARE(out.lostReasons.at(1).leadIds, QList<qint64>{2});

        // The period's last day is whole: to 10 March takes L5 (won that day at 10:00),
        // not L1 (won on the 11th).
        out = Outcomes::compute(pipeline(), history(), Period{QDate(2026, 3, 2), QDate(2026, 3, 10)});
        QCOMPARE(out.won, 1);
        QCOMPARE(*out.winRate, 1.0 / 3.0);
        QCOMPARE(*out.cycle.median, 145 * H);
        // Nothing closed in a period: no win rate, no cycle (not 0).
        out = Outcomes::compute(pipeline(), history(), Period{QDate(2026, 4, 1), QDate(2026, 4, 30)});
        QVERIFY(!out.winRate);
        QVERIFY(!out.cycle.median);
        QVERIFY(out.lostReasons.isEmpty());
    }

    void forecastWeighsOpenLeadsByTheirCloseMonth()
    {
        Pipeline p = pipeline();
        for (Stage &s : p.stages)
            s.probability = QHash<qint64, int>{{New, 10}, {Qualification, 20}, {Mql, 30}, {Sql, 50}, {Opportunity, 70}, {Won, 100}}.value(s.id);
        const QList<ForecastMonth> rows = Forecast::compute(p, {
            valued(1, Sql, 1'000'000, u"PLN"_s, QDate(2026, 4, 15)),       // 10 000,00 × 50% = 5 000,00
            valued(2, Opportunity, 333'333, u"PLN"_s, QDate(2026, 4, 30)), // 3 333,33 × 70% = 2 333,331
            valued(3, Qualification, std::nullopt, u"PLN"_s, QDate(2026, 4, 2)), // no value: counted, adds nothing
            valued(4, Opportunity, 200'000, u"EUR"_s, QDate(2026, 4, 10)), // 2 000 € × 70% = 1 400 €, never added to złoty
            valued(5, FollowUp, 500'000, u"PLN"_s, QDate(2026, 4, 1)),     // parked: not in the forecast
            valued(6, New, 100'000, u"PLN"_s, QDate()),                    // no date: the last row, 1 000 × 10% = 100
            valued(7, Won, 900'000, u"PLN"_s, QDate(2026, 4, 1)),          // won: not open
            valued(8, Mql, 99'900, u"PLN"_s, QDate(2026, 5, 31)),          // 999 × 30% = 299,70
        });
        QCOMPARE(rows.size(), 4);
        QCOMPARE(rows.at(0).month, QDate(2026, 4, 1));
        QCOMPARE(rows.at(0).currency, u"EUR"_s);
        QCOMPARE(rows.at(0).leads, 1);
        QCOMPARE(rows.at(0).value, 200'000);
        QCOMPARE(rows.at(0).weighted, 140'000);
        QCOMPARE(rows.at(1).month, QDate(2026, 4, 1));
        QCOMPARE(rows.at(1).currency, u"PLN"_s);
        QCOMPARE(rows.at(1).leads, 3);
        QCOMPARE(rows.at(1).value, 1'333'333);
        QCOMPARE(rows.at(1).weighted, 733'333); // 500 000 + 233 333,1 grosze, rounded once
        QCOMPARE(rows.at(2).month, QDate(2026, 5, 1));
        QCOMPARE(rows.at(2).weighted, 29'970);
        QVERIFY(!rows.at(3).month.isValid());
        QCOMPARE(rows.at(3).leads, 1);
        QCOMPARE(rows.at(3).weighted, 10'000);
    }

    void leakageFindsLeadsWithNoOwnerNoTaskOrRotting()
    {
        Pipeline p = pipeline();
        for (Stage &s : p.stages)
            s.rottingDays = QHash<qint64, int>{{Qualification, 7}, {Sql, 14}, {FollowUp, 30}, {Won, 3}}.value(s.id);
        const QDateTime at = d(20, 12);
        const Leakage leakage = Leakage::compute(p, {
            now(1, New, d(1, 9)),                       // P: no owner, no task; New never rots
            now(2, Qualification, d(13, 11), 5, true),  // Q: idle 7 days and an hour: rotting
            now(3, Qualification, d(13, 13), 5, true),  // R: idle 6 days 23 hours: fine
            now(4, FollowUp, d(19, 9), 5, false),       // S: parked, still needs a next step
            now(5, Won, d(1, 9)),                       // T: won: not open, whatever its days
            now(6, Sql, d(1, 9), 5, true),              // U: idle 19 days in SQL (14): rotting
        }, at);
        QCOMPARE(leakage.stages.size(), 6); // New, Qualification, MQL, SQL, Follow-up, Opportunity
        const auto counts = [&](int i) {
            const StageLeakage &s = leakage.stages.at(i);
            return QList<int>{s.leads, s.noOwner, s.noNextTask, s.rotting, s.leaking};
        };
        QCOMPARE(leakage.stages.at(0).stageId, qint64(New));
        QCOMPARE(counts(0), (QList<int>{1, 1, 1, 0, 1}));
        QCOMPARE(counts(1), (QList<int>{2, 0, 0, 1, 1}));
        QCOMPARE(counts(2), (QList<int>{0, 0, 0, 0, 0}));
        QCOMPARE(counts(3), (QList<int>{1, 0, 0, 1, 1}));
        QCOMPARE(leakage.stages.at(4).stageId, qint64(FollowUp));
        QCOMPARE(counts(4), (QList<int>{1, 0, 1, 0, 1}));
        QCOMPARE(counts(5), (QList<int>{0, 0, 0, 0, 0}));
        // The leads, the longest idle first (P and U tie: as given).
        QList<qint64> ids;
        for (const LeakingLead &l : leakage.leads)
            ids.append(l.leadId);
        QCOMPARE(ids, (QList<qint64>{1, 6, 2, 4}));
        QVERIFY(leakage.leads.at(0).noOwner && leakage.leads.at(0).noNextTask && !leakage.leads.at(0).rotting);
    }

    void boardSnapshotInTheColumnsOfTheDay()
    {
        // What the stays held open at the end of a day, by stage: the columns are the
        // configuration's then, in its order, with its probabilities (SQL at 50%).
        // Opportunity did not exist yet: its leads (a stage the day lacks) are in no column.
        QHash<qint64, StageTotals> byStage;
        byStage.insert(Qualification, StageTotals{Qualification, 1, 4'000, 0});
        byStage.insert(Sql, StageTotals{Sql, 3, 2'001, 0});
        byStage.insert(Opportunity, StageTotals{Opportunity, 2, 9'000, 0});
        byStage.insert(Lost, StageTotals{Lost, 1, 8'000, 0});
        QList<Stage> then = pipeline().stages;
        then.removeAt(5); // Opportunity
        then[3].probability = 50; // SQL
        const QList<BoardColumn> board = BoardSnapshot::compute(then, byStage);
        QStringList columns;
        for (const BoardColumn &c : board)
            columns.append(u"%1 %2 %3 %4"_s.arg(c.stage.name).arg(c.count).arg(c.valueMinor).arg(c.weightedMinor));
        QCOMPARE(columns, (QStringList{u"New 0 0 0"_s, u"Qualification 1 4000 0"_s, u"MQL 0 0 0"_s, u"SQL 3 2001 1000"_s,
                                       u"Follow-up 0 0 0"_s, u"Won 0 0 0"_s, u"Lost 1 8000 0"_s}));
    }

    void handoffQualityFollowsTheFirstMoveAfterTheHandoff()
    {
        // MQL is the handoff stage; the period is days 2 to 9 (3 to 10 March).
        QList<LeadPath> leads = history(); // L1 (MQL day 2, then SQL) and L5 (MQL day 4, then Opportunity): accepted
        leads.append(lead(7, {{New, d(1, 9)}, {Mql, d(2, 12)}, {Qualification, d(3, 12)}}));          // back: returned
        leads.append(lead(8, {{New, d(1, 9)}, {Mql, d(3, 9)}, {Lost, d(4, 9)}}, u"no_fit"_s));         // disqualified
        leads.append(lead(9, {{New, d(1, 9)}, {Mql, d(4, 9)}, {FollowUp, d(5, 9)}}));                // nurture: returned
        leads.append(lead(10, {{New, d(1, 9)}, {Mql, d(5, 9)}}));                                    // waiting
        leads.append(lead(11, {{New, d(1, 9)}, {Mql, d(20, 9)}}));                                   // after the period
        // Handed off before the period, and again in it (day 6): that one counts, lost after.
        leads.append(lead(12, {{New, d(1, 8)}, {Mql, d(1, 9)}, {Sql, d(2, 8)}, {Mql, d(6, 9)}, {Lost, d(7, 9)}}, u"price"_s));
        const HandoffQuality q = HandoffQuality::compute(pipeline(), leads, Period{QDate(2026, 3, 3), QDate(2026, 3, 10)}, Mql);
        QCOMPARE(q.handoffStageId, qint64(Mql));
        QCOMPARE(q.handedOff, 7);
        QCOMPARE(q.accepted, 2);
        QCOMPARE(q.returned, 2);
        QCOMPARE(q.disqualified, 2);
        QCOMPARE(q.waiting, 1);
        QCOMPARE(q.reasons.size(), 2);
        QCOMPARE(q.reasons.at(0).code, u"no_fit"_s);
        QCOMPARE(q.reasons.at(0).share, 0.5);
        // A pipeline without the stage counts nothing.
        QCOMPARE(HandoffQuality::compute(pipeline(), leads, Period{QDate(2026, 3, 3), QDate(2026, 3, 10)}, 99).handedOff, 0);

        // Counted in two sets and added up, as a report's whole is its groups': the same.
        const qsizetype split = leads.size() - 3; // the other set: L10, L11 and L12
        HandoffQuality halves = HandoffQuality::compute(pipeline(), leads.mid(0, split), Period{QDate(2026, 3, 3), QDate(2026, 3, 10)}, Mql);
        QCOMPARE(halves.disqualified, 1); // L8 (no_fit); L12 (price) is in the other
        halves.add(HandoffQuality::compute(pipeline(), leads.mid(split), Period{QDate(2026, 3, 3), QDate(2026, 3, 10)}, Mql));
        QCOMPARE(halves.handedOff, 7);
        QCOMPARE(halves.accepted, 2);
        QCOMPARE(halves.returned, 2);
        QCOMPARE(halves.disqualified, 2);
        QCOMPARE(halves.waiting, 1);
        QCOMPARE(halves.reasons.size(), 2);
        QCOMPARE(halves.reasons.at(0).code, u"no_fit"_s);
        QCOMPARE(halves.reasons.at(0).share, 0.5);
        QCOMPARE(halves.reasons.at(1).code, u"price"_s);
        QCOMPARE(halves.reasons.at(1).count, 1);
        HandoffQuality none; // of no handoff stage: takes the other's
        none.add(halves);
        QCOMPARE(none.handedOff, 7);
        QCOMPARE(none.reasons.size(), 2);
    }

    void speedToLeadAndSlasCountWorkingTime()
    {
        // MQL is the handoff stage, with SLA 1 of 15 working minutes and SLA 2 of 16
        // (two days). Team 1 works 9:00-17:00 UTC on weekdays; a lead of no team has the
        // default calendar, 9:00-17:00 in Warsaw (UTC+1 in March). The period is days
        // 2 to 9; now is Tuesday 10 March (day 9) 11:05.
        Pipeline p = pipeline();
        p.stages[2].slaFirstContactMinutes = 15;
        p.stages[2].slaDecisionMinutes = 16 * 60;
        const auto at = [](int day, int hour, int minute) { return d(day, hour).addSecs(minute * 60); };
        const auto handed = [](qint64 id, QList<LeadPath::Entry> entries, QList<QDateTime> contacts, qint64 team = 1) {
            LeadPath path = lead(id, std::move(entries));
            path.contacts = std::move(contacts);
            path.teamId = team;
            return path;
        };
        const QList<LeadPath> leads{
            // A: MQL Tue 10:00, called 10:10 (10 min: met); SQL Wed 10:00 (8 h: met).
            handed(21, {{New, d(1, 9)}, {Mql, d(2, 10)}, {Sql, d(3, 10)}}, {at(2, 10, 10)}),
            // B: MQL Tue 16:00, called Wed 9:30 (1 h + 30 min = 90 min: broken); lost Fri
            // 12:00 (1 + 8 + 8 + 3 = 20 h: broken).
            handed(22, {{New, d(1, 9)}, {Mql, d(2, 16)}, {Lost, d(5, 12)}}, {at(3, 9, 30)}),
            // C: MQL Thu 20:00 (the clock waits for Fri 9:00), called Fri 9:05 (5 min: met);
            // parked Mon 9:00 (8 h: met).
            handed(23, {{New, d(1, 9)}, {Mql, d(4, 20)}, {FollowUp, d(8, 9)}}, {at(5, 9, 5)}),
            // D: MQL Sat 12:00; called only before the handoff: waiting, SLA 1 due Mon
            // 9:15 (broken); back to Qualification is no decision, SLA 2 due Tue 17:00
            // (running).
            handed(24, {{New, d(1, 9)}, {Mql, d(6, 12)}, {Qualification, d(8, 10)}}, {d(5, 10)}),
            // E: MQL Tue 11:00; the call is after now: waiting, both tiers running.
            handed(25, {{New, d(1, 9)}, {Mql, d(9, 11)}}, {d(10, 9)}),
            // F, no team: MQL 8:00 UTC = 9:00 Warsaw, called 8:20 (20 min: broken; by
            // team 1's hours it would be 0 and met); SQL 9:00 UTC (1 h: met).
            handed(26, {{New, d(1, 7)}, {Mql, d(2, 8)}, {Sql, d(2, 9)}}, {at(2, 8, 20)}, 0),
            // G: handed off before the period: not counted.
            handed(27, {{New, d(1, 8)}, {Mql, d(1, 9)}}, {}),
        };
        const QHash<qint64, WorkingCalendar> calendars{
            {1, WorkingCalendar(QTimeZone::utc(), QTime(9, 0), QTime(17, 0), {1, 2, 3, 4, 5})}};
        const Period period{QDate(2026, 3, 3), QDate(2026, 3, 10)};
        const SpeedToLead s = SpeedToLead::compute(p, leads, period, at(9, 11, 5), Mql, calendars);
        QCOMPARE(s.handoffStageId, qint64(Mql));
        QCOMPARE(s.handedOff, 6);
        // Contacted after 5, 10, 20 and 90 minutes: median (10 + 20) / 2 = 15, p90 the 4th.
        QCOMPARE(s.speed.count, 4);
        QCOMPARE(*s.speed.median, 15 * 60'000);
        QCOMPARE(*s.speed.p90, 90 * 60'000);
        QCOMPARE(s.waiting, 2);
        QCOMPARE(s.waitingLeads, (QList<qint64>{24, 25}));
        QCOMPARE(s.firstContact.minutes, 15);
        QCOMPARE(s.firstContact.met, 2);      // A, C
        QCOMPARE(s.firstContact.breached, 3); // B, D, F
        QCOMPARE(s.firstContact.breachedLeads, (QList<qint64>{22, 24, 26}));
        QCOMPARE(s.firstContact.running, 1);  // E
        QCOMPARE(*s.firstContact.share(), 0.4);
        QCOMPARE(s.decision.met, 3);      // A, C, F
        QCOMPARE(s.decision.breached, 1); // B
        QCOMPARE(s.decision.breachedLeads, QList<qint64>{22});
        QCOMPARE(s.decision.running, 2);  // D, E
        QCOMPARE(*s.decision.share(), 0.75);

        // Measured in two sets and added up, as a report's whole is its groups': the same.
        const SpeedToLead halves = SpeedToLead::addedUp({SpeedToLead::compute(p, leads.mid(0, 3), period, at(9, 11, 5), Mql, calendars), // A, B, C
                                                         SpeedToLead(), // of no handoff stage: nothing
                                                         SpeedToLead::compute(p, leads.mid(3), period, at(9, 11, 5), Mql, calendars)}); // D to G
        QCOMPARE(halves.handoffStageId, qint64(Mql));
        QCOMPARE(halves.firstContact.minutes, 15);
        QCOMPARE(halves.handedOff, 6);
        QCOMPARE(halves.speeds, (QList<qint64>{5 * 60'000, 10 * 60'000, 20 * 60'000, 90 * 60'000}));
        QCOMPARE(halves.speed.count, 4);
        QCOMPARE(*halves.speed.median, 15 * 60'000);
        QCOMPARE(*halves.speed.p90, 90 * 60'000);
        QCOMPARE(halves.waiting, 2);
        QCOMPARE(halves.waitingLeads, (QList<qint64>{24, 25}));
        QCOMPARE(halves.firstContact.met, 2);
        QCOMPARE(halves.firstContact.breached, 3);
        QCOMPARE(halves.firstContact.breachedLeads, (QList<qint64>{22, 24, 26}));
        QCOMPARE(halves.firstContact.running, 1);
        QCOMPARE(halves.decision.met, 3);
        QCOMPARE(halves.decision.breached, 1);
        QCOMPARE(halves.decision.breachedLeads, QList<qint64>{22});
        QCOMPARE(halves.decision.running, 2);

        // A handoff stage without SLAs counts the speed but no tier.
        const SpeedToLead bare = SpeedToLead::compute(pipeline(), leads, period, at(9, 11, 5), Mql, calendars);
        QCOMPARE(bare.speed.count, 4);
        QCOMPARE(bare.firstContact.minutes, 0);
        QCOMPARE(bare.firstContact.met + bare.firstContact.breached + bare.firstContact.running, 0);
        QVERIFY(!bare.decision.share());
        // No handoff stage: nothing.
        QCOMPARE(SpeedToLead::compute(p, leads, period, at(9, 11, 5), 0, calendars).handedOff, 0);
    }

    void aReportInPartsIsTheWholeReport()
    {
        // The dashboard asks for its report in parts, which the store answers apart:
        // the whole's quick sections and its stays, then by owner the cohort and the
        // outcomes, and the handoffs. Owners: L1, L2 and L6 Anna's; L3 and L5 Bartek's;
        // L4 nobody's. MQL is the handoff stage; the period is days 1 to 9.
        QList<LeadPath> leads = history();
        for (LeadPath &lead : leads)
            lead.owner = QList<qint64>{1, 2, 6}.contains(lead.leadId) ? u"Anna"_s : lead.leadId == 4 ? QString() : u"Bartek"_s;
        const Period period{QDate(2026, 3, 2), QDate(2026, 3, 10)};
        const QDateTime at = d(10, 12);
        const ReportSetup setup{Mql, {}};
        const ReportSections quick{ReportSection::Cohort, ReportSection::Outcomes, ReportSection::OpenLeads};
        const ReportSections closedIn{ReportSection::Cohort, ReportSection::Outcomes};
        const auto part = [&](Breakdown by, ReportSections sections) {
            return PipelineReport::compute(pipeline(), leads, period, at, by, setup, sections);
        };
        const PipelineReport whole = part(Breakdown::Owner, AllSections);
        // In the order the store answered, whichever: the handoffs' groups before the others'.
        for (const bool handoffsFirst : {false, true}) {
            PipelineReport merged;
            merged.sections = {};
            merged.groupSections = {};
            merged.take(part(Breakdown::None, quick));
            merged.take(part(Breakdown::None, ReportSection::Stays));
            QCOMPARE(merged.by, Breakdown::None);
            if (handoffsFirst)
                merged.take(part(Breakdown::Owner, ReportSection::Handoffs));
            merged.take(part(Breakdown::Owner, closedIn));
            if (!handoffsFirst)
                merged.take(part(Breakdown::Owner, ReportSection::Handoffs));
            QCOMPARE(merged.sections, AllSections);
            QCOMPARE(merged.groupSections, closedIn | ReportSection::Handoffs);
            QCOMPARE(merged.by, Breakdown::Owner);
            QStringList names;
            for (const ReportPart &g : std::as_const(merged.groups))
                names.append(g.group);
            QCOMPARE(names, (QStringList{QString(), u"Anna"_s, u"Bartek"_s}));
            // Anna's: L1, L2, L6 came in; L2 lost (L1 won on 11 March, after the period);
            // L1 handed off (MQL on day 2).
            QCOMPARE(merged.groups.at(1).cohort, 3);
            QCOMPARE(merged.groups.at(1).outcomes.won, 0);
            QCOMPARE(merged.groups.at(1).outcomes.lost, 1);
            QCOMPARE(merged.groups.at(1).handoff.handedOff, 1);
            // Bartek's: L3, L5 came in; L5 won on 10 March, handed off on day 4. The
            // whole's two handoffs are the groups' together.
            QCOMPARE(merged.groups.at(2).cohort, 2);
            QCOMPARE(merged.groups.at(2).outcomes.won, 1);
            QCOMPARE(merged.groups.at(2).handoff.handedOff, 1);
            QCOMPARE(merged.total.handoff.handedOff, 2);
            // Each group's tables, and each of the whole's, as the report asked for whole.
            for (const ReportTable::Kind kind : {ReportTable::Kind::Owners, ReportTable::Kind::Funnel, ReportTable::Kind::WinRate,
                                                 ReportTable::Kind::Handoff, ReportTable::Kind::SpeedToLead})
                QCOMPARE(ReportTable(kind, merged).rows(), ReportTable(kind, whole).rows());
            const auto totalOf = [&](const PipelineReport &r) {
                return PipelineReport{r.period, r.now, Breakdown::None, r.total, {}, {}, AllSections, {}};
            };
            for (int kind = 0; kind < ReportTable::kindKeys().size(); ++kind)
                if (ReportTable::Kind(kind) != ReportTable::Kind::Owners)
                    QCOMPARE(ReportTable(ReportTable::Kind(kind), totalOf(merged)).rows(),
                             ReportTable(ReportTable::Kind(kind), totalOf(whole)).rows());
        }
    }

    void aComparisonSaysWhatChanged()
    {
        ReportPart now, before;
        now.cohort = 12;
        before.cohort = 9;
        now.outcomes.won = 3;
        now.outcomes.lost = 1;
        now.outcomes.winRate = 0.75;
        before.outcomes.winRate = 0.5;
        now.speed.speed.median = 30 * 60'000; // 30 working minutes
        before.speed.speed.median = 90 * 60'000;
        const ReportComparison c = ReportComparison::of(now, before);
        const QLocale english(QLocale::English, QLocale::UnitedStates);
        QCOMPARE(c.rows.at(0).figure, u"Leads that came in"_s);
        QCOMPARE(ReportComparison::change(c.rows.at(0), english), u"+3"_s);
        QCOMPARE(ReportComparison::change(c.rows.at(2), english), u"+3"_s); // won 3 against 0
        QCOMPARE(ReportComparison::change(c.rows.at(4), english), u"+25.0 pp"_s);
        QCOMPARE(ReportComparison::change(c.rows.at(5), english), u"–"_s); // no cycle on either side
        QCOMPARE(c.rows.at(8).figure, u"Speed to lead, median"_s);
        QCOMPARE(ReportComparison::change(c.rows.at(8), english), u"−1.0 h"_s); // an hour faster
        QCOMPARE(ReportComparison::change(c.rows.at(11), english), u"±0"_s);
        QCOMPARE(ReportComparison::change(c.rows.at(4), QLocale(QLocale::Polish, QLocale::Poland)), u"+25,0 pp"_s);
    }
};

QTEST_GUILESS_MAIN(TestMetrics)
#include "tst_metrics.moc"
