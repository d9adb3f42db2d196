// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
// bench_dashboard: the real dashboard (DashboardView, DashboardFeed, its panels and
// charts) over a LocalBackend on a big demo database, as a manager uses it. For each
// period (this quarter, all time, each today and as of a past day), the time from the
// refresh until each panel has its numbers (its busy bar gone), and the UI thread's
// longest stall meanwhile: issue 16's "every panel refreshes within 500 ms, with no
// stall over 50 ms on the UI thread". See bench/dashboard.md.
#include "BenchStats.h"
#include "LocalBackend.h"
#include "UiProbe.h"
#include "dashboard/DashboardPanel.h"
#include "dashboard/DashboardView.h"
#include "dashboard/PeriodBar.h"

#include <QCommandLineParser>
#include <QDate>
#include <QMetaEnum>
#include <QTextStream>
#include <QThread>
#include <QWindow>

#include <algorithm>
#include <expected>
#include <map>

using namespace lejek;
using namespace lejek::app;
using namespace lejek::bench;
using namespace Qt::Literals::StringLiterals;

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QString ms(double value) { return QString::number(value, 'f', 0); }

template<typename T> T wait(QFuture<T> future)
{
    future.waitForFinished();
    return future.result();
}

// One period the manager looks at: a preset, today's or as of a day.
struct Scenario {
    QString name;
    PeriodBar::Preset preset;
    QDate asOf; // invalid: today's
};

// One refresh: when each shown panel had its numbers, and the UI thread meanwhile.
struct Refresh {
    std::map<QString, double> panels; // by panel name, ms after the refresh began
    double stall = 0;                 // the heartbeat's longest gap
    double stallCpu = 0;              // of which the UI thread ran
    double longestEvent = 0;
    double longestEventCpu = 0; // of which the UI thread ran (the rest: waiting for a core)
    QEvent::Type longestType = QEvent::None;
};

// The refresh's times; else why there are none (a failed refresh's panels say so fast,
// which must not pass for speed).
std::expected<Refresh, QString> timeRefresh(DashboardView &view, int timeoutMs)
{
    QString failure;
    const QMetaObject::Connection failed = QObject::connect(&view, &DashboardView::failed, [&failure](const QString &message) {
        failure = message;
    });
    Heartbeat heartbeat;
    benchApp()->resetLongest();
    Refresh r;
    QList<DashboardPanel *> shown;
    const double start = nowMs();
    heartbeat.start();
    view.refresh(); // sets every panel busy, then asks for the parts
    for (DashboardPanel *p : view.panels())
        if (p->isVisibleTo(&view))
            shown.append(p);
    // Looked at after every batch of events: a panel is done when its busy bar goes.
    const bool done = spinUntil(
        [&] {
            for (DashboardPanel *p : std::as_const(shown))
                if (!p->isBusy() && !r.panels.contains(p->objectName()))
                    r.panels[p->objectName()] = nowMs() - start;
            return !view.isRefreshing() && qsizetype(r.panels.size()) == shown.size();
        },
        timeoutMs);
    r.stall = heartbeat.maxGap();
    r.stallCpu = heartbeat.maxGapCpu();
    heartbeat.stop();
    r.longestEvent = benchApp()->longestMs();
    r.longestEventCpu = benchApp()->longestCpuMs();
    r.longestType = benchApp()->longestType();
    QObject::disconnect(failed);
    if (!failure.isEmpty())
        return std::unexpected(u"the refresh failed: "_s + failure);
    if (!done)
        return std::unexpected(u"no answer in %1 s"_s.arg(timeoutMs / 1000));
    return r;
}

} // namespace

int main(int argc, char *argv[])
{
    prepareGuiBenchmark();
    BenchApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"bench_dashboard"_s);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Times each dashboard panel's refresh over a big demo database, today and as of a past day."_s);
    parser.addHelpOption();
    const QCommandLineOption db(u"db"_s, u"The demo database: SQLite file or postgresql:// URL (lejek-cli demo)."_s, u"DB"_s);
    const QCommandLineOption runs(u"runs"_s, u"Timed refreshes of each period, after one untimed (default 3)."_s, u"N"_s, u"3"_s);
    const QCommandLineOption asOf(u"as-of"_s, u"The past day (default: a month ago)."_s, u"DATE"_s);
    parser.addOptions({db, runs, asOf});
    parser.process(app);
    if (!parser.isSet(db)) {
        out() << "bench_dashboard: --db is required" << Qt::endl;
        return 2;
    }
    const int runCount = std::max(1, parser.value(runs).toInt());
    const QDate today = QDate::currentDate();
    const QDate past = parser.isSet(asOf) ? QDate::fromString(parser.value(asOf), Qt::ISODate) : today.addMonths(-1);
    if (!past.isValid() || past >= today) {
        out() << "bench_dashboard: --as-of must be a past day (YYYY-MM-DD)" << Qt::endl;
        return 2;
    }

    auto settings = ConnectionSettings::parse(parser.value(db));
    if (!settings) {
        out() << "bench_dashboard: " << settings.error().message << Qt::endl;
        return 2;
    }
    LocalBackend backend(*settings);
    if (auto opened = wait(backend.open()); !opened) {
        out() << "bench_dashboard: " << opened.error().message << Qt::endl;
        return 1;
    }
    auto pipelines = wait(backend.pipelines().pipelines(Principal::owner()));
    if (!pipelines || pipelines->isEmpty()) {
        out() << "bench_dashboard: no pipeline in " << parser.value(db) << " (make one with lejek-cli demo)" << Qt::endl;
        return 1;
    }

    DashboardView view;
    view.resize(1280, 800);
    view.setServices(&backend.reports(), &backend.pipelines(), &backend.notifier(), Principal::owner());
    view.show();
    spinUntil([&] { return view.windowHandle() && view.windowHandle()->isExposed(); }, 5000);
    view.setPipeline(pipelines->first());

    const QList<Scenario> scenarios{
        {u"this quarter, today"_s, PeriodBar::Preset::ThisQuarter, {}},
        {u"all time, today"_s, PeriodBar::Preset::AllTime, {}},
        {u"this quarter, as of %1"_s.arg(past.toString(Qt::ISODate)), PeriodBar::Preset::ThisQuarter, past},
        {u"all time, as of %1"_s.arg(past.toString(Qt::ISODate)), PeriodBar::Preset::AllTime, past},
    };
    out() << "bench_dashboard: " << parser.value(db) << ", pipeline \"" << pipelines->first().name << "\", 1280x800, "
          << QThread::idealThreadCount() << " cores; median of " << runCount << " refreshes after one untimed, ms from the refresh"
          << Qt::endl;
    const QMetaEnum eventType = QMetaEnum::fromType<QEvent::Type>();
    for (const Scenario &s : scenarios) {
        view.periodBar()->setPreset(s.preset, today);
        view.periodBar()->setAsOf(s.asOf);
        if (const auto warm = timeRefresh(view, 600000); !warm) { // untimed: the caches warm
            out() << "bench_dashboard: " << s.name << ": " << warm.error() << Qt::endl;
            return 1;
        }
        std::map<QString, QList<double>> panels;
        QList<double> stalls, events, lasts;
        QString longestType;
        double longestCpu = 0, worstStallCpu = 0;
        for (int i = 0; i < runCount; ++i) {
            const auto r = timeRefresh(view, 600000);
            if (!r) {
                out() << "bench_dashboard: " << s.name << ": " << r.error() << Qt::endl;
                return 1;
            }
            double last = 0;
            for (const auto &[name, at] : r->panels) {
                panels[name].append(at);
                last = std::max(last, at);
            }
            lasts.append(last);
            if (stalls.isEmpty() || r->stall > *std::max_element(stalls.cbegin(), stalls.cend()))
                worstStallCpu = r->stallCpu;
            stalls.append(r->stall);
            if (events.isEmpty() || r->longestEvent > *std::max_element(events.cbegin(), events.cend())) {
                longestType = QString::fromLatin1(eventType.valueToKey(r->longestType));
                longestCpu = r->longestEventCpu;
            }
            events.append(r->longestEvent);
        }
        out() << "\n" << s.name << ": every panel by " << ms(median(lasts)) << " ms; UI-thread stall " << ms(median(stalls))
              << " ms (worst " << ms(*std::max_element(stalls.cbegin(), stalls.cend())) << ", " << ms(worstStallCpu)
              << " ms of it on the CPU), longest event "
              << ms(*std::max_element(events.cbegin(), events.cend())) << " ms (" << longestType << ", " << ms(longestCpu)
              << " ms of it on the CPU)" << Qt::endl;
        std::vector<std::pair<double, QString>> byTime;
        for (const auto &[name, times] : panels)
            byTime.emplace_back(median(times), name);
        std::sort(byTime.begin(), byTime.end());
        for (const auto &[at, name] : byTime)
            out() << "  " << name << " " << ms(at) << Qt::endl;
    }
    return 0;
}
