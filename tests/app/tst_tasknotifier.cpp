// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
// A task falling due, told through a real freedesktop notification daemon (dunst, on
// the test session's own D-Bus and Xvfb): the notification is shown with the task and
// its lead; invoking its action, as a click does (dunstctl action), asks for that lead;
// closing it forgets it. Without a service on the bus the text is handed on instead.
#include "application/Translations.h"
#include "tasks/TaskNotifier.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace lejek;
using namespace lejek::app;
using namespace Qt::Literals::StringLiterals;

class TestTaskNotifier : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Translations> m_english;
    QProcess m_daemon;

    static bool serviceUp()
    {
        QDBusConnectionInterface *bus = QDBusConnection::sessionBus().interface();
        return bus && bus->isServiceRegistered(u"org.freedesktop.Notifications"_s).value();
    }
    static int dunstctl(const QStringList &arguments)
    {
        return QProcess::execute(QStandardPaths::findExecutable(u"dunstctl"_s), arguments);
    }
    static Task dueTask()
    {
        Task t;
        t.id = 7;
        t.leadId = 42;
        t.title = u"Zadzwonić z ofertą"_s;
        t.leadName = u"Huta Łabędy"_s;
        t.pipelineName = u"B2B funnel"_s;
        t.dueAt = QDateTime::currentDateTimeUtc();
        return t;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_english = std::make_unique<Translations>(u"en"_s);
        QVERIFY(m_english->install());
        const QString dunst = QStandardPaths::findExecutable(u"dunst"_s);
        if (dunst.isEmpty() || QStandardPaths::findExecutable(u"dunstctl"_s).isEmpty())
            QSKIP("dunst is not installed (scripts/lib/deps.sh installs it for the tests)");
        if (!QDBusConnection::sessionBus().isConnected() || qEnvironmentVariableIsEmpty("DISPLAY"))
            QSKIP("no D-Bus session or X display: run the tests through scripts/test");
        if (serviceUp())
            QSKIP("another notification daemon owns the session bus's Notifications service");
        m_daemon.setProgram(dunst);
        // Its configuration from the test session's own (empty) XDG_CONFIG_HOME: defaults.
        m_daemon.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_daemon.start();
        QVERIFY2(m_daemon.waitForStarted(5000), qPrintable(m_daemon.errorString()));
        QVERIFY2(QTest::qWaitFor(serviceUp, 10000), "dunst did not claim org.freedesktop.Notifications");
    }

    void cleanupTestCase()
    {
        if (m_daemon.state() != QProcess::NotRunning) {
            m_daemon.terminate();
            if (!m_daemon.waitForFinished(5000))
                m_daemon.kill();
        }
    }

    void aClickOnTheNotificationOpensTheLead()
    {
        TaskNotifier notifier;
        QSignalSpy shown(&notifier, &TaskNotifier::shown);
        QSignalSpy open(&notifier, &TaskNotifier::openLeadRequested);
        notifier.notify(dueTask());
        QVERIFY(shown.wait(10000));
        QCOMPARE(shown.first().at(1).toLongLong(), 42);
        const quint32 id = shown.first().at(0).value<quint32>();
        QCOMPARE(notifier.open().value(id), 42);
        // The notification's default action, as a click on it invokes it.
        QCOMPARE(dunstctl({u"action"_s, u"0"_s}), 0);
        QVERIFY(open.wait(5000));
        QCOMPARE(open.first().first().toLongLong(), 42);
        // Closed, it is forgotten: a late action names nothing.
        QCOMPARE(dunstctl({u"close-all"_s}), 0);
        QVERIFY(QTest::qWaitFor([&] { return notifier.open().isEmpty(); }, 5000));
    }

    void withoutAServiceTheTextIsHandedOn()
    {
        TaskNotifier notifier(nullptr, QDBusConnection(u"not-connected"_s));
        QSignalSpy unavailable(&notifier, &TaskNotifier::unavailable);
        notifier.notify(dueTask());
        QCOMPARE(unavailable.size(), 1);
        QVERIFY2(unavailable.first().first().toString().startsWith(u"Task due: Zadzwonić z ofertą — Huta Łabędy (B2B funnel) · due "_s),
                 qPrintable(unavailable.first().first().toString()));
    }
};

QTEST_GUILESS_MAIN(TestTaskNotifier)
#include "tst_tasknotifier.moc"
