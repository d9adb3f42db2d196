// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DashboardView.h"

#include "BarChart.h"
#include "ChangeNotifier.h"
#include "ChartPalette.h"
#include "ComparisonView.h"
#include "DashboardExport.h"
#include "DashboardFeed.h"
#include "DashboardPanel.h"
#include "FigureGrid.h"
#include "HandoffFigures.h"
#include "LeakageFigures.h"
#include "OutcomeFigures.h"
#include "PeriodBar.h"
#include "PipelineService.h"
#include "ReportService.h"
#include "ReportTableCsv.h"
#include "Money.h"
#include "ReportTableModel.h"
#include "SpeedFigures.h"
#include "application/FileDialogs.h"
#include "application/FutureWatch.h"
#include "application/NumberFormat.h"

#include <QBuffer>
#include <QHash>
#include <QDir>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QSaveFile>
#include <QScrollArea>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtConcurrent>

#include <algorithm>
#include <cmath>

namespace lejek::app {

using namespace Qt::Literals::StringLiterals;

namespace {

// Why a panel has nothing to show, and what to do about it.
QString nothingCameIn()
{
    return DashboardView::tr("No leads came in during these days. Choose a longer period above, or look at another pipeline.");
}

} // namespace

DashboardView::DashboardView(QWidget *parent)
    : QWidget(parent)
    , m_feed(new DashboardFeed(this))
    , m_period(new PeriodBar(this))
    , m_summary(new QLabel(this))
    , m_funnel(new BarChart(this))
    , m_conversion(new ReportTableModel(this))
    , m_outcomes(new OutcomeFigures(this))
    , m_lost(new BarChart(this))
    , m_forecastChart(new BarChart(this))
    , m_forecast(new ReportTableModel(this))
    , m_leakageFigures(new LeakageFigures(this))
    , m_leakage(new ReportTableModel(this))
    , m_handoff(new HandoffFigures(this))
    , m_speed(new SpeedFigures(this))
    , m_comparison(new ComparisonView(this))
    , m_timeInStage(new ReportTableModel(this))
    , m_owners(new ReportTableModel(this))
{
    setObjectName(u"dashboard"_s);
    m_summary->setObjectName(u"dashboardSummary"_s);
    m_summary->setWordWrap(true);
    auto *top = new QHBoxLayout;
    top->addWidget(m_period);
    top->addStretch(1);
    auto *exportButton = new QToolButton(this);
    exportButton->setObjectName(u"dashboardExport"_s);
    exportButton->setText(tr("E&xport"));
    exportButton->setPopupMode(QToolButton::InstantPopup);
    auto *exportMenu = new QMenu(exportButton);
    exportMenu->addAction(tr("As a &Picture (PNG)…"), this, [this] { exportFile(false); });
    exportMenu->addAction(tr("As a &PDF Report…"), this, [this] { exportFile(true); });
    exportButton->setMenu(exportMenu);
    top->addWidget(exportButton);

    auto *page = new QWidget;
    m_page = page;
    auto *grid = new QGridLayout(page);
    grid->addWidget(addPanel(u"comparisonPanel"_s, tr("Compared with the period before"),
                             tr("The headline figures of these days beside those of the period before (this quarter so far "
                                "against the same days of the last one), and the change."),
                             m_comparison),
                    0, 0, 1, 2);
    panel(u"comparisonPanel"_s)->hide(); // until a comparison is chosen above
    grid->addWidget(addPanel(u"funnelPanel"_s, tr("Funnel"),
                             tr("Leads created in these days, by the furthest stage each reached (a lead that skipped a stage "
                                "counts for it). In brackets: the share of those at the stage before. A bar lists its leads."),
                             m_funnel),
                    1, 0);
    grid->addWidget(addPanel(u"conversionPanel"_s, tr("Stage to stage"),
                             tr("Of the leads created in these days that reached a stage, the share that reached the next."),
                             tableView(m_conversion)),
                    1, 1);
    grid->addWidget(addPanel(u"outcomesPanel"_s, tr("Win rate and cycle"),
                             tr("Leads won or lost in these days, whenever they came in."), m_outcomes),
                    2, 0);
    grid->addWidget(addPanel(u"lostReasonsPanel"_s, tr("Lost reasons"), tr("Leads lost in these days, by the reason given. A bar lists its leads."), m_lost),
                    2, 1);
    grid->addWidget(addPanel(u"forecastPanel"_s, tr("Weighted forecast"),
                             tr("The leads open now (or at the end of the day chosen above), by the month their decision is "
                                "expected: their value times the win probability of the stage each is in. Parked leads are left out."),
                             chartAndTable(m_forecastChart, m_forecast)),
                    3, 0);
    grid->addWidget(addPanel(u"leakagePanel"_s, tr("Leakage"),
                             tr("The leads open or parked now (or at the end of the day chosen above) that nobody owns, that "
                                "have no next task planned, or that have had no activity for longer than their stage allows."),
                             chartAndTable(m_leakageFigures, m_leakage)),
                    3, 1);
    grid->addWidget(addPanel(u"handoffPanel"_s, tr("Handoff quality"),
                             tr("Leads marketing handed to sales in these days (their entry into the handoff stage), by "
                                "what sales did next: took them on, sent them back or to nurture, or disqualified them."),
                             m_handoff),
                    4, 0, 1, 2);
    grid->addWidget(addPanel(u"speedPanel"_s, tr("Speed to lead and SLAs"),
                             tr("The same handed-off leads: how soon their owner first called, e-mailed or met them, and "
                                "whether the handoff stage's two SLAs were kept, in the team's working hours."),
                             m_speed),
                    5, 0, 1, 2);
    grid->addWidget(addPanel(u"timeInStagePanel"_s, tr("Time in stage"),
                             tr("Stays in a stage that ended in these days, as median and p90. Leads still in a stage are "
                                "listed as waiting, never averaged in."),
                             tableView(m_timeInStage)),
                    6, 0, 1, 2);
    grid->addWidget(addPanel(u"ownersPanel"_s, tr("By owner"),
                             tr("Per owner: the leads that came in during these days, those won and lost in them, and how soon "
                                "the owner contacted the leads handed over (median, and the share within SLA 1)."),
                             tableView(m_owners)),
                    7, 0, 1, 2);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(page);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_summary);
    layout->addWidget(scroll, 1);

    for (const QString &name : {u"conversionPanel"_s, u"forecastPanel"_s, u"leakagePanel"_s, u"timeInStagePanel"_s, u"ownersPanel"_s}) {
        QToolButton *csv = panel(name)->addButton(tr("CSV…"), tr("Save this table for a spreadsheet"));
        csv->setObjectName(name + u"Csv"_s);
        connect(csv, &QToolButton::clicked, this, [this, name] { exportCsv(name); });
    }
    connect(m_leakageFigures, &FigureGrid::figureClicked, this, &DashboardView::listLeaking);
    connect(m_speed, &SpeedFigures::listRequested, this, &DashboardView::leadsRequested);
    connect(m_speed, &SpeedFigures::figureRequested, m_feed, &DashboardFeed::listLeads); // those a report counted
    // A funnel bar lists the leads that reached its stage; a lost reason's, those lost
    // for it: the store lists them when asked (today's report only counts them).
    connect(m_funnel, &BarChart::barClicked, this, [this](int step) {
        if (m_report && step >= 0 && step < m_report->total.funnel.size() && m_report->total.funnel.at(step).reached > 0) {
            const FunnelStep &reached = m_report->total.funnel.at(step);
            m_feed->listLeads(tr("Reached %1").arg(reached.stage), ReportFigure{ReportFigure::Kind::Reached, reached.stageId, {}, {}});
        }
    });
    connect(m_lost, &BarChart::barClicked, this, [this](int index) {
        const QList<Outcomes::Reason> &reasons = m_report ? m_report->total.outcomes.lostReasons : QList<Outcomes::Reason>();
        if (index >= 0 && index < reasons.size())
            m_feed->listLeads(tr("Lost: %1").arg(lostReasonLabel(reasons.at(index).code)),
                              ReportFigure{ReportFigure::Kind::Lost, 0, reasons.at(index).code, {}});
    });
    connect(m_feed, &DashboardFeed::listed, this, [this](const QString &title, const QList<qint64> &ids) {
        if (!ids.isEmpty())
            Q_EMIT leadsRequested(title, ids);
    });
    connect(m_feed, &DashboardFeed::listFailed, this, [this](const QString &message) {
        m_summary->setText(tr("The leads could not be listed: %1").arg(message));
    });
    connect(tableOf(u"leakagePanel"_s), &QTableView::activated, this, [this](const QModelIndex &index) { listLeakingIn(index.row()); });
    connect(tableOf(u"timeInStagePanel"_s), &QTableView::activated, this,
            [this](const QModelIndex &index) { listWaitingIn(index.row()); });
    tableOf(u"leakagePanel"_s)->setToolTip(tr("Double-click a stage to list its leaking leads"));
    tableOf(u"timeInStagePanel"_s)->setToolTip(tr("Double-click a stage to list the leads waiting in it"));
    m_changed.setSingleShot(true);
    m_changed.setInterval(1000);
    connect(&m_changed, &QTimer::timeout, this, &DashboardView::refresh);
    connect(m_period, &PeriodBar::periodChanged, this, &DashboardView::refresh);
    connect(m_feed, &DashboardFeed::partReady, this, &DashboardView::showReport);
    connect(m_feed, &DashboardFeed::ready, this, [this](const PipelineReport &report) {
        showReport(report);
        Q_EMIT refreshed(); // once per report asked for, not each time it is shown again
    });
    connect(m_feed, &DashboardFeed::failed, this, &DashboardView::showFailure);
    connect(m_feed, &DashboardFeed::comparedReady, this, [this](const PipelineReport &report) {
        m_compared = report;
        showComparison();
    });
    connect(m_feed, &DashboardFeed::comparedFailed, this, [this](const QString &message) {
        panel(u"comparisonPanel"_s)->showEmpty(tr("The numbers could not be computed: %1").arg(message));
    });
}

bool DashboardView::isRefreshing() const { return m_feed->isAwaiting(); }

DashboardView::~DashboardView() = default;

DashboardPanel *DashboardView::addPanel(const QString &name, const QString &title, const QString &counts, QWidget *content)
{
    auto *p = new DashboardPanel(title, counts, content, this);
    p->setObjectName(name);
    m_panels.append(p);
    return p;
}

QTableView *DashboardView::tableView(ReportTableModel *model)
{
    auto *view = new QTableView(this);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false); // one line a row, the same height each
    view->verticalHeader()->hide();
    // Numbers as wide as they and their headers need; the first column (a stage, an
    // owner, a month) takes the rest.
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->horizontalHeader()->setMinimumSectionSize(60);
    connect(model, &QAbstractItemModel::modelReset, view,
            [view] { view->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch); });
    view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    view->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_tables.append(view);
    return view;
}

QWidget *DashboardView::chartAndTable(QWidget *chart, ReportTableModel *model)
{
    auto *box = new QWidget(this);
    auto *column = new QVBoxLayout(box);
    column->setContentsMargins(0, 0, 0, 0);
    column->addWidget(chart);
    column->addWidget(tableView(model));
    column->addStretch(1);
    return box;
}

QTableView *DashboardView::tableOf(const QString &panelName) const
{
    QWidget *content = panel(panelName)->content();
    auto *table = qobject_cast<QTableView *>(content);
    return table ? table : content->findChild<QTableView *>();
}

void DashboardView::listLeaking(int reason)
{
    if (!m_report)
        return;
    int leaking = 0;
    for (const StageLeakage &stage : m_report->total.leakage.stages)
        leaking += reason == 0 ? stage.noOwner : reason == 1 ? stage.noNextTask : stage.rotting;
    if (leaking == 0)
        return; // no empty list
    const auto leak = reason == 0 ? ReportFigure::Leak::NoOwner : reason == 1 ? ReportFigure::Leak::NoNextTask : ReportFigure::Leak::Rotting;
    const QString title = reason == 0 ? tr("Leads nobody owns") : reason == 1 ? tr("Leads with no next task") : tr("Rotting leads");
    m_feed->listLeads(title, ReportFigure{ReportFigure::Kind::Leaking, 0, {}, leak});
}

void DashboardView::listLeakingIn(int stageRow)
{
    if (!m_report || stageRow < 0 || stageRow >= m_report->total.leakage.stages.size())
        return;
    const StageLeakage &stage = m_report->total.leakage.stages.at(stageRow);
    if (stage.leaking > 0)
        m_feed->listLeads(tr("Leaking in %1").arg(stage.stage), ReportFigure{ReportFigure::Kind::Leaking, stage.stageId, {}, {}});
}

void DashboardView::listWaitingIn(int stageRow)
{
    if (!m_report || stageRow < 0 || stageRow >= m_report->total.timeInStage.size())
        return;
    const StageTime &stage = m_report->total.timeInStage.at(stageRow);
    if (stage.waiting > 0)
        m_feed->listLeads(tr("Waiting in %1, the longest first").arg(stage.stage), ReportFigure{ReportFigure::Kind::Waiting, stage.stageId, {}, {}});
}

DashboardPanel *DashboardView::panel(const QString &objectName) const
{
    for (DashboardPanel *p : m_panels)
        if (p->objectName() == objectName)
            return p;
    return nullptr;
}

QString DashboardView::summaryText() const { return m_summary->text(); }

void DashboardView::setServices(ReportService *reports, PipelineService *pipelines, ChangeNotifier *notifier, const Principal &principal)
{
    if (m_notifier)
        disconnect(m_notifier, nullptr, this, nullptr);
    m_feed->setService(reports, principal);
    m_notifier = notifier;
    m_reasons.clear();
    if (m_notifier)
        connect(m_notifier, &ChangeNotifier::leadsChanged, this, [this] { m_changed.start(); });
    if (pipelines) // the reasons' labels, in the user's language
        FutureWatch::then(this, pipelines->lostReasons(principal), [this](const Result<QList<LostReason>> &reasons) {
            if (!reasons)
                return;
            m_reasons = *reasons;
            if (m_report)
                showReport(*m_report);
        });
    refresh();
}

void DashboardView::setPipeline(const Pipeline &pipeline)
{
    m_pipeline = pipeline;
    refresh();
}

void DashboardView::setFilter(const LeadFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    refresh();
}

void DashboardView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        refresh();
}

void DashboardView::refresh()
{
    m_changed.stop();
    m_feed->cancel(); // what this replaces
    if (!m_feed->hasService() || m_pipeline.id == 0) {
        m_report.reset();
        m_summary->clear();
        for (DashboardPanel *p : std::as_const(m_panels))
            p->showEmpty(tr("Open a database and choose a pipeline to see its numbers."));
        return;
    }
    if (!isVisible()) {
        m_stale = true;
        return;
    }
    m_stale = false;
    for (DashboardPanel *p : std::as_const(m_panels))
        p->setBusy(true);
    m_compared.reset();
    const auto before = m_period->compared();
    panel(u"comparisonPanel"_s)->setVisible(before.has_value());
    if (!before)
        panel(u"comparisonPanel"_s)->setBusy(false);
    std::optional<ReportRequest> compared;
    if (before)
        compared = ReportRequest{m_pipeline.id, before->from, before->to, m_filter, Breakdown::None, before->asOf, AllSections};
    // The owners' table is the whole report's groups: who came in, closed, and how fast
    // each owner answered.
    m_feed->request(ReportRequest{m_pipeline.id, m_period->from(), m_period->to(), m_filter, Breakdown::Owner, m_period->asOf(), AllSections,
                                  ReportSections{ReportSection::Cohort, ReportSection::Outcomes, ReportSection::Handoffs}},
                    compared);
}

void DashboardView::showComparison()
{
    if (!m_report || m_report->sections != AllSections || !m_compared)
        return; // the other is still on its way
    const QLocale locale;
    const auto title = [&locale](const PipelineReport &r) {
        const QString days = tr("%1 to %2").arg(locale.toString(r.period.from, QLocale::ShortFormat),
                                                locale.toString(r.period.to, QLocale::ShortFormat));
        return r.asOf.isValid() && r.asOf != r.period.to ? tr("%1, as of %2").arg(days, locale.toString(r.asOf, QLocale::ShortFormat)) : days;
    };
    m_comparison->setComparison(ReportComparison::of(m_report->total, m_compared->total), title(*m_report), title(*m_compared));
    panel(u"comparisonPanel"_s)->showContent();
    Q_EMIT comparisonShown();
}

QString DashboardView::lostReasonLabel(const QString &code) const
{
    if (code.isEmpty())
        return tr("(no reason given)");
    for (const LostReason &reason : m_reasons)
        if (reason.code == code)
            return reason.displayLabel();
    return code;
}

void DashboardView::showReport(const PipelineReport &report)
{
    // Part by part (DashboardFeed), each time with every part so far.
    m_report = report;
    const ReportSections has = report.sections;
    const ReportPart &total = report.total;
    const QLocale locale;
    // The headline's counts once their sections have come (another part may come first).
    const QString from = locale.toString(report.period.from, QLocale::ShortFormat), to = locale.toString(report.period.to, QLocale::ShortFormat);
    const QString summary = has.testFlags(ReportSections(ReportSection::Cohort) | ReportSection::Outcomes)
                                ? tr("%1, %2 to %3: %4 lead(s) came in, %5 won and %6 lost.", "", NumberFormat::pluralN(total.cohort))
                                      .arg(m_pipeline.name, from, to, NumberFormat::integer(total.cohort),
                                           NumberFormat::integer(total.outcomes.won), NumberFormat::integer(total.outcomes.lost))
                                : tr("%1, %2 to %3: counting the leads…").arg(m_pipeline.name, from, to);
    m_summary->setText(report.asOf.isValid()
                           ? tr("As of the end of %1, from history. %2").arg(locale.toString(report.asOf, QLocale::LongFormat), summary)
                           : summary);
    const auto showIf = [this](const QString &name, bool shown, const QString &why) {
        if (shown)
            panel(name)->showContent();
        else
            panel(name)->showEmpty(why);
    };
    // The tables of the whole; the report's groups are the owners'.
    const PipelineReport whole{report.period, report.now, Breakdown::None, total, {}, report.asOf, has, {}};
    const bool cameIn = total.cohort > 0;
    const bool closed = total.outcomes.won + total.outcomes.lost > 0;
    if (has.testFlag(ReportSection::Cohort)) {
        QList<BarChart::Bar> steps;
        for (const FunnelStep &step : total.funnel) {
            const QString share = step.conversion ? ReportTable::text(*step.conversion, ReportTable::Type::Share) : QString();
            steps.append({share.isEmpty() ? step.stage : tr("%1 (%2)").arg(step.stage, share), double(step.reached)});
        }
        m_funnel->setBars(steps, tr("Leads"), ChartPalette::colour(0));
        m_conversion->setTable(ReportTable(ReportTable::Kind::Conversion, whole));
        showIf(u"funnelPanel"_s, cameIn, nothingCameIn());
        showIf(u"conversionPanel"_s, cameIn, nothingCameIn());
    }
    if (has.testFlag(ReportSection::Outcomes)) {
        m_outcomes->setOutcomes(total.outcomes);
        QList<BarChart::Bar> reasons;
        for (const Outcomes::Reason &reason : total.outcomes.lostReasons)
            reasons.append({tr("%1 (%2)").arg(lostReasonLabel(reason.code), ReportTable::text(reason.share, ReportTable::Type::Share)),
                            double(reason.count)});
        m_lost->setBars(reasons, tr("Leads"), ChartPalette::colour(3));
        showIf(u"outcomesPanel"_s, closed, tr("No lead was won or lost in these days. Choose a longer period above."));
        showIf(u"lostReasonsPanel"_s, total.outcomes.lost > 0, tr("No lead was lost in these days."));
    }
    if (has.testFlag(ReportSection::OpenLeads)) {
        showForecast(total, whole);
        m_leakage->setTable(ReportTable(ReportTable::Kind::Leakage, whole));
        m_leakageFigures->setLeakage(total.leakage);
        const bool open = std::any_of(total.leakage.stages.cbegin(), total.leakage.stages.cend(),
                                      [](const StageLeakage &stage) { return stage.leads > 0; });
        const QString noneOpen = tr("No lead is open in this pipeline now: every one is won or lost.");
        showIf(u"forecastPanel"_s, !total.forecast.isEmpty(), noneOpen);
        showIf(u"leakagePanel"_s, open, noneOpen);
    }
    if (has.testFlag(ReportSection::Stays)) {
        m_timeInStage->setTable(ReportTable(ReportTable::Kind::TimeInStage, whole));
        bool stays = false;
        for (const StageTime &stage : total.timeInStage)
            stays = stays || stage.durations.count > 0 || stage.waiting > 0;
        showIf(u"timeInStagePanel"_s, stays, tr("No lead left a stage in these days, and none is waiting in one."));
    }
    if (has.testFlag(ReportSection::Handoffs)) {
        m_handoff->setHandoff(total.handoff, [this](const QString &code) { return lostReasonLabel(code); });
        m_speed->setSpeed(total.speed);
        const QString noHandoff = total.handoff.handoffStageId == 0
                                      ? tr("This pipeline has no handoff stage: name one in the scoring configuration (lejek-cli config).")
                                      : tr("No lead was handed off to sales in these days.");
        showIf(u"handoffPanel"_s, total.handoff.handedOff > 0, noHandoff);
        showIf(u"speedPanel"_s, total.speed.handedOff > 0, noHandoff);
    }
    // The owners' parts have come (their handoffs come apart from the rest).
    if (report.by == Breakdown::Owner && report.groupSections.testFlags(ReportTable::sectionsOf(ReportTable::Kind::Owners))) {
        m_owners->setTable(ReportTable(ReportTable::Kind::Owners, report));
        showIf(u"ownersPanel"_s, cameIn || closed, nothingCameIn());
    }
    // The page scrolls, not each table: a table is as tall as its rows.
    for (QTableView *view : std::as_const(m_tables))
        view->setFixedHeight(view->horizontalHeader()->sizeHint().height() + 2 * view->frameWidth()
                             + view->model()->rowCount() * view->verticalHeader()->defaultSectionSize());
    if (has == AllSections)
        showComparison();
}

void DashboardView::showForecast(const ReportPart &part, const PipelineReport &whole)
{
    m_forecast->setTable(ReportTable(ReportTable::Kind::Forecast, whole));
    // The chart shows one currency, the one with the most weighted value (a pipeline
    // rarely has two; the table lists them all).
    QHash<QString, qint64> byCurrency;
    for (const ForecastMonth &month : part.forecast)
        byCurrency[month.currency] += month.weighted;
    QString currency;
    for (auto it = byCurrency.cbegin(); it != byCurrency.cend(); ++it)
        if (currency.isEmpty() || it.value() > byCurrency.value(currency))
            currency = it.key();
    QList<BarChart::Bar> months;
    for (const ForecastMonth &month : part.forecast)
        if (month.currency == currency)
            months.append({ReportTable::text(month.month.isValid() ? QVariant(month.month) : QVariant(), ReportTable::Type::Month),
                           std::round(Money::toMajor(month.weighted))});
    m_forecastChart->setBars(months, tr("Weighted value (%1)").arg(currency), ChartPalette::colour(2));
}

void DashboardView::showFailure(const QString &message)
{
    for (DashboardPanel *p : std::as_const(m_panels))
        p->showEmpty(tr("The numbers could not be computed: %1").arg(message));
    Q_EMIT failed(message);
}

void DashboardView::exportCsv(const QString &panelName)
{
    const QString suggested = QDir::home().filePath(u"%1 - %2.csv"_s.arg(m_pipeline.name, panel(panelName)->title()));
    const QString path = FileDialogs::saveFileName(this, tr("Save Table"), suggested, tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        saveCsv(panelName, path);
}

void DashboardView::exportFile(bool pdf)
{
    const QString name = u"%1 - %2"_s.arg(m_pipeline.name, tr("dashboard"));
    const QString path = pdf ? FileDialogs::saveFileName(this, tr("Save as PDF"), QDir::home().filePath(name + u".pdf"_s), tr("PDF files (*.pdf)"))
                             : FileDialogs::saveFileName(this, tr("Save as Picture"), QDir::home().filePath(name + u".png"_s), tr("PNG pictures (*.png)"));
    if (path.isEmpty())
        return;
    if (pdf)
        savePdf(path);
    else
        savePng(path);
}

void DashboardView::savePng(const QString &path)
{
    // The whole page, not only what the window shows of it.
    const QImage image = m_page->grab().toImage();
    writeBeside(path, [path, image] { return DashboardExport::writePng(path, image); });
}

void DashboardView::savePdf(const QString &path)
{
    DashboardExport::Report report;
    report.title = tr("%1: sales dashboard").arg(m_pipeline.name);
    const QLocale locale;
    if (m_report)
        report.about.append(tr("Days: %1 to %2 (both included)")
                                .arg(locale.toString(m_report->period.from, QLocale::LongFormat),
                                     locale.toString(m_report->period.to, QLocale::LongFormat)));
    report.about.append(tr("Leads: %1").arg(m_filterSummary.isEmpty() ? tr("all the leads you may see") : m_filterSummary));
    if (!m_summary->text().isEmpty())
        report.about.append(m_summary->text());
    report.about.append(tr("Made on %1").arg(locale.toString(QDateTime::currentDateTime(), QLocale::LongFormat)));
    // Twice as sharp as the screen: the page is printed finer than it is shown.
    for (DashboardPanel *p : std::as_const(m_panels)) {
        if (p->isHidden())
            continue; // the comparison, when none is chosen
        QImage image(p->size() * 2, QImage::Format_ARGB32_Premultiplied);
        image.setDevicePixelRatio(2);
        image.fill(palette().color(QPalette::Window));
        p->render(&image);
        report.panels.append(image);
    }
    writeBeside(path, [path, report] { return DashboardExport::writePdf(path, report); });
}

void DashboardView::writeBeside(const QString &path, std::function<QString()> write)
{
    FutureWatch::then(this, QtConcurrent::run(std::move(write)), [this, path](const QString &error) {
        if (error.isEmpty())
            Q_EMIT saved(path);
        else
            Q_EMIT failed(tr("Could not save %1: %2").arg(QDir::toNativeSeparators(path), error));
    });
}

void DashboardView::saveCsv(const QString &panelName, const QString &path, const QLocale &locale)
{
    const QTableView *view = tableOf(panelName);
    const auto *model = view ? qobject_cast<const ReportTableModel *>(view->model()) : nullptr;
    if (!model || !model->table())
        return;
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    (void)ReportTableCsv::write(&buffer, *model->table(), ReportTableCsv::Style::ForSpreadsheets, locale); // memory does not fail
    // The disk may be slow: written beside the UI thread, whole or not at all.
    writeBeside(path, [path, bytes = buffer.data()]() -> QString {
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
            return file.errorString();
        return QString();
    });
}

} // namespace lejek::app
