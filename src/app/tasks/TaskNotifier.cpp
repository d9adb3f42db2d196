// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TaskNotifier.h"

#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QLocale>
#include <QVariantMap>

namespace lejek::app {

using namespace Qt::Literals::StringLiterals;

namespace {
const QString kService = u"org.freedesktop.Notifications"_s;
const QString kPath = u"/org/freedesktop/Notifications"_s;
const QString kInterface = u"org.freedesktop.Notifications"_s;
} // namespace

TaskNotifier::TaskNotifier(QObject *parent, QDBusConnection bus) : QObject(parent), m_bus(std::move(bus))
{
    if (!m_bus.isConnected())
        return;
    m_bus.connect(kService, kPath, kInterface, u"ActionInvoked"_s, this, SLOT(onActionInvoked(quint32,QString)));
    m_bus.connect(kService, kPath, kInterface, u"NotificationClosed"_s, this, SLOT(onClosed(quint32,quint32)));
}

void TaskNotifier::notify(const Task &task)
{
    const QString summary = tr("Task due: %1").arg(task.title);
    const QString when = QLocale().toString(task.dueAt.toLocalTime(), QLocale::ShortFormat);
    const QString body = task.pipelineName.isEmpty() ? tr("%1 · due %2").arg(task.leadName, when)
                                                     : tr("%1 (%2) · due %3").arg(task.leadName, task.pipelineName, when);
    const QString fallback = tr("%1 — %2").arg(summary, body);
    if (!m_bus.isConnected()) {
        Q_EMIT unavailable(fallback);
        return;
    }
    QDBusMessage call = QDBusMessage::createMethodCall(kService, kPath, kInterface, u"Notify"_s);
    // The "default" action is what a click on the notification does.
    const QStringList actions{u"default"_s, tr("Open lead")};
    const QVariantMap hints{{u"desktop-entry"_s, u"lejek"_s}, {u"urgency"_s, QVariant::fromValue(uchar(1))},
                            {u"category"_s, u"x-lejek.task"_s}};
    call << tr("Lejek") << quint32(0) << u"lejek"_s << summary << body << actions << hints << qint32(-1);
    // Asynchronous: a slow or absent service never holds the window up.
    auto *watcher = new QDBusPendingCallWatcher(m_bus.asyncCall(call, 10000), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this, watcher, leadId = task.leadId, fallback] {
        watcher->deleteLater();
        const QDBusPendingReply<quint32> id = *watcher;
        if (id.isError()) {
            Q_EMIT unavailable(fallback);
            return;
        }
        m_leadOf.insert(id.value(), leadId);
        Q_EMIT shown(id.value(), leadId);
    });
}

void TaskNotifier::onActionInvoked(quint32 id, const QString &action)
{
    const auto it = m_leadOf.constFind(id);
    if (it == m_leadOf.cend() || (action != u"default"_s && action != u"open"_s))
        return;
    Q_EMIT openLeadRequested(*it);
}

void TaskNotifier::onClosed(quint32 id, quint32 reason)
{
    Q_UNUSED(reason);
    m_leadOf.remove(id);
}

} // namespace lejek::app
