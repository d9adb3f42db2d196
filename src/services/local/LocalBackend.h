// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ChangeNotifier.h"
#include "ConnectionSettings.h"
#include "LocalLeadService.h"
#include "LocalPipelineService.h"
#include "StoreThread.h"

#include <QFuture>

#include <memory>

namespace lejek {

// The services of solo mode wired together: the store thread, the local services
// over it and the change notifier, which also hears of changes other processes commit
// to the same database (ExternalChangeWatcher). Created on the UI (or main) thread.
class LocalBackend
{
public:
    explicit LocalBackend(const ConnectionSettings &settings, LocalLeadService::Clock clock = {});
    ~LocalBackend();

    // Opens and migrates the database, then follows changes made elsewhere; must
    // succeed before other calls.
    QFuture<Result<void>> open(int schemaVersion = -1);

    StoreThread &store() { return *m_store; }
    ChangeNotifier &notifier() { return *m_notifier; }
    LocalPipelineService &pipelines() { return *m_pipelines; }
    LocalLeadService &leads() { return *m_leads; }

private:
    std::unique_ptr<ChangeNotifier> m_notifier;
    std::unique_ptr<StoreThread> m_store;
    std::unique_ptr<LocalPipelineService> m_pipelines;
    std::unique_ptr<LocalLeadService> m_leads;
};

} // namespace lejek
