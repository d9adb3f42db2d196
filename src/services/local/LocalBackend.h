// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Backend.h"
#include "ChangeNotifier.h"
#include "ConnectionSettings.h"
#include "LocalLeadService.h"
#include "LocalPipelineService.h"
#include "LocalReportService.h"
#include "StoreThread.h"

#include <QFuture>

#include <memory>

namespace lejek {

// The services of solo mode wired together: the store thread, the local services
// over it and the change notifier, which also hears of changes other processes commit
// to the same database (ExternalChangeWatcher). Created on the UI (or main) thread.
class LocalBackend final : public Backend
{
public:
    explicit LocalBackend(const ConnectionSettings &settings, LocalLeadService::Clock clock = {});
    ~LocalBackend() override;

    // For main(): local backends, with the real clock.
    static BackendFactory factory();

    // Opens and migrates the database, then follows changes made elsewhere; must
    // succeed before other calls.
    QFuture<Result<void>> open(int schemaVersion);
    QFuture<Result<void>> open() override { return open(-1); }

    StoreThread &store() { return *m_store; }
    ChangeNotifier &notifier() override { return *m_notifier; }
    LocalPipelineService &pipelines() override { return *m_pipelines; }
    LocalLeadService &leads() override { return *m_leads; }
    LocalReportService &reports() override { return *m_reports; }

private:
    std::unique_ptr<ChangeNotifier> m_notifier;
    std::unique_ptr<StoreThread> m_store;
    std::unique_ptr<LocalPipelineService> m_pipelines;
    std::unique_ptr<LocalLeadService> m_leads;
    std::unique_ptr<LocalReportService> m_reports;
};

} // namespace lejek
