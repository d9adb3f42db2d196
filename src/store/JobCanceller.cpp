// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "JobCanceller.h"

#include "NativeHandle.h"

#include <libpq-fe.h>
#include <sqlite3.h>

#include <chrono>
#include <memory>

namespace lejek {

JobCanceller::Interrupt JobCanceller::interrupterOf(Database &db)
{
    if (sqlite3 *handle = NativeHandle::sqlite(db))
        return [handle] { sqlite3_interrupt(handle); };
    if (PGconn *conn = NativeHandle::postgres(db)) {
        // The key to this connection's server process, made once; PQcancel is thread-safe.
        std::shared_ptr<PGcancel> cancel(PQgetCancel(conn), PQfreeCancel);
        if (!cancel)
            return {};
        return [cancel] {
            char why[256];
            PQcancel(cancel.get(), why, sizeof why); // a failed cancel leaves the job to finish
        };
    }
    return {};
}

void JobCanceller::settle(Database &db)
{
    bool open = false;
    if (sqlite3 *handle = NativeHandle::sqlite(db))
        open = sqlite3_get_autocommit(handle) == 0;
    else if (PGconn *conn = NativeHandle::postgres(db))
        open = PQtransactionStatus(conn) != PQTRANS_IDLE;
    if (open)
        static_cast<void>(db.execScript(QStringLiteral("ROLLBACK"))); // a read: nothing to lose
}

JobCanceller &JobCanceller::shared()
{
    static JobCanceller canceller;
    return canceller;
}

JobCanceller::JobCanceller() : m_thread([this](std::stop_token stop) { run(stop); }) {}

JobCanceller::~JobCanceller()
{
    m_thread.request_stop(); // wakes the wait below
    m_thread.join();
}

JobCanceller::Watch JobCanceller::watch(std::function<bool()> canceled, Interrupt interrupt)
{
    if (!interrupt)
        return Watch(nullptr, 0);
    std::lock_guard lock(m_mutex);
    const quint64 id = m_next++;
    m_jobs.emplace(id, Job{std::move(canceled), std::move(interrupt)});
    m_wake.notify_one();
    return Watch(this, id);
}

JobCanceller::Watch::~Watch()
{
    if (!m_canceller)
        return;
    std::unique_lock lock(m_canceller->m_mutex);
    // Not while its interrupt is under way: that would reach the job after this one.
    m_canceller->m_interrupted.wait(lock, [this] { return m_canceller->m_interrupting != m_id; });
    m_canceller->m_jobs.erase(m_id);
}

void JobCanceller::run(std::stop_token stop)
{
    std::unique_lock lock(m_mutex);
    while (!stop.stop_requested()) {
        // Asleep while no job runs; else a look every 20 ms.
        if (m_jobs.empty())
            m_wake.wait(lock, stop, [this] { return !m_jobs.empty(); });
        else
            m_wake.wait_for(lock, stop, std::chrono::milliseconds(20), [] { return false; });
        for (auto it = m_jobs.begin(); it != m_jobs.end(); ++it) {
            if (it->second.interrupted || !it->second.canceled())
                continue;
            // Once, and outside the mutex (PQcancel talks to the server): the others'
            // watches begin and end meanwhile; this one's end waits for it.
            it->second.interrupted = true;
            const quint64 id = it->first;
            const Interrupt interrupt = it->second.interrupt;
            m_interrupting = id;
            lock.unlock();
            interrupt();
            lock.lock();
            m_interrupting = 0;
            m_interrupted.notify_all();
            it = m_jobs.find(id); // the map may have changed meanwhile, but not this job
        }
    }
}

} // namespace lejek
