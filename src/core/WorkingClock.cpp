// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "WorkingClock.h"

#include <algorithm>

namespace lejek {

WorkingClock::WorkingClock(const WorkingCalendar &calendar, const QDate &first, const QDate &last)
    : m_calendar(calendar)
{
    qint64 before = 0;
    for (QDate day = first; day.isValid() && day <= last; day = day.addDays(1)) {
        const auto [open, close] = calendar.hoursOn(day);
        m_open.push_back(open);
        m_length.push_back(close - open);
        m_before.push_back(before);
        before += close - open;
    }
}

std::optional<qint64> WorkingClock::elapsed(qint64 t) const
{
    // The day whose opening is the last at or before `t`: before it opens, `t` counts
    // as the close of the day before. Not the span's last day: a day after it may have
    // opened before `t`. The days open a day apart, give or take a daylight-saving
    // hour: `t`'s day is found by its distance from the first opening and a step or
    // two, where a binary search took the most of a report's 2.7 million look-ups.
    const qsizetype n = qsizetype(m_open.size());
    if (n == 0 || t < m_open.front() || t >= m_open.back())
        return std::nullopt;
    qsizetype i = std::clamp<qsizetype>((t - m_open.front()) / 86'400'000, 0, n - 1);
    while (m_open[i] > t)
        --i; // the first opening is at or before t: stops there at the latest
    while (i + 1 < n && m_open[i + 1] <= t)
        ++i;
    return m_before[i] + std::clamp<qint64>(t - m_open[i], 0, m_length[i]);
}

qint64 WorkingClock::workingBetween(const QDateTime &from, const QDateTime &to) const
{
    if (!from.isValid() || !to.isValid() || to <= from)
        return 0;
    return workingBetween(from.toMSecsSinceEpoch(), to.toMSecsSinceEpoch());
}

qint64 WorkingClock::workingBetween(qint64 from, qint64 to) const
{
    if (to <= from)
        return 0;
    const auto a = elapsed(from), b = elapsed(to);
    if (!a || !b)
        return m_calendar.workingBetween(QDateTime::fromMSecsSinceEpoch(from, Qt::UTC), QDateTime::fromMSecsSinceEpoch(to, Qt::UTC));
    return *b - *a;
}

bool WorkingClock::isWithin(qint64 from, qint64 ms, qint64 t) const
{
    // The due instant's working time is from's plus `ms`, and the working time never
    // runs backwards: less before `t` puts `t` before it, more puts it after. Less
    // counts only when the due instant lies in the table (a calendar with too few
    // hours may have none, which nothing reaches).
    const auto a = ms > 0 ? elapsed(from) : std::nullopt, b = elapsed(t);
    if (a && b && !m_before.empty()) {
        const qint64 due = *a + ms;
        if (*b > due)
            return false;
        if (*b < due && due <= m_before.back()) // the last day's opening: not past the table
            return true;
    }
    const QDateTime reached = addWorking(QDateTime::fromMSecsSinceEpoch(from, Qt::UTC), ms);
    return reached.isValid() && QDateTime::fromMSecsSinceEpoch(t, Qt::UTC) <= reached;
}

QDateTime WorkingClock::addWorking(const QDateTime &from, qint64 ms) const
{
    const auto start = from.isValid() && ms > 0 ? elapsed(from.toMSecsSinceEpoch()) : std::nullopt;
    if (!start)
        return m_calendar.addWorking(from, ms); // nothing to add, or outside the span
    // The first day whose working time ends at or past the target: the target lies in
    // it (a day not worked ends where the day before did, so it is never the first).
    const qint64 target = *start + ms;
    qsizetype lo = 0, hi = qsizetype(m_open.size()) - 1; // not the last day: see elapsed()
    while (lo < hi) {
        const qsizetype mid = (lo + hi) / 2;
        if (m_before[mid] + m_length[mid] >= target)
            hi = mid;
        else
            lo = mid + 1;
    }
    if (lo == qsizetype(m_open.size()) - 1 || m_before[lo] + m_length[lo] < target)
        return m_calendar.addWorking(from, ms);
    return QDateTime::fromMSecsSinceEpoch(m_open[lo] + (target - m_before[lo]), Qt::UTC);
}

} // namespace lejek
