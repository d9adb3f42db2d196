// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "WorkingCalendar.h"

#include "PolishHolidays.h"

#include <algorithm>

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
