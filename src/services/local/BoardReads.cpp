// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "BoardReads.h"

#include "TimelineRepository.h"
#include "DuplicateRepository.h"
#include "LeadFields.h"
#include "LeadRepository.h"
#include "LeadService.h"
#include "TaskRepository.h"
#include "ValueParser.h"
#include "Visibility.h"
#include "WebDomain.h"

#include <QCoreApplication>
#include <QHash>

namespace lejek {

using namespace Qt::Literals::StringLiterals;

namespace {

QString tr(const char *text) { return QCoreApplication::translate("lejek::BoardReads", text); }

} // namespace

BoardReads::BoardReads(UnitOfWork &work) : m_work(work) {}

Result<Lead> BoardReads::load(qint64 leadId)
{
    if (auto allowed = Visibility(m_work).checkLead(leadId, tr("see")); !allowed)
        return std::unexpected(allowed.error());
    auto pipeline = m_work.pipelineOf(leadId);
    if (!pipeline)
        return std::unexpected(pipeline.error());
    return LeadRepository(m_work.db()).load(*pipeline, leadId);
}

Result<QList<Lead>> BoardReads::many(qint64 pipelineId, const QList<qint64> &ids)
{
    if (ids.size() > LeadService::MaxLeadList)
        return std::unexpected(Error::invalid(tr("a list holds at most %1 leads, not %2").arg(LeadService::MaxLeadList).arg(ids.size())));
    Visibility visibility(m_work);
    auto scope = visibility.scope(pipelineId);
    if (!scope)
        return std::unexpected(scope.error());
    auto pipeline = m_work.pipeline(pipelineId);
    if (!pipeline)
        return std::unexpected(pipeline.error());
    auto found = LeadRepository(m_work.db()).loadMany(*pipeline, ids);
    if (!found)
        return std::unexpected(found.error());
    QHash<qint64, qint64> teams; // owner -> team, read once each
    QList<Lead> leads;
    for (qint64 id : ids) {
        const auto lead = found->constFind(id);
        if (lead == found->cend() || lead->pipelineId != pipelineId || lead->mergedInto != 0)
            continue;
        if (!scope->everything) {
            if (!teams.contains(lead->ownerId)) {
                auto team = visibility.teamOf(lead->ownerId);
                if (!team)
                    return std::unexpected(team.error());
                teams.insert(lead->ownerId, *team);
            }
            if (!scope->allows(lead->ownerId, teams.value(lead->ownerId)))
                continue;
        }
        leads.append(*lead);
    }
    return leads;
}

Result<QList<TimelineEntry>> BoardReads::timeline(qint64 leadId)
{
    if (auto allowed = Visibility(m_work).checkLead(leadId, tr("read the timeline of")); !allowed)
        return std::unexpected(allowed.error());
    auto pipeline = m_work.pipelineOf(leadId);
    if (!pipeline)
        return std::unexpected(pipeline.error());
    return TimelineRepository(m_work.db()).all(*pipeline, leadId);
}

Result<TimelinePage> BoardReads::timelinePage(const TimelineRequest &request)
{
    if (request.limit < 1 || request.limit > MaxTimelinePage)
        return std::unexpected(Error::invalid(tr("a timeline page holds 1 to %1 entries, not %2").arg(MaxTimelinePage).arg(request.limit)));
    if (auto allowed = Visibility(m_work).checkLead(request.leadId, tr("read the timeline of")); !allowed)
        return std::unexpected(allowed.error());
    auto pipeline = m_work.pipelineOf(request.leadId);
    if (!pipeline)
        return std::unexpected(pipeline.error());
    return TimelineRepository(m_work.db()).page(*pipeline, request);
}

Result<QList<Task>> BoardReads::tasks(qint64 leadId)
{
    if (auto allowed = Visibility(m_work).checkLead(leadId, tr("see the tasks of")); !allowed)
        return std::unexpected(allowed.error());
    if (auto p = LeadRepository(m_work.db()).pipelineOf(leadId); !p)
        return std::unexpected(p.error());
    return TaskRepository(m_work.db()).forLead(leadId);
}

Result<QList<Task>> BoardReads::myTasks(int limit)
{
    if (limit < 1 || limit > 1000)
        return std::unexpected(Error::invalid(tr("a list of tasks holds 1 to 1000, not %1").arg(limit)));
    if (m_work.userId() == 0)
        return std::unexpected(Error::invalid(tr("the database's owner is no user and has no tasks of their own; act as a user (--as)")));
    // Tasks are assigned to the user: their leads, or others' leads they were asked to
    // work on. Either way the task is theirs to see.
    return TaskRepository(m_work.db()).openForOwner(m_work.userId(), limit);
}

Result<DuplicateCheck> BoardReads::duplicatesOf(qint64 pipelineId, const FieldInput &fields, qint64 exceptLeadId)
{
    auto pipeline = m_work.pipeline(pipelineId);
    if (!pipeline)
        return std::unexpected(pipeline.error());
    QList<DuplicateRepository::Key> keys;
    for (const QString &name : {u"email"_s, u"nip"_s, u"website"_s}) {
        const QString text = fields.value(name);
        if (text.trimmed().isEmpty())
            continue;
        auto parsed = ValueParser::parse(*LeadFields::find(name), text);
        if (!parsed)
            return std::unexpected(Error::invalid(u"%1 %2"_s.arg(LeadFields::label(name), parsed.error()), {{name, parsed.error()}}));
        if (name != u"website"_s)
            keys.append({name, parsed->toString()});
    }
    // The company's domain, as the lead would store it.
    keys.append({u"web_domain"_s, WebDomain::of(fields.value(u"website"_s), fields.value(u"email"_s))});
    auto scope = Visibility(m_work).scope(pipeline->id);
    if (!scope)
        return std::unexpected(scope.error());
    DuplicateCheck check;
    auto matches = DuplicateRepository(m_work.db()).sharing(pipeline->id, keys, exceptLeadId, *scope, 20, &check.hidden);
    if (!matches)
        return std::unexpected(matches.error());
    check.matches = *matches;
    return check;
}

Result<QList<DuplicatePair>> BoardReads::duplicatePairs(qint64 pipelineId, int limit)
{
    if (limit < 1 || limit > 10000)
        return std::unexpected(Error::invalid(tr("list 1 to 10,000 pairs per key, not %1").arg(limit)));
    auto pipeline = m_work.pipeline(pipelineId);
    if (!pipeline)
        return std::unexpected(pipeline.error());
    auto scope = Visibility(m_work).scope(pipeline->id);
    if (!scope)
        return std::unexpected(scope.error());
    return DuplicateRepository(m_work.db()).pairs(pipeline->id, *scope, limit);
}

Result<StagePage> BoardReads::page(qint64 pipelineId, const PageRequest &request)
{
    if (auto r = checkFilter(request.filter); !r)
        return std::unexpected(r.error());
    auto pipeline = m_work.pipeline(pipelineId);
    if (!pipeline)
        return std::unexpected(pipeline.error());
    auto scope = Visibility(m_work).scope(pipeline->id);
    if (!scope)
        return std::unexpected(scope.error());
    return LeadRepository(m_work.db()).page(*pipeline, request, m_work.now(), *scope);
}

Result<QList<StageTotals>> BoardReads::totals(qint64 pipelineId, const LeadFilter &filter)
{
    if (auto r = checkFilter(filter); !r)
        return std::unexpected(r.error());
    auto pipeline = m_work.pipeline(pipelineId);
    if (!pipeline)
        return std::unexpected(pipeline.error());
    auto scope = Visibility(m_work).scope(pipeline->id);
    if (!scope)
        return std::unexpected(scope.error());
    return LeadRepository(m_work.db()).totals(*pipeline, filter, m_work.now(), *scope);
}

Result<void> BoardReads::checkFilter(const LeadFilter &filter) const
{
    // An empty range would show an empty board with no hint why.
    if (filter.minScore && filter.maxScore && *filter.minScore > *filter.maxScore)
        return std::unexpected(Error::invalid(
            tr("the lowest score %1 is above the highest %2").arg(*filter.minScore).arg(*filter.maxScore)));
    return ok();
}

} // namespace lejek
