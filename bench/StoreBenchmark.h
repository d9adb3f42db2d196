// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Error.h"
#include "LeadFilter.h"
#include "Pipeline.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <functional>

namespace lejek {

class LocalBackend;

// The store benchmark: builds the demo database (DemoWriter) and times what a board
// does against it through LeadService: stage totals, the first page of a column, a
// deep page by offset and by keyset cursor, filtered pages. Prints a table and
// writes JSON.
class StoreBenchmark
{
public:
    struct Options {
        QString db;              // SQLite path or postgresql:// URL
        bool temporaryDb = false; // delete the SQLite files afterwards
        qint64 leads = 1'000'000;
        quint64 seed = 1;
        int runs = 7;
        int batchSize = 5000;
        bool reuse = false;      // keep the leads a previous run left in `db`
        QString jsonPath;
    };

    explicit StoreBenchmark(Options options);
    int run(); // the process exit status

private:
    struct Timing {
        QString query;
        QString stage;
        qint64 stageLeads = 0;
        qint64 rows = 0;
        QList<double> ms;
    };

    Result<void> generate(LocalBackend &backend);
    Result<void> measureQueries(LocalBackend &backend, const Pipeline &pipeline);
    Result<void> measurePages(LocalBackend &backend, const Pipeline &pipeline, const Stage &stage, qint64 leads);
    // One warm-up call, then options.runs timed calls; `call` returns the rows it read.
    Result<void> time(const QString &query, const Stage &stage, qint64 stageLeads, const std::function<Result<qint64>()> &call);
    void databaseFacts();
    void report() const;
    Result<void> writeJson() const;

    Options m_options;
    QJsonObject m_generation;
    QJsonObject m_database;
    QList<Timing> m_timings;
    QList<std::pair<QString, qint64>> m_stageCounts;
};

} // namespace lejek
