// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Database.h"
#include "RoutingTeam.h"
#include "TeamSettings.h"
#include "WorkingCalendar.h"

#include <QHash>

namespace lejek {

// Teams and their members as routing sees them (RoutingRoster), the round-robin cursor
// that keeps the rotation fair across restarts, and a team's working calendar.
class TeamRepository
{
public:
    explicit TeamRepository(Database &db) : m_db(db) {}

    // Every team with its members (by user id) and cursor, and every user for rows that
    // name one. Members' open leads are counted for least-loaded teams only. On
    // PostgreSQL the teams are locked to the end of the transaction, so two writers never
    // both hand the next lead to the same member; `Lock::None` reads without it (a
    // replay, which writes nothing, on the read-only connection).
    enum class Lock { ForUpdate, None };
    Result<RoutingRoster> roster(Lock lock = Lock::ForUpdate);
    // After routing: the member who got the team's last lead.
    Result<void> saveCursor(qint64 teamId, qint64 userId);
    // The team's hours, zone, working days and days off (none: DOMAIN.md's default).
    Result<WorkingCalendar> calendar(qint64 teamId);
    Result<WorkingCalendar> calendarOfUser(qint64 userId);
    // Every team's, by team id.
    Result<QHash<qint64, WorkingCalendar>> calendars();
    // Every team as a configuration file lists it: strategy, calendar and members (by
    // e-mail, else name), by name.
    Result<QList<TeamSettings>> settings();
    // A team's strategy and (when given) calendar; a member moved into the team with
    // their capacity, specialisations and time away.
    Result<void> saveSettings(qint64 teamId, const TeamSettings &team);
    Result<void> saveMember(qint64 teamId, qint64 userId, const MemberSettings &member);

private:
    Database &m_db;
};

} // namespace lejek
