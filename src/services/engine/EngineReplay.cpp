// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "EngineReplay.h"

#include "BehaviourEventRepository.h"
#include "EngineConfigCommands.h"
#include "EngineConfigJson.h"
#include "EngineConfigRepository.h"
#include "HistoryRepository.h"
#include "LeadRepository.h"
#include "PageRequest.h"
#include "TeamRepository.h"

#include <QCoreApplication>

namespace lejek {

using namespace Qt::Literals::StringLiterals;

namespace {

QString tr(const char *text) { return QCoreApplication::translate("lejek::EngineReplay", text); }

// The proposed configuration's pieces, checked as saving them would check them.
Result<EngineConfigCommands::Checked> proposed(Database &db, const QDateTime &now, const Pipeline &pipeline,
                                               const ReplayRequest &request)
{
    if (request.config.isEmpty())
        return EngineConfigCommands::Checked{};
    return EngineConfigCommands(db, now, 0).check(pipeline, request.config);
}

// The piece to replay: the proposed one, else the one in force, else an error saying
// the pipeline has none.
template<typename Piece, typename Read>
Result<Piece> pieceToReplay(Database &db, const Pipeline &pipeline, const std::optional<Piece> &proposed, const QString &kind,
                            Read read, const QString &missing)
{
    if (proposed)
        return *proposed;
    auto piece = EngineConfigRepository(db).current(pipeline.id, kind);
    if (!piece)
        return std::unexpected(piece.error());
    if (!*piece)
        return std::unexpected(Error::invalid(missing.arg(pipeline.name)));
    auto parsed = read((*piece)->body);
    if (!parsed)
        return std::unexpected(Error::invalid(parsed.error()));
    return *parsed;
}

QDateTime startOf(const QDate &day)
{
    return QDateTime(day.isValid() ? day : QDate(1900, 1, 1), QTime(0, 0), Qt::UTC);
}

// A lead's facts as they were when it came in: its fields (as they are now), no owner
// yet, judged at its creation.
Facts factsAtCreation(const FactSchema &schema, const Pipeline &pipeline, Lead lead)
{
    lead.ownerId = 0;
    lead.ownerName.clear();
    const Stage *stage = pipeline.stage(lead.stageId);
    return schema.factsOf(lead, stage ? stage->name : QString(), lead.createdAt, lead.createdAt.toUTC().date());
}

} // namespace

Result<QList<Lead>> EngineReplay::leads(const Pipeline &pipeline, const QDateTime &since)
{
    QList<Lead> leads;
    LeadRepository repository(m_db);
    for (const Stage &stage : pipeline.stages) {
        PageRequest request;
        request.stageId = stage.id;
        request.sort = LeadSort::Age;
        request.descending = false;
        request.limit = 2000;
        for (;;) {
            auto page = repository.page(pipeline, request, m_now);
            if (!page)
                return std::unexpected(page.error());
            for (Lead &lead : page->leads)
                if (lead.createdAt >= since)
                    leads.append(std::move(lead));
            if (!page->hasMore)
                break;
            request.after = page->next;
        }
    }
    return leads;
}

Result<QList<qint64>> EngineReplay::reachedStages(const Pipeline &pipeline, const QString &stageName, QString *name)
{
    const Stage *target = nullptr;
    if (!stageName.trimmed().isEmpty()) {
        target = pipeline.stageByName(stageName.trimmed());
        if (!target)
            return std::unexpected(Error::invalid(tr("the pipeline %1 has no stage \"%2\"").arg(pipeline.name, stageName.trimmed())));
        if (target->kind == StageKind::Parked || target->kind == StageKind::Lost)
            return std::unexpected(Error::invalid(
                tr("\"%1\" cannot count as converted: reaching a stage means reaching an open or won one").arg(target->name)));
    } else {
        target = pipeline.stageByName(u"SQL"_s);
        for (const Stage &s : pipeline.stages)
            if (!target && s.kind == StageKind::Won)
                target = &s;
        if (!target)
            return std::unexpected(Error::invalid(tr("the pipeline %1 has neither an SQL nor a won stage: name the stage that counts as converted").arg(pipeline.name)));
    }
    *name = target->name;
    // DOMAIN.md: reached(S) = the furthest stage, by order among open stages with Won
    // last, is S or later. Parked and lost stages do not advance it.
    QList<qint64> ids;
    for (const Stage &s : pipeline.stages)
        if (s.kind == StageKind::Won || (target->kind == StageKind::Open && s.kind == StageKind::Open && s.position >= target->position))
            ids.append(s.id);
    return ids;
}

Result<RoutingReplayReport> EngineReplay::routing(const Pipeline &pipeline, const ReplayRequest &request)
{
    auto checked = proposed(m_db, m_now, pipeline, request);
    if (!checked)
        return std::unexpected(checked.error());
    auto table = pieceToReplay(m_db, pipeline, checked->routing, u"routing"_s, &EngineConfigJson::routingFromJson,
                               tr("the pipeline %1 has no routing table to replay: save one, or replay a proposed one"));
    if (!table)
        return std::unexpected(table.error());
    const FactSchema schema(pipeline.customFields);
    auto router = Router::compile(*table, schema);
    if (!router)
        return std::unexpected(Error::invalid(router.error()));

    auto roster = TeamRepository(m_db).roster(TeamRepository::Lock::None);
    if (!roster)
        return std::unexpected(roster.error());
    // A proposed team's strategy replaces the one in force; a new team has no members yet.
    for (const TeamSettings &proposedTeam : std::as_const(checked->teams)) {
        RoutingTeam *team = roster->team(proposedTeam.name);
        if (!team) {
            roster->teams.append(RoutingTeam{});
            team = &roster->teams.last();
            team->name = proposedTeam.name;
        }
        team->strategy = proposedTeam.strategy;
        team->specialisationField = proposedTeam.specialisationField;
    }

    const QDateTime since = startOf(request.since);
    auto leads = this->leads(pipeline, since);
    if (!leads)
        return std::unexpected(leads.error());
    auto firstOwners = HistoryRepository(m_db).firstOwners(pipeline.id, since);
    if (!firstOwners)
        return std::unexpected(firstOwners.error());
    QList<RoutingReplayLead> past;
    past.reserve(leads->size());
    for (const Lead &lead : std::as_const(*leads))
        past.append(RoutingReplayLead{lead.id, lead.displayName(), lead.createdAt, factsAtCreation(schema, pipeline, lead),
                                      firstOwners->value(lead.id, lead.ownerId), lead.closedAt});
    return RoutingReplay::run(*router, *roster, std::move(past));
}

Result<ScoringReplayReport> EngineReplay::scoring(const Pipeline &pipeline, const ReplayRequest &request)
{
    auto checked = proposed(m_db, m_now, pipeline, request);
    if (!checked)
        return std::unexpected(checked.error());
    auto model = pieceToReplay(m_db, pipeline, checked->scoring, u"scoring"_s, &EngineConfigJson::scoringFromJson,
                               tr("the pipeline %1 has no scoring model to replay: save one, or replay a proposed one"));
    if (!model)
        return std::unexpected(model.error());
    const FactSchema schema(pipeline.customFields);
    auto scorer = Scorer::compile(*model, schema);
    if (!scorer)
        return std::unexpected(Error::invalid(scorer.error()));
    QString convertedStage;
    auto reached = reachedStages(pipeline, request.convertedStage, &convertedStage);
    if (!reached)
        return std::unexpected(reached.error());

    const QDateTime since = startOf(request.since);
    auto leads = this->leads(pipeline, since);
    if (!leads)
        return std::unexpected(leads.error());
    auto conversions = HistoryRepository(m_db).firstEntries(pipeline.id, *reached, since);
    if (!conversions)
        return std::unexpected(conversions.error());
    auto events = BehaviourEventRepository(m_db).forPipeline(pipeline.id, since);
    if (!events)
        return std::unexpected(events.error());
    QList<ScoringReplayLead> past;
    past.reserve(leads->size());
    for (const Lead &lead : std::as_const(*leads))
        past.append(ScoringReplayLead{lead.id, lead.displayName(), lead.createdAt, factsAtCreation(schema, pipeline, lead),
                                      events->value(lead.id), conversions->value(lead.id)});
    ScoringReplayReport report = ScoringReplay::run(*scorer, std::move(past));
    report.convertedStage = convertedStage;
    return report;
}

} // namespace lejek
