// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Forecast.h"

#include <QMap>

#include <cmath>

namespace lejek {

QList<ForecastMonth> Forecast::compute(const Pipeline &pipeline, const QList<LeadPath> &leads)
{
    // Keyed so that months sort in order and the undated (max) come last.
    QMap<std::pair<qint64, QString>, ForecastMonth> months;
    QMap<std::pair<qint64, QString>, double> weighted; // summed unrounded, rounded once
    for (const LeadPath &lead : leads) {
        const Stage *stage = pipeline.stage(lead.currentStageId());
        if (!stage || stage->kind != StageKind::Open)
            continue;
        const QDate month = lead.expectedClose.isValid() ? QDate(lead.expectedClose.year(), lead.expectedClose.month(), 1) : QDate();
        const std::pair key{month.isValid() ? month.toJulianDay() : std::numeric_limits<qint64>::max(), lead.currency};
        ForecastMonth &row = months[key];
        row.month = month;
        row.currency = lead.currency;
        ++row.leads;
        if (lead.value) {
            row.value += *lead.value;
            weighted[key] += double(*lead.value) * stage->probability / 100.0;
        }
    }
    QList<ForecastMonth> rows;
    for (auto it = months.begin(); it != months.end(); ++it) {
        it->weighted = std::llround(weighted.value(it.key()));
        rows.append(*it);
    }
    return rows;
}

} // namespace lejek
