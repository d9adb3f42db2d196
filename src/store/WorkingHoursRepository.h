// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Database.h"
#include "WorkingCalendar.h"

#include <QDate>

namespace lejek {

// The calendars' working days as a table (working_hours, migration 32), so that SQL can
// measure working time: each working day's opening and closing, and the working time of
// the calendar's days before it, from 2000 to 2037 (as far as the time zones list their
// changes of offset, which make a century's table in milliseconds: WorkingCalendar::
// hoursOver). What WorkingClock holds in memory for a report, kept in the database for
// the store's own figures.
class WorkingHoursRepository
{
public:
    explicit WorkingHoursRepository(Database &db) : m_db(db) {}

    // The days the table holds of each calendar (both included). An instant outside
    // them has no working time in SQL (NULL): the reader measures it on its own.
    static const QDate First;
    static const QDate Last;
    // The default calendar's key: a lead nobody in a team owns (no team has id 0).
    static constexpr qint64 DefaultCalendar = 0;

    // The team's rows (or the default's) written anew from `calendar`.
    Result<void> fill(qint64 teamId, const WorkingCalendar &calendar);
    // The default calendar's and every team's (TeamRepository::calendars).
    Result<void> fillAll();
    // A team's, from its row in teams: after the calendar or the team was saved.
    Result<void> fillTeam(qint64 teamId);

private:
    Database &m_db;
};

} // namespace lejek
