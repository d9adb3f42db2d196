// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Error.h"
#include "LeadService.h"
#include "Pipeline.h"
#include "PipelineService.h"
#include "User.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <functional>

namespace lejek {

class LocalBackend;

// What DemoWriter::write did.
struct DemoSummary {
    qint64 leads = 0;        // written
    qint64 pipelineId = 0;
    int usersCreated = 0;    // of DemoWriter::salesTeam(); the others existed
    qint64 elapsedMs = 0;    // all of it, set-up included
    qint64 generateMs = 0;   // spent generating (overlaps the store's writing)
    qint64 waitMs = 0;       // spent waiting for the store after generating a batch
};

// Fills a database with the demo: a pipeline from a template (unless one made from
// it exists), the demo sales team (12 people in "AE Enterprise", "AE Mid-Market PL"
// and "SDR"; existing names are reused) and N leads from DemoGenerator, owned by the
// team's reps, written with LeadService::recordHistory one batch (one transaction) at
// a time. The next batch is generated while the store writes the previous one, so
// memory stays at two batches whatever N is.
//
// Blocking: it waits on the services' futures, so it is for lejek-cli, benchmarks and
// tests, never the UI thread.
class DemoWriter
{
public:
    struct Options {
        qint64 leads = 5000;
        quint64 seed = 1;
        QDateTime now;             // history ends here; invalid: the current time, to the minute
        int batchSize = 5000;      // leads per recordHistory call (transaction)
        QString templateKey = QStringLiteral("b2b");
    };
    // Called after every batch (and once with 0 before the first).
    using Progress = std::function<void(qint64 done, qint64 total)>;

    // `by` writes the demo: an admin (recording history is theirs), by default the
    // database's owner.
    DemoWriter(PipelineService &pipelines, LeadService &leads, Principal by = Principal::owner());
    explicit DemoWriter(LocalBackend &backend, Principal by = Principal::owner());

    Result<DemoSummary> write(const Options &options, const Progress &progress = {});

    // The pipeline made from the template, created when no pipeline has that template.
    Result<Pipeline> ensurePipeline(const QString &templateKey);
    // The demo team with ids, created where missing; *created counts the new users. A
    // database without users first gets the demo's admin (its first user, so its admin).
    Result<QList<User>> ensureTeam(int *created = nullptr);
    // The demo team as it is created (no ids): one manager and eleven reps.
    static QList<User> salesTeam();
    // Who configures the demo's pipelines: Ewa Nowicka, RevOps, an admin who owns no leads.
    static User admin();

private:
    PipelineService &m_pipelines;
    LeadService &m_leads;
    Principal m_by;
};

} // namespace lejek
