// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
// bench_store: the one-million-lead demo on SQLite (or PostgreSQL) and the board's
// queries against it. See bench/store.md.
#include "StoreBenchmark.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>

#include <cstdio>

using namespace lejek;
using namespace Qt::Literals::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"bench_store"_s);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Builds the demo database and times the store's board queries."_s);
    parser.addHelpOption();
    const QCommandLineOption leads(u"leads"_s, u"Demo leads to generate (default 1000000)."_s, u"N"_s, u"1000000"_s);
    const QCommandLineOption db(u"db"_s, u"SQLite file or postgresql:// URL (default: a temporary file, deleted afterwards)."_s, u"DB"_s);
    const QCommandLineOption seed(u"seed"_s, u"Demo data seed (default 1)."_s, u"S"_s, u"1"_s);
    const QCommandLineOption runs(u"runs"_s, u"Timed runs per query (default 7)."_s, u"N"_s, u"7"_s);
    const QCommandLineOption batch(u"batch"_s, u"Leads per transaction (default 5000)."_s, u"N"_s, u"5000"_s);
    const QCommandLineOption reuse(u"reuse"_s, u"Keep the leads already in --db instead of generating."_s);
    const QCommandLineOption keep(u"keep"_s, u"Keep the temporary database."_s);
    const QCommandLineOption json(u"json"_s, u"Where to write the JSON (default bench/out/bench_store-<time>.json)."_s, u"FILE"_s);
    parser.addOptions({leads, db, seed, runs, batch, reuse, keep, json});
    parser.process(app);

    StoreBenchmark::Options options;
    bool okLeads = false, okSeed = false, okRuns = false, okBatch = false;
    options.leads = parser.value(leads).toLongLong(&okLeads);
    options.seed = parser.value(seed).toULongLong(&okSeed);
    options.runs = parser.value(runs).toInt(&okRuns);
    options.batchSize = parser.value(batch).toInt(&okBatch);
    if (!okLeads || options.leads < 0 || !okSeed || !okRuns || options.runs < 1 || !okBatch || options.batchSize < 1) {
        std::fputs("bench_store: --leads, --seed, --runs and --batch take positive whole numbers\n", stderr);
        return 2;
    }
    options.reuse = parser.isSet(reuse);
    if (parser.isSet(db)) {
        options.db = parser.value(db);
    } else {
        if (options.reuse) {
            std::fputs("bench_store: --reuse needs --db\n", stderr);
            return 2;
        }
        options.db = QDir::temp().filePath(u"lejek-bench-%1.sqlite"_s.arg(QCoreApplication::applicationPid()));
        options.temporaryDb = !parser.isSet(keep);
    }
    options.jsonPath = parser.isSet(json)
                           ? parser.value(json)
                           : QDir(QStringLiteral(LEJEK_BENCH_OUT_DIR))
                                 .filePath(u"bench_store-%1.json"_s.arg(QDateTime::currentDateTimeUtc().toString(u"yyyyMMdd-HHmmss"_s)));
    return StoreBenchmark(options).run();
}
