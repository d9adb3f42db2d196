// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The reports from history, on SQLite and on a real PostgreSQL server: a small past
// made through the services (a skipped stage, a parked lead back in a stage, lost leads
// with reasons, a merged lead, three owners in two teams), reported for a period, by
// owner and as a rep sees it. Every figure is worked out by hand in the comments.
#include "Await.h"
#include "LocalBackend.h"
#include "ReportService.h"
#include "TestDatabase.h"

#include <QTest>

using namespace lejek;
using namespace lejek::test;
using namespace Qt::Literals::StringLiterals;

namespace {
constexpr qint64 H = 3600 * 1000;
// Day N of the history: 1 is Monday 2 March 2026.
QDateTime d(int day, int hour) { return QDateTime(QDate(2026, 3, 1 + day), QTime(hour, 0), Qt::UTC); }
} // namespace

class TestReports : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<LocalBackend> m_backend;
    Pipeline m_pipeline;
    User m_maria;
    User m_anna;
    User m_piotr;
    QDateTime m_now;
    QList<qint64> m_leads; // L1.. by index + 1

    User user(const QString &name, const QString &team, const QString &role)
    {
        auto u = await(m_backend->pipelines().createUser(Principal::owner(),
                                                         User{0, name, name.left(4).toLower() + u"@firma.pl"_s, 0, team, role, true}));
        if (!u)
            qFatal("%s", qPrintable(u.error().message));
        return *u;
    }
    qint64 create(const QDateTime &at, const QString &owner)
    {
        m_now = at;
        const FieldInput fields{{u"company"_s, u"Firma %1"_s.arg(m_leads.size() + 1)}, {u"owner"_s, owner},
                                {u"industry"_s, u"software"_s}, {u"employees"_s, u"50"_s}, {u"job_title"_s, u"CEO"_s},
                                {u"pains"_s, u"Leads lost"_s}, {u"value"_s, u"1000"_s}};
        auto lead = await(m_backend->leads().createLead(Principal::owner(), NewLead{m_pipeline.id, {}, fields, {}, 0}));
        if (!lead)
            qFatal("%s", qPrintable(lead.error().message));
        m_leads.append(lead->id);
        return lead->id;
    }
    void move(int lead, const QString &stage, const QDateTime &at, const QString &lostReason = {})
    {
        m_now = at;
        FieldInput fields;
        if (!lostReason.isEmpty())
            fields.insert(u"lost_reason"_s, lostReason);
        auto moved = await(m_backend->leads().moveLeads(
            Principal::owner(), MoveRequest{{m_leads.at(lead - 1)}, m_pipeline.stageByName(stage)->id, fields, {}, {}, {}}));
        QVERIFY2(moved.has_value(), qPrintable(moved ? QString() : moved.error().message));
    }
    PipelineReport report(const Principal &by, const QDate &from, const QDate &to, Breakdown breakdown = Breakdown::None)
    {
        auto r = await(m_backend->reports().report(by, ReportRequest{m_pipeline.id, from, to, {}, breakdown, {}}));
        if (!r)
            qFatal("%s", qPrintable(r.error().message));
        return *r;
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
        m_leads.clear();
        m_now = d(1, 8); // the pipeline and people exist before the first lead
        m_backend = std::make_unique<LocalBackend>(m_db->settings(), [this] { return m_now; });
        QVERIFY(await(m_backend->open()).has_value());
        auto pipeline = await(m_backend->pipelines().createFromTemplate(Principal::owner(), u"b2b"_s, {}));
        QVERIFY(pipeline.has_value());
        m_pipeline = *pipeline;
        m_maria = user(u"Maria Kierownik"_s, u"Sprzedaż"_s, u"admin"_s);
        m_anna = user(u"Anna Nowak"_s, u"Sprzedaż"_s, u"rep"_s);
        m_piotr = user(u"Piotr Zieliński"_s, u"Sprzedaż"_s, u"rep"_s);
        user(u"Marta Wójcik"_s, u"SDR"_s, u"rep"_s);

        create(d(1, 9), u"Anna Nowak"_s);       // L1: New 3 h, Qualification 21 h, SQL (MQL skipped), won on day 5
        create(d(1, 10), u"Anna Nowak"_s);      // L2: New 48 h, lost (price)
        create(d(2, 9), u"Piotr Zieliński"_s);  // L3: New 6 h, Qualification 48 h, Follow-up 48 h, Qualification again
        create(d(3, 9), u"Marta Wójcik"_s);     // L4: New 1 h, lost (no fit)
        create(d(1, 9), u"Anna Nowak"_s);       // L5: merged into L1: counted nowhere
        move(1, u"Qualification"_s, d(1, 12));
        move(1, u"SQL"_s, d(2, 9));
        move(3, u"Qualification"_s, d(2, 15));
        move(2, u"Lost"_s, d(3, 10), u"price"_s);
        move(4, u"Lost"_s, d(3, 10), u"no_fit"_s);
        move(3, u"Follow-up"_s, d(4, 15));
        move(1, u"Won"_s, d(5, 9));
        move(3, u"Qualification"_s, d(6, 15));
        m_now = d(6, 16);
        auto merged = await(m_backend->leads().mergeLeads(Principal::owner(), MergeRequest{m_leads.at(0), m_leads.at(4), {}, 0, 0, {}}));
        QVERIFY2(merged.has_value(), qPrintable(merged ? QString() : merged.error().message));
        m_now = d(7, 9);
    }

    void cleanup()
    {
        m_backend.reset(); // before its database is dropped
        m_db.reset();
    }

    void theWholePipelineForAPeriod()
    {
        const PipelineReport r = report(Principal::owner(), QDate(2026, 3, 2), QDate(2026, 3, 8));
        // Cohort: L1-L4 (L5 merged). Furthest: L1 Won, L2 New (lost does not advance),
        // L3 Qualification (parked does not), L4 New.
        QCOMPARE(r.total.cohort, 4);
        QStringList funnel;
        for (const FunnelStep &s : r.total.funnel)
            funnel.append(u"%1 %2"_s.arg(s.stage).arg(s.reached));
        QCOMPARE(funnel, (QStringList{u"New leads 4"_s, u"Qualification 2"_s, u"MQL 1"_s, u"SQL 1"_s, u"Opportunity 1"_s, u"Won 1"_s}));
        QCOMPARE(*r.total.funnel.at(1).conversion, 0.5);
        // Won L1; lost L2 (price), L4 (no fit): 1 / 3. L1's cycle: day 1 9:00 to day 5 9:00.
        QCOMPARE(r.total.outcomes.won, 1);
        QCOMPARE(r.total.outcomes.lost, 2);
        QCOMPARE(*r.total.outcomes.winRate, 1.0 / 3.0);
        QCOMPARE(*r.total.outcomes.cycle.median, 96 * H);
        QCOMPARE(r.total.outcomes.lostReasons.size(), 2);
        // New: 1, 3, 6, 48 h: median 4.5 h, p90 48 h. Qualification: 21 and 48 h, and L3
        // there again since day 6 15:00 (18 h by day 7 9:00). Follow-up: 48 h.
        const StageTime &fresh = r.total.timeInStage.at(0), &qualification = r.total.timeInStage.at(1);
        QCOMPARE(fresh.durations.count, 4);
        QCOMPARE(*fresh.durations.median, qint64(4.5 * H));
        QCOMPARE(*fresh.durations.p90, 48 * H);
        QCOMPARE(*qualification.durations.median, qint64(34.5 * H));
        QCOMPARE(qualification.waiting, 1);
        QCOMPARE(*qualification.longestWaitMs, 18 * H);
        QCOMPARE(*r.total.timeInStage.at(4).durations.median, 48 * H); // Follow-up

        // The period's last day (5 March) ends before L1 was won on the 6th.
        const PipelineReport earlier = report(Principal::owner(), QDate(2026, 3, 2), QDate(2026, 3, 5));
        QCOMPARE(earlier.total.outcomes.won, 0);
        QCOMPARE(*earlier.total.outcomes.winRate, 0.0);
        QVERIFY(!earlier.total.outcomes.cycle.median);
    }

    void byOwnerAndAsARepSeesIt()
    {
        const PipelineReport r = report(Principal::owner(), QDate(2026, 3, 2), QDate(2026, 3, 8), Breakdown::Owner);
        QStringList rates;
        for (const ReportPart &p : r.groups)
            rates.append(u"%1 %2/%3"_s.arg(p.group).arg(p.outcomes.won).arg(p.outcomes.lost));
        // Anna: L1 won, L2 lost; Marta: L4 lost; Piotr: nothing closed.
        QCOMPARE(rates, (QStringList{u"Anna Nowak 1/1"_s, u"Marta Wójcik 0/1"_s, u"Piotr Zieliński 0/0"_s}));
        QVERIFY(!r.groups.at(2).outcomes.winRate);
        // A rep counts her own leads: L1 and L2.
        const PipelineReport anna = report(Principal::of(m_anna), QDate(2026, 3, 2), QDate(2026, 3, 8));
        QCOMPARE(anna.total.cohort, 2);
        QCOMPARE(*anna.total.outcomes.winRate, 0.5);
    }

    // The forecast and the leakage read the leads open now. On the 25th: L3 waits in
    // Qualification (10%, rots after 14 days) since the 6th, 15:00, with no task; L6
    // came in on the 24th, Anna's, 20 000 zł expected in April, a call planned.
    void forecastAndLeakageOfTheOpenLeads()
    {
        m_now = d(23, 9);
        auto l6 = await(m_backend->leads().createLead(Principal::owner(), NewLead{m_pipeline.id, {},
            {{u"company"_s, u"Firma 6"_s}, {u"owner"_s, u"Anna Nowak"_s}, {u"value"_s, u"20000"_s}, {u"decision_date"_s, u"2026-04-20"_s}}, {}, 0}));
        QVERIFY2(l6.has_value(), qPrintable(l6 ? QString() : l6.error().message));
        QVERIFY(await(m_backend->leads().createTask(Principal::owner(), NewTask{l6->id, u"Call"_s, d(26, 9), {}, {}})).has_value());
        m_now = d(24, 9);
        const PipelineReport r = report(Principal::owner(), QDate(2026, 3, 1), QDate(2026, 3, 31));
        // Open: L3 (1 000 zł, no date, 10% → 100 zł) and L6 (New leads, 5% of 20 000 → 1 000 zł).
        QCOMPARE(r.total.forecast.size(), 2);
        QCOMPARE(r.total.forecast.at(0).month, QDate(2026, 4, 1));
        QCOMPARE(r.total.forecast.at(0).leads, 1);
        QCOMPARE(r.total.forecast.at(0).value, 2'000'000);
        QCOMPARE(r.total.forecast.at(0).weighted, 100'000);
        QVERIFY(!r.total.forecast.at(1).month.isValid());
        QCOMPARE(r.total.forecast.at(1).value, 100'000);
        QCOMPARE(r.total.forecast.at(1).weighted, 10'000);
        // L6: owned, a task open, a day old: fine. L3: no task, idle 17 days 18 hours.
        const StageLeakage &fresh = r.total.leakage.stages.at(0);
        QCOMPARE(fresh.leads, 1);
        QCOMPARE(fresh.leaking, 0);
        const StageLeakage &qualification = r.total.leakage.stages.at(1);
        QCOMPARE(qualification.leads, 1);
        QCOMPARE(qualification.noOwner, 0);
        QCOMPARE(qualification.noNextTask, 1);
        QCOMPARE(qualification.rotting, 1);
        const ReportFigure leaking{ReportFigure::Kind::Leaking, 0, {}, ReportFigure::Leak::Any};
        const ReportRequest march{m_pipeline.id, QDate(2026, 3, 1), QDate(2026, 3, 31), {}, {}, {}};
        auto leaks = await(m_backend->reports().leads(Principal::owner(), march, leaking));
        QVERIFY(leaks.has_value());
        QCOMPARE(*leaks, QList<qint64>{m_leads.at(2)});
        leaks = await(m_backend->reports().leads(Principal::owner(), march, ReportFigure{ReportFigure::Kind::Leaking, 0, {}, ReportFigure::Leak::NoOwner}));
        QVERIFY(leaks.has_value() && leaks->isEmpty());
        // Anna sees her own: L6 alone, which leaks nowhere.
        const PipelineReport anna = report(Principal::of(m_anna), QDate(2026, 3, 1), QDate(2026, 3, 31));
        QCOMPARE(anna.total.forecast.size(), 1);
        QCOMPARE(anna.total.leakage.stages.at(0).leaking + anna.total.leakage.stages.at(1).leaking, 0);
        leaks = await(m_backend->reports().leads(Principal::of(m_anna), march, leaking));
        QVERIFY(leaks.has_value() && leaks->isEmpty());

        // A number's leads, as a list: in the order asked, without the merged L5 or an
        // id that is no lead; Anna gets her own, not Piotr's L3.
        const QList<qint64> asked{l6->id, m_leads.at(2), m_leads.at(4), 999'999};
        auto listed = await(m_backend->leads().leads(Principal::owner(), m_pipeline.id, asked));
        QVERIFY(listed.has_value());
        QCOMPARE(listed->size(), 2);
        QCOMPARE(listed->at(0).id, l6->id);
        QCOMPARE(listed->at(1).id, m_leads.at(2));
        listed = await(m_backend->leads().leads(Principal::of(m_anna), m_pipeline.id, asked));
        QVERIFY(listed.has_value());
        QCOMPARE(listed->size(), 1);
        QCOMPARE(listed->first().id, l6->id);
        listed = await(m_backend->leads().leads(Principal::owner(), m_pipeline.id, QList<qint64>(1001, l6->id)));
        QVERIFY(!listed.has_value());
        QCOMPARE(listed.error().message, u"a list holds at most 1000 leads, not 1001"_s);
    }

    // The board at the end of 3 March, from history, after L3 went from Piotr to Anna
    // and Qualification was renamed on the 9th: L1 in SQL (since the 3rd, 9:00), L2
    // still in New leads (lost on the 4th), L3 in Qualification; L4 came on the 4th;
    // L5 is merged. Each is worth 1 000 zł; SQL weighs 40%.
    void theBoardAsOfAPastDay()
    {
        m_now = d(8, 9);
        auto l3 = await(m_backend->leads().lead(Principal::owner(), m_leads.at(2)));
        QVERIFY(l3.has_value());
        QVERIFY(await(m_backend->leads().updateLead(Principal::owner(), LeadEdit{l3->id, l3->version, {{u"owner"_s, u"Anna Nowak"_s}}, {}}))
                    .has_value());
        Stage renamed = *m_pipeline.stageByName(u"Qualification"_s);
        renamed.name = u"Discovery"_s;
        QVERIFY(await(m_backend->pipelines().updateStage(Principal::owner(), renamed)).has_value());
        m_now = d(9, 9);

        const auto board = [this](const LeadFilter &filter) {
            auto r = await(m_backend->reports().boardAsOf(Principal::owner(), BoardAsOfRequest{m_pipeline.id, QDate(2026, 3, 3), filter}));
            if (!r)
                qFatal("%s", qPrintable(r.error().message));
            QStringList columns;
            for (const BoardColumn &c : r->columns)
                columns.append(u"%1 %2 %3 %4"_s.arg(c.stage.name).arg(c.count).arg(c.valueMinor).arg(c.weightedMinor));
            return columns;
        };
        QCOMPARE(board({}), (QStringList{u"New leads 1 100000 5000"_s, u"Qualification 1 100000 10000"_s, u"MQL 0 0 0"_s,
                                         u"SQL 1 100000 40000"_s, u"Follow-up 0 0 0"_s, u"Opportunity 0 0 0"_s, u"Won 0 0 0"_s,
                                         u"Lost 0 0 0"_s}));
        // By owner as it was then: L3 was Piotr's.
        LeadFilter byPiotr;
        byPiotr.ownerId = m_piotr.id;
        QCOMPARE(board(byPiotr).at(1), u"Qualification 1 100000 10000"_s);
        QCOMPARE(board(byPiotr).at(0), u"New leads 0 0 0"_s);
        LeadFilter byAnna;
        byAnna.ownerId = m_anna.id;
        QCOMPARE(board(byAnna).mid(0, 4), (QStringList{u"New leads 1 100000 5000"_s, u"Qualification 0 0 0"_s, u"MQL 0 0 0"_s,
                                                       u"SQL 1 100000 40000"_s}));
        // Today the stage has its new name.
        auto today = await(m_backend->reports().boardAsOf(Principal::owner(), BoardAsOfRequest{m_pipeline.id, QDate(2026, 3, 10), {}}));
        QVERIFY(today.has_value());
        QCOMPARE(today->columns.at(1).stage.name, u"Discovery"_s);
        QCOMPARE(today->columns.at(1).count, 1); // L3, back in it since the 7th
        auto future = await(m_backend->reports().boardAsOf(Principal::owner(), BoardAsOfRequest{m_pipeline.id, QDate(2026, 3, 11), {}}));
        QVERIFY(!future.has_value());
        QCOMPARE(future.error().message, u"the board as of 2026-03-11: that day is after today"_s);
    }

    // Every figure as of the end of 4 March, after L3 went from Piotr to Anna and
    // Qualification was renamed on the 9th. Then: L1 in SQL (won only on the 6th), L2
    // and L4 lost on the 4th, L3 in Qualification since the 3rd, 15:00 (parked on the 5th).
    void theReportAsOfAPastDay()
    {
        m_now = d(8, 9);
        auto l3 = await(m_backend->leads().lead(Principal::owner(), m_leads.at(2)));
        QVERIFY(l3.has_value());
        QVERIFY(await(m_backend->leads().updateLead(Principal::owner(), LeadEdit{l3->id, l3->version, {{u"owner"_s, u"Anna Nowak"_s}}, {}}))
                    .has_value());
        Stage renamed = *m_pipeline.stageByName(u"Qualification"_s);
        renamed.name = u"Discovery"_s;
        QVERIFY(await(m_backend->pipelines().updateStage(Principal::owner(), renamed)).has_value());
        m_now = d(9, 9);

        const auto asOf = [this](const QDate &day, Breakdown by) {
            return await(m_backend->reports().report(Principal::owner(), ReportRequest{m_pipeline.id, QDate(2026, 3, 2), QDate(2026, 3, 31), {}, by, day}));
        };
        auto r = asOf(QDate(2026, 3, 4), Breakdown::Owner);
        QVERIFY2(r.has_value(), qPrintable(r ? QString() : r.error().message));
        QCOMPARE(r->period.to, QDate(2026, 3, 4)); // the period ends on the day at the latest
        // Without a breakdown it is read from the summaries as they stood then; with
        // one, from each lead's path then: the same figures either way.
        const auto verifyTheDay = [](const PipelineReport &day) {
            QCOMPARE(day.total.cohort, 4);
            QStringList funnel;
            for (const FunnelStep &step : day.total.funnel)
                funnel.append(u"%1 %2"_s.arg(step.stage).arg(step.reached));
            QCOMPARE(funnel, (QStringList{u"New leads 4"_s, u"Qualification 2"_s, u"MQL 1"_s, u"SQL 1"_s, u"Opportunity 0"_s, u"Won 0"_s}));
            QCOMPARE(day.total.outcomes.won, 0);
            QCOMPARE(day.total.outcomes.lost, 2);
            // L3 waits in Qualification: 1 day 9 hours by the day's end.
            QCOMPARE(day.total.timeInStage.at(1).waiting, 1);
            QCOMPARE(*day.total.timeInStage.at(1).longestWaitMs, 33 * H);
            // Open then: L1 (SQL) and L3 (Qualification).
            QCOMPARE(day.total.leakage.stages.at(1).leads, 1);
            QCOMPARE(day.total.leakage.stages.at(3).leads, 1);
        };
        verifyTheDay(*r);
        if (QTest::currentTestFailed())
            return;
        // By owner then: L3 was Piotr's.
        QStringList owners;
        for (const ReportPart &part : r->groups)
            owners.append(u"%1 %2 %3"_s.arg(part.group).arg(part.cohort).arg(part.outcomes.lost));
        QCOMPARE(owners, (QStringList{u"Anna Nowak 2 1"_s, u"Marta Wójcik 1 1"_s, u"Piotr Zieliński 1 0"_s}));
        auto summed = asOf(QDate(2026, 3, 4), Breakdown::None);
        QVERIFY2(summed.has_value(), qPrintable(summed ? QString() : summed.error().message));
        QVERIFY(summed->total.funnel.first().leadIds.isEmpty()); // summed: the paths list them
        verifyTheDay(*summed);
        if (QTest::currentTestFailed())
            return;
        // Piotr's leads then, summed: L3.
        ReportRequest piotrs{m_pipeline.id, QDate(2026, 3, 2), QDate(2026, 3, 31), {}, Breakdown::None, QDate(2026, 3, 4)};
        piotrs.filter.ownerId = m_piotr.id;
        summed = await(m_backend->reports().report(Principal::owner(), piotrs));
        QVERIFY(summed.has_value());
        QCOMPARE(summed->total.cohort, 1);
        QCOMPARE(summed->total.timeInStage.at(1).waiting, 1);
        // Today: L1 won, L3 Anna's, the stage renamed.
        r = asOf({}, Breakdown::Owner);
        QVERIFY(r.has_value());
        QCOMPARE(r->total.outcomes.won, 1);
        QCOMPARE(r->groups.size(), 2);
        QCOMPARE(r->total.funnel.at(1).stage, u"Discovery"_s);
        r = asOf(QDate(2026, 3, 11), Breakdown::None);
        QVERIFY(!r.has_value());
        QCOMPARE(r.error().message, u"the report as of 2026-03-11: that day is after today"_s);
    }

    // Handoff quality, MQL being the handoff stage when scoring names none: L6 and L7
    // come on the 11th and go to MQL; sales takes L6 on to SQL and disqualifies L7.
    void handoffQualityOfThePeriod()
    {
        create(d(10, 9), u"Anna Nowak"_s);
        create(d(10, 9), u"Anna Nowak"_s);
        move(6, u"MQL"_s, d(10, 10));
        move(7, u"MQL"_s, d(10, 11));
        move(6, u"SQL"_s, d(11, 9));
        move(7, u"Lost"_s, d(12, 9), u"no_fit"_s);
        m_now = d(13, 9);
        const PipelineReport r = report(Principal::owner(), QDate(2026, 3, 1), QDate(2026, 3, 31));
        QCOMPARE(r.total.handoff.handoffStageId, m_pipeline.stageByName(u"MQL"_s)->id);
        QCOMPARE(r.total.handoff.handedOff, 2);
        QCOMPARE(r.total.handoff.accepted, 1);
        QCOMPARE(r.total.handoff.disqualified, 1);
        QCOMPARE(r.total.handoff.reasons.first().code, u"no_fit"_s);
        // Nothing was handed off in February.
        QCOMPARE(report(Principal::owner(), QDate(2026, 2, 1), QDate(2026, 2, 28)).total.handoff.handedOff, 0);
    }

    void call(int lead, const User &by, const QDateTime &at)
    {
        m_now = at;
        auto logged = await(m_backend->leads().logActivity(Principal::of(by), NewActivity{m_leads.at(lead - 1), u"call"_s, u"Call"_s, {}, at, {}}));
        QVERIFY2(logged.has_value(), qPrintable(logged ? QString() : logged.error().message));
    }

    // Speed to lead and the SLAs of the b2b template's MQL (15 working minutes to the
    // first contact, 16 to a decision), in the team's default hours: 9:00-17:00 in
    // Warsaw, UTC+1 in March. Thursday 12 March (day 10): L6 to MQL at 11:00 Warsaw
    // time; Maria, not its owner, calls at 11:05 (not counted), Anna at 11:10 (10 min:
    // met); SQL on Friday 10:00 (6 + 1 = 7 h: met). L7 to MQL at 12:00; nobody calls
    // (SLA 1 due 12:15: broken by Saturday); lost on Saturday (Thu 5 h + Fri 8 h = 13 h: met).
    void speedToLeadAndSlasOfThePeriod()
    {
        create(d(10, 9), u"Anna Nowak"_s);
        create(d(10, 9), u"Anna Nowak"_s);
        move(6, u"MQL"_s, d(10, 10));
        move(7, u"MQL"_s, d(10, 11));
        call(6, m_maria, d(10, 10).addSecs(5 * 60));
        call(6, m_anna, d(10, 10).addSecs(10 * 60));
        move(6, u"SQL"_s, d(11, 9));
        move(7, u"Lost"_s, d(12, 9), u"no_fit"_s);
        m_now = d(13, 9);
        const SpeedToLead s = report(Principal::owner(), QDate(2026, 3, 1), QDate(2026, 3, 31)).total.speed;
        QCOMPARE(s.handedOff, 2);
        QCOMPARE(s.speed.count, 1);
        QCOMPARE(*s.speed.median, qint64(10 * 60'000));
        QCOMPARE(s.waiting, 1);
        QCOMPARE(s.firstContact.minutes, 15);
        QCOMPARE(s.firstContact.met, 1);
        QCOMPARE(s.firstContact.breached, 1);
        QCOMPARE(s.decision.met, 2);
        QCOMPARE(s.decision.breached, 0);
        // As Anna sees it, by owner: the same two, hers.
        const PipelineReport anna = report(Principal::of(m_anna), QDate(2026, 3, 1), QDate(2026, 3, 31), Breakdown::Owner);
        QCOMPARE(anna.groups.size(), 1);
        QCOMPARE(anna.groups.first().speed.firstContact.met, 1);
    }

    // A customer's lead in another pipeline (an upsell) is that pipeline's: each report
    // counts only the leads and the history of its own.
    void eachPipelineCountsItsOwnLeads()
    {
        auto other = await(m_backend->pipelines().createFromTemplate(Principal::owner(), u"handoff"_s, u"Upsell"_s));
        QVERIFY2(other.has_value(), qPrintable(other ? QString() : other.error().message));
        m_now = d(7, 10);
        auto lead = await(m_backend->leads().createLead(Principal::owner(), NewLead{other->id, {}, {{u"company"_s, u"Firma 1"_s}}, {}, 0}));
        QVERIFY2(lead.has_value(), qPrintable(lead ? QString() : lead.error().message));
        m_now = d(8, 9);
        QCOMPARE(report(Principal::owner(), QDate(2026, 3, 2), QDate(2026, 3, 9)).total.cohort, 4); // L1-L4, as before
        auto upsell = await(m_backend->reports().report(Principal::owner(), ReportRequest{other->id, QDate(2026, 3, 2), QDate(2026, 3, 9), {}, {}, {}}));
        QVERIFY(upsell.has_value());
        QCOMPARE(upsell->total.cohort, 1);
        QCOMPARE(upsell->total.funnel.first().reached, 1);
        const ReportFigure reached{ReportFigure::Kind::Reached, upsell->total.funnel.first().stageId, {}, {}};
        auto listed = await(m_backend->reports().leads(Principal::owner(), ReportRequest{other->id, QDate(2026, 3, 2), QDate(2026, 3, 9), {}, {}, {}}, reached));
        QVERIFY(listed.has_value());
        QCOMPARE(*listed, QList<qint64>{lead->id});
    }

    void aPeriodThatEndsBeforeItBeginsIsRefused()
    {
        auto r = await(m_backend->reports().report(Principal::owner(), ReportRequest{m_pipeline.id, QDate(2026, 3, 8), QDate(2026, 3, 2), {}, {}, {}}));
        QVERIFY(!r);
        QCOMPARE(r.error().message, u"the period ends (2026-03-02) before it begins (2026-03-08)"_s);
    }
};

QTEST_GUILESS_MAIN(TestReports)
#include "tst_reports.moc"
