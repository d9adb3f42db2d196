// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "FigureGrid.h"
#include "Outcomes.h"

namespace lejek::app {

// The win rate and the cycle length of the leads closed in a period, as two figures
// with what each is made of.
class OutcomeFigures : public FigureGrid
{
    Q_OBJECT
public:
    explicit OutcomeFigures(QWidget *parent = nullptr);

    void setOutcomes(const Outcomes &outcomes);
};

} // namespace lejek::app
