// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoRandom.h"

namespace lejek {

namespace {
constexpr quint64 kGolden = 0x9E3779B97F4A7C15ULL;
}

quint64 DemoRandom::mix(quint64 z)
{
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

DemoRandom::DemoRandom(quint64 seed, quint64 stream) : m_state(mix(seed + kGolden) ^ mix(stream * kGolden + 0x632BE59BD9B4E019ULL))
{
}

quint64 DemoRandom::next()
{
    m_state += kGolden;
    return mix(m_state);
}

quint64 DemoRandom::below(quint64 n)
{
    if (n == 0)
        return 0;
    // Unbiased: a draw past the last whole multiple of n is drawn again.
    const quint64 limit = ~quint64(0) - (~quint64(0) % n + 1) % n;
    quint64 r = next();
    while (r > limit)
        r = next();
    return r % n;
}

qint64 DemoRandom::between(qint64 low, qint64 high)
{
    if (high <= low)
        return low;
    return low + static_cast<qint64>(below(static_cast<quint64>(high - low) + 1));
}

double DemoRandom::unit()
{
    // 53 random bits scaled by 2^-53: exact, the same everywhere.
    return static_cast<double>(next() >> 11) * 0x1.0p-53;
}

bool DemoRandom::percent(int percent)
{
    return static_cast<int>(below(100)) < percent;
}

qsizetype DemoRandom::weighted(std::span<const int> weights)
{
    quint64 total = 0;
    for (const int w : weights)
        total += static_cast<quint64>(std::max(w, 0));
    quint64 r = below(total);
    for (std::size_t i = 0; i < weights.size(); ++i) {
        const auto w = static_cast<quint64>(std::max(weights[i], 0));
        if (r < w)
            return static_cast<qsizetype>(i);
        r -= w;
    }
    return static_cast<qsizetype>(weights.size()) - 1;
}

} // namespace lejek
