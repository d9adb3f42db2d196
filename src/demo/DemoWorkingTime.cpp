// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoWorkingTime.h"

#include <algorithm>

namespace lejek {

namespace {
// Days are counted from Monday 1969-12-29, three days before the epoch (a Thursday).
constexpr qint64 kMondayOffset = 3;

qint64 floorDiv(qint64 a, qint64 b) { return a / b - ((a % b != 0) && ((a < 0) != (b < 0))); }
} // namespace

qint64 DemoWorkingTime::toWorking(qint64 utcMs)
{
    const qint64 day = floorDiv(utcMs, Day);
    const qint64 sinceMonday = day + kMondayOffset;
    const qint64 week = floorDiv(sinceMonday, 7);
    const qint64 weekday = sinceMonday - week * 7; // 0 Monday .. 6 Sunday
    if (weekday >= 5)
        return (week * 5 + 5) * Length;
    const qint64 inDay = std::clamp(utcMs - day * Day - Start, qint64(0), Length);
    return (week * 5 + weekday) * Length + inDay;
}

qint64 DemoWorkingTime::fromWorking(qint64 working)
{
    const qint64 workday = floorDiv(working, Length);
    const qint64 inDay = working - workday * Length;
    const qint64 week = floorDiv(workday, 5);
    const qint64 weekday = workday - week * 5;
    return (week * 7 + weekday - kMondayOffset) * Day + Start + inDay;
}

} // namespace lejek
