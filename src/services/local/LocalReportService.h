// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ReportService.h"

#include <QDateTime>

#include <functional>

namespace lejek {

class StoreThread;

// Reports on the store's read connection: a long read that never queues behind the
// board's writes.
class LocalReportService final : public ReportService
{
public:
    using Clock = std::function<QDateTime()>;
    LocalReportService(StoreThread &store, Clock clock) : m_store(store), m_clock(std::move(clock)) {}

    QFuture<Result<PipelineReport>> report(const Principal &by, const ReportRequest &request) override;
    QFuture<Result<QList<qint64>>> leads(const Principal &by, const ReportRequest &request, const ReportFigure &figure) override;
    QFuture<Result<BoardAsOf>> boardAsOf(const Principal &by, const BoardAsOfRequest &request) override;

private:
    StoreThread &m_store;
    Clock m_clock;
};

} // namespace lejek
