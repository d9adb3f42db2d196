// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "LocalReportService.h"

#include "HandoffStayRepository.h"
#include "LeadFactsRepository.h"
#include "LeadPathRepository.h"
#include "PipelineRepository.h"
#include "ReportDayRepository.h"
#include "StageStayRepository.h"
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

// What a report request reads, resolved once for the report and for a figure's leads.
struct Resolved {
    Pipeline pipeline; // as a past day's report has it: with its stages then
    LeadScope scope;
    QDateTime now;     // the clock, or the end of the as-of day
    Period period;
    QList<LeadPath> asOf; // a past day's: every lead's path as it stood then (none read from the summaries)
    bool reordered = false; // a past day's cohort or open leads, whose stages stood in another order or kind than today's
};

// Whether the stages of `then` stand in today's order with today's kinds (stages added
// since aside): the summary's furthest stage, in today's order, is then the one in the
// order then, as no lead entered a stage before it existed.
bool sameOrder(const QList<Stage> &then, QList<Stage> today)
{
    today.removeIf([&then](const Stage &s) { return std::ranges::none_of(then, [&s](const Stage &t) { return t.id == s.id; }); });
    const auto byPosition = [](const Stage &a, const Stage &b) { return a.position < b.position; };
    QList<Stage> before = then;
    std::ranges::stable_sort(before, byPosition);
    std::ranges::stable_sort(today, byPosition);
    return std::ranges::equal(before, today, [](const Stage &a, const Stage &b) { return a.id == b.id && a.kind == b.kind; });
}

// The pipeline, the principal's scope, the period (by default from the first lead's
// day) and, as of a past day with `paths`, every lead's path up to its end.
Result<Resolved> resolve(Database &db, const Principal &by, const ReportRequest &request, const QDateTime &clock, bool paths)
{
    auto pipeline = PipelineRepository(db).load(request.pipelineId);
    if (!pipeline)
        return std::unexpected(pipeline.error());
    Resolved r{*pipeline, LeadScope::of(by, pipeline->isWorkedBy(by.userId)), clock,
               Period{request.from, request.to.isValid() ? request.to : clock.toUTC().date()}, {}};
    if (request.asOf.isValid()) {
        auto end = endOf(request.asOf, clock, QT_TRANSLATE_NOOP("lejek::LocalReportService", "the report as of %1: that day is after today"));
        if (!end)
            return std::unexpected(end.error());
        r.now = *end; // its ages count to the day's end; nothing at or after it is read
        r.period.to = std::min(r.period.to, request.asOf); // it ends on the as-of day at the latest
        if (!paths) {
            if (!r.period.from.isValid()) {
                // The first lead's day (a lead's first entry does not change once made),
                // of the owner's leads then.
                auto first = LeadFactsRepository(db).firstEntry(r.pipeline, request.filter, r.scope, r.now, r.now);
                if (!first)
                    return std::unexpected(first.error());
                r.period.from = first->isValid() ? std::min(r.period.to, first->toUTC().date()) : r.period.to;
            }
        } else {
            auto read = LeadPathRepository(db).pathsAsOf(r.pipeline, request.filter, r.scope, *end);
            if (!read)
                return std::unexpected(read.error());
            r.asOf = std::move(*read);
            if (!r.period.from.isValid()) {
                r.period.from = r.period.to;
                for (const LeadPath &lead : std::as_const(r.asOf))
                    r.period.from = std::min(r.period.from, lead.createdAt.toUTC().date());
            }
        }
        auto then = pipelineThen(db, r.pipeline, *end);
        if (!then)
            return std::unexpected(then.error());
        // The summaries' furthest stage and whether a lead is closed follow today's
        // stages: the cohort and the open leads need them to stand as they did then.
        r.reordered = (request.sections & (ReportSection::Cohort | ReportSection::OpenLeads)) && !sameOrder(then->stages, r.pipeline.stages);
        r.pipeline = std::move(*then);
    } else if (!r.period.from.isValid()) {
        // Today's may run on into days to come, and by default from the first lead's day.
        auto first = LeadFactsRepository(db).firstEntry(r.pipeline, request.filter, r.scope, r.now);
        if (!first)
            return std::unexpected(first.error());
        r.period.from = first->isValid() ? std::min(r.period.to, first->toUTC().date()) : r.period.to;
    }
    if (r.period.to < r.period.from)
        return std::unexpected(Error::invalid(tr("the period ends (%1) before it begins (%2)")
                                                  .arg(r.period.to.toString(Qt::ISODate), r.period.from.toString(Qt::ISODate))));
    return r;
}

// What History needs beside the leads: where marketing hands leads to sales (the
// scoring model's stage, MQL unless configured otherwise) and the teams' calendars.
Result<ReportSetup> setupOf(Database &db, const Pipeline &pipeline)
{
    auto handoffStage = HandoffStayRepository(db).handoffStage(pipeline);
    if (!handoffStage)
        return std::unexpected(handoffStage.error());
    auto calendars = TeamRepository(db).calendars();
    if (!calendars)
        return std::unexpected(calendars.error());
    return ReportSetup{*handoffStage, std::move(*calendars)};
}

// The sections a figure is counted in.
ReportSections sectionOf(const ReportFigure &figure)
{
    switch (figure.kind) {
    case ReportFigure::Kind::Reached: return ReportSection::Cohort;
    case ReportFigure::Kind::Lost: return ReportSection::Outcomes;
    case ReportFigure::Kind::Waiting: return ReportSection::Stays;
    case ReportFigure::Kind::Handoffs: return ReportSection::Handoffs;
    case ReportFigure::Kind::Leaking: break;
    }
    return ReportSection::OpenLeads;
}

} // namespace

QFuture<Result<PipelineReport>> LocalReportService::report(const Principal &by, const ReportRequest &request)
{
    // Reads of the summaries are short: they never wait for a walk of the paths. The
    // dashboard's slower parts take the other lane, and so run beside the rest (the
    // lanes' work balanced on the 1M demo, bench_dashboard):
    // - today, the handoffs (each read and measured in working time) on the long lane;
    //   time in stage too when it is counted stay by stay (not from its counts by day,
    //   migrations 23 and 25);
    // - a past day, its open leads then (the leaks then of those touched since looked
    //   up: the longest part) and time in stage on the long lane, its handoffs (those of
    //   its period, measured only up to its end) on the short one with the rest.
    // A past day's whose stages were reordered since walks the paths on the lane its
    // sections choose: rare enough not to be worth reading the stages before choosing.
    const ReportSections asked = request.sections;
    const bool isShort = request.asOf.isValid()
                             ? !asked.testFlag(ReportSection::OpenLeads) && !asked.testFlag(ReportSection::Stays)
                             : !asked.testFlag(ReportSection::Handoffs)
                                   && !(asked.testFlag(ReportSection::Stays) && !ReportDayRepository::serves(request.filter, request.by));
    return m_store.read([by, request, clock = m_clock()](Database &db) -> Result<PipelineReport> {
        const ReadSnapshot snapshot(db); // counts and the rows at their ranks agree
        if (!snapshot.started())
            return std::unexpected(snapshot.started().error());
        auto r = resolve(db, by, request, clock, false);
        if (r && r->reordered) // rare: then the paths, in the order then
            r = resolve(db, by, request, clock, true);
        if (!r)
            return std::unexpected(r.error());
        ReportSetup setup;
        if (request.sections.testFlag(ReportSection::Handoffs)) {
            auto read = setupOf(db, r->pipeline);
            if (!read)
                return std::unexpected(read.error());
            setup = std::move(*read);
        }
        if (r->reordered) {
            PipelineReport report = PipelineReport::compute(r->pipeline, r->asOf, r->period, r->now, request.by, setup, request.sections);
            report.asOf = request.asOf;
            return report;
        }
        // Today's from the leads' summary and their stays: the groups' sections by group,
        // the others for the whole alone. A past day's as they stood then: its cohort, the
        // leads closed then and still so, and the open leads in the same stay since from
        // the leads' summary, the rest from the stays; owners and teams by the owner then.
        const QDateTime asOf = request.asOf.isValid() ? r->now : QDateTime();
        const ReportSections grouped = request.by == Breakdown::None ? ReportSections() : request.sections & request.groupSections;
        const ReportSections alone = request.sections & ~grouped;
        const auto read = [&](ReportSections sections, Breakdown breakdown, QMap<QString, ReportTally> &into,
                              ReportTally &counted) -> Result<void> {
            if (!sections)
                return ok();
            const ReportSections facts
                = asOf.isValid() ? sections & (ReportSection::Cohort | ReportSection::Outcomes | ReportSection::OpenLeads) : sections;
            if (facts) {
                auto tallies = LeadFactsRepository(db).tally(r->pipeline, request.filter, r->scope, r->now, r->period, facts, breakdown, asOf);
                if (!tallies)
                    return std::unexpected(tallies.error());
                into = std::move(*tallies);
            }
            return StageStayRepository(db).tally(r->pipeline, request.filter, r->scope, r->now, r->period, sections, breakdown,
                                                 setup.handoffStageId, into, counted, asOf);
        };
        // `counted`: the whole's figures that the groups' do not add up to (the stays'
        // medians, the ranks of handoffs counted by the store).
        QMap<QString, ReportTally> ungrouped, groups;
        ReportTally counted;
        if (auto done = read(alone, Breakdown::None, ungrouped, counted); !done)
            return std::unexpected(done.error());
        if (auto done = read(grouped, request.by, groups, counted); !done)
            return std::unexpected(done.error());
        ReportTally whole;
        for (const ReportTally &tally : std::as_const(ungrouped))
            whole.add(tally);
        whole.stays = counted.stays;
        whole.speed = counted.speed;
        whole.handoff = counted.handoff;
        PipelineReport report = PipelineReport::compute(r->pipeline, request.sections, whole, groups, grouped, r->period, r->now, request.by, setup);
        report.asOf = request.asOf;
        return report;
    }, isShort ? StoreThread::Lane::Short : StoreThread::Lane::Long);
}

QFuture<Result<QList<qint64>>> LocalReportService::leads(const Principal &by, const ReportRequest &request, const ReportFigure &figure)
{
    return m_store.read([by, request, figure, clock = m_clock()](Database &db) -> Result<QList<qint64>> {
        const bool waiting = figure.kind == ReportFigure::Kind::Waiting, handoffs = figure.kind == ReportFigure::Kind::Handoffs;
        auto r = resolve(db, by, request, clock, !waiting && !(handoffs && !request.asOf.isValid()));
        if (!r)
            return std::unexpected(r.error());
        if (handoffs) { // a report counts today's without their leads: read one by one
            auto setup = setupOf(db, r->pipeline);
            if (!setup)
                return std::unexpected(setup.error());
            if (request.asOf.isValid())
                return figure.leadsIn(ReportPart::compute(r->pipeline, r->asOf, r->period, r->now, *setup, ReportSection::Handoffs));
            QMap<QString, ReportTally> tallies;
            ReportTally all;
            if (auto read = StageStayRepository(db).tally(r->pipeline, request.filter, r->scope, r->now, r->period, ReportSection::Handoffs,
                                                          Breakdown::None, setup->handoffStageId, tallies, all, {},
                                                          StageStayRepository::Handoffs::OneByOne);
                !read)
                return std::unexpected(read.error());
            for (const ReportTally &tally : std::as_const(tallies))
                all.add(tally);
            return figure.leadsIn(ReportPart::fromTally(r->pipeline, all, ReportSection::Handoffs, r->now, *setup));
        }
        if (!request.asOf.isValid())
            return LeadFactsRepository(db).leadsOf(r->pipeline, request.filter, r->scope, r->now, r->period, figure);
        if (waiting) // the stays as they stood then
            return StageStayRepository(db).waiting(r->pipeline, request.filter, r->scope, r->now, figure.stageId, r->now);
        // A past day's report keeps its figures' leads.
        return figure.leadsIn(ReportPart::compute(r->pipeline, r->asOf, r->period, r->now, {}, sectionOf(figure)));
    }, (request.asOf.isValid() && figure.kind != ReportFigure::Kind::Waiting) || figure.kind == ReportFigure::Kind::Handoffs
           ? StoreThread::Lane::Long
           : StoreThread::Lane::Short);
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
        auto then = pipelineThen(db, *pipeline, *end);
        if (!then)
            return std::unexpected(then.error());
        QList<qint64> stageIds;
        for (const Stage &stage : std::as_const(then->stages))
            stageIds.append(stage.id);
        const ReadSnapshot snapshot(db); // the open stays and the ended ones, of one moment
        if (!snapshot.started())
            return std::unexpected(snapshot.started().error());
        auto totals = StageStayRepository(db).board(*pipeline, request.filter, scope, *end, stageIds);
        if (!totals)
            return std::unexpected(totals.error());
        return BoardAsOf{request.day, BoardSnapshot::compute(then->stages, *totals)};
    });
}

} // namespace lejek
