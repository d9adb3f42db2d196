// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TeamsConfig.h"

#include "TeamRepository.h"
#include "UserRepository.h"

#include <QCoreApplication>
#include <QHash>

namespace lejek {

using namespace Qt::Literals::StringLiterals;

namespace {

QString tr(const char *text) { return QCoreApplication::translate("lejek::TeamsConfig", text); }

} // namespace

Result<QList<TeamSettings>> TeamsConfig::read() { return TeamRepository(m_db).settings(); }

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
    TeamRepository repository(m_db);
    for (const TeamSettings &team : teams) {
        auto id = users.ensureTeam(team.name);
        if (!id)
            return std::unexpected(id.error());
        if (auto r = repository.saveSettings(*id, team); !r)
            return r;
        if (!team.members)
            continue;
        for (const MemberSettings &member : *team.members) {
            auto user = users.find(member.user); // checked: there
            if (!user || !*user)
                return std::unexpected(user ? Error::invalid(tr("unknown user \"%1\"").arg(member.user)) : user.error());
            if (auto r = repository.saveMember(*id, (*user)->id, member); !r)
                return r;
        }
    }
    return ok();
}

} // namespace lejek
