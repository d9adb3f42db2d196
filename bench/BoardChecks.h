// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What bench_board waits for on the board: the cards on screen loaded, nothing pending.
#include <QList>
#include <QModelIndex>

namespace lejek::app {
class BoardView;
class StageColumn;
} // namespace lejek::app

namespace lejek::bench {

// The rows the column's viewport shows; empty before its first layout.
QList<QModelIndex> visibleRows(app::StageColumn *column);
// Every card the viewport shows has its lead (no "Loading…" placeholder).
bool showsLoadedCards(app::StageColumn *column);
// The board has its totals and every column shows loaded cards.
bool boardShowsLoadedCards(const app::BoardView &board);
// No move pending, no column reloading or waiting for a page.
bool boardIsQuiet(const app::BoardView &board);

} // namespace lejek::bench
