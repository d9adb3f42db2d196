// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "LocalReportService.h"

#include "EngineConfigJson.h"
#include "EngineConfigRepository.h"
#include "LeadFactsRepository.h"
#include "LeadPathRepository.h"
#include "PipelineRepository.h"
#include "StageVersionRepository.h"
#include "StoreThread.h"
#include "TeamRepository.h"

#include <QCoreApplication>

#include <algorithm>

namespace lejek {

using namespace Qt::Literals::StringLiterals;

namespace {

QString tr(const char *text) { return QCoreApplication::translate("lejek::LocalReportService", text); }

// The end of a past day (UTC, like every period), or the refusal of a day after today.
Result<QDateTime> endOf(const QDate &day, const QDateTime &now, const char *what)
{
    if (!day.isValid() || day > now.toUTC().date())
        return std::unexpected(Error::invalid(tr(what).arg(day.toString(Qt::ISODate))));
    return QDateTime(day.addDays(1), QTime(0, 0), Qt::UTC);
}

// The pipeline with the stages in force just before `end` (a stage since renamed has its
// name then); the pipeline as it is when its history begins later.
Result<Pipeline> pipelineThen(Database &db, Pipeline pipeline, const QDateTime &end)
{
    auto versions = StageVersionRepository(db).history(pipeline.id);
    if (!versions)
        return std::unexpected(versions.error());
    QList<Stage> then = StageVersion::asOf(*versions, end.addMSecs(-1));
    if (!then.isEmpty())
        pipeline.stages = std::move(then);
    return pipeline;
}

// Today's sections, each from the leads it reads: the cohort, the closed and the open
// from the summary, the history from the whole log.
Result<QList<ReportSource>> sourcesOf(Database &db, const Pipeline &pipeline, const ReportRequest &request, const LeadScope &scope,
                                      const QDateTime &now, const Period &period)
{
    LeadFactsRepository facts(db);
    QList<ReportSource> sources;
    const auto add = [&sources](ReportSection section, Result<QList<LeadPath>> leads) -> Result<void> {
        if (!leads)
            return std::unexpected(leads.error());
        sources.append(ReportSource{section, std::move(*leads)});
        return ok();
    };
    const ReportSections wanted = request.sections;
    if (wanted.testFlag(ReportSection::Cohort))
        if (auto r = add(ReportSection::Cohort, facts.cohort(pipeline, request.filter, scope, now, period, request.by)); !r)
            return std::unexpected(r.error());
    if (wanted.testFlag(ReportSection::Outcomes))
        if (auto r = add(ReportSection::Outcomes, facts.closed(pipeline, request.filter, scope, now, period, request.by)); !r)
            return std::unexpected(r.error());
    if (wanted.testFlag(ReportSection::OpenLeads))
        if (auto r = add(ReportSection::OpenLeads, facts.open(pipeline, request.filter, scope, now, request.by)); !r)
            return std::unexpected(r.error());
    if (wanted.testFlag(ReportSection::History))
        if (auto r = add(ReportSection::History, LeadPathRepository(db).paths(pipeline, request.filter, scope, now)); !r)
            return std::unexpected(r.error());
    return sources;
}

} // namespace

QFuture<Result<PipelineReport>> LocalReportService::report(const Principal &by, const ReportRequest &request)
{
    return m_store.read([by, request, clock = m_clock()](Database &db) -> Result<PipelineReport> {
        auto pipeline = PipelineRepository(db).load(request.pipelineId);
        if (!pipeline)
            return std::unexpected(pipeline.error());
        const LeadScope scope = LeadScope::of(by, pipeline->isWorkedBy(by.userId));
        QDateTime now = clock;
        QList<ReportSource> sources;
        Period period{request.from, request.to.isValid() ? request.to : now.toUTC().date()};
        if (request.asOf.isValid()) {
            auto end = endOf(request.asOf, clock, QT_TRANSLATE_NOOP("lejek::LocalReportService", "the report as of %1: that day is after today"));
            if (!end)
                return std::unexpected(end.error());
            now = *end; // its ages count to the day's end; nothing at or after it is read
            auto then = pipelineThen(db, *pipeline, *end);
            if (!then)
                return std::unexpected(then.error());
            auto paths = LeadPathRepository(db).pathsAsOf(*pipeline, request.filter, scope, *end);
            if (!paths)
                return std::unexpected(paths.error());
            pipeline = std::move(*then);
            period.to = std::min(period.to, request.asOf); // it ends on the as-of day at the latest
            if (!period.from.isValid()) {
                period.from = period.to;
                for (const LeadPath &lead : std::as_const(*paths))
                    period.from = std::min(period.from, lead.createdAt.toUTC().date());
            }
            sources.append(ReportSource{request.sections, std::move(*paths)});
        } else if (!period.from.isValid()) {
            // Today's may run on into days to come, and by default from the first lead's day.
            auto first = LeadFactsRepository(db).firstEntry(*pipeline, request.filter, scope, now);
            if (!first)
                return std::unexpected(first.error());
            period.from = first->isValid() ? std::min(period.to, first->toUTC().date()) : period.to;
        }
        if (period.to < period.from)
            return std::unexpected(Error::invalid(
                tr("the period ends (%1) before it begins (%2)").arg(period.to.toString(Qt::ISODate), period.from.toString(Qt::ISODate))));
        if (!request.asOf.isValid()) {
            auto today = sourcesOf(db, *pipeline, request, scope, now, period);
            if (!today)
                return std::unexpected(today.error());
            sources = std::move(*today);
        }
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
        PipelineReport report = PipelineReport::compute(*pipeline, sources, period, now, request.by,
                                                        ReportSetup{handoffStage ? handoffStage->id : 0, std::move(*calendars)});
        report.asOf = request.asOf;
        return report;
    });
}

QFuture<Result<BoardAsOf>> LocalReportService::boardAsOf(const Principal &by, const BoardAsOfRequest &request)
{
    return m_store.read([by, request, now = m_clock()](Database &db) -> Result<BoardAsOf> {
        auto end = endOf(request.day, now, QT_TRANSLATE_NOOP("lejek::LocalReportService", "the board as of %1: that day is after today"));
        if (!end)
            return std::unexpected(end.error());
        auto pipeline = PipelineRepository(db).load(request.pipelineId);
        if (!pipeline)
            return std::unexpected(pipeline.error());
        const LeadScope scope = LeadScope::of(by, pipeline->isWorkedBy(by.userId));
        auto leads = LeadPathRepository(db).pathsAsOf(*pipeline, request.filter, scope, *end);
        if (!leads)
            return std::unexpected(leads.error());
        auto then = pipelineThen(db, *pipeline, *end);
        if (!then)
            return std::unexpected(then.error());
        return BoardAsOf{request.day, BoardSnapshot::compute(then->stages, *leads, *end)};
    });
}

} // namespace lejek
