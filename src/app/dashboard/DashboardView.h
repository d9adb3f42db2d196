// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Error.h"
#include "LeadFilter.h"
#include "LostReason.h"
#include "Pipeline.h"
#include "PipelineReport.h"
#include "Principal.h"
#include "ReportTable.h"

#include <QFuture>
#include <QLocale>
#include <QTimer>
#include <QWidget>

#include <functional>
#include <optional>

class QLabel;
class QTableView;

namespace lejek {
class ChangeNotifier;
class PipelineService;
class ReportService;
} // namespace lejek

namespace lejek::app {

class BarChart;
class ComparisonView;
class DashboardFeed;
class DashboardPanel;
class FigureGrid;
class HandoffFigures;
class LeakageFigures;
class OutcomeFigures;
class SpeedFigures;
class PeriodBar;
class ReportTableModel;

// The manager's dashboard (DOMAIN.md, Metrics) for the board's pipeline and filter over
// a period: the funnel, stage-to-stage conversion, win rate and cycle, lost reasons,
// the weighted forecast and the leakage of the leads open now, handoff quality, speed
// to lead and the SLAs, time in stage and a table per owner. The ReportService
// computes it all on the store's read thread; meanwhile each panel shows a busy bar,
// and a newer request (the period, the pipeline or the filter changed) cancels the one
// it replaces. Only a dashboard that is shown asks: a hidden one asks when it is shown
// again.
class DashboardView : public QWidget
{
    Q_OBJECT
public:
    explicit DashboardView(QWidget *parent = nullptr);
    ~DashboardView() override;

    void setServices(ReportService *reports, PipelineService *pipelines, ChangeNotifier *notifier, const Principal &principal);
    void setPipeline(const Pipeline &pipeline);
    void setFilter(const LeadFilter &filter);
    // Asks for the numbers again (at once if shown, else when shown).
    void refresh();

    PeriodBar *periodBar() const { return m_period; }
    const Pipeline &pipeline() const { return m_pipeline; }
    // What a click on a leakage figure (0: no owner, 1: no next task, 2: rotting), a
    // leakage row or a time-in-stage row lists (leadsRequested; nothing when none).
    void listLeaking(int reason);
    void listLeakingIn(int stageRow);
    void listWaitingIn(int stageRow);
    QTableView *tableOf(const QString &panelName) const;
    QList<DashboardPanel *> panels() const { return m_panels; }
    DashboardPanel *panel(const QString &objectName) const;
    QString summaryText() const;
    // The last report shown (none before the first).
    const std::optional<PipelineReport> &report() const { return m_report; }
    const std::optional<PipelineReport> &compared() const { return m_compared; }
    ComparisonView *comparison() const { return m_comparison; }
    // A request is out and its report not shown yet.
    bool isRefreshing() const;
    // The table of a panel as CSV for a spreadsheet in `locale` (ReportTableCsv), written
    // off the UI thread, whole or not at all: saved() or failed().
    void saveCsv(const QString &panelName, const QString &path, const QLocale &locale = QLocale());
    // The whole dashboard as a PNG, or as a PDF report (DashboardExport): drawn here,
    // written beside the UI thread; saved() or failed().
    void savePng(const QString &path);
    void savePdf(const QString &path);
    // How the board's filter reads to people ("Owner: Anna Nowak · Source: webinar"),
    // for the PDF's title page.
    void setFilterSummary(const QString &summary) { m_filterSummary = summary; }

Q_SIGNALS:
    // A report came and every panel shows it (or says why it is empty).
    void refreshed();
    // Both periods' reports came and the comparison panel shows them.
    void comparisonShown();
    void failed(const QString &message);
    void saved(const QString &path);
    // A number was clicked: the leads behind it, of pipeline(), for a list.
    void leadsRequested(const QString &title, const QList<qint64> &leadIds);

protected:
    void showEvent(QShowEvent *event) override;

private:
    DashboardPanel *addPanel(const QString &name, const QString &title, const QString &counts, QWidget *content);
    QTableView *tableView(ReportTableModel *model);
    // A chart above a table, in one panel.
    QWidget *chartAndTable(QWidget *chart, ReportTableModel *model);
    void showForecast(const ReportPart &part, const PipelineReport &report);
    void showLeakage(const ReportPart &part, const PipelineReport &report);
    void showReport(const PipelineReport &report);
    void showComparison();
    void showFailure(const QString &message);
    // Asks where, then saveCsv().
    void exportCsv(const QString &panelName);
    // Asks where, then savePng() or savePdf().
    void exportFile(bool pdf);
    // Writes `bytes` made by `write` beside the UI thread: saved() or failed().
    void writeBeside(const QString &path, std::function<QString()> write);
    QString lostReasonLabel(const QString &code) const;

    ChangeNotifier *m_notifier = nullptr;
    Pipeline m_pipeline;
    LeadFilter m_filter;
    QList<LostReason> m_reasons;
    std::optional<PipelineReport> m_report;
    DashboardFeed *m_feed;
    std::optional<PipelineReport> m_compared; // the period compared with, when one is
    bool m_stale = true;
    QTimer m_changed; // many changes in a row: one refresh after them

    PeriodBar *m_period;
    QLabel *m_summary;
    QList<DashboardPanel *> m_panels;
    BarChart *m_funnel;
    ReportTableModel *m_conversion;
    OutcomeFigures *m_outcomes;
    BarChart *m_lost;
    BarChart *m_forecastChart;
    ReportTableModel *m_forecast;
    LeakageFigures *m_leakageFigures;
    ReportTableModel *m_leakage;
    HandoffFigures *m_handoff;
    SpeedFigures *m_speed;
    ComparisonView *m_comparison;
    ReportTableModel *m_timeInStage;
    ReportTableModel *m_owners;
    QList<QTableView *> m_tables;
    QWidget *m_page;
    QString m_filterSummary;
};

} // namespace lejek::app
