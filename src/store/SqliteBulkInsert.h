// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SqliteStatement.h"

#include <QStringList>
#include <QVariantList>

#include <memory>

namespace lejek {

// Many rows into one SQLite table through SQLite's own API (SqliteStatement): one
// prepared single-row INSERT, bound straight from each row's values. Qt SQL's binding
// (QSqlResult::bindValue) was a sixth of an import's time.
class SqliteBulkInsert
{
public:
    // Null when `db` is not SQLite, or when Qt's SQLite driver is not built on the SQLite
    // library Lejek links (two copies must never share a handle): use Database::exec().
    static std::unique_ptr<SqliteBulkInsert> prepare(Database &db, const QString &table, const QStringList &columns);
    // Inserts one row (values in the order of the columns); its rowid.
    Result<qint64> insert(const QVariantList &values);

private:
    explicit SqliteBulkInsert(std::unique_ptr<SqliteStatement> statement) : m_statement(std::move(statement)) {}

    std::unique_ptr<SqliteStatement> m_statement;
};

} // namespace lejek
