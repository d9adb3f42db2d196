// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
// bench_reports: each `lejek-cli report KIND` over a demo database, against the plainest
// hand-written SQL for the same figure run by the backend's own shell (sqlite3, psql),
// and `lejek-cli board --as-of` against today's board; each report also as of a past
// day (`report KIND --as-of DAY`) beside today's. Each is also timed against the
// plainest SQL over the summaries it reads (lead_facts, stage_stays). Both sides
// start a process and open the database, so the ratio compares like with like. See
// bench/reports.md.
#include "BenchStats.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTextStream>

#include <algorithm>
#include <cstdio>

using namespace Qt::Literals::StringLiterals;

namespace {

// The pipeline every query reads: the first one (the demo's B2B funnel).
const QString P = u"(SELECT MIN(id) FROM pipelines)"_s;
// The handoff stage's first entry per lead, and its first contact after it.
const QString Handoffs = uR"(h AS (SELECT sc.lead_id, MIN(sc.changed_at) AS t FROM stage_changes sc JOIN stages s ON s.id = sc.to_stage_id
    WHERE sc.pipeline_id = %1 AND s.name = 'MQL' GROUP BY sc.lead_id),
  c AS (SELECT h.lead_id, h.t, (SELECT MIN(a.occurred_at) FROM activities a WHERE a.lead_id = h.lead_id
    AND a.kind IN ('call', 'email_sent', 'meeting') AND a.occurred_at >= h.t) AS first FROM h))"_s.arg(P);

// The plainest SQL that computes each report's figures (in wall-clock, not working,
// time: the floor a hand-written query sets).
QString plainSql(const QString &kind, qint64 nowMs)
{
    const QString open = u"l.pipeline_id = %1 AND l.merged_into IS NULL"_s.arg(P);
    if (kind == u"funnel"_s || kind == u"conversion"_s)
        return uR"(WITH f AS (SELECT sc.lead_id, MAX(CASE WHEN s.kind = 'won' THEN 1000000 WHEN s.kind = 'open' THEN s.position ELSE -1 END) AS p
    FROM stage_changes sc JOIN stages s ON s.id = sc.to_stage_id JOIN leads l ON l.id = sc.lead_id WHERE %1 GROUP BY sc.lead_id)
  SELECT s.name, (SELECT COUNT(*) FROM f WHERE f.p >= CASE WHEN s.kind = 'won' THEN 1000000 ELSE s.position END)
  FROM stages s WHERE s.pipeline_id = %2 AND s.kind IN ('open', 'won') ORDER BY s.position;)"_s.arg(open, P);
    if (kind == u"time-in-stage"_s)
        return uR"(WITH st AS (SELECT to_stage_id AS stage, changed_at AS t0,
      LEAD(changed_at) OVER (PARTITION BY lead_id ORDER BY changed_at, id) AS t1 FROM stage_changes WHERE pipeline_id = %1),
  r AS (SELECT stage, t1 - t0 AS d, ROW_NUMBER() OVER (PARTITION BY stage ORDER BY t1 - t0) AS rn,
      COUNT(*) OVER (PARTITION BY stage) AS n FROM st WHERE t1 IS NOT NULL)
  SELECT stage, n, MIN(CASE WHEN rn >= (n + 1) / 2 THEN d END), MIN(CASE WHEN rn >= (9 * n + 9) / 10 THEN d END) FROM r GROUP BY stage, n;)"_s
            .arg(P);
    if (kind == u"win-rate"_s || kind == u"owners"_s)
        return uR"(SELECT l.owner_id, COUNT(*), SUM(CASE WHEN s.kind = 'won' THEN 1 ELSE 0 END), SUM(CASE WHEN s.kind = 'lost' THEN 1 ELSE 0 END)
  FROM leads l JOIN stages s ON s.id = l.stage_id WHERE %1 GROUP BY l.owner_id;)"_s.arg(open);
    if (kind == u"cycle"_s)
        return uR"(WITH w AS (SELECT sc.lead_id, MAX(sc.changed_at) - MIN(l.created_at) AS d FROM stage_changes sc
    JOIN stages s ON s.id = sc.to_stage_id JOIN leads l ON l.id = sc.lead_id WHERE %1 AND s.kind = 'won' GROUP BY sc.lead_id),
  r AS (SELECT d, ROW_NUMBER() OVER (ORDER BY d) AS rn, COUNT(*) OVER () AS n FROM w)
  SELECT MIN(n), MIN(CASE WHEN rn >= (n + 1) / 2 THEN d END), MIN(CASE WHEN rn >= (9 * n + 9) / 10 THEN d END) FROM r;)"_s.arg(open);
    if (kind == u"lost-reasons"_s)
        return uR"(SELECT l.lost_reason, COUNT(*) FROM leads l JOIN stages s ON s.id = l.stage_id WHERE %1 AND s.kind = 'lost'
  GROUP BY l.lost_reason;)"_s.arg(open);
    if (kind == u"forecast"_s)
        return uR"(SELECT substr(l.decision_date, 1, 7), l.currency, COUNT(*), SUM(l.value), SUM(l.value * s.probability / 100)
  FROM leads l JOIN stages s ON s.id = l.stage_id WHERE %1 AND s.kind = 'open' GROUP BY 1, 2;)"_s.arg(open);
    if (kind == u"leakage"_s)
        return uR"(SELECT s.name, COUNT(*), SUM(CASE WHEN l.owner_id IS NULL THEN 1 ELSE 0 END),
  SUM(CASE WHEN NOT EXISTS (SELECT 1 FROM tasks t WHERE t.lead_id = l.id AND t.done_at IS NULL) THEN 1 ELSE 0 END),
  SUM(CASE WHEN s.rotting_days > 0 AND l.last_activity_at < %2 - s.rotting_days * 86400000 THEN 1 ELSE 0 END)
  FROM leads l JOIN stages s ON s.id = l.stage_id WHERE %1 AND s.kind IN ('open', 'parked') GROUP BY s.name;)"_s.arg(open).arg(nowMs);
    if (kind == u"handoff"_s)
        return uR"(WITH h AS (SELECT sc.lead_id, MIN(sc.changed_at) AS t FROM stage_changes sc JOIN stages s ON s.id = sc.to_stage_id
    WHERE sc.pipeline_id = %1 AND s.name = 'MQL' GROUP BY sc.lead_id),
  n AS (SELECT h.lead_id, (SELECT sc.to_stage_id FROM stage_changes sc WHERE sc.lead_id = h.lead_id AND sc.changed_at > h.t
    ORDER BY sc.changed_at LIMIT 1) AS nxt FROM h)
  SELECT s.kind, COUNT(*) FROM n LEFT JOIN stages s ON s.id = n.nxt GROUP BY s.kind;)"_s.arg(P);
    if (kind == u"speed-to-lead"_s)
        return uR"(WITH %1, r AS (SELECT first - t AS d, ROW_NUMBER() OVER (ORDER BY first - t) AS rn, COUNT(*) OVER () AS n FROM c WHERE first IS NOT NULL)
  SELECT MIN(n), MIN(CASE WHEN rn >= (n + 1) / 2 THEN d END), MIN(CASE WHEN rn >= (9 * n + 9) / 10 THEN d END) FROM r;)"_s.arg(Handoffs);
    if (kind == u"sla"_s)
        return uR"(WITH %1 SELECT COUNT(*), SUM(CASE WHEN first - t <= 900000 THEN 1 ELSE 0 END) FROM c;)"_s.arg(Handoffs);
    return {};
}

// The plainest SQL over the leads' summary (lead_facts, migration 13) and their stays
// (stage_stays, migration 18) for each report.
QString summarySql(const QString &kind, qint64 nowMs)
{
    const QString facts = u"l.pipeline_id = %1 AND l.merged_into IS NULL"_s.arg(P);
    // The handoffs: the first entries into MQL, in wall-clock time.
    const QString handoffs = u"l.stage_id = (SELECT id FROM stages WHERE pipeline_id = %1 AND name = 'MQL') AND l.prior_entered_at IS NULL"_s.arg(P);
    if (kind == u"time-in-stage"_s)
        return uR"(WITH r AS (SELECT stage_id, duration AS d, ROW_NUMBER() OVER (PARTITION BY stage_id ORDER BY duration) AS rn,
      COUNT(*) OVER (PARTITION BY stage_id) AS n FROM stage_stays l WHERE %1 AND l.left_at IS NOT NULL)
  SELECT stage_id, n, MIN(CASE WHEN rn >= (n + 1) / 2 THEN d END), MIN(CASE WHEN rn >= (9 * n + 9) / 10 THEN d END) FROM r GROUP BY stage_id, n;
SELECT stage_id, COUNT(*), MIN(entered_at) FROM stage_stays l WHERE %1 AND l.left_at IS NULL GROUP BY stage_id;)"_s.arg(facts);
    if (kind == u"handoff"_s)
        return uR"(SELECT l.next_stage_id, l.lost_reason, COUNT(*) FROM stage_stays l WHERE %1 AND %2 GROUP BY 1, 2;)"_s.arg(facts, handoffs);
    if (kind == u"speed-to-lead"_s)
        return uR"(WITH r AS (SELECT first_contact_at - entered_at AS d, ROW_NUMBER() OVER (ORDER BY first_contact_at - entered_at) AS rn,
      COUNT(*) OVER () AS n FROM stage_stays l WHERE %1 AND %2 AND first_contact_at IS NOT NULL)
  SELECT MIN(n), MIN(CASE WHEN rn >= (n + 1) / 2 THEN d END), MIN(CASE WHEN rn >= (9 * n + 9) / 10 THEN d END) FROM r;)"_s.arg(facts, handoffs);
    if (kind == u"sla"_s)
        return uR"(SELECT COUNT(*), SUM(CASE WHEN first_contact_at - entered_at <= 900000 THEN 1 ELSE 0 END) FROM stage_stays l WHERE %1 AND %2;)"_s
            .arg(facts, handoffs);
    if (kind == u"owners"_s)
        return uR"(SELECT l.owner_id, COUNT(*), SUM(CASE WHEN l.closed_at IS NOT NULL THEN 1 ELSE 0 END) FROM lead_facts l WHERE %1 GROUP BY l.owner_id;
SELECT l.owner_id, COUNT(*), SUM(CASE WHEN first_contact_at - entered_at <= 900000 THEN 1 ELSE 0 END) FROM stage_stays l WHERE %1 AND %2
  GROUP BY l.owner_id;)"_s.arg(facts, handoffs);
    if (kind == u"funnel"_s || kind == u"conversion"_s)
        return uR"(SELECT furthest_stage_id, COUNT(*) FROM lead_facts l WHERE %1 GROUP BY furthest_stage_id;)"_s.arg(facts);
    if (kind == u"win-rate"_s || kind == u"lost-reasons"_s)
        return uR"(SELECT l.stage_id, l.lost_reason, COUNT(*) FROM lead_facts l WHERE %1 AND l.closed_at IS NOT NULL
  GROUP BY l.stage_id, l.lost_reason;)"_s.arg(facts);
    if (kind == u"cycle"_s)
        return uR"(WITH w AS (SELECT l.closed_at - l.entered_at AS d FROM lead_facts l JOIN stages s ON s.id = l.stage_id WHERE %1 AND s.kind = 'won'),
  r AS (SELECT d, ROW_NUMBER() OVER (ORDER BY d) AS rn, COUNT(*) OVER () AS n FROM w)
  SELECT MIN(n), MIN(CASE WHEN rn >= (n + 1) / 2 THEN d END), MIN(CASE WHEN rn >= (9 * n + 9) / 10 THEN d END) FROM r;)"_s.arg(facts);
    if (kind == u"forecast"_s)
        return uR"(SELECT substr(l.decision_date, 1, 7), l.currency, COUNT(*), SUM(l.value), SUM(l.value * s.probability / 100)
  FROM lead_facts l JOIN stages s ON s.id = l.stage_id WHERE %1 AND s.kind = 'open' GROUP BY 1, 2;)"_s.arg(facts);
    if (kind == u"leakage"_s)
        return uR"(SELECT l.stage_id, COUNT(*), SUM(CASE WHEN l.owner_id IS NULL THEN 1 ELSE 0 END),
  SUM(CASE WHEN l.open_tasks = 0 THEN 1 ELSE 0 END),
  SUM(CASE WHEN s.rotting_days > 0 AND l.last_activity_at < %2 - s.rotting_days * 86400000 THEN 1 ELSE 0 END)
  FROM lead_facts l JOIN stages s ON s.id = l.stage_id WHERE %1 AND l.closed_at IS NULL GROUP BY l.stage_id;)"_s.arg(facts).arg(nowMs);
    return {};
}

struct Timing {
    double medianMs = 0;
    QList<double> runs;
};

// Runs `program` `runs` times after one warm-up; the median wall time. Exits on failure.
Timing time(const QString &program, const QStringList &args, const QByteArray &input, int runs)
{
    Timing t;
    for (int i = 0; i <= runs; ++i) {
        QProcess p;
        QElapsedTimer clock;
        clock.start();
        p.start(program, args);
        p.write(input);
        p.closeWriteChannel();
        p.waitForFinished(-1);
        const double ms = double(clock.nsecsElapsed()) / 1e6;
        if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
            std::fprintf(stderr, "bench_reports: %s %s failed\n%s\n", qPrintable(program), qPrintable(args.join(u' ')),
                         p.readAllStandardError().constData());
            std::exit(1);
        }
        if (i > 0) // the first run warms the page cache
            t.runs.append(ms);
    }
    t.medianMs = lejek::bench::median(t.runs);
    return t;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Times lejek-cli report against plain SQL in sqlite3 or psql over the same database."_s);
    parser.addHelpOption();
    parser.addOption({u"db"_s, u"The demo database: an SQLite file or a postgresql:// URL."_s, u"DB"_s});
    parser.addOption({u"runs"_s, u"Timed runs of each (after one warm-up); default 5."_s, u"N"_s, u"5"_s});
    parser.addOption({u"as-of"_s, u"The past day for --as-of (the board and each report); default 30 days ago."_s, u"DATE"_s});
    parser.addOption({u"json"_s, u"Where the figures go; default bench/out/bench_reports-<time>.json."_s, u"FILE"_s});
    parser.process(app);
    const QString db = parser.value(u"db"_s);
    if (db.isEmpty()) {
        std::fprintf(stderr, "bench_reports: give --db (make one with lejek-cli demo --db DB --leads 1000000)\n");
        return 2;
    }
    const int runs = std::max(1, parser.value(u"runs"_s).toInt());
    const bool postgres = db.startsWith(u"postgresql://"_s) || db.startsWith(u"postgres://"_s);
    const QString cli = QStringLiteral(LEJEK_BENCH_CLI);
    const qint64 nowMs = QDateTime::currentMSecsSinceEpoch();
    const QString asOf = parser.isSet(u"as-of"_s) ? parser.value(u"as-of"_s) : QDate::currentDate().addDays(-30).toString(Qt::ISODate);

    QTextStream out(stdout);
    out << "bench_reports: " << db << ", " << runs << " runs each, median wall time (process start included on both sides)\n\n";
    out << qSetFieldWidth(16) << Qt::left << "report" << qSetFieldWidth(14) << Qt::right << "lejek-cli ms" << "plain SQL ms"
        << "ratio" << qSetFieldWidth(16) << "summary SQL ms" << qSetFieldWidth(14) << "ratio" << "as-of ms" << qSetFieldWidth(0) << "\n";
    QJsonArray rows;
    const QStringList kinds{u"funnel"_s, u"conversion"_s, u"time-in-stage"_s, u"speed-to-lead"_s, u"sla"_s, u"lost-reasons"_s,
                            u"win-rate"_s, u"cycle"_s, u"forecast"_s, u"leakage"_s, u"owners"_s, u"handoff"_s};
    for (const QString &kind : kinds) {
        const Timing lejek = time(cli, {u"report"_s, kind, u"--db"_s, db, u"--format"_s, u"csv"_s}, {}, runs);
        const QByteArray sql = plainSql(kind, nowMs).toUtf8();
        const Timing plain = postgres ? time(u"psql"_s, {u"-X"_s, u"-q"_s, u"-o"_s, u"/dev/null"_s, db}, sql, runs)
                                      : time(u"sqlite3"_s, {u"-batch"_s, u"-readonly"_s, db}, sql, runs);
        const double ratio = lejek.medianMs / plain.medianMs;
        // The same report as of the past day, from history.
        const Timing then = time(cli, {u"report"_s, kind, u"--db"_s, db, u"--as-of"_s, asOf, u"--format"_s, u"csv"_s}, {}, runs);
        // And against the plainest SQL over the summary, where the report reads it.
        const QByteArray summary = summarySql(kind, nowMs).toUtf8();
        const double summaryMs = summary.isEmpty() ? 0
                                 : postgres      ? time(u"psql"_s, {u"-X"_s, u"-q"_s, u"-o"_s, u"/dev/null"_s, db}, summary, runs).medianMs
                                                 : time(u"sqlite3"_s, {u"-batch"_s, u"-readonly"_s, db}, summary, runs).medianMs;
        out << qSetFieldWidth(16) << Qt::left << kind << qSetFieldWidth(14) << Qt::right << QString::number(lejek.medianMs, 'f', 0)
            << QString::number(plain.medianMs, 'f', 0) << QString::number(ratio, 'f', 2) << qSetFieldWidth(16)
            << (summary.isEmpty() ? u"-"_s : QString::number(summaryMs, 'f', 0)) << qSetFieldWidth(14)
            << (summary.isEmpty() ? u"-"_s : QString::number(lejek.medianMs / summaryMs, 'f', 2)) << QString::number(then.medianMs, 'f', 0)
            << qSetFieldWidth(0) << "\n";
        QJsonObject row{{u"report"_s, kind},       {u"lejekMs"_s, lejek.medianMs}, {u"plainMs"_s, plain.medianMs},
                        {u"ratio"_s, ratio},       {u"asOfMs"_s, then.medianMs}};
        if (!summary.isEmpty()) {
            row.insert(u"summaryMs"_s, summaryMs);
            row.insert(u"summaryRatio"_s, lejek.medianMs / summaryMs);
        }
        rows.append(row);
    }
    out.flush();
    const Timing today = time(cli, {u"board"_s, u"--db"_s, db, u"--format"_s, u"json"_s}, {}, runs);
    const Timing past = time(cli, {u"board"_s, u"--db"_s, db, u"--as-of"_s, asOf, u"--format"_s, u"json"_s}, {}, runs);
    out << "\nboard today " << QString::number(today.medianMs, 'f', 0) << " ms, as of " << asOf << ' '
        << QString::number(past.medianMs, 'f', 0) << " ms (" << QString::number(past.medianMs / today.medianMs, 'f', 1) << "x)\n";

    const QString path = parser.isSet(u"json"_s)
                             ? parser.value(u"json"_s)
                             : QStringLiteral(LEJEK_BENCH_OUT_DIR) + u"/bench_reports-%1.json"_s.arg(
                                   QDateTime::currentDateTimeUtc().toString(u"yyyyMMdd-HHmmss"_s));
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write(QJsonDocument(QJsonObject{{u"db"_s, db},
                                             {u"runs"_s, runs},
                                             {u"reports"_s, rows},
                                             {u"boardTodayMs"_s, today.medianMs},
                                             {u"boardAsOfMs"_s, past.medianMs},
                                             {u"asOf"_s, asOf}})
                       .toJson());
    out << "figures: " << path << "\n";
    return 0;
}
