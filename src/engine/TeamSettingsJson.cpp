// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TeamSettingsJson.h"

#include "EngineConfigJson.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QTimeZone>

#include <algorithm>

namespace lejek {

using namespace Qt::Literals::StringLiterals;

namespace {

QString tr(const char *text) { return QCoreApplication::translate("lejek::TeamSettingsJson", text); }

const QStringList &dayNames()
{
    static const QStringList names{u"mon"_s, u"tue"_s, u"wed"_s, u"thu"_s, u"fri"_s, u"sat"_s, u"sun"_s};
    return names;
}

QString isoDate(const QDate &day) { return day.toString(Qt::ISODate); }

std::expected<QDate, QString> dateOf(const QJsonValue &value, const QString &where)
{
    const QDate day = QDate::fromString(value.toString(), Qt::ISODate);
    if (!value.isString() || !day.isValid())
        return std::unexpected(tr("%1: \"%2\" is not a date such as 2026-12-31").arg(where, value.toVariant().toString()));
    return day;
}

std::expected<CalendarSettings, QString> calendarOf(const QJsonValue &json, const QString &team)
{
    const QString where = tr("%1: calendar").arg(team);
    if (!json.isObject())
        return std::unexpected(tr("%1: expected an object").arg(where));
    const QJsonObject object = json.toObject();
    if (auto known = EngineConfigJson::onlyKnownKeys(object, {u"time_zone"_s, u"hours"_s, u"days"_s, u"days_off"_s}, where); !known)
        return std::unexpected(known.error());
    CalendarSettings calendar;
    if (object.contains(u"time_zone"_s)) {
        calendar.timeZone = object.value(u"time_zone"_s).toString().trimmed();
        if (!QTimeZone::isTimeZoneIdAvailable(calendar.timeZone.toUtf8()))
            return std::unexpected(tr("%1: unknown time zone \"%2\" (such as Europe/Warsaw)").arg(where, calendar.timeZone));
    }
    if (object.contains(u"hours"_s)) {
        const QStringList hours = object.value(u"hours"_s).toString().split(u'-');
        calendar.start = QTime::fromString(hours.value(0).trimmed(), u"HH:mm"_s);
        calendar.end = QTime::fromString(hours.value(1).trimmed(), u"HH:mm"_s);
        if (hours.size() != 2 || !calendar.start.isValid() || !calendar.end.isValid() || calendar.start >= calendar.end)
            return std::unexpected(tr("%1: hours \"%2\" are not a working day such as 09:00-17:00")
                                       .arg(where, object.value(u"hours"_s).toVariant().toString()));
    }
    if (object.contains(u"days"_s)) {
        calendar.weekdays.clear();
        for (const QJsonValue &day : object.value(u"days"_s).toArray()) {
            const qsizetype index = dayNames().indexOf(day.toString().trimmed().toLower());
            if (index < 0)
                return std::unexpected(tr("%1: \"%2\" is not a day (mon, tue, wed, thu, fri, sat, sun)").arg(where, day.toVariant().toString()));
            if (!calendar.weekdays.contains(int(index) + 1))
                calendar.weekdays.append(int(index) + 1);
        }
        if (calendar.weekdays.isEmpty())
            return std::unexpected(tr("%1: a team works at least one day a week").arg(where));
        std::sort(calendar.weekdays.begin(), calendar.weekdays.end());
    }
    for (const QJsonValue &value : object.value(u"days_off"_s).toArray()) {
        auto day = dateOf(value, tr("%1: days_off").arg(where));
        if (!day)
            return std::unexpected(day.error());
        calendar.daysOff.append(*day);
    }
    std::sort(calendar.daysOff.begin(), calendar.daysOff.end());
    return calendar;
}

std::expected<MemberSettings, QString> memberOf(const QJsonValue &json, const QString &team, qsizetype index)
{
    const QJsonObject object = json.toObject();
    MemberSettings member;
    member.user = object.value(u"user"_s).toString().trimmed();
    const QString where = member.user.isEmpty() ? tr("%1: member %2").arg(team).arg(index + 1)
                                                : tr("%1: member \"%2\"").arg(team, member.user);
    if (!json.isObject())
        return std::unexpected(tr("%1: expected an object").arg(where));
    if (auto known = EngineConfigJson::onlyKnownKeys(object, {u"user"_s, u"capacity"_s, u"specialisations"_s, u"away"_s}, where); !known)
        return std::unexpected(known.error());
    if (member.user.isEmpty())
        return std::unexpected(tr("%1: \"user\" names the member (an e-mail or a name)").arg(where));
    if (object.contains(u"capacity"_s)) {
        const QJsonValue capacity = object.value(u"capacity"_s);
        if (!capacity.isDouble() || capacity.toDouble() != double(capacity.toInt()) || capacity.toInt() < 0)
            return std::unexpected(tr("%1: capacity must be a whole number of open leads, 0 for no limit").arg(where));
        member.capacity = capacity.toInt();
    }
    for (const QJsonValue &value : object.value(u"specialisations"_s).toArray())
        if (const QString text = value.toString().trimmed(); !text.isEmpty())
            member.specialisations.append(text);
    if (object.contains(u"away"_s)) {
        const QJsonObject away = object.value(u"away"_s).toObject();
        const QString awayWhere = tr("%1: away").arg(where);
        if (auto known = EngineConfigJson::onlyKnownKeys(away, {u"from"_s, u"until"_s}, awayWhere); !known)
            return std::unexpected(known.error());
        auto from = dateOf(away.value(u"from"_s), awayWhere);
        if (!from)
            return std::unexpected(from.error());
        member.awayFrom = *from;
        if (away.contains(u"until"_s) && !away.value(u"until"_s).isNull()) {
            auto until = dateOf(away.value(u"until"_s), awayWhere);
            if (!until)
                return std::unexpected(until.error());
            if (*until < *from)
                return std::unexpected(tr("%1: %2 is before %3").arg(awayWhere, isoDate(*until), isoDate(*from)));
            member.awayUntil = *until;
        }
    }
    return member;
}

} // namespace

QJsonArray TeamSettingsJson::toJson(const QList<TeamSettings> &teams)
{
    QJsonArray list;
    for (const TeamSettings &team : teams) {
        QJsonObject object{{u"name"_s, team.name}, {u"strategy"_s, assignmentStrategyKey(team.strategy)}};
        if (team.strategy == AssignmentStrategy::Specialisation)
            object.insert(u"specialisation_field"_s, team.specialisationField);
        if (team.calendar) {
            QJsonArray days, off;
            for (int day : team.calendar->weekdays)
                days.append(dayNames().value(day - 1));
            for (const QDate &day : team.calendar->daysOff)
                off.append(isoDate(day));
            object.insert(u"calendar"_s, QJsonObject{{u"time_zone"_s, team.calendar->timeZone},
                                                     {u"hours"_s, team.calendar->start.toString(u"HH:mm"_s) + u'-'
                                                                      + team.calendar->end.toString(u"HH:mm"_s)},
                                                     {u"days"_s, days},
                                                     {u"days_off"_s, off}});
        }
        if (team.members) {
            QJsonArray members;
            for (const MemberSettings &m : *team.members) {
                QJsonObject member{{u"user"_s, m.user}, {u"capacity"_s, m.capacity}};
                if (!m.specialisations.isEmpty())
                    member.insert(u"specialisations"_s, QJsonArray::fromStringList(m.specialisations));
                if (m.awayFrom.isValid()) {
                    QJsonObject away{{u"from"_s, isoDate(m.awayFrom)}};
                    if (m.awayUntil.isValid())
                        away.insert(u"until"_s, isoDate(m.awayUntil));
                    member.insert(u"away"_s, away);
                }
                members.append(member);
            }
            object.insert(u"members"_s, members);
        }
        list.append(object);
    }
    return list;
}

std::expected<QList<TeamSettings>, QString> TeamSettingsJson::fromJson(const QJsonValue &json)
{
    if (!json.isArray())
        return std::unexpected(tr("teams: expected a list"));
    QList<TeamSettings> teams;
    const QJsonArray list = json.toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QJsonObject t = list.at(i).toObject();
        TeamSettings team;
        team.name = t.value(u"name"_s).toString().trimmed();
        const QString where = team.name.isEmpty() ? tr("team %1").arg(i + 1) : tr("team \"%1\"").arg(team.name);
        if (auto known = EngineConfigJson::onlyKnownKeys(t, {u"name"_s, u"strategy"_s, u"specialisation_field"_s, u"calendar"_s, u"members"_s}, where); !known)
            return std::unexpected(known.error());
        if (team.name.isEmpty())
            return std::unexpected(tr("%1: a team needs a name").arg(where));
        for (const TeamSettings &other : std::as_const(teams))
            if (other.name.compare(team.name, Qt::CaseInsensitive) == 0)
                return std::unexpected(tr("%1: listed twice").arg(where));
        const QString strategy = t.value(u"strategy"_s).toString(u"round_robin"_s);
        if (!assignmentStrategyFromKey(strategy, &team.strategy))
            return std::unexpected(tr("%1: unknown strategy \"%2\" (round_robin, least_loaded, specialisation)").arg(where, strategy));
        team.specialisationField = t.value(u"specialisation_field"_s).toString(u"industry"_s).trimmed();
        if (t.contains(u"calendar"_s)) {
            auto calendar = calendarOf(t.value(u"calendar"_s), where);
            if (!calendar)
                return std::unexpected(calendar.error());
            team.calendar = *calendar;
        }
        if (t.contains(u"members"_s)) {
            QList<MemberSettings> members;
            const QJsonArray memberList = t.value(u"members"_s).toArray();
            for (qsizetype m = 0; m < memberList.size(); ++m) {
                auto member = memberOf(memberList.at(m), where, m);
                if (!member)
                    return std::unexpected(member.error());
                members.append(*member);
            }
            team.members = members;
        }
        teams.append(team);
    }
    return teams;
}

} // namespace lejek
