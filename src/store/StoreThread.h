// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ConnectionSettings.h"
#include "Database.h"
#include "Error.h"
#include "JobCanceller.h"

#include <QFuture>
#include <QMutex>
#include <QObject>
#include <QPromise>
#include <QThread>

#include <atomic>

#include <functional>
#include <memory>
#include <type_traits>
#include <vector>

namespace lejek {

// The store's own thread with its own connection. Jobs run there one at a time, in
// the order given, and hand their result back through a QFuture, so the caller (the
// UI thread) never waits on I/O. Blocking callers (lejek-cli, tests) may wait on the
// future.
class StoreThread
{
public:
    explicit StoreThread(ConnectionSettings settings);
    ~StoreThread();
    StoreThread(const StoreThread &) = delete;
    StoreThread &operator=(const StoreThread &) = delete;

    // Opens the connection and migrates the schema (to `schemaVersion`, latest when -1).
    QFuture<Result<void>> open(int schemaVersion = -1);

    template<typename Job>
    auto run(Job job) -> QFuture<std::invoke_result_t<Job, Database &>>
    {
        using R = std::invoke_result_t<Job, Database &>;
        static_assert(requires { R(std::unexpected(Error{})); } || std::is_default_constructible_v<R>,
                      "a job that cannot run must still give its future a result");
        auto promise = std::make_shared<QPromise<R>>();
        QFuture<R> future = promise->future();
        promise->start();
        post([this, promise, job = std::move(job)]() mutable {
            if (promise->isCanceled()) {
                // The caller no longer wants it (a dashboard whose filter changed):
                // the job is not run, and the future finishes without a result.
                promise->finish();
                return;
            }
            if (!m_database) {
                if constexpr (requires { R(std::unexpected(Error{})); })
                    promise->addResult(R(std::unexpected(Error::storage(notOpenMessage()))));
                else
                    promise->addResult(R{}); // never leave the future without a result
            } else {
                {
                    // A reader's job is stopped mid-statement when its caller cancels it.
                    const JobCanceller::Watch watch =
                        JobCanceller::shared().watch([promise] { return promise->isCanceled(); }, m_interrupt);
                    promise->addResult(job(*m_database));
                }
                m_database->releaseResults();
                if (m_interrupt && promise->isCanceled())
                    JobCanceller::settle(*m_database);
            }
            promise->finish();
        });
        return future;
    }

    // Runs `job` on the read connection: a second connection, on a thread of its own,
    // opened on first use (and again after a failed open), that refuses writes (SQLite:
    // a WAL reader; PostgreSQL: a read-only session). For long reads (exports, reports),
    // which then never queue behind the writes of this thread; each job sees what was
    // committed when it runs, not writes still queued here (an export of many pages is
    // not one snapshot). The board reads with run(), in order with its own
    // writes. An in-memory SQLite database has one connection: read() is run() there.
    // Which reader: long reads queue behind each other; a short one (a dashboard's
    // summed sections, a figure's leads) has a connection of its own, so that it never
    // waits for a long one already running. A read whose future is cancelled while it
    // runs is stopped mid-statement (JobCanceller; not on an in-memory database, whose
    // reads are the writer's, or when the driver hides its handle), and the next in its
    // lane starts.
    enum class Lane { Long, Short };
    template<typename Job>
    auto read(Job job, Lane lane = Lane::Long) -> QFuture<std::invoke_result_t<Job, Database &>>
    {
        QMutexLocker lock(&m_readerMutex); // held while queuing: the reader may be made anew
        return reader(lane).run(std::move(job));
    }

    // Keeps a helper beside the connection on the store thread: one that needs the
    // thread's event loop, such as a watcher with a timer or a socket notifier. `make`
    // runs there after every job queued before it; what it makes lives until the store
    // closes and is destroyed there, before the connection.
    using ResidentFactory = std::function<Result<std::unique_ptr<QObject>>(Database &)>;
    QFuture<Result<void>> attach(ResidentFactory make);

    const ConnectionSettings &settings() const { return m_settings; }

private:
    enum class Access { ReadWrite, ReadOnly };
    StoreThread(ConnectionSettings settings, Access access);
    StoreThread &reader(Lane lane); // with m_readerMutex held
    // Connects without migrating (the writer's open() did) and makes the session read-only.
    void openReadOnly();
    // On a reader's thread: it gives way to the UI thread when both want the processor.
    static void yieldToTheUi();
    void post(std::function<void()> task);
    // "the database is not open", with why when an open() failed.
    QString notOpenMessage() const;

    ConnectionSettings m_settings;
    QThread m_thread;
    QObject *m_context = nullptr; // lives on m_thread; jobs are queued to it
    std::unique_ptr<Database> m_database; // created, used and destroyed on m_thread
    JobCanceller::Interrupt m_interrupt;  // a reader's, set with m_database on m_thread
    std::vector<std::unique_ptr<QObject>> m_residents; // likewise; go before m_database
    QString m_openError; // why the last open() failed; read and written on m_thread
    QString m_connectionName;
    Access m_access = Access::ReadWrite;
    QMutex m_readerMutex; // read() may be called from any thread (an export's worker)
    std::unique_ptr<StoreThread> m_reader;
    std::unique_ptr<StoreThread> m_shortReader;
    std::atomic_bool m_openFailed = false; // a reader whose open failed is made anew
};

} // namespace lejek
