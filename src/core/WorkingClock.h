// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "WorkingCalendar.h"

#include <vector>

namespace lejek {

// A calendar's working time over a span of days, read off a table of each day's hours
// and the working time before it: what WorkingCalendar answers by walking day by day
// (building each day's hours in its time zone), by a look-up. For a report that
// measures hundreds of thousands of handoffs (SpeedToLead) in the same few months.
// The same answers as the calendar's (tst_workingclock compares them); outside the
// span, it asks the calendar.
class WorkingClock
{
public:
    // The days from `first` to `last` (both included, in the calendar's zone).
    WorkingClock(const WorkingCalendar &calendar, const QDate &first, const QDate &last);

    qint64 workingBetween(const QDateTime &from, const QDateTime &to) const;
    QDateTime addWorking(const QDateTime &from, qint64 ms) const;
    QDateTime addWorkingMinutes(const QDateTime &from, qint64 minutes) const { return addWorking(from, minutes * 60'000); }

    // The same of instants in ms since the epoch, for a report that measures hundreds
    // of thousands: no date-time made for each.
    qint64 workingBetween(qint64 from, qint64 to) const;
    // Whether `t` is at or before addWorking(from, ms), ms > 0 (never, when no such
    // instant comes: a calendar without hours): mostly told by the working time before
    // each, the instant itself looked for only when `t` falls on its very millisecond
    // of working time, or when it or the due time lies outside the span.
    bool isWithin(qint64 from, qint64 ms, qint64 t) const;

private:
    // The working milliseconds from the span's first opening to `t` (none: `t` is
    // outside the span's days, where the table cannot tell).
    std::optional<qint64> elapsed(qint64 t) const;

    WorkingCalendar m_calendar;
    std::vector<qint64> m_open;   // each day's opening instant
    std::vector<qint64> m_length; // its working milliseconds (0: not worked)
    std::vector<qint64> m_before; // the working milliseconds of the days before it
};

} // namespace lejek
