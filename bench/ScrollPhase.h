// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Error.h"

#include <QEvent>
#include <QList>
#include <QString>

#include <functional>

namespace lejek::app {
class StageColumn;
class StageListView;
} // namespace lejek::app

namespace lejek::bench {

// One scripted user action per 16 ms frame; after it the column's viewport is
// repainted synchronously. A frame's work is everything the UI thread did from
// that tick to the next (the action, the repaint, page answers, other events).
// A drag's release starts a clock that stops when the viewport shows loaded cards
// again; idle frames (a repaint each) follow until then, up to maxIdleFrames.
struct ScrollPhase {
    QString name;
    QList<std::function<void()>> actions;
    int maxIdleFrames = 0;
    double releasedAt = -1;
    QList<double> frameWork;
    double maxGap = 0;
    double longestEvent = 0;
    double longestEventCpu = 0;
    QEvent::Type longestType = QEvent::None;
    int frames = 0;
    int blankFrames = 0;
    int maxPendingPages = 0;
    QList<double> contentAfterRelease;

    // Runs the actions on `column`, one a frame, and records what the frames cost.
    Result<void> run(app::StageColumn *column);
    // Appends a drag of the scroll bar's handle to `fraction` of the range over
    // `frames` frames (as QScrollBar's mouse handling does: slider down, positions,
    // release), then idle frames until the cards show, up to a minute.
    void addDrag(app::StageColumn *column, double fraction, int frames);
    // `notches` of the mouse wheel over the view (negative: up).
    static void wheel(app::StageListView *view, int notches);
};

} // namespace lejek::bench
