// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ImportRequest.h"
#include "ImportResult.h"

#include <QObject>

#include <atomic>
#include <memory>

class QThread;

namespace lejek {

class LeadService;

// Imports a CSV file into a pipeline, the same way for lejek-cli and the app: reads the
// whole file once to refuse a broken one before anything is written, then streams it
// again, maps the columns, sends the rows to LeadService::importRows in batches of
// BatchRows, collects every skipped and rejected row with its line and reason, writes the
// rejected rows (as they were, plus line and reason) to a CSV beside the file and
// returns the tally.
//
// run() waits on the services' futures, so it runs anywhere but on a UI thread:
// lejek-cli calls it directly, the app calls start(), which runs it on a thread of its
// own and signals finished(). cancel() stops it between batches; what was sent stays
// written and is counted.
class ImportJob : public QObject
{
    Q_OBJECT
public:
    // Rows per batch, each one transaction: bigger batches write each touched index page
    // fewer times (1,000 -> 5,000 rows: a million-row SQLite import 15% faster), smaller
    // ones cancel sooner. 5,000 rows take 0.2 to 0.5 s.
    static constexpr int BatchRows = 5000;

    ImportJob(LeadService &leads, ImportRequest request, QObject *parent = nullptr);
    // Cancels a running import and waits for its batch to end.
    ~ImportJob() override;

    const ImportRequest &request() const { return m_request; }

    // Blocking: the whole import on the calling thread.
    ImportResult run();
    // run() on a worker thread; finished() with the result. Once per job.
    void start();
    bool isRunning() const;
    // Thread-safe: stop after the batch being written.
    void cancel() { m_cancel.store(true); }
    bool isCancelRequested() const { return m_cancel.load(); }

    // FILE.rejects.csv beside FILE.csv.
    static QString defaultRejectsPath(const QString &csvPath);
    // Each column's key as ColumnMapping would map it by its header (English or Polish
    // label, or key), empty when none fits; a key goes to the first column that asks.
    static QStringList suggestedKeys(const QStringList &header, const Pipeline &pipeline);

Q_SIGNALS:
    // Once, when the file's columns are mapped: the columns no field takes.
    void columnsMapped(const QStringList &ignoredColumns);
    // After every batch (and now and then while checking the file).
    void progressed(const lejek::ImportProgress &progress);
    // A row skipped or rejected, as it is found.
    void noted(const lejek::ImportNote &note);
    // From start(): the import has ended.
    void finished(const lejek::ImportResult &result);

private:
    LeadService &m_leads;
    ImportRequest m_request;
    std::atomic<bool> m_cancel = false;
    std::unique_ptr<QThread> m_thread;
};

} // namespace lejek
