// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFuture>
#include <QFutureWatcher>
#include <QObject>

#include <utility>

namespace lejek::app {

// Runs a callback with a service future's result on `context`'s thread, unless
// `context` is gone by then. (Qt 6.4's QFuture::then(context, ...) asserts, or calls
// into a dead object, when the context dies before the future finishes; a board
// column or a session may well be closed while its query still runs.)
class FutureWatch
{
public:
    template<typename T, typename Callback> static void then(QObject *context, const QFuture<T> &future, Callback &&callback)
    {
        auto *watcher = new QFutureWatcher<T>(context);
        QObject::connect(
            watcher, &QFutureWatcherBase::finished, watcher, [watcher, callback = std::forward<Callback>(callback)]() mutable {
                watcher->deleteLater();
                const QFuture<T> done = watcher->future();
                if (done.resultCount() > 0)
                    callback(done.result());
            });
        watcher->setFuture(future);
    }
};

} // namespace lejek::app
