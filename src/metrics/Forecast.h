// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "LeadPath.h"

namespace lejek {

// One month of the weighted forecast in one currency: the open leads expected to
// close in it, their value, and Σ value × the probability of the stage each is in.
struct ForecastMonth {
    QDate month; // its first day; invalid: the leads with no expected close date
    QString currency;
    int leads = 0;
    qint64 value = 0;    // minor units
    qint64 weighted = 0; // minor units, rounded to the nearest
};

// The open leads of one stage expected to close in one month, in one currency: what
// the forecast is summed from.
struct ForecastTally {
    qint64 stageId = 0;
    QDate month; // any day of it; invalid: no expected close date
    QString currency;
    int leads = 0;
    qint64 value = 0; // minor units, of those with a value
};

// DOMAIN.md: weighted forecast = Σ value × stage probability of the open leads, by
// expected close month (the lead's decision date). Parked leads are kept out, as the
// board says; a lead without a value adds to the count, not to the sums. Months in
// order, the undated last; currencies are never added together.
class Forecast
{
public:
    static QList<ForecastMonth> compute(const Pipeline &pipeline, const QList<LeadPath> &leads);
    // The same from sums a store made (LeadFactsRepository::tally): parts of stages that
    // are not open are left out.
    static QList<ForecastMonth> fromTally(const Pipeline &pipeline, const QList<ForecastTally> &tally);
};

} // namespace lejek
