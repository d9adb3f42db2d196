// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>

#include <functional>
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
    // The same of durations in ascending order already.
    static Durations ofSorted(const QList<qint64> &ms);

    // The zero-based ranks, in ascending order of duration, whose durations the median
    // and p90 of `n` read (none for none): a store that can read the duration at a rank
    // (LIMIT 1 OFFSET rank) need not read them all.
    static QList<qsizetype> ranks(qsizetype n);
    // As `of` states them, from `at(rank)` for each of `ranks(n)`.
    static Durations atRanks(qsizetype n, const std::function<qint64(qsizetype)> &at);
};

} // namespace lejek
