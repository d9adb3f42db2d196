// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Database.h"

namespace lejek {

// Keeps PostgreSQL's planner statistics honest inside a long writing transaction (a
// no-op on SQLite). Once autovacuum has analysed a table whose rows a rolled-back
// transaction left (a dry run's batch, a cancelled or killed all-or-nothing import),
// the statistics call it empty, and the next import's statements, cached plans of the
// summary's triggers among them, scan it once per row while their own rows fill it.
class TableStatistics
{
public:
    // Analyses `column` of `table` (this transaction's own rows counted) when the
    // statistics count fewer than `atLeast` rows; once they do, nothing.
    static Result<void> refresh(Database &db, const QString &table, const QString &column, qsizetype atLeast);
};

} // namespace lejek
