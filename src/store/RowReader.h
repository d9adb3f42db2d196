// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Database.h"

#include <QDateTime>
#include <QVariant>

#include <functional>

struct sqlite3_stmt;
struct pg_result;

namespace lejek {

// The rows of one big read, column by column. Through Qt SQL, reading a report's rows
// is mostly Qt's own work: a QVariant made for every value of every row (the 400,000
// handoffs of all time on the 1M demo: 0.8 s of a 1.0 s read on SQLite). The columns
// come from the client library instead: SQLite's own statement (SqliteStatement), or
// libpq's row (PostgresRows); from Database::exec()'s query only when neither can be
// had (another build of the library behind Qt's driver, or a statement SQLite cannot
// prepare, which Database::exec() then explains).
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
    RowReader(sqlite3_stmt *statement, const pg_result *result, int row, const QSqlQuery *query)
        : m_statement(statement), m_result(result), m_row(row), m_query(query)
    {
    }
    // PostgreSQL's text of a column: NULL is null.
    const char *pgText(int column) const;

    sqlite3_stmt *m_statement;
    const pg_result *m_result; // and its row m_row
    int m_row;
    const QSqlQuery *m_query;
};

} // namespace lejek
