// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
// bench_import: `lejek-cli init` + `lejek-cli import` of a generated CSV of N leads,
// against the backend's own bulk loader on the same file (sqlite3 .import, psql \copy)
// into a plain table, and against that loader feeding Lejek's own tables in one
// INSERT ... SELECT each (the schema's floor). See bench/import.md.
#include "BenchStats.h"
#include "LeadFields.h"
#include "Nip.h"

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
#include <QTemporaryDir>
#include <QTextStream>
#include <QUrl>

#include <algorithm>
#include <cstdio>
#include <optional>
#include <random>
#include <vector>

using namespace lejek;
using namespace Qt::Literals::StringLiterals;

namespace {

struct ProcessResult
{
    int exitCode = -1;
    bool crashed = false;
    QByteArray out;
    QByteArray err;
};

ProcessResult run(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    ProcessResult r;
    if (!p.waitForStarted(-1)) {
        r.err = p.errorString().toUtf8();
        r.crashed = true;
        return r;
    }
    p.waitForFinished(-1);
    r.crashed = p.exitStatus() != QProcess::NormalExit;
    r.exitCode = p.exitCode();
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

[[noreturn]] void fail(const QString &what, const ProcessResult &r)
{
    std::fprintf(stderr, "bench_import: %s failed (exit %d)\n%s\n%s\n", qPrintable(what), r.exitCode,
                 r.out.right(2000).constData(), r.err.right(2000).constData());
    std::exit(1);
}

// Writes N plausible leads with the canonical headers. E-mails and NIPs are unique
// (the import skips duplicates of either), NIPs carry a valid check digit.
bool writeCsv(const QString &path, qint64 rows)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    static const QStringList firstNames{u"Anna"_s,  u"Piotr"_s,   u"Katarzyna"_s, u"Tomasz"_s, u"Magdalena"_s,
                                        u"Paweł"_s, u"Agnieszka"_s, u"Michał"_s,  u"Joanna"_s, u"Krzysztof"_s,
                                        u"Ewa"_s,   u"Marcin"_s,  u"Zofia"_s,     u"Jakub"_s,  u"Małgorzata"_s};
    static const QStringList lastNames{u"Nowak"_s,     u"Kowalski"_s,    u"Wiśniewski"_s, u"Wójcik"_s,
                                       u"Kowalczyk"_s, u"Kamiński"_s,    u"Lewandowski"_s, u"Zieliński"_s,
                                       u"Szymański"_s, u"Woźniak"_s,     u"Dąbrowski"_s,  u"Kozłowski"_s,
                                       u"Jankowski"_s, u"Mazur"_s,       u"Krawczyk"_s};
    static const QStringList companyStems{u"Agromex"_s, u"Budpol"_s,  u"Techsoft"_s, u"Logistar"_s, u"Medicor"_s,
                                          u"Elektra"_s, u"Drewbud"_s, u"Finexa"_s,   u"Polchem"_s,  u"Transbet"_s,
                                          u"Marko"_s,   u"Vistula"_s, u"Baltica"_s,  u"Sudety"_s,   u"Mazovia"_s};
    static const QStringList companyForms{u"Sp. z o.o."_s, u"S.A."_s, u"sp.j."_s, u"s.c."_s};
    static const QStringList cities{u"Warszawa"_s, u"Kraków"_s,   u"Wrocław"_s, u"Poznań"_s, u"Gdańsk"_s,
                                    u"Łódź"_s,     u"Szczecin"_s, u"Lublin"_s,  u"Katowice"_s, u"Białystok"_s};
    static const QStringList industries{u"IT"_s,          u"Produkcja"_s, u"Handel"_s,   u"Logistyka"_s,
                                        u"Budownictwo"_s, u"Finanse"_s,   u"Medycyna"_s, u"Energetyka"_s};
    const QStringList &sources = LeadFields::sources();

    std::mt19937_64 rng(1);
    auto pick = [&rng](const QStringList &list) -> const QString & {
        return list[static_cast<qsizetype>(rng() % static_cast<quint64>(list.size()))];
    };
    QTextStream out(&file);
    out.setEncoding(QStringConverter::Utf8);
    out << "company,first_name,last_name,email,phone,nip,city,industry,employees,source,value\n";
    qint64 nipCounter = 0;
    for (qint64 i = 0; i < rows; ++i) {
        // Monotonic nine digits (so unique), skipping the ones without a valid check digit.
        QString nip;
        for (;;) {
            const QString nine = QString::number(123000000 + nipCounter++);
            const int check = Nip::checkDigit(nine);
            if (check >= 0) {
                nip = nine + QString::number(check);
                break;
            }
        }
        const QString &first = pick(firstNames);
        const QString &last = pick(lastNames);
        const QString stem = pick(companyStems);
        const QString company = u"%1 %2 %3"_s.arg(stem).arg(i % 50000).arg(pick(companyForms));
        const QString email = u"kontakt%1@%2%3.pl"_s.arg(i).arg(stem.toLower()).arg(i % 50000);
        // A Polish mobile number: one of the operators' prefixes (not 70x, a premium
        // range the phone check rejects), then seven digits.
        static const quint64 mobilePrefixes[] = {50, 51, 53, 57, 60, 66, 69, 72, 73, 78, 79, 88};
        const quint64 phone = mobilePrefixes[rng() % std::size(mobilePrefixes)] * 10000000 + rng() % 10000000;
        const QString phoneText = u"+48 %1 %2 %3"_s.arg(phone / 1000000).arg(phone / 1000 % 1000, 3, 10, QChar(u'0'))
                                      .arg(phone % 1000, 3, 10, QChar(u'0'));
        const quint64 employees = 1 + rng() % 2000;
        const quint64 value = 1000 + rng() % 500000;
        out << company << ',' << first << ',' << last << ',' << email << ',' << phoneText << ',' << nip << ','
            << pick(cities) << ',' << pick(industries) << ',' << employees << ',' << pick(sources) << ','
            << value << '.' << (value % 100 < 10 ? "0" : "") << value % 100 << '\n';
    }
    out.flush();
    return file.error() == QFileDevice::NoError;
}

double median(const std::vector<double> &v) { return lejek::bench::median(QList<double>(v.cbegin(), v.cend())); }

struct Config
{
    QString cli;
    QString sqlite3;
    QString psql;
    QString pgUrl;
    QString tempDir;
    bool allOrNothing = false; // the import in one transaction: the file's batches as savepoints of it
};

QString pgDatabaseUrl(const QString &adminUrl, const QString &name)
{
    QUrl url(adminUrl);
    url.setPath(u"/"_s + name);
    return url.toString();
}

void psql(const Config &c, const QString &url, const QString &command)
{
    const auto r = run(c.psql, {u"-X"_s, u"-q"_s, u"-v"_s, u"ON_ERROR_STOP=1"_s, url, u"-c"_s, command});
    if (r.crashed || r.exitCode != 0)
        fail(u"psql -c \"%1\""_s.arg(command), r);
}

// Times `lejek-cli init` + `lejek-cli import`; also returns the import alone and the rows imported.
struct LejekRun
{
    double total = 0;
    double importOnly = 0;
    QString summary;
};

LejekRun timeLejek(const Config &c, const QString &db, const QString &csv)
{
    LejekRun result;
    QElapsedTimer timer;
    timer.start();
    const auto init = run(c.cli, {u"init"_s, u"--db"_s, db});
    if (init.crashed || init.exitCode != 0)
        fail(u"lejek-cli init"_s, init);
    QElapsedTimer importTimer;
    importTimer.start();
    QStringList args{u"import"_s, u"--db"_s, db, u"--pipeline"_s, u"B2B funnel"_s, csv};
    if (c.allOrNothing)
        args << u"--all-or-nothing"_s;
    const auto imp = run(c.cli, args);
    result.importOnly = static_cast<double>(importTimer.nsecsElapsed()) / 1e9;
    result.total = static_cast<double>(timer.nsecsElapsed()) / 1e9;
    if (imp.crashed || imp.exitCode != 0)
        fail(u"lejek-cli import"_s, imp);
    result.summary = QString::fromUtf8(imp.out).trimmed();
    return result;
}

struct Measured
{
    QString backend;
    qint64 rows = 0;
    int runs = 0;
    std::vector<double> lejek, lejekImport, limit, schema;
    QString summary;
};

// The rows of the plain table into Lejek's tables as the database itself would write
// them, one INSERT ... SELECT per table in one transaction: each lead in the pipeline's
// first stage with its stage change and "created" entry, through every index,
// foreign key and trigger of the schema. What no importer keeping that schema can beat.
// `cents` turns the TEXT value into minor units in the backend's SQL.
QString schemaFloorSql(const QString &cents)
{
    const QString pipeline = u"(SELECT id FROM pipelines WHERE name = 'B2B funnel')"_s;
    const QString stage = u"(SELECT id FROM stages WHERE pipeline_id = %1 ORDER BY position LIMIT 1)"_s.arg(pipeline);
    const QString now = QString::number(QDateTime::currentMSecsSinceEpoch());
    return u"BEGIN; "
           "INSERT INTO leads (pipeline_id, stage_id, company, first_name, last_name, email, phone, nip, city, industry, "
           "employees, source, value, currency, created_at, updated_at, stage_entered_at, last_activity_at, search_text) "
           "SELECT %1, %2, company, first_name, last_name, email, phone, nip, city, industry, CAST(employees AS BIGINT), "
           "source, %3, 'PLN', %4, %4, %4, %4, "
           "lower(company || ' ' || first_name || ' ' || last_name || ' ' || email || ' ' || nip || ' ' || phone) FROM plain; "
           "INSERT INTO stage_changes (lead_id, pipeline_id, from_stage_id, to_stage_id, changed_at, rule, imported) "
           "SELECT id, pipeline_id, NULL, stage_id, %4, 'import', 0 FROM leads; "
           "INSERT INTO activities (lead_id, kind, occurred_at, rule, lead_version) "
           "SELECT id, 'created', %4, 'import', 1 FROM leads; "
           "COMMIT;"_s.arg(pipeline, stage, cents, now);
}

Measured benchSqlite(const Config &c, const QString &csv, qint64 rows, int runs)
{
    Measured m{u"sqlite"_s, rows, runs, {}, {}, {}, {}, {}};
    for (int r = 0; r < runs; ++r) {
        const QString db = QDir(c.tempDir).filePath(u"lejek-%1-%2.sqlite"_s.arg(rows).arg(r));
        const auto lejek = timeLejek(c, db, csv);
        m.lejek.push_back(lejek.total);
        m.lejekImport.push_back(lejek.importOnly);
        m.summary = lejek.summary;
        for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s})
            QFile::remove(db + suffix);

        const QString plain = QDir(c.tempDir).filePath(u"plain-%1-%2.sqlite"_s.arg(rows).arg(r));
        QElapsedTimer timer;
        timer.start();
        // .import creates the table from the header line, all columns TEXT.
        const auto res = run(c.sqlite3, {plain, u".mode csv"_s, u".import '%1' plain"_s.arg(csv)});
        m.limit.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e9);
        if (res.crashed || res.exitCode != 0 || !res.err.isEmpty())
            fail(u"sqlite3 .import"_s, res);
        QFile::remove(plain);

        // The floor: .import, then the INSERT ... SELECTs, with the pragmas Lejek sets.
        const QString floorDb = QDir(c.tempDir).filePath(u"floor-%1-%2.sqlite"_s.arg(rows).arg(r));
        const auto init = run(c.cli, {u"init"_s, u"--db"_s, floorDb});
        if (init.crashed || init.exitCode != 0)
            fail(u"lejek-cli init"_s, init);
        timer.start();
        const auto floor = run(c.sqlite3, {floorDb, u"PRAGMA foreign_keys = ON"_s, u"PRAGMA synchronous = NORMAL"_s,
                                           u"PRAGMA cache_size = -65536"_s, u".mode csv"_s,
                                           u".import '%1' plain"_s.arg(csv),
                                           schemaFloorSql(u"CAST(ROUND(value * 100) AS BIGINT)"_s)});
        m.schema.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e9);
        if (floor.crashed || floor.exitCode != 0 || !floor.err.isEmpty())
            fail(u"sqlite3 schema floor"_s, floor);
        for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s})
            QFile::remove(floorDb + suffix);
        std::fprintf(stderr, "  sqlite %lld rows, run %d: lejek %.2f s, sqlite3 .import %.2f s, schema floor %.2f s\n",
                     static_cast<long long>(rows), r + 1, m.lejek.back(), m.limit.back(), m.schema.back());
    }
    return m;
}

Measured benchPg(const Config &c, const QString &csv, qint64 rows, int runs)
{
    Measured m{u"postgresql"_s, rows, runs, {}, {}, {}, {}, {}};
    const qint64 pid = QCoreApplication::applicationPid();
    for (int r = 0; r < runs; ++r) {
        const QString name = u"lejek_bench_import_%1_%2_%3"_s.arg(pid).arg(rows).arg(r);
        psql(c, c.pgUrl, u"CREATE DATABASE %1"_s.arg(name));
        const QString url = pgDatabaseUrl(c.pgUrl, name);
        // Each timed part starts after a checkpoint, so none pays for writing out the
        // pages the part before it dirtied (that varied a run by 50%).
        psql(c, c.pgUrl, u"CHECKPOINT"_s);
        const auto lejek = timeLejek(c, url, csv);
        m.lejek.push_back(lejek.total);
        m.lejekImport.push_back(lejek.importOnly);
        m.summary = lejek.summary;
        psql(c, c.pgUrl, u"DROP DATABASE %1 WITH (FORCE)"_s.arg(name));

        // Limit and floor in a database Lejek initialised: \copy into a plain table, then
        // the INSERT ... SELECTs into Lejek's tables.
        psql(c, c.pgUrl, u"CREATE DATABASE %1"_s.arg(name));
        const auto init = run(c.cli, {u"init"_s, u"--db"_s, url});
        if (init.crashed || init.exitCode != 0)
            fail(u"lejek-cli init"_s, init);
        psql(c, url,
             u"CREATE TABLE plain (company text, first_name text, last_name text, email text, phone text, nip text, "
             "city text, industry text, employees text, source text, value text)"_s);
        psql(c, c.pgUrl, u"CHECKPOINT"_s);
        QElapsedTimer timer;
        timer.start();
        psql(c, url, u"\\copy plain FROM '%1' CSV HEADER"_s.arg(csv));
        m.limit.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e9);
        psql(c, c.pgUrl, u"CHECKPOINT"_s);
        timer.start();
        psql(c, url, schemaFloorSql(u"CAST(ROUND(CAST(value AS NUMERIC) * 100) AS BIGINT)"_s));
        m.schema.push_back(m.limit.back() + static_cast<double>(timer.nsecsElapsed()) / 1e9);
        psql(c, c.pgUrl, u"DROP DATABASE %1 WITH (FORCE)"_s.arg(name));
        std::fprintf(stderr, "  postgresql %lld rows, run %d: lejek %.2f s, psql \\copy %.2f s, schema floor %.2f s\n",
                     static_cast<long long>(rows), r + 1, m.lejek.back(), m.limit.back(), m.schema.back());
    }
    return m;
}

QJsonArray toJson(const std::vector<double> &v)
{
    QJsonArray a;
    for (const double d : v)
        a.append(d);
    return a;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"bench_import"_s);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Times lejek-cli import of a generated CSV against sqlite3 .import / psql \\copy."_s);
    parser.addHelpOption();
    const QCommandLineOption rowsOpt(u"rows"_s, u"Comma-separated row counts (default 100000,1000000)."_s, u"N[,N...]"_s,
                                     u"100000,1000000"_s);
    const QCommandLineOption cliOpt(u"cli"_s, u"The lejek-cli binary (default: the one in this build)."_s, u"PATH"_s,
                                    QStringLiteral(LEJEK_BENCH_CLI));
    const QCommandLineOption pgOpt(u"pg"_s, u"postgresql:// URL of a superuser: also bench PostgreSQL."_s, u"URL"_s);
    const QCommandLineOption noSqliteOpt(u"no-sqlite"_s, u"Skip the SQLite backend."_s);
    const QCommandLineOption runsOpt(u"runs"_s, u"Runs below 1,000,000 rows (median; default 3). 1,000,000+ rows: one run."_s,
                                     u"N"_s, u"3"_s);
    const QCommandLineOption sqliteOpt(u"sqlite3"_s, u"The sqlite3 CLI (default sqlite3)."_s, u"PATH"_s, u"sqlite3"_s);
    const QCommandLineOption psqlOpt(u"psql"_s, u"The psql CLI (default psql)."_s, u"PATH"_s, u"psql"_s);
    const QCommandLineOption jsonOpt(u"json"_s, u"Where to write the JSON (default bench/out/bench_import-<time>.json)."_s,
                                     u"FILE"_s);
    const QCommandLineOption allOrNothingOpt(u"all-or-nothing"_s, u"Import with --all-or-nothing (one transaction)."_s);
    parser.addOptions({rowsOpt, cliOpt, pgOpt, noSqliteOpt, runsOpt, sqliteOpt, psqlOpt, jsonOpt, allOrNothingOpt});
    parser.process(app);

    std::vector<qint64> rowCounts;
    for (const QString &part : parser.value(rowsOpt).split(u',', Qt::SkipEmptyParts)) {
        bool ok = false;
        const qint64 n = part.trimmed().toLongLong(&ok);
        if (!ok || n < 1) {
            std::fputs("bench_import: --rows takes positive whole numbers separated by commas\n", stderr);
            return 2;
        }
        rowCounts.push_back(n);
    }
    bool okRuns = false;
    const int smallRuns = parser.value(runsOpt).toInt(&okRuns);
    if (!okRuns || smallRuns < 1 || rowCounts.empty()) {
        std::fputs("bench_import: --runs takes a positive whole number\n", stderr);
        return 2;
    }

    QTemporaryDir temp(QDir::temp().filePath(u"lejek-bench-import-XXXXXX"_s));
    if (!temp.isValid()) {
        std::fputs("bench_import: cannot create a temporary directory\n", stderr);
        return 1;
    }
    Config config{QFileInfo(parser.value(cliOpt)).absoluteFilePath(), parser.value(sqliteOpt), parser.value(psqlOpt),
                  parser.value(pgOpt), temp.path(), parser.isSet(allOrNothingOpt)};
    if (!QFileInfo(config.cli).isExecutable()) {
        std::fprintf(stderr, "bench_import: %s is not an executable (build lejek-cli or pass --cli)\n", qPrintable(config.cli));
        return 1;
    }

    std::vector<Measured> results;
    for (const qint64 rows : rowCounts) {
        const QString csv = temp.filePath(u"leads-%1.csv"_s.arg(rows));
        QElapsedTimer gen;
        gen.start();
        if (!writeCsv(csv, rows)) {
            std::fprintf(stderr, "bench_import: cannot write %s\n", qPrintable(csv));
            return 1;
        }
        std::fprintf(stderr, "generated %lld rows (%.1f MB) in %.2f s\n", static_cast<long long>(rows),
                     static_cast<double>(QFileInfo(csv).size()) / 1e6, static_cast<double>(gen.nsecsElapsed()) / 1e9);
        const int runs = rows >= 1000000 ? 1 : smallRuns;
        if (!parser.isSet(noSqliteOpt))
            results.push_back(benchSqlite(config, csv, rows, runs));
        if (!config.pgUrl.isEmpty())
            results.push_back(benchPg(config, csv, rows, runs));
        QFile::remove(csv);
    }

    std::printf("\n%-10s %9s %4s %8s %12s %8s %12s %6s %8s %12s %6s\n", "backend", "rows", "runs", "lejek s",
                "lejek rows/s", "limit s", "limit rows/s", "ratio", "floor s", "floor rows/s", "ratio");
    QJsonArray jsonResults;
    for (const auto &m : results) {
        const double lejek = median(m.lejek);
        const double limit = median(m.limit);
        const double schema = median(m.schema);
        const double n = static_cast<double>(m.rows);
        std::printf("%-10s %9lld %4d %8.2f %12.0f %8.2f %12.0f %6.1f %8.2f %12.0f %6.1f\n", qPrintable(m.backend),
                    static_cast<long long>(m.rows), m.runs, lejek, n / lejek, limit, n / limit, lejek / limit, schema,
                    n / schema, lejek / schema);
        std::printf("           lejek-cli: %s\n", qPrintable(m.summary));
        jsonResults.append(QJsonObject{
            {u"backend"_s, m.backend},
            {u"rows"_s, m.rows},
            {u"runs"_s, m.runs},
            {u"lejek_init_import_seconds"_s, toJson(m.lejek)},
            {u"lejek_import_seconds"_s, toJson(m.lejekImport)},
            {u"limit_seconds"_s, toJson(m.limit)},
            {u"lejek_median_seconds"_s, lejek},
            {u"lejek_rows_per_second"_s, n / lejek},
            {u"limit_median_seconds"_s, limit},
            {u"limit_rows_per_second"_s, n / limit},
            {u"ratio_lejek_to_limit"_s, lejek / limit},
            {u"schema_floor_seconds"_s, toJson(m.schema)},
            {u"schema_floor_median_seconds"_s, schema},
            {u"schema_floor_rows_per_second"_s, n / schema},
            {u"ratio_lejek_to_schema_floor"_s, lejek / schema},
            {u"limit"_s, m.backend == u"sqlite"_s ? u"sqlite3 .import"_s : u"psql \\copy"_s},
            {u"lejek_summary"_s, m.summary},
        });
    }
    std::puts("(lejek = lejek-cli init + import; limit = the backend's loader into a plain table; floor = that loader\n"
              " feeding Lejek's tables by INSERT ... SELECT; median of --runs runs below 1,000,000 rows, one at 1,000,000+)");

    const QString jsonPath = parser.isSet(jsonOpt)
                                 ? parser.value(jsonOpt)
                                 : QDir(QStringLiteral(LEJEK_BENCH_OUT_DIR))
                                       .filePath(u"bench_import-%1.json"_s.arg(
                                           QDateTime::currentDateTimeUtc().toString(u"yyyyMMdd-HHmmss"_s)));
    QDir().mkpath(QFileInfo(jsonPath).absolutePath());
    QFile jsonFile(jsonPath);
    if (!jsonFile.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        std::fprintf(stderr, "bench_import: cannot write %s\n", qPrintable(jsonPath));
        return 1;
    }
    const QJsonObject root{
        {u"benchmark"_s, u"bench_import"_s},
        {u"build_type"_s, QStringLiteral(LEJEK_BUILD_TYPE)},
        {u"time"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
        {u"cli"_s, config.cli},
        {u"all_or_nothing"_s, config.allOrNothing},
        {u"results"_s, jsonResults},
    };
    jsonFile.write(QJsonDocument(root).toJson());
    std::printf("JSON: %s\n", qPrintable(jsonPath));
    return 0;
}
