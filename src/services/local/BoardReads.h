// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DuplicateMatch.h"
#include "Error.h"
#include "LeadRequests.h"
#include "Lead.h"
#include "LeadFilter.h"
#include "PageRequest.h"
#include "StageTotals.h"
#include "Task.h"
#include "TimelineEntry.h"
#include "TimelinePage.h"
#include "UnitOfWork.h"

#include <QList>

namespace lejek {

// What the board and the card read: a lead, its timeline and tasks, a stage's page of
// leads and the columns' totals.
class BoardReads
{
public:
    explicit BoardReads(UnitOfWork &work);

    Result<Lead> load(qint64 leadId);
    // LeadService::leads().
    Result<QList<Lead>> many(qint64 pipelineId, const QList<qint64> &ids);
    Result<QList<TimelineEntry>> timeline(qint64 leadId);
    Result<TimelinePage> timelinePage(const TimelineRequest &request);
    static constexpr int MaxTimelinePage = 500;
    Result<QList<Task>> tasks(qint64 leadId);
    Result<QList<Task>> myTasks(int limit);
    Result<DuplicateCheck> duplicatesOf(qint64 pipelineId, const FieldInput &fields, qint64 exceptLeadId);
    Result<QList<DuplicatePair>> duplicatePairs(qint64 pipelineId, int limit);
    // Refused with Error::Invalid when the filter's score range is empty.
    Result<StagePage> page(qint64 pipelineId, const PageRequest &request);
    Result<QList<StageTotals>> totals(qint64 pipelineId, const LeadFilter &filter);

private:
    Result<void> checkFilter(const LeadFilter &filter) const;

    UnitOfWork &m_work;
};

} // namespace lejek
