// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TeamRepository.h"

#include "HandoffStayRepository.h"
#include "SqlValue.h"
#include "WorkingHoursRepository.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace lejek {

using namespace Qt::Literals::StringLiterals;

namespace {

QStringList jsonList(const QString &text)
{
    QStringList list;
    for (const QJsonValue &v : QJsonDocument::fromJson(text.toUtf8()).array())
        list.append(v.isString() ? v.toString() : QString::number(v.toInt()));
    return list;
}

QString jsonText(const QJsonArray &array) { return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact)); }

} // namespace

Result<RoutingRoster> TeamRepository::roster(Lock lockTeams)
{
    RoutingRoster roster;
    const QString lock = lockTeams == Lock::ForUpdate && m_db.dialect().kind() == SqlDialect::Kind::PostgreSQL ? u" FOR UPDATE"_s
                                                                                                               : QString();
    auto teams = m_db.exec(u"SELECT id, name, assignment, specialisation_field, last_assigned_user_id FROM teams ORDER BY id"_s + lock);
    if (!teams)
        return std::unexpected(teams.error());
    QHash<qint64, qsizetype> teamIndex;
    while ((*teams)->next()) {
        const QSqlQuery &r = **teams;
        RoutingTeam team;
        team.id = r.value(0).toLongLong();
        team.name = r.value(1).toString();
        assignmentStrategyFromKey(r.value(2).toString(), &team.strategy);
        team.specialisationField = r.value(3).toString();
        team.lastAssignedUserId = r.value(4).toLongLong();
        teamIndex.insert(team.id, roster.teams.size());
        roster.teams.append(team);
    }
    (*teams)->finish();

    auto users = m_db.exec(u"SELECT id, name, email, team_id, active, out_of_office, away_from, away_until, capacity, specialisations "
                           "FROM users ORDER BY id"_s);
    if (!users)
        return std::unexpected(users.error());
    QList<qint64> counted;
    while ((*users)->next()) {
        const QSqlQuery &r = **users;
        TeamMember m;
        m.userId = r.value(0).toLongLong();
        m.name = r.value(1).toString();
        m.email = r.value(2).toString();
        m.active = r.value(4).toInt() != 0;
        m.awayFrom = QDate::fromString(r.value(6).toString(), Qt::ISODate);
        m.awayUntil = QDate::fromString(r.value(7).toString(), Qt::ISODate);
        if (r.value(5).toInt() != 0 && !m.awayFrom.isValid()) // the old flag: away until it is cleared
            m.awayFrom = QDate(1, 1, 1);
        m.capacity = r.value(8).toInt();
        m.specialisations = jsonList(r.value(9).toString());
        roster.users.append(m);
        if (const auto it = teamIndex.constFind(r.value(3).toLongLong()); it != teamIndex.cend()) {
            RoutingTeam &team = roster.teams[*it];
            team.members.append(m);
            if (team.strategy == AssignmentStrategy::LeastLoaded)
                counted.append(m.userId);
        }
    }
    (*users)->finish();

    // Open leads (open and parked stages, not merged) of least-loaded teams' members,
    // through leads_owner_stage.
    if (!counted.isEmpty()) {
        QStringList marks(counted.size(), u"?"_s);
        QVariantList ids;
        for (qint64 id : counted)
            ids.append(id);
        auto q = m_db.exec(u"SELECT l.owner_id, COUNT(*) FROM leads l JOIN stages s ON s.id = l.stage_id "
                           "WHERE l.owner_id IN (%1) AND s.kind IN ('open', 'parked') AND l.merged_into IS NULL "
                           "GROUP BY l.owner_id"_s.arg(marks.join(u", "_s)),
                           ids);
        if (!q)
            return std::unexpected(q.error());
        QHash<qint64, int> open;
        while ((*q)->next())
            open.insert((*q)->value(0).toLongLong(), (*q)->value(1).toInt());
        (*q)->finish();
        for (RoutingTeam &team : roster.teams)
            for (TeamMember &m : team.members)
                m.openLeads = open.value(m.userId);
    }
    return roster;
}

Result<void> TeamRepository::saveCursor(qint64 teamId, qint64 userId)
{
    auto q = m_db.exec(u"UPDATE teams SET last_assigned_user_id = ? WHERE id = ?"_s, {userId, teamId});
    if (!q)
        return std::unexpected(q.error());
    (*q)->finish();
    return ok();
}

namespace {

// A calendar from its row's time_zone, work_start, work_end, work_days, days_off at `first`.
WorkingCalendar calendarOf(const QSqlQuery &r, int first)
{
    QTimeZone zone(r.value(first).toString().toUtf8());
    QSet<int> days;
    for (const QString &d : jsonList(r.value(first + 3).toString()))
        days.insert(d.toInt());
    QSet<QDate> off;
    for (const QString &d : jsonList(r.value(first + 4).toString()))
        off.insert(QDate::fromString(d, Qt::ISODate));
    return WorkingCalendar(zone.isValid() ? zone : QTimeZone(QByteArrayLiteral("Europe/Warsaw")),
                           QTime::fromString(r.value(first + 1).toString(), u"HH:mm"_s),
                           QTime::fromString(r.value(first + 2).toString(), u"HH:mm"_s), days, off);
}

} // namespace

Result<WorkingCalendar> TeamRepository::calendar(qint64 teamId)
{
    auto q = m_db.exec(u"SELECT time_zone, work_start, work_end, work_days, days_off FROM teams WHERE id = ?"_s, {teamId});
    if (!q)
        return std::unexpected(q.error());
    if (!(*q)->next())
        return WorkingCalendar();
    const WorkingCalendar calendar = calendarOf(**q, 0);
    (*q)->finish();
    return calendar;
}

Result<QHash<qint64, WorkingCalendar>> TeamRepository::calendars()
{
    auto q = m_db.exec(u"SELECT id, time_zone, work_start, work_end, work_days, days_off FROM teams"_s);
    if (!q)
        return std::unexpected(q.error());
    QHash<qint64, WorkingCalendar> calendars;
    while ((*q)->next())
        calendars.insert((*q)->value(0).toLongLong(), calendarOf(**q, 1));
    (*q)->finish();
    return calendars;
}

Result<WorkingCalendar> TeamRepository::calendarOfUser(qint64 userId)
{
    auto team = m_db.scalar(u"SELECT team_id FROM users WHERE id = ?"_s, {userId});
    if (!team)
        return std::unexpected(team.error());
    if (team->isNull() || team->toLongLong() == 0)
        return WorkingCalendar();
    return calendar(team->toLongLong());
}

Result<QList<TeamSettings>> TeamRepository::settings()
{
    auto q = m_db.exec(u"SELECT id, name, assignment, specialisation_field, time_zone, work_start, work_end, work_days, days_off "
                       "FROM teams ORDER BY name"_s);
    if (!q)
        return std::unexpected(q.error());
    QList<TeamSettings> teams;
    QHash<qint64, qsizetype> index;
    while ((*q)->next()) {
        const QSqlQuery &r = **q;
        TeamSettings team;
        team.name = r.value(1).toString();
        assignmentStrategyFromKey(r.value(2).toString(), &team.strategy);
        team.specialisationField = r.value(3).toString();
        CalendarSettings calendar;
        calendar.timeZone = r.value(4).toString();
        calendar.start = QTime::fromString(r.value(5).toString(), u"HH:mm"_s);
        calendar.end = QTime::fromString(r.value(6).toString(), u"HH:mm"_s);
        calendar.weekdays.clear();
        for (const QString &day : jsonList(r.value(7).toString()))
            calendar.weekdays.append(day.toInt());
        for (const QString &day : jsonList(r.value(8).toString()))
            calendar.daysOff.append(QDate::fromString(day, Qt::ISODate));
        team.calendar = calendar;
        team.members = QList<MemberSettings>();
        index.insert(r.value(0).toLongLong(), teams.size());
        teams.append(team);
    }
    (*q)->finish();
    auto users = m_db.exec(u"SELECT team_id, name, email, capacity, specialisations, away_from, away_until, out_of_office "
                           "FROM users WHERE team_id IS NOT NULL ORDER BY name, id"_s);
    if (!users)
        return std::unexpected(users.error());
    while ((*users)->next()) {
        const QSqlQuery &r = **users;
        const auto team = index.constFind(r.value(0).toLongLong());
        if (team == index.cend())
            continue;
        MemberSettings member;
        member.user = r.value(2).toString().isEmpty() ? r.value(1).toString() : r.value(2).toString();
        member.capacity = r.value(3).toInt();
        member.specialisations = jsonList(r.value(4).toString());
        member.awayFrom = QDate::fromString(r.value(5).toString(), Qt::ISODate);
        member.awayUntil = QDate::fromString(r.value(6).toString(), Qt::ISODate);
        if (r.value(7).toInt() != 0 && !member.awayFrom.isValid()) // the old flag: away until cleared
            member.awayFrom = QDate(1, 1, 1);
        teams[*team].members->append(member);
    }
    (*users)->finish();
    return teams;
}

Result<void> TeamRepository::saveSettings(qint64 teamId, const TeamSettings &team)
{
    // The calendar, the table SQL measures working time by and the team's handoffs
    // measured in it: written together, or not at all.
    Transaction transaction(m_db);
    if (!transaction.started())
        return transaction.started();
    if (auto r = m_db.exec(u"UPDATE teams SET assignment = ?, specialisation_field = ? WHERE id = ?"_s,
                           {assignmentStrategyKey(team.strategy), team.specialisationField, teamId});
        !r)
        return std::unexpected(r.error());
    if (!team.calendar)
        return transaction.commit();
    QJsonArray days, off;
    for (int day : team.calendar->weekdays)
        days.append(day);
    for (const QDate &day : team.calendar->daysOff)
        off.append(day.toString(Qt::ISODate));
    if (auto r = m_db.exec(u"UPDATE teams SET time_zone = ?, work_start = ?, work_end = ?, work_days = ?, days_off = ? WHERE id = ?"_s,
                           {team.calendar->timeZone, team.calendar->start.toString(u"HH:mm"_s), team.calendar->end.toString(u"HH:mm"_s),
                            jsonText(days), jsonText(off), teamId});
        !r)
        return std::unexpected(r.error());
    if (auto r = WorkingHoursRepository(m_db).fillTeam(teamId); !r)
        return r;
    if (auto r = HandoffStayRepository(m_db).remeasure(teamId); !r)
        return r;
    return transaction.commit();
}

Result<void> TeamRepository::saveMember(qint64 teamId, qint64 userId, const MemberSettings &member)
{
    const auto dateOrNull = [](const QDate &day) { return day.isValid() ? QVariant(day.toString(Qt::ISODate)) : SqlValue::nullText(); };
    if (auto r = m_db.exec(u"UPDATE users SET team_id = ?, capacity = ?, specialisations = ?, away_from = ?, away_until = ?, "
                           "out_of_office = 0 WHERE id = ?"_s,
                           {teamId, member.capacity, jsonText(QJsonArray::fromStringList(member.specialisations)),
                            dateOrNull(member.awayFrom), dateOrNull(member.awayUntil), userId});
        !r)
        return std::unexpected(r.error());
    return ok();
}

} // namespace lejek
