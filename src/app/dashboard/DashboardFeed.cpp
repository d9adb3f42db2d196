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
    m_quick.cancel();
    m_whole.cancel();
    m_compared.cancel();
    ++m_request;
    m_awaiting = false;
}

void DashboardFeed::request(const ReportRequest &whole, const std::optional<ReportRequest> &compared)
{
    cancel();
    m_last = whole;
    if (!m_reports)
        return;
    const quint64 request = m_request;
    // The store answers in turn: the quick sections come before the whole. As of a past
    // day every section reads the log, so there is nothing quick to ask for first.
    ReportRequest quick = whole;
    quick.sections = whole.sections & QuickSections;
    quick.by = Breakdown::None;
    if (quick.sections && !whole.asOf.isValid()) {
        m_quick = m_reports->report(m_principal, quick);
        FutureWatch::then(this, m_quick, [this, request](const Result<PipelineReport> &report) {
            if (request == m_request && m_awaiting && report)
                Q_EMIT quickReady(*report); // a failure is the whole report's to tell
        });
    }
    m_whole = m_reports->report(m_principal, whole);
    m_awaiting = true;
    FutureWatch::then(this, m_whole, [this, request](const Result<PipelineReport> &report) {
        if (request != m_request)
            return; // a newer request replaced it
        m_awaiting = false;
        if (report)
            Q_EMIT ready(*report);
        else
            Q_EMIT failed(report.error().message);
    });
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
