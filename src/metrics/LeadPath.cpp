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

bool breakdownFromKey(const QString &key, Breakdown *by)
{
    using namespace Qt::Literals::StringLiterals;
    static const QList<std::pair<QString, Breakdown>> keys{
        {u"owner"_s, Breakdown::Owner}, {u"team"_s, Breakdown::Team}, {u"source"_s, Breakdown::Source}, {u"campaign"_s, Breakdown::Campaign}};
    for (const auto &[name, value] : keys)
        if (name == key) {
            *by = value;
            return true;
        }
    return false;
}

QString groupOf(const LeadPath &lead, Breakdown by)
{
    switch (by) {
    case Breakdown::Owner: return lead.owner;
    case Breakdown::Team: return lead.team;
    case Breakdown::Source: return lead.source;
    case Breakdown::Campaign: return lead.campaign;
    case Breakdown::None: break;
    }
    return {};
}

bool Period::contains(const QDateTime &at) const
{
    const QDateTime start(from, QTime(0, 0), Qt::UTC);
    const QDateTime end(to.addDays(1), QTime(0, 0), Qt::UTC);
    return at.isValid() && at >= start && at < end;
}

} // namespace lejek
