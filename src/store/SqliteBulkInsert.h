// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Database.h"

#include <QStringList>
#include <QVariantList>

#include <memory>

struct sqlite3;
struct sqlite3_stmt;

namespace lejek {

// Many rows into one SQLite table through SQLite's own API, on the connection Qt SQL
// opened (same transaction): one prepared single-row INSERT, bound straight from each
// row's values. Qt SQL binds a value through a hash keyed by a formatted QString
// (QSqlResult::bindValue), a sixth of an import's time; SQLite stores it in the
// statement. Only for bulk writes: everything else goes through Database::exec().
class SqliteBulkInsert
{
public:
    // Null when `db` is not SQLite, or when Qt's SQLite driver is not built on the SQLite
    // library Lejek links (two copies must never share a handle): use Database::exec().
    static std::unique_ptr<SqliteBulkInsert> prepare(Database &db, const QString &table, const QStringList &columns);
    ~SqliteBulkInsert();
    SqliteBulkInsert(const SqliteBulkInsert &) = delete;
    SqliteBulkInsert &operator=(const SqliteBulkInsert &) = delete;

    // Inserts one row (values in the order of the columns); its rowid.
    Result<qint64> insert(const QVariantList &values);

private:
    SqliteBulkInsert(sqlite3 *db, sqlite3_stmt *statement) : m_db(db), m_statement(statement) {}
    Error refusal() const; // SQLite's message, worded as Database::exec() words a refusal

    sqlite3 *m_db;
    sqlite3_stmt *m_statement;
};

} // namespace lejek
