// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Database.h"

#include <QList>
#include <QStringList>
#include <QVariantList>

#include <functional>

namespace lejek {

// Many rows into one PostgreSQL table with COPY ... FROM STDIN, through libpq on the
// connection Qt SQL opened (same transaction). Qt SQL sends a prepared statement's
// values as text literals inside an EXECUTE statement the server parses again each
// time, and binds each through a QString-keyed hash; COPY streams the rows. Only for
// bulk writes of new rows: everything else goes through Database::exec().
class PostgresCopy
{
public:
    // False when `db` is not PostgreSQL or its libpq handle cannot be reached: use
    // Database::exec().
    static bool available(Database &db);
    // Writes `rowCount` rows, asking `row(i)` for each one's values (in the order of
    // `columns`) as it streams them, so only one row's values and a 256 KiB chunk are
    // held at a time. A refused row fails the whole COPY with the server's reason, and
    // the transaction with it.
    static Result<void> write(Database &db, const QString &table, const QStringList &columns, qsizetype rowCount,
                              const std::function<QVariantList(qsizetype)> &row);
    // One value in COPY's text format: \N for null, backslash escapes for the rest.
    static void appendValue(QByteArray &line, const QVariant &value);
};

} // namespace lejek
