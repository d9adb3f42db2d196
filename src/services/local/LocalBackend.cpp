// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "LocalBackend.h"

#include "EngineHook.h"

#include "ExternalChangeWatcher.h"

namespace lejek {

LocalBackend::LocalBackend(const ConnectionSettings &settings, LocalLeadService::Clock clock)
    : m_notifier(std::make_unique<ChangeNotifier>()), m_store(std::make_unique<StoreThread>(settings))
{
    if (!clock)
        clock = [] { return QDateTime::currentDateTimeUtc(); };
    m_pipelines = std::make_unique<LocalPipelineService>(*m_store, clock);
    m_leads = std::make_unique<LocalLeadService>(*m_store, clock, m_notifier.get());
    m_reports = std::make_unique<LocalReportService>(*m_store, clock);
    // Engine I runs inside every write: routing, scoring, SLAs (as configured per pipeline).
    m_leads->setEventHook(std::make_shared<EngineHook>());
}

QFuture<Result<void>> LocalBackend::open(int schemaVersion)
{
    QFuture<Result<void>> opened = m_store->open(schemaVersion);
    // Queued right behind the opening, so nothing committed elsewhere after open() is missed.
    QFuture<Result<void>> following = m_store->attach([notifier = m_notifier.get()](Database &db) -> Result<std::unique_ptr<QObject>> {
        auto watcher = ExternalChangeWatcher::start(db, notifier);
        if (!watcher) {
            // The database works without it; only changes made elsewhere wait for a refresh.
            qWarning("lejek: %s", qPrintable(watcher.error().message));
            return std::unique_ptr<QObject>();
        }
        return std::unique_ptr<QObject>(std::move(*watcher));
    });
    // Not opened: the opening's own error, not the watcher's "not open".
    return following.then([opened](const Result<void> &) { return opened.result(); });
}

BackendFactory LocalBackend::factory()
{
    return [](const ConnectionSettings &settings) -> std::unique_ptr<Backend> { return std::make_unique<LocalBackend>(settings); };
}

LocalBackend::~LocalBackend()
{
    m_reports.reset();
    m_leads.reset();
    m_pipelines.reset();
    m_store.reset(); // waits for queued jobs, closes the connection on its thread
}

} // namespace lejek
