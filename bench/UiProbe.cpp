// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "UiProbe.h"

#include <QThread>

#include <algorithm>
#include <ctime>

namespace lejek::bench {

QElapsedTimer &benchClock()
{
    static QElapsedTimer timer;
    return timer;
}

void prepareGuiBenchmark()
{
    benchClock().start();
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
}

double nowMs()
{
    return static_cast<double>(benchClock().nsecsElapsed()) / 1e6;
}

bool BenchApplication::notify(QObject *receiver, QEvent *event)
{
    if (QThread::currentThread() != thread() || m_depth > 0) {
        ++m_depth;
        const bool handled = QApplication::notify(receiver, event);
        --m_depth;
        return handled;
    }
    const QEvent::Type type = event->type();
    const qint64 start = benchClock().nsecsElapsed();
    const double cpuStart = threadCpuMs();
    ++m_depth;
    const bool handled = QApplication::notify(receiver, event);
    --m_depth;
    const double took = static_cast<double>(benchClock().nsecsElapsed() - start) / 1e6;
    m_busyMs += took;
    if (took > m_longestMs) {
        m_longestMs = took;
        m_longestCpuMs = threadCpuMs() - cpuStart;
        m_longestType = type;
    }
    return handled;
}

double BenchApplication::threadCpuMs()
{
    timespec t {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return static_cast<double>(t.tv_sec) * 1e3 + static_cast<double>(t.tv_nsec) / 1e6;
}

void BenchApplication::resetLongest()
{
    m_longestMs = 0;
    m_longestCpuMs = 0;
    m_longestType = QEvent::None;
}

BenchApplication *benchApp()
{
    return static_cast<BenchApplication *>(QCoreApplication::instance());
}

Heartbeat::Heartbeat()
{
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setInterval(1);
    QObject::connect(&m_timer, &QTimer::timeout, [this] {
        const double now = nowMs(), cpu = BenchApplication::threadCpuMs();
        if (now - m_last > m_maxGap) {
            m_maxGap = now - m_last;
            m_maxGapCpu = cpu - m_lastCpu;
        }
        m_last = now;
        m_lastCpu = cpu;
    });
}

void Heartbeat::start()
{
    m_maxGap = 0;
    m_maxGapCpu = 0;
    m_last = nowMs();
    m_lastCpu = BenchApplication::threadCpuMs();
    m_timer.start();
}

double Heartbeat::maxGap() const
{
    return std::max(m_maxGap, nowMs() - m_last);
}

bool spinUntil(const std::function<bool()> &done, int timeoutMs)
{
    const double until = nowMs() + timeoutMs;
    QTimer wake; // so the time limit is seen when no event comes
    wake.setInterval(10);
    wake.start();
    while (!done()) {
        if (nowMs() > until)
            return false;
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    }
    return true;
}

void spinFor(int milliseconds)
{
    const double until = nowMs() + milliseconds;
    spinUntil([until] { return nowMs() >= until; }, milliseconds + 1000);
}

} // namespace lejek::bench
