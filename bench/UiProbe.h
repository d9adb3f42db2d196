// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the GUI benchmarks (bench_board, bench_dashboard) measure of the UI thread: one
// monotonic clock, the time each event the thread handles takes, and the longest time
// it could not react to anything; and a way to let the event loop run meanwhile.
#include <QApplication>
#include <QElapsedTimer>
#include <QTimer>

#include <functional>

namespace lejek::bench {

// One monotonic clock for every figure, in milliseconds since it was started.
QElapsedTimer &benchClock();
// Before the BenchApplication: starts the clock, and draws offscreen unless told
// otherwise (QT_QPA_PLATFORM).
void prepareGuiBenchmark();
double nowMs();

// Times every event the UI thread handles (outermost deliveries only): the sum is the
// thread's busy time, the longest one names what stalls it.
class BenchApplication : public QApplication
{
public:
    using QApplication::QApplication;

    bool notify(QObject *receiver, QEvent *event) override;
    // The CPU time this thread used: a long event with little CPU time was waiting
    // for the processor (a busy machine), not working.
    static double threadCpuMs();

    double busyMs() const { return m_busyMs; }
    double longestMs() const { return m_longestMs; }
    double longestCpuMs() const { return m_longestCpuMs; }
    QEvent::Type longestType() const { return m_longestType; }
    void resetLongest();

private:
    thread_local static inline int m_depth = 0;
    double m_busyMs = 0;
    double m_longestMs = 0;
    double m_longestCpuMs = 0;
    QEvent::Type m_longestType = QEvent::None;
};

BenchApplication *benchApp();

// A 1 ms timer on the UI thread: the largest gap between its ticks is the longest
// time the thread could not react to anything.
class Heartbeat
{
public:
    Heartbeat();
    void start();
    // The largest gap so far, counting the one still open.
    double maxGap() const;
    // How long the UI thread ran during the largest closed gap: near the gap, it was
    // busy; far below, it waited for a core (another process or thread had both).
    double maxGapCpu() const { return m_maxGapCpu; }
    void stop() { m_timer.stop(); }

private:
    QTimer m_timer;
    double m_last = 0;
    double m_lastCpu = 0;
    double m_maxGap = 0;
    double m_maxGapCpu = 0;
};

// Runs the event loop until `done` holds (checked after every batch of events). It
// sleeps while nothing happens: a busy loop would take a core from the store thread.
bool spinUntil(const std::function<bool()> &done, int timeoutMs);
void spinFor(int milliseconds);

} // namespace lejek::bench
