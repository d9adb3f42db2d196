// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The summary every benchmark prints of its timings: one definition of the median and
// the p95 (nearest rank), so that the figures in bench/*.md compare.
#include <QList>

namespace lejek::bench {

struct Stats {
    qsizetype n = 0;
    double median = 0, p95 = 0, max = 0;
};

// Of `values` in any order; all zero when there are none.
Stats stats(QList<double> values);
double median(QList<double> values);

} // namespace lejek::bench
