// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SqliteBulkInsert.h"

#include <sqlite3.h>

namespace lejek {

using namespace Qt::Literals::StringLiterals;

std::unique_ptr<SqliteBulkInsert> SqliteBulkInsert::prepare(Database &db, const QString &table, const QStringList &columns)
{
    auto statement = SqliteStatement::prepare(
        db, u"INSERT INTO %1 (%2) VALUES %3"_s.arg(table, columns.join(u", "_s), SqlDialect::valueRows(1, columns.size())));
    if (!statement)
        return nullptr;
    return std::unique_ptr<SqliteBulkInsert>(new SqliteBulkInsert(std::move(statement)));
}

Result<qint64> SqliteBulkInsert::insert(const QVariantList &values)
{
    if (auto bound = m_statement->bind(values); !bound)
        return std::unexpected(bound.error());
    auto stepped = m_statement->step();
    if (!stepped)
        return std::unexpected(stepped.error());
    const qint64 id = sqlite3_last_insert_rowid(m_statement->connection());
    m_statement->reset(); // ends the statement: nothing of it stays open
    return id;
}

} // namespace lejek
