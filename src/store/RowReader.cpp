// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "RowReader.h"

#include "SqlValue.h"
#include "SqliteStatement.h"

#include <QSqlError>

#include <sqlite3.h>

namespace lejek {

Result<void> RowReader::each(Database &db, const QString &sql, const QVariantList &values, const Visit &row)
{
    if (const auto statement = SqliteStatement::prepare(db, sql)) {
        if (auto bound = statement->bind(values); !bound)
            return bound;
        const RowReader reader(statement->handle(), nullptr);
        for (;;) {
            auto next = statement->step();
            if (!next)
                return std::unexpected(next.error()); // a cancelled read too (JobCanceller)
            if (!*next)
                break;
            row(reader);
        }
        statement->reset();
        return ok();
    }
    auto q = db.exec(sql, values);
    if (!q)
        return std::unexpected(q.error());
    const RowReader reader(nullptr, *q);
    while ((*q)->next())
        row(reader);
    // A read that stopped early (cancelled: JobCanceller) is an error, not a short result.
    const QSqlError stopped = (*q)->lastError();
    (*q)->finish();
    if (stopped.isValid())
        return std::unexpected(Database::refusal(stopped));
    return ok();
}

bool RowReader::isNull(int column) const
{
    return m_statement ? sqlite3_column_type(m_statement, column) == SQLITE_NULL : m_query->isNull(column);
}

qint64 RowReader::integer(int column) const
{
    return m_statement ? sqlite3_column_int64(m_statement, column) : m_query->value(column).toLongLong();
}

QString RowReader::text(int column) const
{
    if (!m_statement)
        return m_query->value(column).toString();
    if (sqlite3_column_type(m_statement, column) == SQLITE_NULL)
        return {};
    const auto *utf16 = static_cast<const char16_t *>(sqlite3_column_text16(m_statement, column));
    return QString::fromUtf16(utf16, sqlite3_column_bytes16(m_statement, column) / 2);
}

QDateTime RowReader::time(int column) const
{
    if (!m_statement)
        return SqlValue::toTime(m_query->value(column));
    if (sqlite3_column_type(m_statement, column) == SQLITE_NULL)
        return {};
    return QDateTime::fromMSecsSinceEpoch(sqlite3_column_int64(m_statement, column), Qt::UTC);
}

QVariant RowReader::value(int column) const
{
    if (!m_statement)
        return m_query->value(column);
    switch (sqlite3_column_type(m_statement, column)) {
    case SQLITE_INTEGER: return qint64(sqlite3_column_int64(m_statement, column));
    case SQLITE_FLOAT: return sqlite3_column_double(m_statement, column);
    case SQLITE_NULL: return {};
    default: return text(column);
    }
}

} // namespace lejek
