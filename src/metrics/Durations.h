// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>

#include <optional>

namespace lejek {

// The median and the 90th percentile of durations in milliseconds, as every panel
// states them: the median is the middle one (an even count: the mean of the two
// middle ones); p90 is the nearest rank, the smallest duration that at least 90% of
// them do not exceed. None of either for no durations.
struct Durations {
    qsizetype count = 0;
    std::optional<qint64> median;
    std::optional<qint64> p90;
    static Durations of(QList<qint64> ms);
};

} // namespace lejek
