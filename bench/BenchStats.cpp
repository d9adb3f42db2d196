// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "BenchStats.h"

#include <algorithm>
#include <cmath>

namespace lejek::bench {

Stats stats(QList<double> values)
{
    Stats s;
    s.n = values.size();
    if (values.isEmpty())
        return s;
    std::sort(values.begin(), values.end());
    const qsizetype mid = values.size() / 2;
    s.median = values.size() % 2 ? values[mid] : (values[mid - 1] + values[mid]) / 2;
    const auto rank = static_cast<qsizetype>(std::ceil(0.95 * static_cast<double>(values.size()))) - 1;
    s.p95 = values[std::clamp<qsizetype>(rank, 0, values.size() - 1)];
    s.max = values.last();
    return s;
}

double median(QList<double> values) { return stats(std::move(values)).median; }

} // namespace lejek::bench
