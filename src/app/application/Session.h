// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Backend.h"
#include "ConnectionSettings.h"
#include "Error.h"
#include "Pipeline.h"
#include "Principal.h"

#include <QList>
#include <QObject>

#include <memory>

namespace lejek {
class ChangeNotifier;
class LeadService;
class PipelineService;
} // namespace lejek

namespace lejek::app {

// One open database and the services over it, as the window uses them. Opening runs
// on the store's thread; the answer comes back as a signal, never by waiting. A
// PostgreSQL password comes from the OS keychain (as lejek-cli stores it), or else
// libpq's ~/.pgpass. A database without a pipeline gets the "b2b" template's, so the
// user sees a real board.
class Session : public QObject
{
    Q_OBJECT
public:
    // `backends` makes the services for the database (main() decides which kind).
    Session(const ConnectionSettings &settings, BackendFactory backends, QObject *parent = nullptr);
    ~Session() override;

    // Opens and migrates the database, then loads the pipelines: ready() or failed().
    void open();
    // The services exist once open() has been called.
    bool hasServices() const { return m_backend != nullptr; }
    // Loads the pipelines again: pipelinesLoaded() or failed().
    void reloadPipelines();

    const ConnectionSettings &settings() const { return m_settings; }
    bool isOpen() const { return m_open; }
    LeadService &leads();
    // Who the window's user is: every service call acts as them, so the board shows what
    // they may see and their moves and edits are recorded under their name. The
    // database's owner (an admin's rights) until the window settles who it is.
    const Principal &principal() const { return m_principal; }
    void setPrincipal(const Principal &principal) { m_principal = principal; }
    PipelineService &pipelines();
    ReportService &reports();
    ChangeNotifier &notifier();

Q_SIGNALS:
    void ready(const QList<lejek::Pipeline> &pipelines);
    void pipelinesLoaded(const QList<lejek::Pipeline> &pipelines);
    void failed(const lejek::Error &error);

private:
    void openBackend();
    void loadPipelines(bool createWhenNone, bool first);

    ConnectionSettings m_settings;
    BackendFactory m_backends;
    std::unique_ptr<Backend> m_backend;
    bool m_open = false;
    Principal m_principal = Principal::owner();
};

} // namespace lejek::app
