// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "HandoffFigures.h"

#include "ReportTable.h"
#include "application/NumberFormat.h"

#include <algorithm>

namespace lejek::app {

using namespace Qt::Literals::StringLiterals;

HandoffFigures::HandoffFigures(QWidget *parent)
    : FigureGrid(4, parent)
{
}

void HandoffFigures::setHandoff(const HandoffQuality &handoff, const std::function<QString(const QString &)> &reasonLabel)
{
    const auto share = [&handoff](int n) {
        return ReportTable::text(handoff.handedOff > 0 ? QVariant(double(n) / handoff.handedOff) : QVariant(), ReportTable::Type::Share);
    };
    const auto of = [&handoff](int n) {
        return tr("%1 of %2 handed off").arg(NumberFormat::integer(n), NumberFormat::integer(handoff.handedOff));
    };
    // The three commonest: more would not fit under the figure (the lost-reasons panel
    // lists them all).
    constexpr qsizetype Shown = 3;
    QStringList reasons;
    for (qsizetype i = 0; i < std::min(Shown, handoff.reasons.size()); ++i)
        reasons.append(u"%1 %2"_s.arg(reasonLabel(handoff.reasons.at(i).code), NumberFormat::integer(handoff.reasons.at(i).count)));
    if (handoff.reasons.size() > Shown)
        reasons.append(tr("%n more reason(s)", "", int(handoff.reasons.size() - Shown)));
    setFigures({{tr("Accepted by sales"), share(handoff.accepted), of(handoff.accepted), false},
                {tr("Returned or nurtured"), share(handoff.returned), of(handoff.returned), false},
                {tr("Disqualified"), share(handoff.disqualified),
                 reasons.isEmpty() ? of(handoff.disqualified) : of(handoff.disqualified) + u": "_s + reasons.join(u", "_s), false},
                {tr("Waiting for sales"), share(handoff.waiting), of(handoff.waiting), false}});
}

} // namespace lejek::app
