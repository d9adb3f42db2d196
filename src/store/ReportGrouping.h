// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "LeadPathRepository.h"

#include <QDateTime>
#include <QString>
#include <QVariant>

#include <functional>

namespace lejek {

// How a report's breakdown groups the leads on `l`, in lead_facts or stage_stays (both
// have the columns it reads): the value it groups by, the name of each value's group,
// and the name itself in SQL, for the reads that must not split a name's group in two
// (two owners of one name, a source NULL and empty: one group, as groupOf has it).
// As of a past day, owners and teams group by the owner then (OwnerThen), whose ?s are
// each that day's end, `at`: valuesOf binds them. LeadFactsRepository and
// StageStayRepository name their groups alike through it.
struct ReportGrouping {
    QString column;
    std::function<QString(const QVariant &)> name;
    QString nameColumn;
    QVariant at;

    // The values of the ?s in `sql` (the column or the name column): each the day's end.
    QVariantList valuesOf(const QString &sql) const { return QVariantList(sql.count(u'?'), at); }
    Breakdown by = Breakdown::None;

    // Whether the group is the owner's (by owner or team): `name` then takes an owner id.
    bool byOwner() const { return by == Breakdown::Owner || by == Breakdown::Team; }

    // Under `by`, with `people`'s names and teams; with `asOf`, by the owner then.
    static ReportGrouping of(Breakdown by, const QHash<qint64, LeadPathRepository::Person> &people, const QDateTime &asOf = {});

    // The lead's owner just before a past day's end, on `l.lead_id` and `l.owner_id`;
    // each of its two ?s is that end: the one the first change since took it from, else
    // its owner now.
    static const QString OwnerThen;
};

} // namespace lejek
