// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "WorkingCalendar.h"

#include "PolishHolidays.h"

#include <algorithm>
#include <limits>

namespace lejek {

namespace {
constexpr int kSearchDays = 3653; // ten years: a calendar with no working day gives up
}

WorkingCalendar::WorkingCalendar()
    : WorkingCalendar(QTimeZone(QByteArrayLiteral("Europe/Warsaw")), QTime(9, 0), QTime(17, 0), {1, 2, 3, 4, 5})
{
}

WorkingCalendar::WorkingCalendar(const QTimeZone &zone, QTime start, QTime end, QSet<int> weekdays, QSet<QDate> daysOff)
    : m_zone(zone), m_start(start), m_end(end), m_weekdays(std::move(weekdays)), m_daysOff(std::move(daysOff))
{
}

bool WorkingCalendar::isWorkingDay(const QDate &day) const
{
    return m_weekdays.contains(day.dayOfWeek()) && !m_daysOff.contains(day) && !PolishHolidays::isHoliday(day);
}

QDateTime WorkingCalendar::addWorking(const QDateTime &from, qint64 ms) const
{
    if (!from.isValid() || ms < 0 || m_start >= m_end)
        return {};
    qint64 left = ms;
    QDate day = from.toTimeZone(m_zone).date();
    for (int i = 0; i < kSearchDays; ++i, day = day.addDays(1)) {
        if (!isWorkingDay(day))
            continue;
        const QDateTime open(day, m_start, m_zone);
        const QDateTime close(day, m_end, m_zone);
        const QDateTime cursor = std::max(from, open);
        if (cursor >= close)
            continue;
        const qint64 available = cursor.msecsTo(close);
        if (left <= available)
            return cursor.addMSecs(left).toUTC();
        left -= available;
    }
    return {};
}

std::pair<qint64, qint64> WorkingCalendar::hoursOn(const QDate &day) const
{
    const qint64 open = QDateTime(day, m_start, m_zone).toMSecsSinceEpoch();
    if (!isWorkingDay(day) || m_start >= m_end)
        return {open, open};
    return {open, QDateTime(day, m_end, m_zone).toMSecsSinceEpoch()};
}

std::vector<std::pair<qint64, qint64>> WorkingCalendar::hoursOver(const QDate &first, const QDate &last) const
{
    std::vector<std::pair<qint64, qint64>> hours;
    if (!first.isValid() || !last.isValid() || last < first)
        return hours;
    hours.reserve(size_t(first.daysTo(last) + 1));
    // The zone's changes of offset around the days (a look-up each: the zone's offset
    // at an instant costs as much as a date-time), and the offset before the first.
    constexpr qint64 Day = 86'400'000;
    const QDate epoch(1970, 1, 1);
    const QDateTime before(first.addDays(-3), QTime(0, 0), Qt::UTC), after(last.addDays(3), QTime(0, 0), Qt::UTC);
    const QTimeZone::OffsetDataList changes = m_zone.hasTransitions() ? m_zone.transitions(before, after) : QTimeZone::OffsetDataList();
    // The zone lists its changes as far as its data go (2037 in Debian's), and keeps
    // daylight saving on by a rule after: past its last change listed, a zone with
    // daylight saving places each day's hours itself.
    const qint64 listed = changes.isEmpty() || !m_zone.hasDaylightTime() ? std::numeric_limits<qint64>::max()
                                                                          : changes.last().atUtc.toMSecsSinceEpoch();
    qsizetype next = 0; // the first change not yet in effect
    qint64 offset = qint64(m_zone.offsetFromUtc(before)) * 1000;
    const qint64 start = m_start.msecsSinceStartOfDay(), end = m_end.msecsSinceStartOfDay();
    for (QDate day = first; day <= last; day = day.addDays(1)) {
        // The day's midnight on its wall clock, as if it were UTC; a change of offset
        // within two days of it (offsets are within 14 hours) leaves it to the zone.
        const qint64 midnight = epoch.daysTo(day) * Day;
        while (next < changes.size() && changes.at(next).atUtc.toMSecsSinceEpoch() <= midnight - 2 * Day)
            offset = qint64(changes.at(next++).offsetFromUtc) * 1000;
        if ((next < changes.size() && changes.at(next).atUtc.toMSecsSinceEpoch() <= midnight + 3 * Day) || midnight + 3 * Day > listed) {
            hours.push_back(hoursOn(day));
            continue;
        }
        const qint64 open = midnight + start - offset;
        hours.emplace_back(open, isWorkingDay(day) && start < end ? midnight + end - offset : open);
    }
    return hours;
}

qint64 WorkingCalendar::workingBetween(const QDateTime &from, const QDateTime &to) const
{
    if (!from.isValid() || !to.isValid() || to <= from || m_start >= m_end)
        return 0;
    qint64 total = 0;
    const QDate last = to.toTimeZone(m_zone).date();
    for (QDate day = from.toTimeZone(m_zone).date(); day <= last; day = day.addDays(1)) {
        if (!isWorkingDay(day))
            continue;
        const QDateTime open = std::max(from, QDateTime(day, m_start, m_zone));
        const QDateTime close = std::min(to, QDateTime(day, m_end, m_zone));
        if (open < close)
            total += open.msecsTo(close);
    }
    return total;
}

} // namespace lejek
