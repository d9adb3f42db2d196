// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "RowReader.h"

#include "NativeHandle.h"
#include "PostgresRows.h"
#include "SqlTiming.h"
#include "SqlValue.h"
#include "SqliteStatement.h"

#include <QSqlError>

#include <libpq-fe.h>
#include <sqlite3.h>

#include <charconv>
#include <cmath>
#include <cstring>
#include <limits>
#include <optional>

namespace lejek {

Result<void> RowReader::each(Database &db, const QString &sql, const QVariantList &values, const Visit &visit)
{
    SqlTiming timing(sql);
    const auto row = [&](const RowReader &reader) {
        timing.countRow();
        visit(reader);
    };
    if (const auto statement = SqliteStatement::prepare(db, sql)) {
        if (auto bound = statement->bind(values); !bound)
            return bound;
        const RowReader reader(statement->handle(), nullptr, 0, nullptr);
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
    if (pg_conn *conn = NativeHandle::postgres(db)) {
        db.releaseResults(); // libpq runs one command at a time: none of Qt's may be pending
        return PostgresRows::each(conn, sql, values,
                                  [&row](const pg_result *result, int at) { row(RowReader(nullptr, result, at, nullptr)); });
    }
    auto q = db.exec(sql, values);
    if (!q)
        return std::unexpected(q.error());
    const RowReader reader(nullptr, nullptr, 0, *q);
    while ((*q)->next())
        row(reader);
    // A read that stopped early (cancelled: JobCanceller) is an error, not a short result.
    const QSqlError stopped = (*q)->lastError();
    (*q)->finish();
    if (stopped.isValid())
        return std::unexpected(Database::refusal(stopped));
    return ok();
}

namespace {

// PostgreSQL's types (pg_type.oid) whose text RowReader reads as a number.
enum : Oid { BoolOid = 16, Int8Oid = 20, Int2Oid = 21, Int4Oid = 23, OidOid = 26, Float4Oid = 700, Float8Oid = 701, NumericOid = 1700 };

// A number in PostgreSQL's text (libpq's, of `length` bytes), whatever the C locale
// (the application's, set by Qt, may write a decimal comma); NaN, Infinity and
// -Infinity as PostgreSQL writes them.
double number(const char *text, int length)
{
    if (std::strcmp(text, "NaN") == 0)
        return std::numeric_limits<double>::quiet_NaN();
    if (std::strcmp(text, "Infinity") == 0 || std::strcmp(text, "-Infinity") == 0)
        return *text == '-' ? -std::numeric_limits<double>::infinity() : std::numeric_limits<double>::infinity();
    double d = 0;
    std::from_chars(text, text + length, d);
    return d;
}

// The whole text (libpq's, of `length` bytes: not measured again) as a qint64, if it
// is one.
std::optional<qint64> wholeNumber(const char *text, int length)
{
    qint64 n = 0;
    const char *end = text + length;
    const auto [stop, error] = std::from_chars(text, end, n);
    if (error != std::errc() || stop != end)
        return std::nullopt;
    return n;
}

} // namespace

const char *RowReader::pgText(int column) const
{
    return PQgetisnull(m_result, m_row, column) ? nullptr : PQgetvalue(m_result, m_row, column);
}

bool RowReader::isNull(int column) const
{
    if (m_result)
        return !pgText(column);
    return m_statement ? sqlite3_column_type(m_statement, column) == SQLITE_NULL : m_query->isNull(column);
}

qint64 RowReader::integer(int column) const
{
    if (m_result) {
        const char *text = pgText(column);
        if (!text)
            return 0;
        if (PQftype(m_result, column) == BoolOid)
            return *text == 't' ? 1 : 0;
        const int length = PQgetlength(m_result, m_row, column);
        if (const auto n = wholeNumber(text, length))
            return *n;
        // A fraction (numeric, float), rounded as Qt's toLongLong() rounds a double; 0
        // for what no qint64 holds (NaN, infinity, a sum past its range).
        const double d = number(text, length);
        return std::isfinite(d) && std::fabs(d) < 9.2e18 ? qRound64(d) : 0;
    }
    return m_statement ? sqlite3_column_int64(m_statement, column) : m_query->value(column).toLongLong();
}

QString RowReader::text(int column) const
{
    if (m_result) {
        const char *text = pgText(column);
        return text ? QString::fromUtf8(text, PQgetlength(m_result, m_row, column)) : QString();
    }
    if (!m_statement)
        return m_query->value(column).toString();
    if (sqlite3_column_type(m_statement, column) == SQLITE_NULL)
        return {};
    const auto *utf16 = static_cast<const char16_t *>(sqlite3_column_text16(m_statement, column));
    return QString::fromUtf16(utf16, sqlite3_column_bytes16(m_statement, column) / 2);
}

QDateTime RowReader::time(int column) const
{
    if (m_result)
        return isNull(column) ? QDateTime() : QDateTime::fromMSecsSinceEpoch(integer(column), Qt::UTC);
    if (!m_statement)
        return SqlValue::toTime(m_query->value(column));
    if (sqlite3_column_type(m_statement, column) == SQLITE_NULL)
        return {};
    return QDateTime::fromMSecsSinceEpoch(sqlite3_column_int64(m_statement, column), Qt::UTC);
}

QVariant RowReader::value(int column) const
{
    if (m_result) {
        const char *raw = pgText(column);
        if (!raw)
            return {};
        const int length = PQgetlength(m_result, m_row, column);
        switch (PQftype(m_result, column)) {
        case BoolOid: // an integer, as SQLite has it
        case Int2Oid:
        case Int4Oid:
        case Int8Oid:
        case OidOid: return integer(column);
        case NumericOid:
            if (const auto n = wholeNumber(raw, length)) // a sum of integers; else a fraction, NaN or infinity
                return *n;
            return number(raw, length);
        case Float4Oid:
        case Float8Oid: return number(raw, length);
        default: return text(column);
        }
    }
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
