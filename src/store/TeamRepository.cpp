// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TeamRepository.h"

#include "SqlValue.h"

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

Result<WorkingCalendar> TeamRepository::calendar(qint64 teamId)
{
    auto q = m_db.exec(u"SELECT time_zone, work_start, work_end, work_days, days_off FROM teams WHERE id = ?"_s, {teamId});
    if (!q)
        return std::unexpected(q.error());
    if (!(*q)->next())
        return WorkingCalendar();
    const QSqlQuery &r = **q;
    QTimeZone zone(r.value(0).toString().toUtf8());
    QSet<int> days;
    for (const QString &d : jsonList(r.value(3).toString()))
        days.insert(d.toInt());
    QSet<QDate> off;
    for (const QString &d : jsonList(r.value(4).toString()))
        off.insert(QDate::fromString(d, Qt::ISODate));
    const WorkingCalendar calendar(zone.isValid() ? zone : QTimeZone(QByteArrayLiteral("Europe/Warsaw")),
                                   QTime::fromString(r.value(1).toString(), u"HH:mm"_s),
                                   QTime::fromString(r.value(2).toString(), u"HH:mm"_s), days, off);
    (*q)->finish();
    return calendar;
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

} // namespace lejek
