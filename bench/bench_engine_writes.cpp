// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
// bench_engine_writes: what Engine I adds to one lead created and to one move, through
// the services (LocalBackend, as the app and lejek-cli call them), on SQLite and, with
// LEJEK_TEST_PG_URL set, on PostgreSQL. Two fresh databases side by side, made alike
// (the b2b template, DOMAIN.md's teams with two people each): one with init's engine
// configuration (routing table and scoring model), one with none. The writes alternate
// between them, so both see the same machine; each write is timed from the call to its
// result. Not a test: it prints medians, p95 and the p95 overhead, and never fails on a
// time.
#include "BenchStats.h"
#include "EngineDefaults.h"
#include "LocalBackend.h"
#include "TestDatabase.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <memory>

using namespace lejek;
using namespace lejek::test;
using namespace Qt::Literals::StringLiterals;

namespace {

template<typename T> T wait(QFuture<T> future)
{
    future.waitForFinished();
    return future.result();
}

[[noreturn]] void fail(const QString &what)
{
    std::fprintf(stderr, "bench_engine_writes: %s\n", qPrintable(what));
    std::exit(2);
}

// One database of the pair, its backend open, and its writes' times in milliseconds.
struct Side {
    std::unique_ptr<TestDatabase> db;
    std::unique_ptr<LocalBackend> backend;
    Pipeline pipeline;
    QList<qint64> leads;
    QList<double> createMs, moveMs;

    void open(TestDatabase::Kind kind, bool engine)
    {
        db = std::make_unique<TestDatabase>(kind);
        QString why;
        if (!db->isAvailable(&why))
            fail(why);
        backend = std::make_unique<LocalBackend>(db->settings(), [] { return QDateTime::currentDateTimeUtc(); });
        if (auto opened = wait(backend->open()); !opened)
            fail(opened.error().message);
        auto made = wait(backend->pipelines().createFromTemplate(Principal::owner(), u"b2b"_s, {}));
        if (!made)
            fail(made.error().message);
        pipeline = *made;
        int n = 0;
        for (const RoutingTeam &team : EngineDefaults::teams())
            for (int i = 0; i < 2; ++i) {
                ++n;
                const User user{0, u"Rep %1"_s.arg(n), u"rep%1@firma.pl"_s.arg(n), 0, team.name, u"rep"_s, true};
                if (auto u = wait(backend->pipelines().createUser(Principal::owner(), user)); !u)
                    fail(u.error().message);
            }
        if (engine)
            if (auto saved = wait(backend->pipelines().saveEngineConfig(Principal::owner(), pipeline.id, EngineDefaults::configJson()));
                !saved)
                fail(saved.error().message);
    }

    // A lead routing's row 2 takes (Poland, 20-199 people) and scoring's fit rules score.
    void create(int i)
    {
        const FieldInput fields{{u"company"_s, u"Firma %1 Sp. z o.o."_s.arg(i)}, {u"email"_s, u"jan%1@firma%1.pl"_s.arg(i)},
                                {u"industry"_s, u"software"_s}, {u"employees"_s, u"120"_s}, {u"country"_s, u"PL"_s},
                                {u"job_title"_s, u"CEO"_s}, {u"source"_s, u"form"_s}};
        QElapsedTimer timer;
        timer.start();
        auto lead = wait(backend->leads().createLead(Principal::owner(), NewLead{pipeline.id, {}, fields, {}, 0}));
        createMs.append(double(timer.nsecsElapsed()) / 1e6);
        if (!lead)
            fail(lead.error().message);
        leads.append(lead->id);
    }

    void move(int i, const Stage &to)
    {
        QElapsedTimer timer;
        timer.start();
        auto moved = wait(backend->leads().moveLeads(Principal::owner(), MoveRequest{{leads.at(i)}, to.id, {}, {}, {}, {}}));
        moveMs.append(double(timer.nsecsElapsed()) / 1e6);
        if (!moved)
            fail(moved.error().message);
    }
};

void report(QTextStream &out, const QString &what, const QList<double> &off, const QList<double> &on)
{
    const lejek::bench::Stats offStats = lejek::bench::stats(off), onStats = lejek::bench::stats(on);
    const double offP95 = offStats.p95, onP95 = onStats.p95;
    out << u"| %1 | %2 | %3 / %4 ms | %5 / %6 ms | %7 ms | %8x |"_s.arg(what)
               .arg(off.size())
               .arg(offStats.median, 0, 'f', 2)
               .arg(onStats.median, 0, 'f', 2)
               .arg(offP95, 0, 'f', 2)
               .arg(onP95, 0, 'f', 2)
               .arg(onP95 - offP95, 0, 'f', 2)
               .arg(onP95 / offP95, 0, 'f', 2)
        << Qt::endl;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Engine I's overhead per lead created and per move, p95, with and without rules."_s);
    parser.addHelpOption();
    const QCommandLineOption opsOpt(u"ops"_s, u"Writes of each kind per database (default 500)."_s, u"N"_s, u"500"_s);
    parser.addOption(opsOpt);
    parser.process(app);
    const int ops = parser.value(opsOpt).toInt();

    QTextStream out(stdout);
    out << "| backend, write | writes each | median off / on | p95 off / on | p95 overhead | p95 on/off |" << Qt::endl
        << "|---|---|---|---|---|---|" << Qt::endl;
    QList<TestDatabase::Kind> kinds{TestDatabase::Kind::SQLite};
    if (TestDatabase::postgresConfigured())
        kinds.append(TestDatabase::Kind::PostgreSQL);
    for (TestDatabase::Kind kind : kinds) {
        Side off, on;
        off.open(kind, false);
        on.open(kind, true);
        // Warm both: the first writes read the pipeline and compile the configuration.
        for (int i = 0; i < 20; ++i) {
            off.create(-1 - i);
            on.create(-1 - i);
        }
        off.leads.clear();
        on.leads.clear();
        off.createMs.clear();
        on.createMs.clear();
        for (int i = 0; i < ops; ++i) {
            off.create(i);
            on.create(i);
        }
        // New leads → Qualification: a move the engine judges (score, SLA, routing at
        // the stage) without handing off or rerouting, so both sides write the same.
        const Stage *to = off.pipeline.stageByName(u"Qualification"_s);
        const Stage *toOn = on.pipeline.stageByName(u"Qualification"_s);
        for (int i = 0; i < ops; ++i) {
            off.move(i, *to);
            on.move(i, *toOn);
        }
        const QString name = TestDatabase::kindName(kind);
        report(out, name + u", lead created"_s, off.createMs, on.createMs);
        report(out, name + u", move"_s, off.moveMs, on.moveMs);
        on.backend.reset(); // before their databases are dropped
        off.backend.reset();
    }
    return 0;
}
