// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "LeadPath.h"

namespace lejek {

QDateTime LeadPath::closedAt(const Pipeline &pipeline) const
{
    if (entries.isEmpty())
        return {};
    const Stage *stage = pipeline.stage(entries.last().stageId);
    return stage && stage->isClosed() ? entries.last().at : QDateTime();
}

bool Period::contains(const QDateTime &at) const
{
    const QDateTime start(from, QTime(0, 0), Qt::UTC);
    const QDateTime end(to.addDays(1), QTime(0, 0), Qt::UTC);
    return at.isValid() && at >= start && at < end;
}

} // namespace lejek
