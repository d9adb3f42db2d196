// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QSet>
#include <QTime>
#include <QTimeZone>

#include <utility>
#include <vector>

namespace lejek {

// A team's working time (DOMAIN.md: SLAs and speed to lead count it): its hours on its
// working weekdays in its time zone, without Poland's public holidays (PolishHolidays)
// and the team's extra days off. By default Monday to Friday, 9:00-17:00 Europe/Warsaw.
// Pure: the instants come in and go out; days are the zone's own, so a daylight-saving
// change moves the hours with the clock on the wall.
class WorkingCalendar
{
public:
    WorkingCalendar();
    WorkingCalendar(const QTimeZone &zone, QTime start, QTime end, QSet<int> weekdays, QSet<QDate> daysOff = {});

    const QTimeZone &zone() const { return m_zone; }
    // A day the team works (in its zone): a working weekday, no holiday, no day off.
    bool isWorkingDay(const QDate &day) const;
    // The instant `ms` working milliseconds after `from`; a `from` outside working hours
    // counts from the next opening. Invalid when no working day comes within ten years.
    QDateTime addWorking(const QDateTime &from, qint64 ms) const;
    QDateTime addWorkingMinutes(const QDateTime &from, qint64 minutes) const { return addWorking(from, minutes * 60'000); }
    // Working milliseconds between two instants (0 when `to` is not after `from`).
    qint64 workingBetween(const QDateTime &from, const QDateTime &to) const;
    // The day's opening and closing instants (ms since the epoch), each from its wall
    // clock; the same instant twice on a day not worked.
    std::pair<qint64, qint64> hoursOn(const QDate &day) const;
    // hoursOn() of each day from `first` to `last` (both included), in their order: the
    // zone's offset looked up once for each change of it, not for each day (a century of
    // days in milliseconds rather than a second: the store's table, WorkingHoursRepository).
    std::vector<std::pair<qint64, qint64>> hoursOver(const QDate &first, const QDate &last) const;

private:
    QTimeZone m_zone;
    QTime m_start;
    QTime m_end;
    QSet<int> m_weekdays; // Qt::DayOfWeek
    QSet<QDate> m_daysOff;
};

} // namespace lejek
