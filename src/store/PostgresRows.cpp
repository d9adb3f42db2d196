// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PostgresRows.h"

#include "SqlValue.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

#include <libpq-fe.h>

#include <cmath>

namespace lejek {

using namespace Qt::Literals::StringLiterals;

Error PostgresRows::refused(const char *why)
{
    return Error::storage(u"%1: %2"_s.arg(
        QCoreApplication::translate("lejek::Database", "the database refused a statement"), QString::fromUtf8(why).trimmed()));
}

QByteArray PostgresRows::numbered(const QString &sql)
{
    QString out;
    out.reserve(sql.size() + 16);
    int number = 0;
    QChar quote; // inside '...' or "...": a ? there is text, not a value
    for (const QChar c : sql) {
        if (!quote.isNull()) {
            if (c == quote)
                quote = QChar(); // a doubled quote closes and opens again: still right
        } else if (c == u'\'' || c == u'"') {
            quote = c;
        } else if (c == u'?') {
            out += u'$' + QString::number(++number);
            continue;
        }
        out += c;
    }
    return out.toUtf8();
}

QByteArray PostgresRows::text(const QVariant &value)
{
    if (SqlValue::isNull(value))
        return {};
    switch (value.typeId()) {
    case QMetaType::Bool:
        return value.toBool() ? "true" : "false";
    case QMetaType::Double: {
        const double d = value.toDouble();
        if (std::isnan(d))
            return "NaN";
        if (std::isinf(d))
            return d > 0 ? "Infinity" : "-Infinity";
        return QByteArray::number(d, 'g', QLocale::FloatingPointShortest); // 0.1, not 0.10000000000000001
    }
    case QMetaType::QDateTime:
        return value.toDateTime().toUTC().toString(Qt::ISODateWithMs).toUtf8();
    case QMetaType::QByteArray:
        return "\\x" + static_cast<const QByteArray *>(value.constData())->toHex(); // bytea's hex input
    default:
        break;
    }
    QByteArray text = value.toString().toUtf8();
    if (text.isNull())
        text = ""; // an empty value, which is not NULL
    return text;
}

Result<void> PostgresRows::each(pg_conn *conn, const QString &sql, const QVariantList &values, const Visit &row)
{
    std::vector<QByteArray> texts;
    texts.reserve(size_t(values.size()));
    std::vector<const char *> params;
    params.reserve(size_t(values.size()));
    for (const QVariant &value : values) {
        texts.push_back(text(value));
        params.push_back(texts.back().isNull() ? nullptr : texts.back().constData());
    }
    const QByteArray command = numbered(sql);
    // What is left of Qt's last read (its driver reads a forward-only query's end, not
    // past it, until its next query) is dropped first, as that driver drops it.
    while (PGresult *left = PQgetResult(conn))
        PQclear(left);
    // No parameter types: the server infers them from the statement, as for the prepared
    // statements of Qt's driver; an unnamed statement is planned for these values.
    if (PQsendQueryParams(conn, command.constData(), int(params.size()), nullptr, params.data(), nullptr, nullptr, 0) != 1)
        return std::unexpected(refused(PQerrorMessage(conn)));
    PQsetSingleRowMode(conn); // one PGresult a row, not every row held at once (else all in one)
    Result<void> outcome;
    while (PGresult *result = PQgetResult(conn)) {
        switch (PQresultStatus(result)) {
        case PGRES_SINGLE_TUPLE:
        case PGRES_TUPLES_OK: // in single-row mode, the end of the rows, with none
            for (int i = 0, n = PQntuples(result); outcome && i < n; ++i)
                row(result, i);
            break;
        case PGRES_COMMAND_OK:
            break;
        default:
            if (outcome)
                outcome = std::unexpected(refused(PQresultErrorMessage(result)));
            break;
        }
        PQclear(result);
    }
    return outcome;
}

} // namespace lejek
