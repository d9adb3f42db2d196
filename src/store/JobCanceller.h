// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Database.h"

#include <condition_variable>
#include <functional>
#include <map>
#include <mutex>
#include <thread>

namespace lejek {

// Stops the statement a read job is running once its caller cancels the job's future
// (a dashboard whose filter changed): QFuture::cancel() alone only keeps a queued job
// from starting, and a report at 1M leads may run for seconds, holding up the one its
// new filter asks for. While a job runs, one thread for the whole process looks at its
// future every 20 ms and, once it is cancelled, interrupts its connection once. The
// interrupted statement fails and the job returns an error no one reads; settle() then
// ends any transaction the interrupt left open, so the connection is ready for the
// next job.
class JobCanceller
{
public:
    // Stops the statement running on a connection; callable from any thread.
    using Interrupt = std::function<void()>;
    // `db`'s: sqlite3_interrupt, or libpq's PQcancel (a message to the server on a
    // connection of its own); empty when the driver hides its handle (NativeHandle).
    static Interrupt interrupterOf(Database &db);
    // After a cancelled job, on its own thread: rolls back a transaction still open on
    // `db`'s connection (an interrupted COMMIT, an aborted PostgreSQL transaction).
    static void settle(Database &db);

    static JobCanceller &shared();
    ~JobCanceller();

    // Watches the job for as long as it lives: `canceled` is asked from the watching
    // thread, `interrupt` called there at most once, and only while the watch lives
    // (its end waits for an interrupt under way).
    class [[nodiscard]] Watch
    {
    public:
        Watch(JobCanceller *canceller, quint64 id) : m_canceller(canceller), m_id(id) {}
        ~Watch();
        Watch(const Watch &) = delete;
        Watch &operator=(const Watch &) = delete;

    private:
        JobCanceller *m_canceller;
        quint64 m_id;
    };
    Watch watch(std::function<bool()> canceled, Interrupt interrupt);

private:
    JobCanceller();
    void run(std::stop_token stop);

    struct Job {
        std::function<bool()> canceled;
        Interrupt interrupt;
        bool interrupted = false;
    };
    std::mutex m_mutex;
    std::condition_variable_any m_wake;    // the watching thread: a job to watch, or stop
    std::condition_variable m_interrupted; // a watch's end: the interrupt under way is done
    std::map<quint64, Job> m_jobs;
    quint64 m_interrupting = 0; // the job being interrupted, outside the mutex (0: none)
    quint64 m_next = 1;
    std::jthread m_thread; // last: it stops and joins before the members above go
};

} // namespace lejek
