// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ConnectionSettings.h"
#include "Error.h"

#include <QFuture>

#include <functional>
#include <memory>

namespace lejek {

class ChangeNotifier;
class LeadService;
class PipelineService;
class ReportService;

// The services a front end works with, wherever they run: in this process on a
// database (LocalBackend), or, later, behind a Lejek server. The app and lejek-cli hold
// only this; their main() chooses the implementation (a BackendFactory).
class Backend
{
public:
    virtual ~Backend() = default;

    // Connects (and, locally, migrates); must succeed before the services are used.
    virtual QFuture<Result<void>> open() = 0;
    virtual LeadService &leads() = 0;
    virtual PipelineService &pipelines() = 0;
    virtual ReportService &reports() = 0;
    // Changes committed by this process or, as far as they are seen, by others.
    virtual ChangeNotifier &notifier() = 0;
};

// Makes the backend for a database location (an SQLite file, a PostgreSQL URL). Called
// on the thread that will use the backend (the UI thread in the app).
using BackendFactory = std::function<std::unique_ptr<Backend>(const ConnectionSettings &settings)>;

} // namespace lejek
