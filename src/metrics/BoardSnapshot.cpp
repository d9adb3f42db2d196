// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "BoardSnapshot.h"

namespace lejek {

QList<BoardColumn> BoardSnapshot::compute(const QList<Stage> &stagesThen, const QHash<qint64, StageTotals> &byStage)
{
    QList<BoardColumn> columns;
    for (const Stage &stage : stagesThen) {
        const StageTotals t = byStage.value(stage.id);
        columns.append(BoardColumn{stage, t.count, t.valueMinor, t.valueMinor * stage.probability / 100});
    }
    return columns;
}

} // namespace lejek
