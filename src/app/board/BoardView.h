// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "LeadChange.h"
#include "Pipeline.h"
#include "StageTotals.h"

#include <QList>
#include <QSet>
#include <QTimer>
#include <QWidget>

#include <memory>

class QLabel;
class QScrollArea;

namespace lejek {
class ChangeNotifier;
class LeadService;
} // namespace lejek

namespace lejek::app {

class ClosedStageTile;
class LeadCardDelegate;
class StageColumn;
class ThinScrollBarStyle;

// The pipeline board: a column per open and parked stage, in the pipeline's order,
// and a strip on the right with the won and lost stages' counts and sums. Column
// headers come from one aggregate query (LeadService::stageTotals); the board follows
// the services' change notifications and refreshes only the stages a change touched.
class BoardView : public QWidget
{
    Q_OBJECT
public:
    explicit BoardView(QWidget *parent = nullptr);
    ~BoardView() override;

    // The services to read from; nullptr detaches (the columns go).
    void setServices(LeadService *leads, ChangeNotifier *notifier);
    void setPipeline(const Pipeline &pipeline);
    const Pipeline &pipeline() const { return m_pipeline; }
    // Shown above the columns while the pipeline has no lead at all.
    void setEmptyPipelineText(const QString &text);

    // Reloads the totals and every column's pages.
    void refresh();

    const QList<StageColumn *> &columns() const { return m_columns; }
    const QList<ClosedStageTile *> &closedTiles() const { return m_closedTiles; }
    StageColumn *column(qint64 stageId) const;
    bool hasTotals() const { return m_hasTotals; }
    qint64 totalLeads() const { return m_totalLeads; }

Q_SIGNALS:
    // After every totals refresh.
    void totalsLoaded(qint64 totalLeads);
    void errorOccurred(const QString &message);

private:
    void clearColumns();
    void onLeadsChanged(const lejek::LeadChange &change);
    void loadTotals();
    void applyTotals(const QList<StageTotals> &totals);

    LeadService *m_leads = nullptr;
    ChangeNotifier *m_notifier = nullptr;
    Pipeline m_pipeline;
    quint64 m_epoch = 0; // bumped when the pipeline or services change
    // Outlives the columns' scroll bars (see ~BoardView).
    std::unique_ptr<ThinScrollBarStyle> m_scrollBarStyle;
    LeadCardDelegate *m_delegate;
    QLabel *m_emptyBanner;
    QScrollArea *m_scroll;
    QWidget *m_columnsHost;
    QWidget *m_closedStrip;
    QList<StageColumn *> m_columns;
    QList<ClosedStageTile *> m_closedTiles;
    // Stages whose pages are stale; refreshed with the next totals.
    QSet<qint64> m_dirtyStages;
    bool m_dirtyAll = false;
    QTimer m_refreshTimer;
    bool m_hasTotals = false;
    qint64 m_totalLeads = 0;
};

} // namespace lejek::app
