// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Visibility.h"

#include <QCoreApplication>

namespace lejek {

using namespace Qt::Literals::StringLiterals;

namespace {

QString tr(const char *text) { return QCoreApplication::translate("lejek::Visibility", text); }

} // namespace

Visibility::Visibility(UnitOfWork &work) : m_work(work) {}

Result<LeadScope> Visibility::scope(qint64 pipelineId)
{
    const Principal &p = m_work.principal();
    if (p.role != Principal::Role::Rep)
        return LeadScope::of(p);
    auto pipeline = m_work.pipeline(pipelineId); // cached: no query on most calls
    if (!pipeline)
        return std::unexpected(pipeline.error());
    return LeadScope::of(p, pipeline->isWorkedBy(p.userId));
}

QString Visibility::who(const Principal &p)
{
    const QString name = p.name.isEmpty() ? tr("user %1").arg(p.userId) : p.name;
    return u"%1 (%2)"_s.arg(name, Principal::roleName(p.role));
}

Result<qint64> Visibility::teamOf(qint64 userId)
{
    if (userId == 0)
        return 0;
    auto team = m_work.db().scalar(u"SELECT team_id FROM users WHERE id = ?"_s, {userId});
    if (!team)
        return std::unexpected(team.error());
    return team->toLongLong();
}

Result<void> Visibility::checkLead(qint64 leadId, const QString &action)
{
    if (m_work.principal().isAdmin())
        return ok(); // an unknown lead is for the caller's own look-up to report
    auto q = m_work.db().exec(
        u"SELECT l.owner_id, u.team_id, u.name, l.pipeline_id FROM leads l LEFT JOIN users u ON u.id = l.owner_id WHERE l.id = ?"_s,
        {leadId});
    if (!q)
        return std::unexpected(q.error());
    if (!(*q)->next())
        return std::unexpected(Error::notFound(tr("there is no lead %1").arg(leadId)));
    const qint64 ownerId = (*q)->value(0).toLongLong();
    const qint64 teamId = (*q)->value(1).toLongLong();
    const QString owner = (*q)->value(2).toString();
    const qint64 pipelineId = (*q)->value(3).toLongLong();
    (*q)->finish();
    auto s = scope(pipelineId);
    if (!s)
        return std::unexpected(s.error());
    if (s->allows(ownerId, teamId))
        return ok();
    if (ownerId == 0)
        return std::unexpected(Error::forbidden(tr("%1 may not %2 lead %3: it is unassigned in a pipeline they do not work")
                                                    .arg(who(m_work.principal()), action)
                                                    .arg(leadId)));
    return std::unexpected(Error::forbidden(tr("%1 may not %2 lead %3, which %4 owns").arg(who(m_work.principal()), action).arg(leadId).arg(owner)));
}

Result<void> Visibility::checkWritable(qint64 leadId, const QString &action)
{
    if (auto allowed = checkLead(leadId, action); !allowed)
        return allowed;
    auto into = m_work.db().scalar(u"SELECT merged_into FROM leads WHERE id = ?"_s, {leadId});
    if (!into)
        return std::unexpected(into.error());
    if (into->isNull())
        return ok();
    return std::unexpected(Error::invalid(tr("lead %1 was merged into lead %2: %3 lead %2 instead")
                                              .arg(leadId)
                                              .arg(into->toLongLong())
                                              .arg(action)));
}

Result<void> Visibility::checkOwner(qint64 pipelineId, qint64 ownerId, qint64 leadId)
{
    if (m_work.principal().isAdmin())
        return ok();
    auto scoped = scope(pipelineId);
    if (!scoped)
        return std::unexpected(scoped.error());
    const LeadScope &s = *scoped;
    qint64 teamId = 0;
    if (ownerId != 0 && s.teamId != 0) {
        auto team = teamOf(ownerId);
        if (!team)
            return std::unexpected(team.error());
        teamId = *team;
    }
    if (s.allows(ownerId, teamId))
        return ok();
    const QString lead = leadId ? tr("lead %1").arg(leadId) : tr("a new lead");
    if (ownerId == 0)
        return std::unexpected(Error::forbidden(
            tr("%1 may not leave %2 unassigned in a pipeline they do not work").arg(who(m_work.principal()), lead),
            {{u"owner"_s, tr("is empty in a pipeline %1 does not work").arg(who(m_work.principal()))}}));
    return std::unexpected(Error::forbidden(
        tr("%1 may not give %2 to someone outside their own leads; a manager or an admin reassigns leads").arg(who(m_work.principal()), lead),
        {{u"owner"_s, tr("is outside what %1 may assign").arg(who(m_work.principal()))}}));
}

Result<void> Visibility::checkAdmin(const Principal &principal, const QString &action)
{
    if (principal.isAdmin())
        return ok();
    return std::unexpected(Error::forbidden(tr("%1 may not %2: only an admin may").arg(who(principal), action)));
}

} // namespace lejek
