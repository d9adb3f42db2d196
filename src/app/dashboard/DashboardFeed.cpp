// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DashboardFeed.h"

#include "application/FutureWatch.h"

namespace lejek::app {

DashboardFeed::DashboardFeed(QObject *parent) : QObject(parent) {}

DashboardFeed::~DashboardFeed() { cancel(); }

void DashboardFeed::setService(ReportService *reports, const Principal &principal)
{
    cancel();
    m_reports = reports;
    m_principal = principal;
}

void DashboardFeed::cancel()
{
    for (QFuture<Result<PipelineReport>> &part : m_parts)
        part.cancel();
    m_parts.clear();
    m_compared.cancel();
    ++m_request;
    m_left = 0;
}

void DashboardFeed::request(const ReportRequest &whole, const std::optional<ReportRequest> &compared)
{
    cancel();
    m_last = whole;
    if (!m_reports)
        return;
    const quint64 request = m_request;
    // The parts, in the order the store answers them: each panel shows as soon as its
    // part is counted, not when the slowest is. The store reads today's handoffs (each
    // measured in working time), or a past day's open leads (those touched since each
    // looked up) and time in stage, on its other lane, beside the rest
    // (LocalReportService). With a breakdown, the sections it groups come by group, and
    // the whole's are the groups' together (PipelineReport::compute): read once, not
    // once more for the whole. The handoffs and the open leads come apart from the
    // others: they take the other lane on one day or the other.
    const ReportSections grouped = whole.by == Breakdown::None ? ReportSections() : whole.sections & whole.groupSections;
    const ReportSections handoffs = ReportSection::Handoffs, openLeads = ReportSection::OpenLeads;
    QList<ReportRequest> parts;
    const auto add = [&](ReportSections sections, Breakdown by) {
        ReportRequest part = whole;
        part.sections = sections;
        part.by = by;
        if (part.sections)
            parts.append(part);
    };
    // The groups' before time in stage: the funnel is among them.
    const ReportSections alone = whole.sections & ~grouped;
    add(alone & (whole.asOf.isValid() ? QuickSections & ~openLeads : QuickSections), Breakdown::None);
    add(grouped & ~handoffs, whole.by);
    add(alone & ReportSection::Stays, Breakdown::None);
    add(alone & handoffs, Breakdown::None);
    add(grouped & handoffs, whole.by);
    if (whole.asOf.isValid() && !grouped.testFlag(ReportSection::OpenLeads)) // else the groups' together
        add(whole.sections & openLeads, Breakdown::None);
    m_merged = PipelineReport{};
    m_merged.sections = {}; // none yet
    m_left = int(parts.size());
    for (const ReportRequest &part : std::as_const(parts)) {
        m_parts.append(m_reports->report(m_principal, part));
        FutureWatch::then(this, m_parts.last(), [this, request](const Result<PipelineReport> &report) {
            if (request != m_request || m_left == 0)
                return; // a newer request replaced it, or a part failed
            if (!report) {
                m_left = 0;
                for (QFuture<Result<PipelineReport>> &other : m_parts)
                    other.cancel(); // the report cannot be whole
                Q_EMIT failed(report.error().message);
                return;
            }
            m_merged.take(*report);
            if (--m_left > 0) {
                Q_EMIT partReady(m_merged);
                return;
            }
            Q_EMIT ready(m_merged);
        });
    }
    if (!compared)
        return;
    m_compared = m_reports->report(m_principal, *compared);
    FutureWatch::then(this, m_compared, [this, request](const Result<PipelineReport> &report) {
        if (request != m_request)
            return;
        if (report)
            Q_EMIT comparedReady(*report);
        else
            Q_EMIT comparedFailed(report.error().message);
    });
}

void DashboardFeed::listLeads(const QString &title, const ReportFigure &figure)
{
    if (!m_reports || !m_last)
        return;
    FutureWatch::then(this, m_reports->leads(m_principal, *m_last, figure),
                      [this, title, request = m_request](const Result<QList<qint64>> &leads) {
                          if (request != m_request)
                              return; // the figure is no longer the one shown
                          if (leads)
                              Q_EMIT listed(title, *leads);
                          else
                              Q_EMIT listFailed(leads.error().message);
                      });
}

} // namespace lejek::app
