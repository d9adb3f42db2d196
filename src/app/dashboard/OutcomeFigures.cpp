// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "OutcomeFigures.h"

#include "ReportTable.h"
#include "application/NumberFormat.h"

namespace lejek::app {

OutcomeFigures::OutcomeFigures(QWidget *parent)
    : FigureGrid(2, parent)
{
}

void OutcomeFigures::setOutcomes(const Outcomes &outcomes)
{
    const auto duration = [](const std::optional<qint64> &ms) { return ReportTable::text(ReportTable::hours(ms), ReportTable::Type::Hours); };
    setFigures({{tr("Win rate"), ReportTable::text(ReportTable::share(outcomes.winRate), ReportTable::Type::Share),
                 tr("%1 won and %2 lost of the leads closed in these days")
                     .arg(NumberFormat::integer(outcomes.won), NumberFormat::integer(outcomes.lost)),
                 false},
                {tr("Cycle length, median"), duration(outcomes.cycle.median),
                 outcomes.cycle.count == 0 ? tr("from created to won: no lead was won in these days")
                                           : tr("from created to won; 90% within %1").arg(duration(outcomes.cycle.p90)),
                 false}});
}

} // namespace lejek::app
