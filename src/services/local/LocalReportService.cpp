// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "LocalReportService.h"

#include "LeadPathRepository.h"
#include "PipelineRepository.h"
#include "StoreThread.h"

#include <QCoreApplication>

#include <algorithm>

namespace lejek {

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
        return PipelineReport::compute(*pipeline, *paths, period, now, request.by);
    });
}

} // namespace lejek
