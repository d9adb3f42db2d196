// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TeamsConfig.h"

#include "UserRepository.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace lejek {

using namespace Qt::Literals::StringLiterals;

namespace {

QString tr(const char *text) { return QCoreApplication::translate("lejek::TeamsConfig", text); }

QStringList jsonList(const QString &text)
{
    QStringList list;
    for (const QJsonValue &v : QJsonDocument::fromJson(text.toUtf8()).array())
        list.append(v.isString() ? v.toString() : QString::number(v.toInt()));
    return list;
}

QString jsonText(const QJsonArray &array) { return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact)); }

QVariant dateOrNull(const QDate &day) { return day.isValid() ? QVariant(day.toString(Qt::ISODate)) : QVariant(QMetaType(QMetaType::QString)); }

} // namespace

Result<QList<TeamSettings>> TeamsConfig::read()
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

Result<void> TeamsConfig::check(const QList<TeamSettings> &teams, const FactSchema &schema)
{
    QHash<qint64, QString> teamOf; // user id → the team that lists them
    for (const TeamSettings &team : teams) {
        const QString where = tr("team \"%1\"").arg(team.name);
        if (!schema.slot(team.specialisationField))
            return std::unexpected(Error::invalid(tr("%1: unknown field \"%2\" to specialise by").arg(where, team.specialisationField)));
        if (!team.members)
            continue;
        for (const MemberSettings &member : *team.members) {
            auto user = UserRepository(m_db).find(member.user);
            if (!user)
                return std::unexpected(user.error());
            if (!*user)
                return std::unexpected(Error::invalid(tr("%1: unknown user \"%2\"").arg(where, member.user)));
            if (const auto other = teamOf.constFind((*user)->id); other != teamOf.cend())
                return std::unexpected(Error::invalid(
                    tr("%1: \"%2\" is also a member of team \"%3\" (a user is in one team)").arg(where, member.user, *other)));
            teamOf.insert((*user)->id, team.name);
        }
    }
    return ok();
}

Result<void> TeamsConfig::write(const QList<TeamSettings> &teams)
{
    UserRepository users(m_db);
    for (const TeamSettings &team : teams) {
        auto id = users.ensureTeam(team.name);
        if (!id)
            return std::unexpected(id.error());
        if (auto r = m_db.exec(u"UPDATE teams SET assignment = ?, specialisation_field = ? WHERE id = ?"_s,
                               {assignmentStrategyKey(team.strategy), team.specialisationField, *id});
            !r)
            return std::unexpected(r.error());
        if (team.calendar) {
            QJsonArray days, off;
            for (int day : team.calendar->weekdays)
                days.append(day);
            for (const QDate &day : team.calendar->daysOff)
                off.append(day.toString(Qt::ISODate));
            if (auto r = m_db.exec(u"UPDATE teams SET time_zone = ?, work_start = ?, work_end = ?, work_days = ?, days_off = ? WHERE id = ?"_s,
                                   {team.calendar->timeZone, team.calendar->start.toString(u"HH:mm"_s),
                                    team.calendar->end.toString(u"HH:mm"_s), jsonText(days), jsonText(off), *id});
                !r)
                return std::unexpected(r.error());
        }
        if (!team.members)
            continue;
        for (const MemberSettings &member : *team.members) {
            auto user = users.find(member.user); // checked: there
            if (!user || !*user)
                return std::unexpected(user ? Error::invalid(tr("unknown user \"%1\"").arg(member.user)) : user.error());
            if (auto r = m_db.exec(u"UPDATE users SET team_id = ?, capacity = ?, specialisations = ?, away_from = ?, away_until = ?, "
                                   "out_of_office = 0 WHERE id = ?"_s,
                                   {*id, member.capacity, jsonText(QJsonArray::fromStringList(member.specialisations)),
                                    dateOrNull(member.awayFrom), dateOrNull(member.awayUntil), (*user)->id});
                !r)
                return std::unexpected(r.error());
        }
    }
    return ok();
}

} // namespace lejek
