// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Error.h"

#include <QString>
#include <QStringList>

namespace lejek {

// Where the data lives, from what the user typed after --db: an SQLite file path or
// a PostgreSQL URL, postgresql://user@host:port/database. A password never comes
// from the URL: the caller fills `password` from the OS keychain, or leaves it empty
// so libpq reads the owner-only ~/.pgpass.
struct ConnectionSettings {
    enum class Driver { SQLite, PostgreSQL };
    Driver driver = Driver::SQLite;
    QString path;     // SQLite
    QString host;     // PostgreSQL
    int port = 5432;
    QString user;
    QString database;
    QString password;
    QStringList options; // libpq options from the URL's query: "sslmode=require"

    static Result<ConnectionSettings> parse(const QString &text);
    // The URL or path without any password, for messages and keychain keys.
    QString displayName() const;
    bool isPostgres() const { return driver == Driver::PostgreSQL; }
    // An SQLite database in memory lives and dies with its one connection.
    bool isInMemory() const { return driver == Driver::SQLite && (path.isEmpty() || path == QStringLiteral(":memory:")); }
};

} // namespace lejek
