// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TableStatistics.h"

namespace lejek {

using namespace Qt::Literals::StringLiterals;

Result<void> TableStatistics::refresh(Database &db, const QString &table, const QString &column, qsizetype atLeast)
{
    const QString sql = db.dialect().analyze(table, column);
    if (sql.isEmpty())
        return ok();
    // Statistics that count this many rows already plan well; analysing again on every
    // batch of a large table would sample it each time.
    auto counted = db.scalar(u"SELECT reltuples FROM pg_class WHERE oid = CAST(? AS regclass)"_s, {table});
    if (!counted)
        return std::unexpected(counted.error());
    if (counted->toDouble() >= static_cast<double>(atLeast))
        return ok();
    return db.execScript(sql); // a utility statement: PostgreSQL cannot prepare it
}

} // namespace lejek
