// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
// lejek-cli report on both backends: its tables, JSON and CSV, its empty state and its
// refusals; with ../shared, the README's example on the Maven CRM migration, against
// figures counted from the CSV independently (a few lines of Python over its columns).
#include "CliTestCase.h"

#include <QFileInfo>

using namespace lejek::test;

class TestReport : public CliTestCase
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data() { addBackendRows(); }
    void init() { setUpDatabase(); }
    void cleanup() { m_db.reset(); }

    void tablesJsonAndCsv()
    {
        // Two leads today: one won (a deal value on the way), one lost for price.
        const qint64 won = add({u"company=Okna"_s, u"industry=software"_s, u"employees=50"_s, u"job_title=CEO"_s, u"pains=Leads"_s});
        const qint64 lost = add({u"company=Drzwi"_s});
        QCOMPARE(cli({u"move"_s, QString::number(won), u"Won"_s, u"value=1000"_s}).code, 0);
        QCOMPARE(cli({u"move"_s, QString::number(lost), u"Lost"_s, u"--reason"_s, u"price"_s}).code, 0);

        Run r = cli({u"report"_s, u"win-rate"_s});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(u": 2 leads came in, 1 won and 1 lost"_s), qPrintable(r.out));
        QVERIFY2(r.out.contains(u"1    1     50.0%"_s), qPrintable(r.out));
        r = cli({u"report"_s, u"funnel"_s, u"--format"_s, u"json"_s});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonArray funnel = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(funnel.first().toObject().value(u"stage"_s).toString(), u"New leads"_s);
        QCOMPARE(funnel.first().toObject().value(u"reached"_s).toInt(), 2);
        QCOMPARE(funnel.last().toObject().value(u"stage"_s).toString(), u"Won"_s);
        QCOMPARE(funnel.last().toObject().value(u"reached"_s).toInt(), 1); // skipped to Won: reached every stage on the way
        QCOMPARE(funnel.at(1).toObject().value(u"conversion"_s).toDouble(), 0.5);
        r = cli({u"report"_s, u"lost-reasons"_s, u"--format"_s, u"csv"_s});
        QCOMPARE(r.out, u"reason,count,share\r\nprice,1,1.0000\r\n"_s);
        // As of the end of today, from history: the same; as of yesterday, nothing yet.
        const QString today = QDate::currentDate().toString(Qt::ISODate);
        QCOMPARE(cli({u"report"_s, u"lost-reasons"_s, u"--as-of"_s, today, u"--format"_s, u"csv"_s}).out, r.out);
        r = cli({u"report"_s, u"win-rate"_s, u"--as-of"_s, QDate::currentDate().addDays(-1).toString(Qt::ISODate)});
        QVERIFY2(r.code == 0 && r.out.contains(u"As of the end of %1, from history."_s.arg(QDate::currentDate().addDays(-1).toString(Qt::ISODate))),
                 qPrintable(r.out + r.err));
        QVERIFY2(r.out.contains(u": 0 leads came in, 0 won and 0 lost"_s), qPrintable(r.out));
        // The per-owner table: a row per owner (neither lead has one).
        r = cli({u"report"_s, u"owners"_s, u"--format"_s, u"csv"_s});
        QVERIFY2(r.out.startsWith(u"group,came_in,won,lost,win_rate,median_cycle_hours,median_speed_working_hours,sla1_compliance\r\n(none),2,1,1,0.5000,"_s), qPrintable(r.out));
        QCOMPARE(r.out.count(u"\r\n"_s), 2);

        // Forecast and leakage read the open leads: none yet, then one worth 5 000 zł in
        // New leads (5%) expected in January 2027, owned by nobody, no task planned.
        r = cli({u"report"_s, u"forecast"_s});
        QVERIFY2(r.code == 0 && r.out.contains(u"No open leads in this pipeline."_s), qPrintable(r.out + r.err));
        add({u"company=Okno"_s, u"value=5000"_s, u"decision_date=2027-01-15"_s});
        r = cli({u"report"_s, u"forecast"_s, u"--format"_s, u"json"_s});
        const QJsonObject january = QJsonDocument::fromJson(r.out.toUtf8()).array().first().toObject();
        QCOMPARE(january.value(u"month"_s).toString(), u"2027-01"_s);
        QCOMPARE(january.value(u"leads"_s).toInt(), 1);
        QCOMPARE(january.value(u"value"_s).toDouble(), 5000.0);
        QCOMPARE(january.value(u"weighted"_s).toDouble(), 250.0);
        r = cli({u"report"_s, u"leakage"_s, u"--format"_s, u"csv"_s});
        QVERIFY2(r.out.startsWith(u"stage,leads,no_owner,no_next_task,rotting,leaking\r\nNew leads,1,1,1,0,1\r\nQualification,0,0,0,0,0\r\n"_s),
                 qPrintable(r.out));

        // A period with nothing in it says so, and what to do.
        r = cli({u"report"_s, u"lost-reasons"_s, u"--from"_s, u"2020-01-01"_s, u"--to"_s, u"2020-12-31"_s});
        QVERIFY2(r.code == 0 && r.out.contains(u"Nothing to show for these days: widen the period with --from and --to."_s),
                 qPrintable(r.out + r.err));
    }

    // A lead handed off (created in MQL, whose SLAs are 15 working minutes and two
    // working days) and called at once: SLA 1 met, SLA 2 still running. Whatever the
    // hour the test runs, the call comes before the first tier's due time.
    void speedToLeadAndSla()
    {
        Run r = cli({u"report"_s, u"sla"_s});
        QVERIFY2(r.code == 0 && r.out.contains(u"No lead was handed off to sales in these days"_s), qPrintable(r.out + r.err));
        const qint64 lead = add({u"company=Okna"_s}, u"MQL"_s);
        QVERIFY(lead > 0);
        r = cli({u"log"_s, QString::number(lead), u"--kind"_s, u"call"_s, u"--subject"_s, u"First call"_s});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = cli({u"report"_s, u"speed-to-lead"_s, u"--format"_s, u"csv"_s});
        QVERIFY2(r.out.startsWith(u"handed_off,contacted,waiting,median_working_hours,p90_working_hours\r\n1,1,0,"_s), qPrintable(r.out));
        r = cli({u"report"_s, u"sla"_s, u"--format"_s, u"csv"_s});
        QCOMPARE(r.out, u"sla,limit_working_hours,met,breached,running,compliance\r\n"
                        "SLA 1: first contact,0.2500,1,0,0,1.0000\r\nSLA 2: decision,16.0000,0,0,1,\r\n"_s);
        r = cli({u"report"_s, u"sla"_s});
        QVERIFY2(r.out.contains(u"SLA 1: first contact  15 min"_s), qPrintable(r.out));
    }

    // The board's numbers today, and as of today from history: the same. A day after
    // today and a day that is no date are refused.
    void boardTodayAndAsOf()
    {
        const qint64 won = add({u"company=Okna"_s, u"industry=software"_s, u"employees=50"_s, u"job_title=CEO"_s, u"pains=Leads"_s});
        add({u"company=Drzwi"_s, u"value=2000"_s});
        QCOMPARE(cli({u"move"_s, QString::number(won), u"Won"_s, u"value=1000"_s}).code, 0);
        Run r = cli({u"board"_s, u"--format"_s, u"json"_s});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonObject today = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QVERIFY(today.value(u"as_of"_s).isNull());
        const QJsonArray columns = today.value(u"columns"_s).toArray();
        QCOMPARE(columns.first().toObject().value(u"stage"_s).toString(), u"New leads"_s);
        QCOMPARE(columns.first().toObject().value(u"leads"_s).toInt(), 1);
        QCOMPARE(columns.first().toObject().value(u"value"_s).toDouble(), 2000.0);
        QCOMPARE(columns.first().toObject().value(u"weighted"_s).toDouble(), 100.0); // 5%
        const QJsonObject wonTile = columns.at(columns.size() - 2).toObject();
        QCOMPARE(wonTile.value(u"kind"_s).toString(), u"won"_s);
        QCOMPARE(wonTile.value(u"value"_s).toDouble(), 1000.0);
        const QString day = QDate::currentDate().toString(Qt::ISODate);
        r = cli({u"board"_s, u"--as-of"_s, day, u"--format"_s, u"json"_s});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonObject asOf = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(asOf.value(u"as_of"_s).toString(), day);
        QCOMPARE(asOf.value(u"columns"_s).toArray(), columns);
        r = cli({u"board"_s, u"--as-of"_s, day});
        QVERIFY2(r.out.contains(u"as of the end of %1 (from history; read only)"_s.arg(day)), qPrintable(r.out));
        QVERIFY2(r.out.contains(u"Won     1      1,000"_s), qPrintable(r.out));
        r = cli({u"board"_s, u"--as-of"_s, QDate::currentDate().addDays(2).toString(Qt::ISODate)});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(u"that day is after today"_s), qPrintable(r.err));
        QCOMPARE(cli({u"board"_s, u"--as-of"_s, u"June"_s}).code, 2);
    }

    void refusals()
    {
        QCOMPARE(cli({u"report"_s}).code, 2);
        QVERIFY(cli({u"report"_s, u"velocity"_s}).err.contains(u"give one report: funnel, conversion, time-in-stage"_s));
        QCOMPARE(cli({u"report"_s, u"funnel"_s, u"--from"_s, u"March"_s}).code, 2);
        QCOMPARE(cli({u"report"_s, u"funnel"_s, u"--as-of"_s, u"June"_s}).code, 2);
        const Run future = cli({u"report"_s, u"funnel"_s, u"--as-of"_s, QDate::currentDate().addDays(2).toString(Qt::ISODate)});
        QCOMPARE(future.code, 1);
        QVERIFY2(future.err.contains(u"that day is after today"_s), qPrintable(future.err));
        QCOMPARE(cli({u"report"_s, u"funnel"_s, u"--by"_s, u"colour"_s}).code, 2);
        QCOMPARE(cli({u"report"_s, u"funnel"_s, u"--owner"_s, u"Nikt"_s}).code, 2);
        const Run r = cli({u"report"_s, u"funnel"_s, u"--from"_s, u"2026-03-08"_s, u"--to"_s, u"2026-03-02"_s});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(u"the period ends (2026-03-02) before it begins (2026-03-08)"_s), qPrintable(r.err));
    }

    void mavenMigrationExample()
    {
        const QString file = qEnvironmentVariable("LEJEK_SOURCE_DIR") + u"/../shared/datasets/maven-crm/sales_pipeline.csv"_s;
        if (!QFileInfo::exists(file))
            QSKIP("../shared/datasets is not here");
        Run r = cli({u"import"_s, u"--pipeline"_s, u"B2B funnel"_s, u"--map"_s, u"opportunity_id=external_id"_s, u"--map"_s,
                     u"sales_agent=owner"_s, u"--map"_s, u"account=company"_s, u"--map"_s, u"deal_stage=stage"_s, u"--map"_s,
                     u"engage_date=created_at"_s, u"--map"_s, u"close_date=closed_at"_s, u"--map"_s, u"close_value=value"_s,
                     u"--stage-map"_s, u"Prospecting=New leads,Engaging=Qualification,Won=Won,Lost=Lost"_s, u"--create-owners"_s,
                     u"Maven sales"_s, u"--currency"_s, u"USD"_s, u"--lost-reason"_s, u"other"_s, file});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        // From the CSV: Anna Snelling won 208 and lost 128, Darcel Schlecht 349 and 204;
        // 4,238 won and 2,473 lost in all. Won in Q1 2017: 531, engaged to closed in a
        // median of 74 days, p90 114 days.
        r = cli({u"report"_s, u"win-rate"_s, u"--by"_s, u"owner"_s, u"--format"_s, u"json"_s});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QHash<QString, QPair<int, int>> byOwner;
        int won = 0, lost = 0;
        for (const QJsonValue &v : QJsonDocument::fromJson(r.out.toUtf8()).array()) {
            const QJsonObject row = v.toObject();
            byOwner.insert(row.value(u"group"_s).toString(), {row.value(u"won"_s).toInt(), row.value(u"lost"_s).toInt()});
            won += row.value(u"won"_s).toInt();
            lost += row.value(u"lost"_s).toInt();
        }
        QCOMPARE(byOwner.value(u"Anna Snelling"_s), qMakePair(208, 128));
        QCOMPARE(byOwner.value(u"Darcel Schlecht"_s), qMakePair(349, 204));
        QCOMPARE(won, 4238);
        QCOMPARE(lost, 2473);
        r = cli({u"report"_s, u"cycle"_s, u"--from"_s, u"2017-01-01"_s, u"--to"_s, u"2017-03-31"_s, u"--format"_s, u"json"_s});
        const QJsonObject cycle = QJsonDocument::fromJson(r.out.toUtf8()).array().first().toObject();
        QCOMPARE(cycle.value(u"won"_s).toInt(), 531);
        QCOMPARE(cycle.value(u"median_hours"_s).toDouble(), 74.0 * 24);
        QCOMPARE(cycle.value(u"p90_hours"_s).toDouble(), 114.0 * 24);
    }
};

QTEST_GUILESS_MAIN(TestReport)
#include "tst_report.moc"
