// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Error.h"
#include "PipelineReport.h"
#include "Principal.h"
#include "ReportService.h"

#include <QFuture>
#include <QObject>

#include <optional>

namespace lejek::app {

// The reports a dashboard shows, asked for off the UI thread. It comes in parts, each
// shown as it comes (partReady, with every part so far): the leads' summary
// (QuickSections) that the breakdown does not group, the breakdown's groups (the whole's
// sections they group with them), time in stage, and the handoffs (by group with a
// breakdown that groups them); today's or as of a past day alike. Beside it, the period
// compared with. A new request cancels those it replaces (not run if not
// started, stopped mid-statement if running; an answer that still comes is dropped).
class DashboardFeed : public QObject
{
    Q_OBJECT

public:
    static constexpr ReportSections QuickSections{ReportSection::Cohort, ReportSection::Outcomes, ReportSection::OpenLeads};

    explicit DashboardFeed(QObject *parent = nullptr);
    ~DashboardFeed() override;

    void setService(ReportService *reports, const Principal &principal);
    bool hasService() const { return m_reports != nullptr; }
    // `whole` (with every section) after its quick sections; `compared` beside it.
    void request(const ReportRequest &whole, const std::optional<ReportRequest> &compared);
    void cancel();
    // The whole report is asked for and has not come yet.
    bool isAwaiting() const { return m_left > 0; }
    // The leads behind `figure` of the report last asked for (listed, or listFailed);
    // dropped if another report is asked for before they come.
    void listLeads(const QString &title, const ReportFigure &figure);

Q_SIGNALS:
    void partReady(const PipelineReport &report); // the parts so far, while the whole is awaited
    void ready(const PipelineReport &report);
    void failed(const QString &message);
    void comparedReady(const PipelineReport &report);
    void comparedFailed(const QString &message);
    void listed(const QString &title, const QList<qint64> &leadIds);
    void listFailed(const QString &message);

private:
    ReportService *m_reports = nullptr;
    Principal m_principal;
    QList<QFuture<Result<PipelineReport>>> m_parts;
    PipelineReport m_merged; // the parts so far
    int m_left = 0;          // parts still to come (0: none awaited, or one failed)
    QFuture<Result<PipelineReport>> m_compared;
    std::optional<ReportRequest> m_last; // the whole report last asked for
    quint64 m_request = 0;
};

} // namespace lejek::app
