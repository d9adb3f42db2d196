// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "BoardView.h"

#include "ChangeNotifier.h"
#include "ClosedStageTile.h"
#include "LeadCardDelegate.h"
#include "LeadMover.h"
#include "LeadService.h"
#include "StageColumn.h"
#include "StageHeader.h"
#include "StageLeadModel.h"
#include "StageListView.h"
#include "ThinScrollBarStyle.h"
#include "application/FutureWatch.h"

#include <QFuture>
#include <QUndoStack>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QScrollArea>
#include <QScrollBar>
#include <QVBoxLayout>

namespace lejek::app {

using namespace Qt::Literals::StringLiterals;

namespace {
constexpr int ColumnSpacing = 8;
// Change notifications arriving within this many milliseconds share one refresh.
constexpr int CoalesceMs = 30;
} // namespace

BoardView::BoardView(QWidget *parent)
    : QWidget(parent)
    , m_delegate(new LeadCardDelegate(this))
    , m_mover(new LeadMover(this))
    , m_emptyBanner(new QLabel(this))
    , m_scroll(new QScrollArea(this))
    , m_columnsHost(new QWidget)
    , m_closedStrip(new QWidget(this))
{
    setObjectName(u"board"_s);
    m_emptyBanner->setObjectName(u"emptyPipelineBanner"_s);
    m_emptyBanner->setWordWrap(true);
    m_emptyBanner->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_emptyBanner->setContentsMargins(12, 8, 12, 8);
    m_emptyBanner->setAutoFillBackground(true);
    m_emptyBanner->setBackgroundRole(QPalette::AlternateBase);
    m_emptyBanner->hide();

    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_scroll->setWidget(m_columnsHost);
    auto *columnsLayout = new QHBoxLayout(m_columnsHost);
    columnsLayout->setContentsMargins(0, 0, 0, 0);
    columnsLayout->setSpacing(ColumnSpacing);

    m_closedStrip->setObjectName(u"closedStrip"_s);
    auto *stripLayout = new QVBoxLayout(m_closedStrip);
    stripLayout->setContentsMargins(0, 0, 0, 0);
    stripLayout->setSpacing(ColumnSpacing);
    m_closedStrip->setFixedWidth(140);
    m_closedStrip->hide();

    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(ColumnSpacing);
    row->addWidget(m_scroll, 1);
    row->addWidget(m_closedStrip);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(ColumnSpacing, ColumnSpacing, ColumnSpacing, 0);
    layout->setSpacing(ColumnSpacing);
    layout->addWidget(m_emptyBanner);
    layout->addLayout(row, 1);

    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setInterval(CoalesceMs);
    connect(&m_refreshTimer, &QTimer::timeout, this, &BoardView::loadTotals);
}

BoardView::~BoardView()
{
    // The columns' scroll bars use m_scrollBarStyle: they go first.
    clearColumns();
}

void BoardView::setServices(LeadService *leads, ChangeNotifier *notifier, const Principal &principal)
{
    if (m_notifier)
        disconnect(m_notifier, nullptr, this, nullptr);
    clearColumns();
    m_pipeline = Pipeline();
    m_leads = leads;
    m_notifier = notifier;
    m_principal = principal;
    m_mover->setServices(leads, principal);
    if (m_notifier)
        connect(m_notifier, &ChangeNotifier::leadsChanged, this, &BoardView::onLeadsChanged);
}

void BoardView::setEmptyPipelineText(const QString &text)
{
    m_emptyBanner->setText(text);
    m_emptyBanner->setVisible(m_hasTotals && m_totalLeads == 0 && !text.isEmpty());
}

StageColumn *BoardView::column(qint64 stageId) const
{
    for (StageColumn *c : m_columns)
        if (c->stage().id == stageId)
            return c;
    return nullptr;
}

void BoardView::clearColumns()
{
    ++m_epoch;
    m_refreshTimer.stop();
    m_dirtyStages.clear();
    m_dirtyAll = false;
    m_hasTotals = false;
    m_totalLeads = 0;
    qDeleteAll(m_columns);
    m_columns.clear();
    qDeleteAll(m_closedTiles);
    m_closedTiles.clear();
    QLayoutItem *item;
    while ((item = m_closedStrip->layout()->takeAt(0)) != nullptr) {
        delete item->widget();
        delete item;
    }
    m_closedStrip->hide();
    m_emptyBanner->hide();
}

void BoardView::setPipeline(const Pipeline &pipeline)
{
    clearColumns();
    m_pipeline = pipeline;
    m_mover->setPipeline(pipeline);
    if (!m_leads)
        return;
    auto *columnsLayout = static_cast<QHBoxLayout *>(m_columnsHost->layout());
    bool first = true;
    for (const Stage &stage : pipeline.stages) {
        if (stage.isClosed()) {
            auto *tile = new ClosedStageTile(stage, m_closedStrip);
            tile->setDropAdvisor([this, stage](const LeadDragPayload &payload) { return m_mover->adviseDrop(payload, stage); });
            connect(tile, &ClosedStageTile::leadsDropped, this,
                [this, id = stage.id](const LeadDragPayload &payload) { m_mover->requestMove(payload.leadIds(), id); });
            m_closedTiles.append(tile);
            m_closedStrip->layout()->addWidget(tile);
            continue;
        }
        auto *column = new StageColumn(*m_leads, m_principal, pipeline.id, stage, m_delegate, first, m_columnsHost);
        first = false;
        m_columns.append(column);
        columnsLayout->addWidget(column, 1);
        column->view()->verticalScrollBar()->setStyle(m_scrollBarStyle.get());
        column->model()->setPipeline(pipeline);
        column->model()->setFilter(m_filter);
        column->model()->setSort(m_sort, m_descending);
        connect(column->model(), &StageLeadModel::loadFailed, this, &BoardView::errorOccurred);
        StageListView *view = column->view();
        view->setDropAdvisor([this, stage](const LeadDragPayload &payload) { return m_mover->adviseDrop(payload, stage); });
        connect(view, &StageListView::leadsDropped, this,
            [this, id = stage.id](const LeadDragPayload &payload) { m_mover->requestMove(payload.leadIds(), id); });
        connect(view, &StageListView::moveSelectionRequested, this,
            [this, column](int direction) { moveSelection(column, direction); });
        connect(view, &StageListView::focusNeighbourRequested, this,
            [this, column](int direction) { focusNeighbour(column, direction); });
        connect(view, &StageListView::contextMenuRequested, this,
            [this, column](const QPoint &pos) { showMoveMenu(column, pos); });
        connect(view, &StageListView::openRequested, this, &BoardView::leadOpenRequested);
    }
    if (!m_closedTiles.isEmpty()) {
        static_cast<QVBoxLayout *>(m_closedStrip->layout())->addStretch(1);
        m_closedStrip->show();
    }
    loadTotals();
}

void BoardView::refresh()
{
    if (!m_leads || m_pipeline.id == 0)
        return;
    m_dirtyAll = true;
    m_refreshTimer.start();
}

void BoardView::refreshStages(const QSet<qint64> &stageIds)
{
    if (!m_leads || m_pipeline.id == 0)
        return;
    m_dirtyStages.unite(stageIds);
    m_refreshTimer.start();
}

void BoardView::setFilter(const LeadFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    for (StageColumn *c : std::as_const(m_columns))
        c->model()->setFilter(filter);
    refresh();
}

void BoardView::setSort(LeadSort sort, bool descending)
{
    if (sort == m_sort && descending == m_descending)
        return;
    m_sort = sort;
    m_descending = descending;
    for (StageColumn *c : std::as_const(m_columns))
        c->model()->setSort(sort, descending);
    refresh();
}

void BoardView::moveSelection(StageColumn *column, int direction)
{
    const qsizetype index = m_columns.indexOf(column) + direction;
    if (index < 0 || index >= m_columns.size())
        return;
    const QList<qint64> ids = column->view()->selectedLeadIds();
    if (!ids.isEmpty())
        m_mover->requestMove(ids, m_columns.at(index)->stage().id);
}

void BoardView::focusNeighbour(StageColumn *column, int direction)
{
    const qsizetype index = m_columns.indexOf(column) + direction;
    if (index < 0 || index >= m_columns.size())
        return;
    StageColumn *next = m_columns.at(index);
    m_scroll->ensureWidgetVisible(next, 0, 0);
    next->view()->setFocus(Qt::TabFocusReason);
}

QMenu *BoardView::createMoveMenu(StageColumn *column, QWidget *parent)
{
    auto *menu = new QMenu(tr("Move to"), parent);
    menu->setObjectName(u"moveMenu"_s);
    const QList<qint64> ids = column->view()->selectedLeadIds();
    for (const Stage &stage : std::as_const(m_pipeline.stages)) {
        if (stage.id == column->stage().id)
            continue;
        QString text = stage.displayName(locale());
        if (stage.kind == StageKind::Won || stage.kind == StageKind::Lost)
            text += u"…"_s;
        QAction *action = menu->addAction(text);
        action->setData(stage.id);
        action->setEnabled(!ids.isEmpty());
        connect(action, &QAction::triggered, this, [this, ids, id = stage.id] { m_mover->requestMove(ids, id); });
    }
    return menu;
}

void BoardView::showMoveMenu(StageColumn *column, const QPoint &globalPos)
{
    if (column->view()->selectedLeadIds().isEmpty())
        return;
    auto *menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    const qint64 current = column->view()->currentIndex().data(StageLeadModel::LeadIdRole).toLongLong();
    if (current) {
        QAction *open = menu->addAction(tr("&Open"), this, [this, current] { Q_EMIT leadOpenRequested(current, false); });
        open->setShortcut(Qt::Key_Return);
        menu->addAction(tr("Open in a &New Window"), this, [this, current] { Q_EMIT leadOpenRequested(current, true); })
            ->setShortcut(Qt::SHIFT | Qt::Key_Return);
        menu->setDefaultAction(open);
        menu->addSeparator();
    }
    QMenu *moveTo = createMoveMenu(column, menu);
    menu->addMenu(moveTo);
    menu->addSeparator();
    menu->addAction(m_mover->undoStack()->createUndoAction(menu, tr("Undo")));
    menu->popup(globalPos);
}

void BoardView::onLeadsChanged(const LeadChange &change)
{
    if (m_pipeline.id == 0 || (change.pipelineId != 0 && change.pipelineId != m_pipeline.id))
        return;
    if (change.everything) {
        // Made elsewhere and not pinned down: any column may differ.
        m_dirtyAll = true;
        m_refreshTimer.start();
        return;
    }
    for (qint64 id : change.fromStageIds)
        m_dirtyStages.insert(id);
    for (qint64 id : change.toStageIds)
        m_dirtyStages.insert(id);
    if (change.fromStageIds.isEmpty() && change.toStageIds.isEmpty()) {
        // An activity or a task: the lead stays in its stage but may sort and rot
        // differently; refresh the column that shows it.
        for (StageColumn *c : std::as_const(m_columns)) {
            for (qint64 leadId : change.leadIds) {
                if (c->model()->containsLead(leadId)) {
                    m_dirtyStages.insert(c->stage().id);
                    break;
                }
            }
        }
    }
    m_refreshTimer.start();
}

void BoardView::loadTotals()
{
    if (!m_leads || m_pipeline.id == 0)
        return;
    const quint64 request = ++m_totalsRequest;
    FutureWatch::then(this, m_leads->stageTotals(m_principal, m_pipeline.id, m_filter),
        [this, epoch = m_epoch, request](const Result<QList<StageTotals>> &totals) {
            if (epoch != m_epoch)
                return; // another pipeline or database meanwhile
            if (request != m_totalsRequest) {
                // A newer query (another filter, say) is on its way: its answer counts.
                return;
            }
            if (!totals) {
                Q_EMIT errorOccurred(totals.error().message);
                return;
            }
            applyTotals(*totals);
        });
}

void BoardView::applyTotals(const QList<StageTotals> &totals)
{
    const QSet<qint64> dirty = std::exchange(m_dirtyStages, {});
    const bool all = std::exchange(m_dirtyAll, false);
    m_totalLeads = 0;
    for (const StageTotals &t : totals) {
        m_totalLeads += t.count;
        if (StageColumn *c = column(t.stageId)) {
            if (all || dirty.contains(t.stageId))
                c->reload(t);
            else
                c->setTotals(t);
            continue;
        }
        for (ClosedStageTile *tile : std::as_const(m_closedTiles))
            if (tile->stage().id == t.stageId)
                tile->setTotals(t);
    }
    m_hasTotals = true;
    m_emptyBanner->setVisible(m_totalLeads == 0 && !m_emptyBanner->text().isEmpty());
    Q_EMIT totalsLoaded(m_totalLeads);
}

} // namespace lejek::app
