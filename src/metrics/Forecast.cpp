// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Forecast.h"

#include <QMap>

#include <cmath>

namespace lejek {

namespace {

// The first day of `day`'s month (invalid: undated).
QDate monthOf(const QDate &day) { return day.isValid() ? QDate(day.year(), day.month(), 1) : QDate(); }

} // namespace

QList<ForecastMonth> Forecast::fromTally(const Pipeline &pipeline, const QList<ForecastTally> &tally)
{
    // Keyed so that months sort in order and the undated (max) come last.
    QMap<std::pair<qint64, QString>, ForecastMonth> months;
    // Σ value × probability in hundredths, summed exactly in any order, rounded once.
    QMap<std::pair<qint64, QString>, qint64> weighted;
    for (const ForecastTally &part : tally) {
        const Stage *stage = pipeline.stage(part.stageId);
        if (!stage || stage->kind != StageKind::Open)
            continue;
        const QDate month = monthOf(part.month);
        const std::pair key{month.isValid() ? month.toJulianDay() : std::numeric_limits<qint64>::max(), part.currency};
        ForecastMonth &row = months[key];
        row.month = month;
        row.currency = part.currency;
        row.leads += part.leads;
        row.value += part.value;
        weighted[key] += part.value * stage->probability;
    }
    QList<ForecastMonth> rows;
    for (auto it = months.begin(); it != months.end(); ++it) {
        it->weighted = std::llround(double(weighted.value(it.key())) / 100.0);
        rows.append(*it);
    }
    return rows;
}

QList<ForecastMonth> Forecast::compute(const Pipeline &pipeline, const QList<LeadPath> &leads)
{
    // Summed by stage, month and currency as a store sums them, then weighted the same.
    QMap<std::tuple<qint64, qint64, QString>, ForecastTally> parts;
    for (const LeadPath &lead : leads) {
        const QDate month = monthOf(lead.expectedClose);
        ForecastTally &part = parts[{lead.currentStageId(), month.isValid() ? month.toJulianDay() : 0, lead.currency}];
        part.stageId = lead.currentStageId();
        part.month = month;
        part.currency = lead.currency;
        ++part.leads;
        part.value += lead.value.value_or(0);
    }
    return fromTally(pipeline, parts.values());
}

} // namespace lejek
