// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSpinBox>

#include <optional>

namespace lejek::app {

// One end of a score range, or "any": the spin box's lowest value stands for no bound
// and shows the special text. Stepping up from "any" lands on `firstBound` (0 for a
// lowest score, 100 for a highest) instead of the far end of the range.
class ScoreBoundSpinBox : public QSpinBox
{
    Q_OBJECT
public:
    static constexpr int Lowest = -1000;
    static constexpr int Highest = 1000;

    ScoreBoundSpinBox(int firstBound, QWidget *parent = nullptr);

    std::optional<int> bound() const;
    void setBound(std::optional<int> bound);

    void stepBy(int steps) override;

private:
    int m_firstBound;
};

} // namespace lejek::app
