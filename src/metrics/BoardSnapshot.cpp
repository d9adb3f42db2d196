// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "BoardSnapshot.h"

#include <QHash>

namespace lejek {

QList<BoardColumn> BoardSnapshot::compute(const QList<Stage> &stagesThen, const QList<LeadPath> &leads, const QDateTime &end)
{
    QList<BoardColumn> columns;
    QHash<qint64, qsizetype> column; // stage id -> index
    for (const Stage &stage : stagesThen) {
        column.insert(stage.id, columns.size());
        columns.append(BoardColumn{stage, 0, 0, 0});
    }
    for (const LeadPath &lead : leads) {
        qint64 stageId = 0;
        for (const LeadPath::Entry &entry : lead.entries) {
            if (entry.at >= end)
                break; // entries are in time order
            stageId = entry.stageId;
        }
        const auto at = column.constFind(stageId);
        if (at == column.cend())
            continue; // not yet created then (or in a stage the configuration then lacks)
        BoardColumn &c = columns[*at];
        ++c.count;
        c.valueMinor += lead.value.value_or(0);
    }
    for (BoardColumn &c : columns)
        c.weightedMinor = c.valueMinor * c.stage.probability / 100;
    return columns;
}

} // namespace lejek
