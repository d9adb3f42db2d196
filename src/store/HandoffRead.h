// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "LeadPath.h"

#include <QString>
#include <QVariantList>

namespace lejek {

// Which handoffs a read takes one by one (StageStayRepository::tallyHandoffs): those that
// entered the handoff stage on the days `entered` (within the report's period, which
// still decides which entries are handoffs) and meet `term` (SQL on the stays as `l`,
// with its `values`), read through SQLite's `index` (none: by their change id, which
// `term` then lists). The days are the index's range: SQLite ranges an index by one
// lower and one upper bound, so a narrower range added as a term would not narrow the
// walk.
struct HandoffRead {
    Period entered;
    QString term;
    QVariantList values;
    QString index = QStringLiteral("stage_stays_entered");
};

} // namespace lejek
