// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Database.h"
#include "ExternalChanges.h"
#include "Pipeline.h"

#include <QElapsedTimer>
#include <QObject>
#include <QSqlDriver>
#include <QTimer>

#include <chrono>
#include <memory>

namespace lejek {

class ChangeNotifier;

// Follows what other connections commit to the database — another window, lejek-cli,
// lejekd, any SQL client — and tells views through the ChangeNotifier, like the local
// services tell them of their own changes (which this connection makes and this watcher
// therefore never reports). Lives on the store thread beside the connection
// (StoreThread::attach) and works between jobs, in the thread's event loop:
// - SQLite: polls PRAGMA data_version, which changes only when another connection
//   committed; it cannot say what changed, so views refresh everything, and the
//   pipelines are reported only when their configuration differs from the last look
//   (taken again after this connection's own writes, which total_changes() counts);
// - PostgreSQL: LISTENs on the channel the schema's triggers notify on commit, which
//   names the leads and stages touched (or says the configuration changed) and the
//   writer's server process, so notices of this store's own writes are dropped. It
//   listens on a connection of its own that runs nothing else: Qt's driver leaves a
//   statement's last result unread after QSqlQuery::finish(), and libpq parses no
//   notice behind an unread result, so on the store's connection notices would wait
//   for its next statement. A lost listening connection is opened again, and views
//   then refresh everything, since what was committed meanwhile went unheard.
class ExternalChangeWatcher : public QObject
{
    Q_OBJECT
public:
    static constexpr std::chrono::milliseconds PollInterval{500};
    // Notices arriving this close together reach views as one change per pipeline.
    static constexpr std::chrono::milliseconds CoalesceInterval{50};
    // PostgreSQL: how often a lost listening connection is opened again.
    static constexpr std::chrono::milliseconds ReconnectInterval{5000};

    // Starts following; call on the store thread. `notifier` outlives the watcher.
    static Result<std::unique_ptr<ExternalChangeWatcher>> start(Database &db, ChangeNotifier *notifier);
    ~ExternalChangeWatcher() override;

private:
    ExternalChangeWatcher(Database &db, ChangeNotifier *notifier);
    Result<void> startPolling();
    Result<void> startListening();
    Result<void> listen();
    void poll();
    void checkListener();
    void onNotification(const QString &channel, QSqlDriver::NotificationSource source, const QVariant &payload);
    void flush();
    // SQLite: PRAGMA data_version and total_changes(), read together.
    struct Versions {
        qint64 others = 0;
        qint64 own = 0;
    };
    Result<Versions> versions();

    Database &m_db;
    ChangeNotifier *m_notifier;
    QTimer m_pollTimer;
    QTimer m_flushTimer;
    ExternalChanges m_pending;
    Versions m_versions;
    QList<Pipeline> m_pipelines; // SQLite: the configuration at the last look
    std::unique_ptr<Database> m_listener; // PostgreSQL; null while the server is away
    qint64 m_ownPid = 0;                  // PostgreSQL: the store connection's server process
    QElapsedTimer m_sinceReconnect;
    bool m_warned = false;
};

} // namespace lejek
