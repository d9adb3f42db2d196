// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Task.h"

#include <QDBusConnection>
#include <QHash>
#include <QObject>

namespace lejek::app {

// Tells the user a task fell due while Lejek runs: a desktop notification through the
// freedesktop Notifications service on the session bus, whose "Open lead" (or a click
// on it) opens the lead, as `lejek --lead ID` would. Without such a service, the text
// goes to `unavailable` for the window to show in its status bar.
class TaskNotifier : public QObject
{
    Q_OBJECT
public:
    explicit TaskNotifier(QObject *parent = nullptr, QDBusConnection bus = QDBusConnection::sessionBus());

    // Sends the notification: shown() once the service took it, else unavailable().
    void notify(const lejek::Task &task);
    // The notifications shown and not closed yet, by their id: the lead each opens.
    const QHash<quint32, qint64> &open() const { return m_leadOf; }

Q_SIGNALS:
    void shown(quint32 notificationId, qint64 leadId);
    void openLeadRequested(qint64 leadId);
    void unavailable(const QString &text);

private Q_SLOTS:
    void onActionInvoked(quint32 id, const QString &action);
    void onClosed(quint32 id, quint32 reason);

private:
    QDBusConnection m_bus;
    QHash<quint32, qint64> m_leadOf;
};

} // namespace lejek::app
