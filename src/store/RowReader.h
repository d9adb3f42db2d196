// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Database.h"

#include <QDateTime>
#include <QVariant>

#include <functional>

struct sqlite3_stmt;

namespace lejek {

// The rows of one big read, column by column. Through Qt SQL, reading a report's rows
// is mostly Qt's own work: a QVariant made for every value of every row (the 400,000
// handoffs of all time on the 1M demo: 0.8 s of a 1.0 s read). On SQLite the columns
// come from SQLite's own statement instead (SqliteStatement); on PostgreSQL, and if
// that statement cannot be prepared, from Database::exec()'s query.
class RowReader
{
public:
    using Visit = std::function<void(const RowReader &)>;
    // Runs `sql` with `values` and shows `row` each row, in the statement's order.
    static Result<void> each(Database &db, const QString &sql, const QVariantList &values, const Visit &row);

    bool isNull(int column) const;
    qint64 integer(int column) const; // NULL: 0
    QString text(int column) const;   // NULL: a null QString
    QDateTime time(int column) const; // SqlValue::toTime's: NULL is invalid
    QVariant value(int column) const; // an integer, a number, text or NULL

private:
    RowReader(sqlite3_stmt *statement, const QSqlQuery *query) : m_statement(statement), m_query(query) {}

    sqlite3_stmt *m_statement;
    const QSqlQuery *m_query;
};

} // namespace lejek
