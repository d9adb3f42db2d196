// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "StoreBenchmark.h"

#include "BenchStats.h"
#include "DemoWriter.h"
#include "LocalBackend.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTextStream>
#include <QThread>

#include <QSysInfo>

#include <algorithm>
#include <numeric>

namespace lejek {

using namespace Qt::Literals::StringLiterals;
using lejek::bench::median;

namespace {

template<typename T>
T wait(QFuture<T> future)
{
    future.waitForFinished();
    return future.result();
}

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

QString grouped(qint64 n)
{
    QString digits = QString::number(n);
    for (qsizetype i = digits.size() - 3; i > (n < 0 ? 1 : 0); i -= 3)
        digits.insert(i, u',');
    return digits;
}

QString bytes(qint64 n)
{
    if (n >= (1LL << 30))
        return u"%1 GiB"_s.arg(static_cast<double>(n) / (1LL << 30), 0, 'f', 2);
    if (n >= (1LL << 20))
        return u"%1 MiB"_s.arg(static_cast<double>(n) / (1LL << 20), 0, 'f', 1);
    return u"%1 KiB"_s.arg(static_cast<double>(n) / 1024.0, 0, 'f', 1);
}

QString procField(const QString &file, const QString &key)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith(key.toLatin1()))
            return QString::fromLatin1(line.mid(line.indexOf(':') + 1)).trimmed();
    return {};
}

QJsonObject machine()
{
    const qint64 memKiB = procField(u"/proc/meminfo"_s, u"MemTotal"_s).section(u' ', 0, 0).toLongLong();
    return QJsonObject{{u"nproc"_s, QThread::idealThreadCount()},
                       {u"cpu"_s, procField(u"/proc/cpuinfo"_s, u"model name"_s)},
                       {u"ramGiB"_s, static_cast<double>(memKiB) / (1024.0 * 1024.0)},
                       {u"os"_s, QSysInfo::prettyProductName()},
                       {u"qt"_s, QString::fromLatin1(qVersion())},
                       {u"buildType"_s, QStringLiteral(LEJEK_BUILD_TYPE)}};
}

} // namespace

StoreBenchmark::StoreBenchmark(Options options) : m_options(std::move(options)) {}

int StoreBenchmark::run()
{
    auto settings = ConnectionSettings::parse(m_options.db);
    if (!settings) {
        err() << "bench_store: " << settings.error().message << Qt::endl;
        return 2;
    }
    Result<void> done = ok();
    {
        LocalBackend backend(*settings);
        if (auto opened = wait(backend.open()); !opened) {
            err() << "bench_store: " << opened.error().message << Qt::endl;
            return 1;
        }
        done = generate(backend);
        if (done) {
            databaseFacts();
            auto pipelines = wait(backend.pipelines().pipelines(Principal::owner()));
            if (!pipelines)
                done = std::unexpected(pipelines.error());
            else if (const auto b2b = std::find_if(pipelines->begin(), pipelines->end(),
                                                   [](const Pipeline &p) { return p.templateKey == u"b2b"_s; });
                     b2b == pipelines->end())
                done = std::unexpected(Error::notFound(u"no b2b pipeline in %1"_s.arg(m_options.db)));
            else
                done = measureQueries(backend, *b2b);
        }
    }
    if (done) {
        report();
        if (auto written = writeJson(); !written)
            done = written;
    }
    if (m_options.temporaryDb)
        for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s, u"-journal"_s})
            QFile::remove(m_options.db + suffix);
    if (!done) {
        err() << "bench_store: " << done.error().message << Qt::endl;
        return 1;
    }
    return 0;
}

Result<void> StoreBenchmark::generate(LocalBackend &backend)
{
    if (m_options.reuse) {
        DemoWriter writer(backend);
        auto pipeline = writer.ensurePipeline(u"b2b"_s);
        if (!pipeline)
            return std::unexpected(pipeline.error());
        auto totals = wait(backend.leads().stageTotals(Principal::owner(), pipeline->id));
        if (!totals)
            return std::unexpected(totals.error());
        qint64 leads = 0;
        for (const StageTotals &t : *totals)
            leads += t.count;
        if (leads > 0) {
            out() << "reusing " << grouped(leads) << " leads in " << m_options.db << Qt::endl;
            m_generation = QJsonObject{{u"reused"_s, true}, {u"leads"_s, leads}};
            return ok();
        }
    }
    out() << "generating " << grouped(m_options.leads) << " demo leads (seed " << m_options.seed << ", batches of "
          << m_options.batchSize << ") into " << m_options.db << Qt::endl;
    QElapsedTimer clock;
    clock.start();
    qint64 lastReport = 0;
    DemoWriter::Options options;
    options.leads = m_options.leads;
    options.seed = m_options.seed;
    options.batchSize = m_options.batchSize;
    auto summary = DemoWriter(backend).write(options, [&](qint64 done, qint64 total) {
        if (done - lastReport < std::max<qint64>(1, total / 20) && done != total)
            return;
        lastReport = done;
        const double s = static_cast<double>(clock.elapsed()) / 1000.0;
        err() << u"  %1 / %2 leads, %3 s, %4 leads/s"_s.arg(grouped(done), grouped(total))
                     .arg(s, 0, 'f', 1)
                     .arg(grouped(s > 0 ? static_cast<qint64>(static_cast<double>(done) / s) : 0))
              << Qt::endl;
    });
    if (!summary)
        return std::unexpected(summary.error());
    const double seconds = static_cast<double>(summary->elapsedMs) / 1000.0;
    m_generation = QJsonObject{{u"reused"_s, false},
                               {u"leads"_s, summary->leads},
                               {u"seed"_s, static_cast<qint64>(m_options.seed)},
                               {u"batchSize"_s, m_options.batchSize},
                               {u"elapsedMs"_s, summary->elapsedMs},
                               {u"leadsPerSecond"_s, seconds > 0 ? static_cast<double>(summary->leads) / seconds : 0.0},
                               {u"generateMs"_s, summary->generateMs},
                               {u"waitForStoreMs"_s, summary->waitMs}};
    return ok();
}

void StoreBenchmark::databaseFacts()
{
    const auto settings = ConnectionSettings::parse(m_options.db);
    if (!settings || settings->isPostgres()) {
        m_database = QJsonObject{{u"driver"_s, u"postgresql"_s}};
        return;
    }
    const qint64 main = QFileInfo(settings->path).size();
    const qint64 wal = QFileInfo(settings->path + u"-wal"_s).size();
    const qint64 shm = QFileInfo(settings->path + u"-shm"_s).size();
    m_database = QJsonObject{{u"driver"_s, u"sqlite"_s}, {u"path"_s, settings->path}, {u"bytes"_s, main},
                             {u"walBytes"_s, wal},       {u"shmBytes"_s, shm},       {u"totalBytes"_s, main + wal + shm}};
    const QString name = u"bench-facts"_s;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(settings->path);
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(u"SELECT sqlite_version()"_s) && q.next())
                m_database.insert(u"sqliteVersion"_s, q.value(0).toString());
            QJsonObject rows;
            for (const QString &table : {u"leads"_s, u"stage_changes"_s, u"activities"_s, u"tasks"_s, u"users"_s})
                if (q.exec(u"SELECT COUNT(*) FROM %1"_s.arg(table)) && q.next())
                    rows.insert(table, q.value(0).toLongLong());
            m_database.insert(u"rows"_s, rows);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

Result<void> StoreBenchmark::time(const QString &query, const Stage &stage, qint64 stageLeads,
                                  const std::function<Result<qint64>()> &call)
{
    Timing timing{query, stage.name, stageLeads, 0, {}};
    if (auto warm = call(); !warm)
        return std::unexpected(warm.error());
    QElapsedTimer clock;
    for (int i = 0; i < std::max(1, m_options.runs); ++i) {
        clock.start();
        auto rows = call();
        const double ms = static_cast<double>(clock.nsecsElapsed()) / 1e6;
        if (!rows)
            return std::unexpected(rows.error());
        timing.rows = *rows;
        timing.ms.append(ms);
    }
    m_timings.append(timing);
    return ok();
}

Result<void> StoreBenchmark::measureQueries(LocalBackend &backend, const Pipeline &pipeline)
{
    Stage all;
    all.name = u"(all stages)"_s;
    QList<StageTotals> totals;
    auto r = time(u"stage totals: count, sum, weighted"_s, all, 0, [&]() -> Result<qint64> {
        auto t = wait(backend.leads().stageTotals(Principal::owner(), pipeline.id));
        if (!t)
            return std::unexpected(t.error());
        totals = *t;
        return static_cast<qint64>(t->size());
    });
    if (!r)
        return r;
    const StageTotals *biggest = nullptr;
    const StageTotals *biggestOpen = nullptr;
    for (const StageTotals &t : totals) {
        const Stage *s = pipeline.stage(t.stageId);
        m_stageCounts.append({s->name, t.count});
        if (!biggest || t.count > biggest->count)
            biggest = &t;
        if (s->kind == StageKind::Open && (!biggestOpen || t.count > biggestOpen->count))
            biggestOpen = &t;
    }
    m_timings.back().stageLeads = std::accumulate(totals.begin(), totals.end(), qint64(0),
                                                  [](qint64 sum, const StageTotals &t) { return sum + t.count; });
    if (!biggest || biggest->count == 0)
        return std::unexpected(Error::notFound(u"the pipeline has no leads"_s));
    if (biggest->count < 100'000)
        err() << "warning: the biggest stage has " << grouped(biggest->count) << " leads (< 100,000)" << Qt::endl;
    if (auto p = measurePages(backend, pipeline, *pipeline.stage(biggest->stageId), biggest->count); !p)
        return p;
    if (biggestOpen && biggestOpen != biggest)
        if (auto p = measurePages(backend, pipeline, *pipeline.stage(biggestOpen->stageId), biggestOpen->count); !p)
            return p;

    // Opening one lead's card: the lead and its timeline.
    PageRequest middle;
    middle.stageId = biggest->stageId;
    middle.limit = 1;
    middle.offset = static_cast<int>(biggest->count / 2);
    auto one = wait(backend.leads().stagePage(Principal::owner(), pipeline.id, middle));
    if (!one)
        return std::unexpected(one.error());
    if (!one->leads.isEmpty()) {
        const qint64 id = one->leads.front().id;
        return time(u"lead card: lead + timeline"_s, *pipeline.stage(biggest->stageId), biggest->count, [&]() -> Result<qint64> {
            auto lead = wait(backend.leads().lead(Principal::owner(), id));
            if (!lead)
                return std::unexpected(lead.error());
            auto timeline = wait(backend.leads().timeline(Principal::owner(), id));
            if (!timeline)
                return std::unexpected(timeline.error());
            return static_cast<qint64>(timeline->size());
        });
    }
    return ok();
}

Result<void> StoreBenchmark::measurePages(LocalBackend &backend, const Pipeline &pipeline, const Stage &stage, qint64 leads)
{
    auto pageCall = [&](PageRequest request) {
        return [&backend, &pipeline, request]() -> Result<qint64> {
            auto page = wait(backend.leads().stagePage(Principal::owner(), pipeline.id, request));
            if (!page)
                return std::unexpected(page.error());
            return static_cast<qint64>(page->leads.size());
        };
    };
    PageRequest first;
    first.stageId = stage.id;
    first.limit = 100;
    if (auto r = time(u"first page (100, last activity desc)"_s, stage, leads, pageCall(first)); !r)
        return r;
    PageRequest byValue = first;
    byValue.sort = LeadSort::Value;
    if (auto r = time(u"first page (100, value desc)"_s, stage, leads, pageCall(byValue)); !r)
        return r;

    const int depth = static_cast<int>(std::min<qint64>(50'000, std::max<qint64>(100, leads / 2)));
    PageRequest deep = first;
    deep.offset = depth;
    if (auto r = time(u"deep page: OFFSET %1"_s.arg(grouped(depth)), stage, leads, pageCall(deep)); !r)
        return r;

    // The keyset page after the cursor of the lead at `depth`: the same rows as the
    // OFFSET page, read from the index without skipping.
    PageRequest before = first;
    before.offset = depth - 100;
    auto cursorPage = wait(backend.leads().stagePage(Principal::owner(), pipeline.id, before));
    if (!cursorPage)
        return std::unexpected(cursorPage.error());
    PageRequest keyset = first;
    keyset.after = cursorPage->next;
    auto a = wait(backend.leads().stagePage(Principal::owner(), pipeline.id, keyset));
    auto b = wait(backend.leads().stagePage(Principal::owner(), pipeline.id, deep));
    if (a && b && (a->leads.isEmpty() || b->leads.isEmpty() || a->leads.front().id != b->leads.front().id))
        err() << "warning: the keyset page and the OFFSET page differ in " << stage.name << Qt::endl;
    if (auto r = time(u"deep page: keyset after cursor at %1"_s.arg(grouped(depth)), stage, leads, pageCall(keyset)); !r)
        return r;

    PageRequest text = first;
    text.filter.text = u"kowal"_s;
    if (auto r = time(u"text search \"kowal\" (first page)"_s, stage, leads, pageCall(text)); !r)
        return r;
    PageRequest rare = first;
    rare.filter.text = u"Wąsowicz"_s; // in no lead: the whole column is scanned
    if (auto r = time(u"text search, no match (full scan)"_s, stage, leads, pageCall(rare)); !r)
        return r;
    PageRequest filtered = first;
    filtered.filter.source = u"linkedin"_s;
    filtered.filter.minScore = 60;
    if (auto r = time(u"filter source=linkedin, score>=60"_s, stage, leads, pageCall(filtered)); !r)
        return r;
    PageRequest rotting = first;
    rotting.filter.rottingOnly = true;
    return time(u"filter rotting only"_s, stage, leads, pageCall(rotting));
}

void StoreBenchmark::report() const
{
    const QJsonObject m = machine();
    out() << Qt::endl << "Lejek store benchmark (" << m.value(u"buildType"_s).toString() << ", Qt " << m.value(u"qt"_s).toString()
          << ", " << m_database.value(u"driver"_s).toString() << ' ' << m_database.value(u"sqliteVersion"_s).toString() << ")" << Qt::endl;
    out() << u"machine: %1, %2 cores, %3 GiB RAM, %4"_s.arg(m.value(u"cpu"_s).toString())
                 .arg(m.value(u"nproc"_s).toInt())
                 .arg(m.value(u"ramGiB"_s).toDouble(), 0, 'f', 1)
                 .arg(m.value(u"os"_s).toString())
          << Qt::endl;
    if (!m_generation.value(u"reused"_s).toBool()) {
        out() << u"demo: %1 leads in %2 s = %3 leads/s (generating %4 s, overlapped with writing; waiting for the store %5 s)"_s
                     .arg(grouped(m_generation.value(u"leads"_s).toInteger()))
                     .arg(static_cast<double>(m_generation.value(u"elapsedMs"_s).toInteger()) / 1000.0, 0, 'f', 1)
                     .arg(grouped(static_cast<qint64>(m_generation.value(u"leadsPerSecond"_s).toDouble())))
                     .arg(static_cast<double>(m_generation.value(u"generateMs"_s).toInteger()) / 1000.0, 0, 'f', 1)
                     .arg(static_cast<double>(m_generation.value(u"waitForStoreMs"_s).toInteger()) / 1000.0, 0, 'f', 1)
              << Qt::endl;
    }
    if (m_database.contains(u"totalBytes"_s)) {
        const QJsonObject rows = m_database.value(u"rows"_s).toObject();
        out() << u"database: %1 (file %2 + wal %3 + shm %4); rows: leads %5, stage_changes %6, activities %7, tasks %8"_s
                     .arg(bytes(m_database.value(u"totalBytes"_s).toInteger()), bytes(m_database.value(u"bytes"_s).toInteger()),
                          bytes(m_database.value(u"walBytes"_s).toInteger()), bytes(m_database.value(u"shmBytes"_s).toInteger()),
                          grouped(rows.value(u"leads"_s).toInteger()), grouped(rows.value(u"stage_changes"_s).toInteger()),
                          grouped(rows.value(u"activities"_s).toInteger()), grouped(rows.value(u"tasks"_s).toInteger()))
              << Qt::endl;
    }
    QStringList stages;
    for (const auto &[name, count] : m_stageCounts)
        stages.append(u"%1 %2"_s.arg(name, grouped(count)));
    out() << "stages: " << stages.join(u" | "_s) << Qt::endl << Qt::endl;
    out() << u"%1 %2 %3 %4 %5 %6 %7"_s.arg(u"query"_s, -44)
                 .arg(u"stage"_s, -13)
                 .arg(u"leads"_s, 9)
                 .arg(u"rows"_s, 5)
                 .arg(u"median ms"_s, 10)
                 .arg(u"min ms"_s, 9)
                 .arg(u"max ms"_s, 9)
          << Qt::endl;
    for (const Timing &t : m_timings) {
        out() << u"%1 %2 %3 %4 %5 %6 %7"_s.arg(t.query, -44)
                     .arg(t.stage, -13)
                     .arg(grouped(t.stageLeads), 9)
                     .arg(t.rows, 5)
                     .arg(median(t.ms), 10, 'f', 2)
                     .arg(*std::min_element(t.ms.begin(), t.ms.end()), 9, 'f', 2)
                     .arg(*std::max_element(t.ms.begin(), t.ms.end()), 9, 'f', 2)
              << Qt::endl;
    }
    out() << u"(%1 timed runs each after one warm-up; a call includes the hop to the store thread and back)"_s.arg(m_options.runs)
          << Qt::endl;
}

Result<void> StoreBenchmark::writeJson() const
{
    QJsonArray queries;
    for (const Timing &t : m_timings) {
        QJsonArray runs;
        for (const double ms : t.ms)
            runs.append(ms);
        queries.append(QJsonObject{{u"query"_s, t.query},
                                   {u"stage"_s, t.stage},
                                   {u"stageLeads"_s, t.stageLeads},
                                   {u"rows"_s, t.rows},
                                   {u"medianMs"_s, median(t.ms)},
                                   {u"minMs"_s, *std::min_element(t.ms.begin(), t.ms.end())},
                                   {u"maxMs"_s, *std::max_element(t.ms.begin(), t.ms.end())},
                                   {u"runsMs"_s, runs}});
    }
    QJsonObject stages;
    for (const auto &[name, count] : m_stageCounts)
        stages.insert(name, count);
    const QJsonObject root{{u"benchmark"_s, u"bench_store"_s},
                           {u"when"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
                           {u"machine"_s, machine()},
                           {u"generation"_s, m_generation},
                           {u"database"_s, m_database},
                           {u"stages"_s, stages},
                           {u"queries"_s, queries}};
    QDir().mkpath(QFileInfo(m_options.jsonPath).absolutePath());
    QFile file(m_options.jsonPath);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return std::unexpected(Error::storage(u"cannot write %1: %2"_s.arg(m_options.jsonPath, file.errorString())));
    file.write(QJsonDocument(root).toJson());
    out() << "JSON: " << QFileInfo(m_options.jsonPath).absoluteFilePath() << Qt::endl;
    return ok();
}

} // namespace lejek
