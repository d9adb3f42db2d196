// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "LeadMerge.h"

#include "BoardReads.h"
#include "HistoryRepository.h"
#include "LeadFields.h"
#include "LeadRepository.h"
#include "LeadWrites.h"
#include "MergeRepository.h"
#include "ValueParser.h"
#include "Visibility.h"

#include <QCoreApplication>

namespace lejek {

using namespace Qt::Literals::StringLiterals;

namespace {

QString tr(const char *text) { return QCoreApplication::translate("lejek::LeadMerge", text); }

Error conflict(qint64 leadId, int had, int now)
{
    return Error{Error::Code::Conflict,
                 tr("lead %1 was changed by someone else (version %2, you had %3): look at it again before merging").arg(leadId).arg(now).arg(had),
                 {}, {}, {}, now};
}

} // namespace

FieldInput LeadMerge::survivorInput(const Pipeline &pipeline, const Lead &keep, const Lead &other, const FieldInput &chosen,
                                    QStringList *notKept) const
{
    FieldInput input;
    for (auto it = chosen.begin(); it != chosen.end(); ++it)
        input.insert(it.key().trimmed().toLower(), it.value());
    for (const FieldDefinition &f : pipeline.fields()) {
        if (!LeadFields::isMergeable(f.key) || input.contains(f.key) || !other.isFilled(f.key))
            continue;
        const QString theirs = ValueParser::toText(f, other.value(f.key));
        if (!keep.isFilled(f.key))
            input.insert(f.key, theirs);
        else if (keep.value(f.key) != other.value(f.key))
            notKept->append(u"%1: %2"_s.arg(f.key, theirs));
    }
    // An owner only the other lead has comes with it; a different one is named as not kept.
    if (!input.contains(u"owner"_s) && !keep.ownerId && other.ownerId)
        input.insert(u"owner"_s, other.ownerName);
    else if (!input.contains(u"owner"_s) && other.ownerId && other.ownerId != keep.ownerId)
        notKept->append(u"owner: %1"_s.arg(other.ownerName));
    return input;
}

Result<Lead> LeadMerge::merge(const MergeRequest &request, LeadChange *change)
{
    if (request.keepId == request.otherId)
        return std::unexpected(Error::invalid(tr("lead %1 cannot be merged into itself").arg(request.keepId)));
    auto pipeline = m_work.pipelineOf(request.keepId);
    if (!pipeline)
        return std::unexpected(pipeline.error());
    Transaction tx(m_work.db());
    if (!tx.started())
        return std::unexpected(tx.started().error());
    Visibility visibility(m_work);
    for (const qint64 id : {request.keepId, request.otherId})
        if (auto allowed = visibility.checkWritable(id, tr("merge")); !allowed)
            return std::unexpected(allowed.error());
    LeadRepository leads(m_work.db());
    for (const qint64 id : {request.keepId, request.otherId})
        if (auto locked = leads.lockForWrite(id); !locked)
            return std::unexpected(locked.error());
    auto keep = leads.load(*pipeline, request.keepId);
    if (!keep)
        return std::unexpected(keep.error());
    auto otherPipeline = m_work.pipelineOf(request.otherId);
    if (!otherPipeline)
        return std::unexpected(otherPipeline.error());
    if (otherPipeline->id != pipeline->id)
        return std::unexpected(Error::invalid(tr("lead %1 is in \"%2\" and lead %3 in \"%4\": only leads of one pipeline can be merged")
                                                  .arg(request.keepId)
                                                  .arg(pipeline->name)
                                                  .arg(request.otherId)
                                                  .arg(otherPipeline->name)));
    auto other = leads.load(*pipeline, request.otherId);
    if (!other)
        return std::unexpected(other.error());
    if (request.keepVersion && request.keepVersion != keep->version)
        return std::unexpected(conflict(keep->id, request.keepVersion, keep->version));
    if (request.otherVersion && request.otherVersion != other->version)
        return std::unexpected(conflict(other->id, request.otherVersion, other->version));

    QStringList notKept;
    const FieldInput input = survivorInput(*pipeline, *keep, *other, request.values, &notKept);
    LeadChange edited;
    // The survivor's edit is an edit: validated, gated by its stage, each field in its history.
    auto survivor = LeadWrites(m_work).update({keep->id, keep->version, input, request.rule}, &edited);
    if (!survivor)
        return std::unexpected(survivor.error());

    MergeRepository merges(m_work.db());
    if (auto r = merges.moveRecords(other->id, keep->id); !r)
        return std::unexpected(r.error());
    const int otherVersion = other->version + 1;
    if (auto r = merges.markMerged(other->id, keep->id, otherVersion, m_work.now()); !r)
        return std::unexpected(r.error());
    if (other->lastActivityAt > survivor->lastActivityAt)
        if (auto r = m_work.touch(keep->id, other->lastActivityAt); !r)
            return std::unexpected(r.error());

    // Each timeline names the other lead: its id and what it was called then.
    HistoryRepository history(m_work.db());
    Activity into = m_work.activity(keep->id, u"merged"_s, request.rule);
    into.leadVersion = survivor->version;
    into.subject = other->displayName();
    into.newValue = QString::number(other->id);
    into.body = notKept.join(u'\n');
    if (auto r = history.appendActivity(into); !r)
        return std::unexpected(r.error());
    Activity gone = m_work.activity(other->id, u"merged_into"_s, request.rule);
    gone.leadVersion = otherVersion;
    gone.subject = survivor->displayName();
    gone.newValue = QString::number(keep->id);
    if (auto r = history.appendActivity(gone); !r)
        return std::unexpected(r.error());
    DomainEvent e = m_work.event(DomainEvent::Kind::LeadMerged, keep->id, pipeline->id, request.rule);
    e.otherLeadId = other->id;
    m_work.record(e);
    if (auto r = m_work.commit(tx); !r)
        return std::unexpected(r.error());
    *change = LeadChange{LeadChange::Kind::Updated, pipeline->id, {keep->id, other->id},
                         {keep->stageId, other->stageId}, {keep->stageId, other->stageId}};
    return BoardReads(m_work).load(keep->id);
}

} // namespace lejek
