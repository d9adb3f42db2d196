// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScoreBoundSpinBox.h"

#include <algorithm>

namespace lejek::app {

namespace {
constexpr int Any = ScoreBoundSpinBox::Lowest - 1;
} // namespace

ScoreBoundSpinBox::ScoreBoundSpinBox(int firstBound, QWidget *parent) : QSpinBox(parent), m_firstBound(firstBound)
{
    setRange(Any, Highest);
    setValue(Any);
    // valueChanged only when typing is done (Enter, focus out) or on a step: one
    // filter per choice, not one per digit.
    setKeyboardTracking(false);
    setAccelerated(true);
}

std::optional<int> ScoreBoundSpinBox::bound() const
{
    if (value() == Any)
        return std::nullopt;
    return value();
}

void ScoreBoundSpinBox::setBound(std::optional<int> bound)
{
    setValue(bound ? std::clamp(*bound, Lowest, Highest) : Any);
}

void ScoreBoundSpinBox::stepBy(int steps)
{
    if (value() == Any && steps > 0) {
        setValue(m_firstBound);
        selectAll();
        return;
    }
    QSpinBox::stepBy(steps);
}

} // namespace lejek::app
