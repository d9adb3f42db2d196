// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Database.h"

#include <QString>

namespace lejek::test {

// Whether a table of counts by day (migration 23) holds `source`'s rows grouped: its
// `keys` (and count, `count`) against `grouped` (the same keys as `source`'s columns)
// and COUNT(*) of the rows that meet `term`. A count fallen to 0 may keep its row.
// Empty when none is off or missing; else what is, for the test's message.
QString dayCountsOff(Database &db, const QString &table, const QString &keys, const QString &count, const QString &source,
                     const QString &grouped, const QString &term);

// Whether stay_lengths (migration 25) counts each ended stay once, in the bucket whose
// lengths (ReportDayRepository::lengthBounds) hold its own: every count is its bucket's
// stays of its stage and day, and the counts add up to the ended stays. Not the SQL's
// own bucket arithmetic again: its buckets and the bounds the reader walks must agree.
// Empty when none is off; else what is.
QString lengthCountsOff(Database &db);

// Whether handoff_stays (migration 33) holds what its definition computes from the
// stays now (the view handoff_stays_now), row for row, and its counts by month
// (handoff_contacts, handoff_moves, handoff_reasons) are its rows grouped. Empty when
// none is off; else what is.
QString handoffStaysOff(Database &db);

} // namespace lejek::test
