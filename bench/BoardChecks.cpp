// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "BoardChecks.h"

#include "board/BoardView.h"
#include "board/LeadMover.h"
#include "board/StageColumn.h"
#include "board/StageLeadModel.h"
#include "board/StageListView.h"

#include <algorithm>

namespace lejek::bench {

QList<QModelIndex> visibleRows(app::StageColumn *column)
{
    app::StageListView *view = column->view();
    const QRect area = view->viewport()->rect();
    const QModelIndex first = view->indexAt(QPoint(area.center().x(), area.top() + 1));
    if (!first.isValid())
        return {};
    QModelIndex last = view->indexAt(QPoint(area.center().x(), area.bottom() - 1));
    if (!last.isValid())
        last = column->model()->index(column->model()->rowCount() - 1);
    QList<QModelIndex> rows;
    for (int r = first.row(); r <= last.row(); ++r)
        rows.append(column->model()->index(r));
    return rows;
}

bool showsLoadedCards(app::StageColumn *column)
{
    if (column->model()->rowCount() == 0)
        return true;
    const QList<QModelIndex> rows = visibleRows(column);
    return !rows.isEmpty() && std::all_of(rows.cbegin(), rows.cend(), [](const QModelIndex &index) {
        return index.data(app::StageLeadModel::LoadedRole).toBool();
    });
}

bool boardShowsLoadedCards(const app::BoardView &board)
{
    const auto &columns = board.columns();
    return board.hasTotals() && std::all_of(columns.cbegin(), columns.cend(), showsLoadedCards);
}

bool boardIsQuiet(const app::BoardView &board)
{
    if (board.mover()->pendingMoves() > 0)
        return false;
    const auto &columns = board.columns();
    return std::none_of(columns.cbegin(), columns.cend(),
        [](app::StageColumn *c) { return c->model()->isReloading() || c->model()->pendingRequests() > 0; });
}

} // namespace lejek::bench
