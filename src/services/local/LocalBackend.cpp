// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "LocalBackend.h"

namespace lejek {

LocalBackend::LocalBackend(const ConnectionSettings &settings, LocalLeadService::Clock clock)
    : m_notifier(std::make_unique<ChangeNotifier>()), m_store(std::make_unique<StoreThread>(settings))
{
    if (!clock)
        clock = [] { return QDateTime::currentDateTimeUtc(); };
    m_pipelines = std::make_unique<LocalPipelineService>(*m_store, clock);
    m_leads = std::make_unique<LocalLeadService>(*m_store, clock, m_notifier.get());
}

LocalBackend::~LocalBackend()
{
    m_leads.reset();
    m_pipelines.reset();
    m_store.reset(); // waits for queued jobs, closes the connection on its thread
}

} // namespace lejek
