// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Database.h"

#include <QByteArray>
#include <QVariantList>

#include <functional>
#include <vector>

struct pg_conn;
struct pg_result;

namespace lejek {

// One big read through libpq on the connection Qt SQL opened (so in its transaction),
// a row at a time (libpq's single-row mode). Qt's driver makes a QVariant of every value
// of every row, parsed again by whoever reads it: for the 450,000 handoffs of all time
// on the 1M demo most of a 2.5 s read. Only for RowReader; everything else goes through
// Database::exec(). The connection is NativeHandle::postgres()'s.
class PostgresRows
{
public:
    // A result and the row of it to read: libpq's single-row mode gives one row a
    // result; a whole result comes if that mode cannot be had.
    using Visit = std::function<void(const pg_result *result, int row)>;
    // Runs `sql` (with ?s, as Database::exec() takes it) with `values`, and shows `row`
    // each row. The server infers the values' types from the statement, as it does for
    // Qt's prepared statements; a read stopped midway (cancelled: JobCanceller) is an
    // error, and the connection is left with no result pending.
    static Result<void> each(pg_conn *conn, const QString &sql, const QVariantList &values, const Visit &row);

    // `sql` with its ?s numbered ($1, $2, ...) as PostgreSQL takes them; a ? inside a
    // quoted literal or name is left as it is.
    static QByteArray numbered(const QString &sql);
    // A value as text in PostgreSQL's input format, as Qt's driver would send it; null
    // stays null (an SQL NULL).
    static QByteArray text(const QVariant &value);
    // libpq's message `why`, worded as Database::exec() words a refusal.
    static Error refused(const char *why);
};

} // namespace lejek
