// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportGrouping.h"

#include "SqlValue.h"

namespace lejek {

using namespace Qt::Literals::StringLiterals;

const QString ReportGrouping::OwnerThen =
    u"(CASE WHEN EXISTS (SELECT 1 FROM owner_changes o WHERE o.lead_id = l.lead_id AND o.changed_at >= ?) "
    "THEN (SELECT o.from_user_id FROM owner_changes o WHERE o.lead_id = l.lead_id AND o.changed_at >= ? "
    "ORDER BY o.changed_at, o.id LIMIT 1) ELSE l.owner_id END)"_s;

ReportGrouping ReportGrouping::of(Breakdown by, const QHash<qint64, LeadPathRepository::Person> &people, const QDateTime &asOf)
{
    const auto text = [](const QVariant &v) { return v.toString(); };
    const QString owner = asOf.isValid() ? OwnerThen : u"l.owner_id"_s;
    const QVariant end = asOf.isValid() ? SqlValue::fromTime(asOf) : QVariant();
    switch (by) {
    case Breakdown::None: return ReportGrouping{u"NULL"_s, [](const QVariant &) { return QString(); }, u"NULL"_s, end, by};
    case Breakdown::Source: return ReportGrouping{u"l.source"_s, text, u"COALESCE(l.source, '')"_s, end, by};
    case Breakdown::Campaign: return ReportGrouping{u"l.campaign"_s, text, u"COALESCE(l.campaign, '')"_s, end, by};
    case Breakdown::Owner:
        return ReportGrouping{owner, [people](const QVariant &v) { return people.value(v.toLongLong()).name; },
                              u"COALESCE((SELECT u.name FROM users u WHERE u.id = %1), '')"_s.arg(owner), end, by};
    case Breakdown::Team: break;
    }
    return ReportGrouping{owner, [people](const QVariant &v) { return people.value(v.toLongLong()).team; },
                          u"COALESCE((SELECT t.name FROM users u JOIN teams t ON t.id = u.team_id WHERE u.id = %1), '')"_s.arg(owner),
                          end, by};
}

} // namespace lejek
