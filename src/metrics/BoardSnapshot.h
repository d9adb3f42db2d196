// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Stage.h"
#include "StageTotals.h"

#include <QHash>
#include <QList>

namespace lejek {

// One column (or the Won / Lost tile) of a board: its leads, their value and the value
// weighted by the stage's win probability, as the board's header writes them.
struct BoardColumn {
    Stage stage; // as configured then
    qint64 count = 0;
    qint64 valueMinor = 0;
    qint64 weightedMinor = 0;
};

// The board as it stood at the end of a day: `byStage` holds, per stage, the leads in
// the stage they had last entered before that end (StageStayRepository::board, from
// history), laid out in the columns of the stage configuration in force then
// (`stagesThen`, StageVersion::asOf), in its order and weighted by its probabilities as
// LeadRepository::totals weighs today's board: the column's value × probability / 100.
// Leads in a stage the configuration then lacks are in no column. Values are the
// leads' own (the value history is not kept by id yet).
class BoardSnapshot
{
public:
    static QList<BoardColumn> compute(const QList<Stage> &stagesThen, const QHash<qint64, StageTotals> &byStage);
};

} // namespace lejek
