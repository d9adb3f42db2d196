// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace lejek {

// A board column's header: how many leads, their value and the weighted value
// (value x stage probability), from one aggregate query.
struct StageTotals {
    qint64 stageId = 0;
    qint64 count = 0;
    qint64 valueMinor = 0;
    qint64 weightedMinor = 0;
};

} // namespace lejek
