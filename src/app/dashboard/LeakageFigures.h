// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "FigureGrid.h"
#include "Leakage.h"

namespace lejek::app {

// The leads leaking now as three figures: nobody owns them, no next task is planned,
// they rot; each of all the open ones. A figure with leads behind it is a link
// (figureClicked: 0, 1, 2).
class LeakageFigures : public FigureGrid
{
    Q_OBJECT
public:
    explicit LeakageFigures(QWidget *parent = nullptr);

    void setLeakage(const Leakage &leakage);
};

} // namespace lejek::app
