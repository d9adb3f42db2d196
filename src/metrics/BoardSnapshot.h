// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "LeadPath.h"

namespace lejek {

// One column (or the Won / Lost tile) of a board: its leads, their value and the value
// weighted by the stage's win probability, as the board's header writes them.
struct BoardColumn {
    Stage stage; // as configured then
    qint64 count = 0;
    qint64 valueMinor = 0;
    qint64 weightedMinor = 0;
};

// The board as it stood at the end of a day, from history: each lead in the stage it
// had last entered before `end` (leads created later did not exist), counted in the
// columns of the stage configuration in force then (`stagesThen`, StageVersion::asOf),
// in its order and with its probabilities. Weighted as LeadRepository::totals weighs
// today's board: the column's value × probability / 100. Values are the leads' own
// (the value history is not kept by id yet).
class BoardSnapshot
{
public:
    static QList<BoardColumn> compute(const QList<Stage> &stagesThen, const QList<LeadPath> &leads, const QDateTime &end);
};

} // namespace lejek
