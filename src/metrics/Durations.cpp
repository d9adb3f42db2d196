// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Durations.h"

#include <algorithm>

namespace lejek {

namespace {
qsizetype p90Rank(qsizetype n) { return std::clamp<qsizetype>((9 * n + 9) / 10 - 1, 0, n - 1); } // ceil(0.9 n), zero-based
} // namespace

QList<qsizetype> Durations::ranks(qsizetype n)
{
    if (n <= 0)
        return {};
    QList<qsizetype> ranks{n % 2 ? n / 2 : n / 2 - 1};
    if (n % 2 == 0)
        ranks.append(n / 2);
    if (!ranks.contains(p90Rank(n)))
        ranks.append(p90Rank(n));
    return ranks;
}

Durations Durations::atRanks(qsizetype n, const std::function<qint64(qsizetype)> &at)
{
    Durations d;
    d.count = n;
    if (n <= 0)
        return d;
    d.median = n % 2 ? at(n / 2) : (at(n / 2 - 1) + at(n / 2)) / 2;
    d.p90 = at(p90Rank(n));
    return d;
}

Durations Durations::of(QList<qint64> ms)
{
    std::sort(ms.begin(), ms.end());
    return ofSorted(ms);
}

Durations Durations::ofSorted(const QList<qint64> &ms)
{
    Q_ASSERT(std::is_sorted(ms.cbegin(), ms.cend()));
    return atRanks(ms.size(), [&ms](qsizetype rank) { return ms.at(rank); });
}

} // namespace lejek
