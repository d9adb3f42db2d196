// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Database.h"

#include <QVariantList>

#include <memory>

struct sqlite3;
struct sqlite3_stmt;

namespace lejek {

// One statement prepared through SQLite's own API on the connection Qt SQL opened (so in
// its transaction), bound straight from the values. Qt SQL binds each value through a
// hash keyed by a formatted QString, and reads each value of each row into a QVariant:
// for a bulk write or a big read that is most of the time. Only for those (SqliteBulkInsert,
// RowReader); everything else goes through Database::exec().
class SqliteStatement
{
public:
    // Null when `db` is not SQLite, when Qt's SQLite driver is not built on the SQLite
    // library Lejek links (two copies must never share a handle), or when SQLite cannot
    // prepare `sql`: Database::exec() then prepares it and says why it cannot.
    static std::unique_ptr<SqliteStatement> prepare(Database &db, const QString &sql);
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    // Ends the last run and binds `values` to the ?s, in order, as Qt's driver would (a
    // null QString is NULL, a QByteArray a blob); a count that does not match the ?s is
    // refused, where Qt's would bind NULLs.
    Result<void> bind(const QVariantList &values);
    // The next row: true, and its columns are readable; false when there are no more.
    Result<bool> step();
    // Ends the run: nothing of it stays open (a read would hold its snapshot).
    void reset();

    sqlite3_stmt *handle() const { return m_statement; }
    sqlite3 *connection() const { return m_db; }

private:
    SqliteStatement(sqlite3 *db, sqlite3_stmt *statement) : m_db(db), m_statement(statement) {}
    // `why` (by default SQLite's message), worded as Database::exec() words a refusal.
    Error refusal(const QString &why = {}) const;

    sqlite3 *m_db;
    sqlite3_stmt *m_statement;
};

} // namespace lejek
