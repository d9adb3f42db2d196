// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "LeadChange.h"
#include "LeadFilter.h"
#include "Pipeline.h"
#include "Principal.h"
#include "StageTotals.h"

#include <QList>
#include <QSet>
#include <QTimer>
#include <QWidget>

#include <memory>

class QLabel;
class QMenu;
class QScrollArea;

namespace lejek {
class ChangeNotifier;
class LeadService;
} // namespace lejek

namespace lejek::app {

class ClosedStageTile;
class LeadCardDelegate;
class LeadMover;
class StageColumn;
class ThinScrollBarStyle;

// The pipeline board: a column per open and parked stage, in the pipeline's order,
// and a strip on the right with the won and lost stages' counts and sums. Column
// headers come from one aggregate query (LeadService::stageTotals); the board follows
// the services' change notifications and refreshes only the stages a change touched,
// keeping each column's scroll position and selection. Cards move by drag and drop,
// Ctrl+Shift+Left/Right and the context menu's "Move to"; LeadMover carries the moves
// out (gates, dialogs, optimistic display, undo).
class BoardView : public QWidget
{
    Q_OBJECT
public:
    explicit BoardView(QWidget *parent = nullptr);
    ~BoardView() override;

    // The services to read from; nullptr detaches (the columns go).
    // `principal`: who works the board; it shows what they may see and moves as them.
    void setServices(LeadService *leads, ChangeNotifier *notifier, const Principal &principal);
    void setPipeline(const Pipeline &pipeline);
    const Pipeline &pipeline() const { return m_pipeline; }
    // Shown above the columns while the pipeline has no lead at all.
    void setEmptyPipelineText(const QString &text);

    // Reloads the totals and every column's pages.
    void refresh();
    // Reloads the totals and these stages' pages (soon: calls close together share one).
    void refreshStages(const QSet<qint64> &stageIds);
    // What every column shows and how it is ordered; both run in SQL.
    void setFilter(const LeadFilter &filter);
    const LeadFilter &filter() const { return m_filter; }
    void setSort(LeadSort sort, bool descending);

    LeadMover *mover() const { return m_mover; }
    // "Move to" for the column's selected cards: every other stage; the caller owns it.
    QMenu *createMoveMenu(StageColumn *column, QWidget *parent);

    const QList<StageColumn *> &columns() const { return m_columns; }
    const QList<ClosedStageTile *> &closedTiles() const { return m_closedTiles; }
    StageColumn *column(qint64 stageId) const;
    bool hasTotals() const { return m_hasTotals; }
    qint64 totalLeads() const { return m_totalLeads; }

Q_SIGNALS:
    // After every totals refresh.
    void totalsLoaded(qint64 totalLeads);
    void errorOccurred(const QString &message);
    // Enter, a double-click or "Open" on a card.
    void leadOpenRequested(qint64 leadId, bool newWindow);

private:
    void clearColumns();
    void moveSelection(StageColumn *column, int direction);
    void focusNeighbour(StageColumn *column, int direction);
    void showMoveMenu(StageColumn *column, const QPoint &globalPos);
    void onLeadsChanged(const lejek::LeadChange &change);
    void loadTotals();
    void applyTotals(const QList<StageTotals> &totals);

    LeadService *m_leads = nullptr;
    Principal m_principal;
    ChangeNotifier *m_notifier = nullptr;
    Pipeline m_pipeline;
    quint64 m_epoch = 0; // bumped when the pipeline or services change
    quint64 m_totalsRequest = 0; // the latest totals query; older answers are dropped
    // Outlives the columns' scroll bars (see ~BoardView).
    std::unique_ptr<ThinScrollBarStyle> m_scrollBarStyle;
    LeadCardDelegate *m_delegate;
    LeadMover *m_mover;
    LeadFilter m_filter;
    LeadSort m_sort = LeadSort::LastActivity;
    bool m_descending = true;
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
