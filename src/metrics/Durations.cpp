// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Durations.h"

#include <algorithm>

namespace lejek {

Durations Durations::of(QList<qint64> ms)
{
    Durations d;
    d.count = ms.size();
    if (ms.isEmpty())
        return d;
    std::sort(ms.begin(), ms.end());
    const qsizetype n = ms.size();
    d.median = n % 2 ? ms.at(n / 2) : (ms.at(n / 2 - 1) + ms.at(n / 2)) / 2;
    const qsizetype rank = (9 * n + 9) / 10; // ceil(0.9 n), in integers
    d.p90 = ms.at(std::clamp<qsizetype>(rank - 1, 0, n - 1));
    return d;
}

} // namespace lejek
