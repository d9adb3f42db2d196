// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "LostLeadCommands.h"

#include "BoardReads.h"
#include "LeadWrites.h"
#include "LostLeadRepository.h"
#include "Visibility.h"

#include <QCoreApplication>
#include <QHash>

namespace lejek {

using namespace Qt::Literals::StringLiterals;

namespace {
QString tr(const char *text) { return QCoreApplication::translate("lejek::LostLeadCommands", text); }
} // namespace

Result<QList<Lead>> LostLeadCommands::toReview(int limit)
{
    if (limit < 1 || limit > 1000)
        return std::unexpected(Error::invalid(tr("list 1 to 1,000 leads, not %1").arg(limit)));
    // Six months, as the seed's half-yearly review has it.
    auto rows = LostLeadRepository(m_work.db()).closedBefore(m_work.now().addMonths(-6), limit);
    if (!rows)
        return std::unexpected(rows.error());
    QHash<qint64, LeadScope> scopes;
    Visibility visibility(m_work);
    BoardReads reads(m_work);
    QList<Lead> leads;
    for (const LostLeadRepository::Row &row : *rows) {
        if (!scopes.contains(row.pipelineId)) {
            auto scope = visibility.scope(row.pipelineId);
            if (!scope)
                return std::unexpected(scope.error());
            scopes.insert(row.pipelineId, *scope);
        }
        if (!scopes.value(row.pipelineId).allows(row.ownerId, row.teamId))
            continue;
        auto lead = reads.load(row.leadId);
        if (!lead)
            return std::unexpected(lead.error());
        leads.append(*lead);
    }
    return leads;
}

Result<Lead> LostLeadCommands::reactivate(const ReactivateRequest &request, LeadChange *change)
{
    auto pipeline = m_work.pipelineOf(request.leadId);
    if (!pipeline)
        return std::unexpected(pipeline.error());
    auto lead = BoardReads(m_work).load(request.leadId);
    if (!lead)
        return std::unexpected(lead.error());
    const Stage *from = pipeline->stage(lead->stageId);
    if (!from || from->kind != StageKind::Lost)
        return std::unexpected(Error::invalid(tr("lead %1 is in %2, not lost: only a lost lead is reactivated")
                                                  .arg(request.leadId)
                                                  .arg(from ? from->displayName() : QString())));
    const Stage *to = pipeline->stage(request.stageId);
    if (!to)
        return std::unexpected(Error::invalid(tr("lead %1 is in \"%2\", which has no stage with id %3")
                                                  .arg(request.leadId)
                                                  .arg(pipeline->name)
                                                  .arg(request.stageId)));
    if (to->isClosed())
        return std::unexpected(Error::invalid(tr("a lead is reactivated into an open or parked stage, not %1").arg(to->displayName()),
                                              {{u"stage"_s, tr("is closed")}}));
    MoveRequest move{{request.leadId}, to->id, request.fields, request.note, {}, request.rule};
    if (request.expectedVersion)
        move.expectedVersions.insert(request.leadId, request.expectedVersion);
    auto moved = LeadWrites(m_work).move(move, change);
    if (!moved)
        return std::unexpected(moved.error());
    return moved->first();
}

} // namespace lejek
