// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "LocalReportService.h"

#include "EngineConfigJson.h"
#include "EngineConfigRepository.h"
#include "LeadPathRepository.h"
#include "PipelineRepository.h"
#include "StageVersionRepository.h"
#include "StoreThread.h"
#include "TeamRepository.h"

#include <QCoreApplication>

#include <algorithm>

namespace lejek {

using namespace Qt::Literals::StringLiterals;

QFuture<Result<PipelineReport>> LocalReportService::report(const Principal &by, const ReportRequest &request)
{
    return m_store.read([by, request, now = m_clock()](Database &db) -> Result<PipelineReport> {
        auto pipeline = PipelineRepository(db).load(request.pipelineId);
        if (!pipeline)
            return std::unexpected(pipeline.error());
        const LeadScope scope = LeadScope::of(by, pipeline->isWorkedBy(by.userId));
        auto paths = LeadPathRepository(db).paths(*pipeline, request.filter, scope, now);
        if (!paths)
            return std::unexpected(paths.error());
        Period period{request.from, request.to.isValid() ? request.to : now.toUTC().date()};
        if (!period.from.isValid()) {
            period.from = period.to;
            for (const LeadPath &lead : std::as_const(*paths))
                period.from = std::min(period.from, lead.createdAt.toUTC().date());
        }
        if (period.to < period.from)
            return std::unexpected(Error::invalid(QCoreApplication::translate("lejek::LocalReportService",
                                                                              "the period ends (%1) before it begins (%2)")
                                                      .arg(period.to.toString(Qt::ISODate), period.from.toString(Qt::ISODate))));
        // Where marketing hands leads to sales: the scoring model's stage (MQL unless
        // configured otherwise).
        QString handoff = ScoringModel().handoffStage;
        auto scoring = EngineConfigRepository(db).current(pipeline->id, u"scoring"_s);
        if (!scoring)
            return std::unexpected(scoring.error());
        if (*scoring)
            if (auto model = EngineConfigJson::scoringFromJson((*scoring)->body))
                handoff = model->handoffStage;
        const Stage *handoffStage = pipeline->stageByName(handoff);
        auto calendars = TeamRepository(db).calendars();
        if (!calendars)
            return std::unexpected(calendars.error());
        return PipelineReport::compute(*pipeline, *paths, period, now, request.by,
                                       ReportSetup{handoffStage ? handoffStage->id : 0, std::move(*calendars)});
    });
}

QFuture<Result<BoardAsOf>> LocalReportService::boardAsOf(const Principal &by, const BoardAsOfRequest &request)
{
    return m_store.read([by, request, now = m_clock()](Database &db) -> Result<BoardAsOf> {
        if (!request.day.isValid() || request.day > now.toUTC().date())
            return std::unexpected(Error::invalid(QCoreApplication::translate("lejek::LocalReportService",
                                                                              "the board as of %1: that day is after today")
                                                      .arg(request.day.toString(Qt::ISODate))));
        const QDateTime end(request.day.addDays(1), QTime(0, 0), Qt::UTC); // the day's end, UTC like every period
        auto pipeline = PipelineRepository(db).load(request.pipelineId);
        if (!pipeline)
            return std::unexpected(pipeline.error());
        const LeadScope scope = LeadScope::of(by, pipeline->isWorkedBy(by.userId));
        // Owner and team as they were that day: not the SQL terms, which read today's.
        LeadFilter today = request.filter;
        today.ownerId = 0;
        today.teamId = 0;
        LeadPathRepository paths(db);
        auto leads = paths.paths(*pipeline, today, scope, now);
        if (!leads)
            return std::unexpected(leads.error());
        if (request.filter.ownerId != 0 || request.filter.teamId != 0) {
            auto changed = paths.ownersChangedSince(pipeline->id, end);
            if (!changed)
                return std::unexpected(changed.error());
            auto teams = paths.teams();
            if (!teams)
                return std::unexpected(teams.error());
            leads->removeIf([&](const LeadPath &lead) {
                const qint64 owner = changed->value(lead.leadId, lead.ownerId);
                return (request.filter.ownerId != 0 && owner != request.filter.ownerId)
                       || (request.filter.teamId != 0 && (owner == 0 || teams->value(owner) != request.filter.teamId));
            });
        }
        auto versions = StageVersionRepository(db).history(pipeline->id);
        if (!versions)
            return std::unexpected(versions.error());
        return BoardAsOf{request.day, BoardSnapshot::compute(StageVersion::asOf(*versions, end.addMSecs(-1)), *leads, end)};
    });
}

} // namespace lejek
