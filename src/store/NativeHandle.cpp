// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "NativeHandle.h"

#include <QSqlDriver>

#include <libpq-fe.h>
#include <sqlite3.h>

namespace lejek {

using namespace Qt::Literals::StringLiterals;

sqlite3 *NativeHandle::sqlite(Database &db)
{
    if (db.dialect().kind() != SqlDialect::Kind::SQLite)
        return nullptr;
    const QVariant handle = db.connection().driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    // Debian's Qt links the system libsqlite3, as Lejek does; a Qt with its own copy
    // would report that copy's version here.
    auto version = db.scalar(u"SELECT sqlite_version()"_s);
    if (!version || version->toString() != QLatin1StringView(sqlite3_libversion()))
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

pg_conn *NativeHandle::postgres(Database &db)
{
    if (db.dialect().kind() != SqlDialect::Kind::PostgreSQL)
        return nullptr;
    const QVariant handle = db.connection().driver()->handle();
    // Qt 6 names it after the struct behind the PGconn typedef.
    if (!handle.isValid() || (qstrcmp(handle.typeName(), "pg_conn*") != 0 && qstrcmp(handle.typeName(), "PGconn*") != 0))
        return nullptr;
    return *static_cast<PGconn *const *>(handle.constData());
}

} // namespace lejek
