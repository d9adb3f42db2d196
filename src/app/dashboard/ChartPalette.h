// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QList>

class QChart;

namespace lejek::app {

// The dashboard's colours: Okabe and Ito's eight, which people with any common colour
// blindness tell apart, and which read on light and dark backgrounds alike. Charts take
// their text and background from the application's palette, so a dark theme stays dark.
class ChartPalette
{
public:
    static const QList<QColor> &colours(); // blue, orange, bluish green, vermilion, sky blue, reddish purple, yellow, grey
    static QColor colour(qsizetype index) { return colours().at(index % colours().size()); }
    // The chart's background, title, axes and legend in the window's palette.
    static void apply(QChart *chart);
};

} // namespace lejek::app
