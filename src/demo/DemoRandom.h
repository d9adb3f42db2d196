// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QtGlobal>

#include <initializer_list>
#include <span>

namespace lejek {

// The demo data's random numbers: SplitMix64 streams. A stream depends only on a seed
// and a stream number (a lead's index, a company's index), so a lead is the same
// whatever batch it is generated in. Every mapping below is integer arithmetic (or
// exactly rounded double arithmetic), so a seed gives the same data on every compiler,
// standard library and machine; no std::*_distribution is used.
class DemoRandom
{
public:
    DemoRandom(quint64 seed, quint64 stream);

    quint64 next();
    // Uniform in [0, n); 0 when n is 0.
    quint64 below(quint64 n);
    // Uniform in [low, high], both included.
    qint64 between(qint64 low, qint64 high);
    // Uniform in [0, 1).
    double unit();
    // True with probability percent / 100.
    bool percent(int percent);
    // An index drawn with the given non-negative weights (one at least positive).
    qsizetype weighted(std::span<const int> weights);
    qsizetype weighted(std::initializer_list<int> weights)
    {
        return weighted(std::span<const int>(weights.begin(), weights.size()));
    }

    template<typename T>
    const T &pick(const QList<T> &list)
    {
        return list[static_cast<qsizetype>(below(static_cast<quint64>(list.size())))];
    }
    template<typename T, std::size_t N>
    const T &pick(const T (&array)[N])
    {
        return array[below(N)];
    }

    static quint64 mix(quint64 value); // the SplitMix64 finaliser

private:
    quint64 m_state;
};

} // namespace lejek
