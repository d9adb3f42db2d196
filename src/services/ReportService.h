// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Error.h"
#include "LeadFilter.h"
#include "BoardSnapshot.h"
#include "PipelineReport.h"
#include "ReportFigure.h"
#include "Principal.h"

#include <QDate>
#include <QFuture>

namespace lejek {

// Which leads a report counts, over which days, broken down how.
struct ReportRequest {
    qint64 pipelineId = 0;
    QDate from;        // invalid: from the day the pipeline's first lead came in
    QDate to;          // invalid: to today (or the as-of day)
    LeadFilter filter; // owner, team, source, campaign (its other terms are the board's)
    Breakdown by = Breakdown::None;
    // Invalid: now. Else every figure as it stood at the end of that day (UTC), from
    // history, with the stage configuration then; the period ends that day at the
    // latest. A day after today is refused.
    QDate asOf;
    // The parts wanted: summed from the leads' summary (LeadFactsRepository) and their
    // stays (StageStayRepository), as they stand or stood then; a past day's breakdown
    // (the owners then) from each lead's path then (LeadPathRepository::pathsAsOf).
    ReportSections sections = AllSections;
    // Of those, what each group of a breakdown holds (the others: the whole alone). A
    // dashboard's owners table needs no owner's time in stage.
    ReportSections groupSections = AllSections;
};

// The board at the end of a past day: which pipeline, which day, which leads (owner
// and team as they were that day, by id; source and campaign; its other terms are not
// read).
struct BoardAsOfRequest {
    qint64 pipelineId = 0;
    QDate day;
    LeadFilter filter;
};
struct BoardAsOf {
    QDate day;
    QList<BoardColumn> columns; // every stage then, in order: open, parked, won, lost
};

// The dashboards' numbers (DOMAIN.md, Metrics), computed from history by lejek_metrics,
// for the leads the principal may see: a rep's own, a manager's team's, all for an
// admin. The dashboard, lejek-cli report and the server all show these.
class ReportService
{
public:
    virtual ~ReportService() = default;
    virtual QFuture<Result<PipelineReport>> report(const Principal &by, const ReportRequest &request) = 0;
    // The leads behind one figure of that report's total (whatever its breakdown), in
    // the order it lists them (ReportFigure): from the summaries (as of a day, the
    // waiting leads; the others from each lead's path then). The report counts them
    // without listing them.
    virtual QFuture<Result<QList<qint64>>> leads(const Principal &by, const ReportRequest &request, const ReportFigure &figure) = 0;
    // BoardSnapshot from the stays open at that day's end, with the stage configuration
    // in force then. A day after today is refused (Error::Invalid).
    virtual QFuture<Result<BoardAsOf>> boardAsOf(const Principal &by, const BoardAsOfRequest &request) = 0;
};

} // namespace lejek
