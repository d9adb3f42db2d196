// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "FigureGrid.h"
#include "HandoffQuality.h"

#include <functional>

namespace lejek::app {

// Handoff quality as four figures: the shares of the handed-off leads that sales
// accepted, returned or nurtured, disqualified (with the reasons) and has not touched.
class HandoffFigures : public FigureGrid
{
    Q_OBJECT
public:
    explicit HandoffFigures(QWidget *parent = nullptr);

    // `reasonLabel`: a lost reason's code as the user reads it.
    void setHandoff(const HandoffQuality &handoff, const std::function<QString(const QString &)> &reasonLabel);
};

} // namespace lejek::app
