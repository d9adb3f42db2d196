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
    std::lock_guard lock(m_canceller->m_mutex);
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
        for (auto &[id, job] : m_jobs)
            if (job.canceled())
                job.interrupt();
    }
}

} // namespace lejek
