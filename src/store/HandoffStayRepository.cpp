// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "HandoffStayRepository.h"

#include "EngineConfigJson.h"
#include "EngineConfigRepository.h"
#include "PipelineRepository.h"
#include "ScoringModel.h"

namespace lejek {

using namespace Qt::Literals::StringLiterals;

Result<qint64> HandoffStayRepository::handoffStage(const Pipeline &pipeline)
{
    QString handoff = ScoringModel().handoffStage;
    auto scoring = EngineConfigRepository(m_db).current(pipeline.id, u"scoring"_s);
    if (!scoring)
        return std::unexpected(scoring.error());
    if (*scoring)
        if (auto model = EngineConfigJson::scoringFromJson((*scoring)->body))
            handoff = model->handoffStage;
    const Stage *stage = pipeline.stageByName(handoff);
    return stage ? stage->id : 0;
}

Result<void> HandoffStayRepository::refresh(const Pipeline &pipeline)
{
    auto stage = handoffStage(pipeline);
    if (!stage)
        return std::unexpected(stage.error());
    auto kept = m_db.scalar(u"SELECT stage_id FROM handoff_stages WHERE pipeline_id = ?"_s, {pipeline.id});
    if (!kept)
        return std::unexpected(kept.error());
    if (kept->isNull() ? *stage == 0 : kept->toLongLong() == *stage)
        return ok(); // the same stage: its handoffs stand
    Transaction transaction(m_db);
    if (!transaction.started())
        return transaction.started();
    for (const QString &sql : {u"DELETE FROM handoff_stages WHERE pipeline_id = ?"_s, u"DELETE FROM handoff_stays WHERE pipeline_id = ?"_s})
        if (auto r = m_db.exec(sql, {pipeline.id}); !r)
            return std::unexpected(r.error());
    if (*stage != 0) {
        if (auto r = m_db.exec(u"INSERT INTO handoff_stages (pipeline_id, stage_id) VALUES (?, ?)"_s, {pipeline.id, *stage}); !r)
            return std::unexpected(r.error());
        if (auto r = m_db.exec(u"INSERT INTO handoff_stays SELECT * FROM handoff_stays_now WHERE pipeline_id = ?"_s, {pipeline.id}); !r)
            return std::unexpected(r.error());
    }
    return transaction.commit();
}

Result<void> HandoffStayRepository::refreshAll()
{
    auto pipelines = PipelineRepository(m_db).loadAll();
    if (!pipelines)
        return std::unexpected(pipelines.error());
    for (const Pipeline &pipeline : std::as_const(*pipelines))
        if (auto r = refresh(pipeline); !r)
            return r;
    return ok();
}

Result<void> HandoffStayRepository::remeasure(qint64 teamId)
{
    // The owners whose handoffs the calendar measures: the team's members, or (the
    // default) everyone in no team, nobody included (handoff_stays_now's rule).
    const QString owners = teamId != 0
                               ? u"owner_id IN (SELECT u.id FROM users u WHERE u.team_id = ?)"_s
                               : u"owner_id NOT IN (SELECT u.id FROM users u WHERE u.team_id IS NOT NULL AND u.team_id <> ?)"_s;
    Transaction transaction(m_db);
    if (!transaction.started())
        return transaction.started();
    if (auto r = m_db.exec(u"DELETE FROM handoff_stays WHERE "_s + owners, {teamId}); !r)
        return std::unexpected(r.error());
    if (auto r = m_db.exec(u"INSERT INTO handoff_stays SELECT * FROM handoff_stays_now WHERE "_s + owners, {teamId}); !r)
        return std::unexpected(r.error());
    return transaction.commit();
}

} // namespace lejek
