// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace lejek {

// The demo's office hours: Monday to Friday, 7:00-16:00 UTC (8/9 to 17/18 in Warsaw).
// A working clock counts only those milliseconds, so people's moves, calls and
// meetings placed on it fall in office hours. Pure integer arithmetic on UTC
// milliseconds since the epoch; holidays are not modelled (demo data only).
class DemoWorkingTime
{
public:
    static constexpr qint64 Hour = 3'600'000;
    static constexpr qint64 Day = 24 * Hour;
    static constexpr qint64 Start = 7 * Hour; // UTC
    static constexpr qint64 Length = 9 * Hour; // one working day

    // Working milliseconds up to `utcMs`; a time outside office hours counts as the
    // start of the next working window.
    static qint64 toWorking(qint64 utcMs);
    // The UTC time of a working instant; toWorking(fromWorking(w)) == w, and
    // fromWorking(toWorking(t)) >= t (== t inside office hours).
    static qint64 fromWorking(qint64 working);
};

} // namespace lejek
