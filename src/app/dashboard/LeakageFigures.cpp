// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "LeakageFigures.h"

#include "application/NumberFormat.h"

namespace lejek::app {

LeakageFigures::LeakageFigures(QWidget *parent)
    : FigureGrid(3, parent)
{
}

void LeakageFigures::setLeakage(const Leakage &leakage)
{
    int noOwner = 0, noTask = 0, rotting = 0, open = 0;
    for (const StageLeakage &stage : leakage.stages) {
        noOwner += stage.noOwner;
        noTask += stage.noNextTask;
        rotting += stage.rotting;
        open += stage.leads;
    }
    const QString of = tr("of %1 open").arg(NumberFormat::integer(open));
    setFigures({{tr("No owner"), NumberFormat::integer(noOwner), of, noOwner > 0},
                {tr("No next task"), NumberFormat::integer(noTask), of, noTask > 0},
                {tr("Rotting"), NumberFormat::integer(rotting), of, rotting > 0}});
}

} // namespace lejek::app
