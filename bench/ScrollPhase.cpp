// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScrollPhase.h"

#include "BoardChecks.h"
#include "UiProbe.h"
#include "board/StageColumn.h"
#include "board/StageLeadModel.h"
#include "board/StageListView.h"

#include <QCoreApplication>
#include <QScrollBar>
#include <QTimer>
#include <QWheelEvent>

#include <memory>

namespace lejek::bench {

using namespace Qt::Literals::StringLiterals;

Result<void> ScrollPhase::run(app::StageColumn *column)
{
    ScrollPhase &phase = *this;
    const auto contentCheck = [&] {
        if (phase.releasedAt >= 0 && showsLoadedCards(column)) {
            phase.contentAfterRelease.append(nowMs() - phase.releasedAt);
            phase.releasedAt = -1;
        }
    };
    QObject context;
    QObject::connect(column->model(), &app::StageLeadModel::pageLoaded, &context, contentCheck);
    QTimer ticker;
    ticker.setTimerType(Qt::PreciseTimer);
    ticker.setInterval(16);
    qsizetype next = 0;
    int idle = 0;
    double busyAtTick = 0;
    bool first = true;
    QObject::connect(&ticker, &QTimer::timeout, [&] {
        const double busy = benchApp()->busyMs();
        if (!first)
            phase.frameWork.append(busy - busyAtTick);
        first = false;
        busyAtTick = busy;
        if (next < phase.actions.size())
            phase.actions.at(next++)();
        else if (phase.releasedAt < 0 || idle++ >= phase.maxIdleFrames) {
            ticker.stop();
            return;
        }
        ++phase.frames;
        column->view()->viewport()->repaint();
        if (!showsLoadedCards(column))
            ++phase.blankFrames;
        phase.maxPendingPages = std::max(phase.maxPendingPages, column->model()->pendingRequests());
        contentCheck();
    });
    Heartbeat heartbeat;
    benchApp()->resetLongest();
    heartbeat.start();
    ticker.start();
    if (!spinUntil([&] { return !ticker.isActive(); }, 600'000))
        return std::unexpected(Error::invalid(u"scrolling phase %1 did not end"_s.arg(phase.name)));
    phase.maxGap = heartbeat.maxGap();
    heartbeat.stop();
    phase.longestEvent = benchApp()->longestMs();
    phase.longestEventCpu = benchApp()->longestCpuMs();
    phase.longestType = benchApp()->longestType();
    return {};
}

void ScrollPhase::wheel(app::StageListView *view, int notches)
{
    QWidget *viewport = view->viewport();
    const QPointF pos = QRectF(viewport->rect()).center();
    QWheelEvent event(pos, viewport->mapToGlobal(pos), QPoint(), QPoint(0, -120 * notches), Qt::NoButton, Qt::NoModifier,
        Qt::NoScrollPhase, false);
    QCoreApplication::sendEvent(viewport, &event);
}

void ScrollPhase::addDrag(app::StageColumn *column, double fraction, int frames)
{
    ScrollPhase &phase = *this;
    QScrollBar *bar = column->view()->verticalScrollBar();
    auto from = std::make_shared<int>(0);
    phase.actions.append([bar, from] {
        *from = bar->value();
        bar->setSliderDown(true);
    });
    for (int f = 1; f <= frames; ++f)
        phase.actions.append([bar, from, fraction, f, frames] {
            const double target = fraction * bar->maximum();
            bar->setSliderPosition(*from + static_cast<int>((target - *from) * f / frames));
        });
    phase.actions.append([bar, &phase] {
        bar->setSliderDown(false);
        phase.releasedAt = nowMs();
    });
    phase.maxIdleFrames = 60 * 60; // a minute
}

} // namespace lejek::bench
