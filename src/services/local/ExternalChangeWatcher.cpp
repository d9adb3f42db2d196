// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExternalChangeWatcher.h"

#include "ChangeNotifier.h"
#include "PipelineRepository.h"

#include <QSqlError>

namespace lejek {

using namespace Qt::Literals::StringLiterals;

namespace {
// The channel resources/sql/003_change_notices.postgresql.sql notifies on.
const QString &channel()
{
    static const QString name = u"lejek_changes"_s;
    return name;
}
} // namespace

ExternalChangeWatcher::ExternalChangeWatcher(Database &db, ChangeNotifier *notifier) : m_db(db), m_notifier(notifier)
{
    m_pollTimer.setInterval(PollInterval);
    m_flushTimer.setSingleShot(true);
    m_flushTimer.setInterval(CoalesceInterval);
    connect(&m_flushTimer, &QTimer::timeout, this, &ExternalChangeWatcher::flush);
}

ExternalChangeWatcher::~ExternalChangeWatcher()
{
    if (m_listener)
        disconnect(m_listener->connection().driver(), nullptr, this, nullptr);
}

Result<std::unique_ptr<ExternalChangeWatcher>> ExternalChangeWatcher::start(Database &db, ChangeNotifier *notifier)
{
    std::unique_ptr<ExternalChangeWatcher> watcher(new ExternalChangeWatcher(db, notifier));
    auto started = db.dialect().kind() == SqlDialect::Kind::SQLite ? watcher->startPolling() : watcher->startListening();
    if (!started)
        return std::unexpected(started.error());
    return watcher;
}

Result<void> ExternalChangeWatcher::startPolling()
{
    auto now = versions();
    if (!now)
        return std::unexpected(now.error());
    auto pipelines = PipelineRepository(m_db).loadAll();
    m_db.releaseResults(); // as after a job
    if (!pipelines)
        return std::unexpected(pipelines.error());
    m_versions = *now;
    m_pipelines = *pipelines;
    connect(&m_pollTimer, &QTimer::timeout, this, &ExternalChangeWatcher::poll);
    m_pollTimer.start();
    return ok();
}

Result<void> ExternalChangeWatcher::startListening()
{
    auto pid = m_db.scalar(u"SELECT pg_backend_pid()"_s);
    if (!pid)
        return std::unexpected(pid.error());
    m_ownPid = pid->toLongLong();
    if (auto listening = listen(); !listening)
        return listening;
    connect(&m_pollTimer, &QTimer::timeout, this, &ExternalChangeWatcher::checkListener);
    m_pollTimer.start();
    return ok();
}

Result<void> ExternalChangeWatcher::listen()
{
    auto listener = Database::open(m_db.settings(), m_db.connection().connectionName() + u"-listener"_s);
    if (!listener)
        return std::unexpected(listener.error());
    QSqlDriver *driver = (*listener)->connection().driver();
    // Direct: the driver lives on this thread and reads notices in its event loop.
    connect(driver, &QSqlDriver::notification, this, &ExternalChangeWatcher::onNotification);
    if (!driver->subscribeToNotification(channel())) {
        disconnect(driver, nullptr, this, nullptr);
        const QSqlError error = driver->lastError();
        const QString why = error.databaseText().trimmed().isEmpty() ? error.text() : error.databaseText().trimmed();
        return std::unexpected(Error::storage(tr("cannot follow changes made elsewhere: %1").arg(why)));
    }
    m_listener = std::move(*listener);
    return ok();
}

void ExternalChangeWatcher::checkListener()
{
    if (m_listener && m_listener->connection().driver()->isOpen())
        return;
    if (m_listener) {
        // The server went away: its socket would wake this thread for nothing until closed.
        disconnect(m_listener->connection().driver(), nullptr, this, nullptr);
        m_listener.reset();
        m_sinceReconnect.start();
        qWarning("lejek: lost the connection that follows changes made elsewhere; reconnecting");
        return;
    }
    if (m_sinceReconnect.isValid() && m_sinceReconnect.elapsed() < ReconnectInterval.count())
        return;
    m_sinceReconnect.start();
    if (!listen())
        return;
    // Whatever was committed meanwhile went unheard.
    m_pending.addEverything();
    m_pending.addConfiguration();
    flush();
}

Result<ExternalChangeWatcher::Versions> ExternalChangeWatcher::versions()
{
    auto query = m_db.exec(u"SELECT (SELECT data_version FROM pragma_data_version), total_changes()"_s);
    if (!query)
        return std::unexpected(query.error());
    Versions v;
    if ((*query)->next()) {
        v.others = (*query)->value(0).toLongLong();
        v.own = (*query)->value(1).toLongLong();
    }
    // Reset now: a statement left open would hold a read snapshot and hide new commits.
    (*query)->finish();
    return v;
}

void ExternalChangeWatcher::poll()
{
    auto now = versions();
    if (!now) {
        if (!std::exchange(m_warned, true))
            qWarning("lejek: cannot look for changes made elsewhere: %s", qPrintable(now.error().message));
        return;
    }
    const Versions before = std::exchange(m_versions, *now);
    if (now->others == before.others && now->own == before.own)
        return;
    auto pipelines = PipelineRepository(m_db).loadAll();
    m_db.releaseResults(); // as after a job
    if (now->others != before.others) {
        m_pending.addEverything();
        // This connection's own writes of the same moment are counted in: a rare extra reload.
        if (!pipelines || *pipelines != m_pipelines)
            m_pending.addConfiguration();
    }
    if (pipelines)
        m_pipelines = *pipelines;
    flush();
}

void ExternalChangeWatcher::onNotification(const QString &name, QSqlDriver::NotificationSource, const QVariant &payload)
{
    if (name != channel())
        return;
    // The store's own writes come back too: the services reported them when they committed.
    if (m_pending.addNotice(payload.toString(), m_ownPid) == ExternalChanges::Notice::Unknown && !std::exchange(m_warned, true))
        qWarning("lejek: a change notice this version does not know, so everything is refreshed: %s",
                 qPrintable(payload.toString().left(200)));
    if (!m_pending.isEmpty() && !m_flushTimer.isActive())
        m_flushTimer.start();
}

void ExternalChangeWatcher::flush()
{
    m_flushTimer.stop();
    if (m_pending.isEmpty() || !m_notifier)
        return;
    for (const LeadChange &change : m_pending.leadChanges())
        m_notifier->post(change);
    if (m_pending.configurationChanged())
        QMetaObject::invokeMethod(m_notifier, &ChangeNotifier::pipelinesChanged, Qt::QueuedConnection);
    m_pending.clear();
}

} // namespace lejek
