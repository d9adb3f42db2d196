-- SPDX-FileCopyrightText: 2026 Lejek authors
-- SPDX-License-Identifier: GPL-3.0-or-later
-- Version 32, SQLite: each team's working time as a table, so that SQL can measure it.
-- Speed to lead and the SLAs count working time (DOMAIN.md), which only the team's
-- calendar knows (its zone, hours, Polish holidays, its own days off: WorkingCalendar),
-- so every report measured each handoff on the client (SpeedToLead), row by row: all
-- time's 452,717 handoffs at 1M read and measured at every refresh. With the calendar
-- here, the store can keep each handoff's working times as it writes it (next step).
--
--   working_hours  one row a working day of a calendar: the team's (team_id), or the
--                  default one that counts for a lead nobody in a team owns (0). When it
--                  opens and closes (ms since the epoch, from the wall clock in the
--                  team's zone), and the working milliseconds of the calendar's days
--                  before it. Days not worked have no row. From 2000 to 2037
--                  (WorkingHoursRepository); an instant outside has no working time in
--                  SQL, and what reads it measures it on its own.
--
-- The working time elapsed by an instant t is then the last row opened by t:
-- before_ms + min(max(t - opens_at, 0), closes_at - opens_at); between two instants, the
-- difference (WorkingClock's table, in SQL). Filled by the store from the calendars
-- (WorkingHoursRepository, in this step's transaction: DataMigrations), and again for a
-- team whenever its calendar is saved or the team is made.
CREATE TABLE working_hours (
    team_id BIGINT NOT NULL,
    opens_at BIGINT NOT NULL,
    closes_at BIGINT NOT NULL,
    before_ms BIGINT NOT NULL,
    PRIMARY KEY (team_id, opens_at)
) WITHOUT ROWID;
