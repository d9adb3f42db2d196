// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PostgresCopy.h"

#include "NativeHandle.h"
#include "PostgresRows.h"

#include <libpq-fe.h>

namespace lejek {

using namespace Qt::Literals::StringLiterals;

namespace {

// Reads the results of the command in progress; the error of the first that failed.
Result<void> finish(PGconn *conn)
{
    Result<void> outcome;
    while (PGresult *result = PQgetResult(conn)) {
        if (PQresultStatus(result) != PGRES_COMMAND_OK && outcome)
            outcome = std::unexpected(PostgresRows::refused(PQresultErrorMessage(result)));
        PQclear(result);
    }
    return outcome;
}

} // namespace

bool PostgresCopy::available(Database &db)
{
    return NativeHandle::postgres(db) != nullptr;
}

void PostgresCopy::appendValue(QByteArray &line, const QVariant &value)
{
    if (value.isNull()) {
        line += "\\N";
        return;
    }
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong: line += QByteArray::number(value.toLongLong()); return;
    case QMetaType::Bool: line += value.toBool() ? "t" : "f"; return;
    case QMetaType::Double: line += QByteArray::number(value.toDouble(), 'g', 17); return;
    default: break;
    }
    const QByteArray text = value.toString().toUtf8();
    line.reserve(line.size() + text.size());
    for (const char c : text) {
        switch (c) {
        case '\\': line += "\\\\"; break;
        case '\t': line += "\\t"; break;
        case '\n': line += "\\n"; break;
        case '\r': line += "\\r"; break;
        default: line += c;
        }
    }
}

Result<void> PostgresCopy::write(Database &db, const QString &table, const QStringList &columns, qsizetype rowCount,
                                 const std::function<QVariantList(qsizetype)> &row)
{
    PGconn *conn = NativeHandle::postgres(db);
    if (!conn)
        return std::unexpected(Error::storage(u"COPY needs a PostgreSQL connection"_s));
    if (rowCount == 0)
        return ok();
    db.releaseResults(); // libpq runs one command at a time: none of Qt's may be pending
    const QByteArray command = u"COPY %1 (%2) FROM STDIN"_s.arg(table, columns.join(u", "_s)).toUtf8();
    PGresult *started = PQexec(conn, command.constData());
    const bool copying = PQresultStatus(started) == PGRES_COPY_IN;
    PQclear(started);
    if (!copying) {
        const Error error = PostgresRows::refused(PQerrorMessage(conn));
        finish(conn);
        return std::unexpected(error);
    }
    QByteArray chunk;
    constexpr qsizetype ChunkBytes = 256 * 1024;
    bool sent = true;
    for (qsizetype r = 0; r < rowCount; ++r) {
        const QVariantList values = row(r);
        for (qsizetype i = 0; i < values.size(); ++i) {
            if (i > 0)
                chunk += '\t';
            appendValue(chunk, values[i]);
        }
        chunk += '\n';
        if (chunk.size() >= ChunkBytes) {
            sent = PQputCopyData(conn, chunk.constData(), static_cast<int>(chunk.size())) == 1;
            chunk.clear();
            if (!sent)
                break;
        }
    }
    if (sent && !chunk.isEmpty())
        sent = PQputCopyData(conn, chunk.constData(), static_cast<int>(chunk.size())) == 1;
    if (PQputCopyEnd(conn, sent ? nullptr : "lejek: sending the rows failed") != 1) {
        const Error error = PostgresRows::refused(PQerrorMessage(conn));
        finish(conn);
        return std::unexpected(error);
    }
    return finish(conn);
}

} // namespace lejek
