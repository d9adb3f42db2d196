// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace lejek {

// Everything SQLite and PostgreSQL spell differently, in one place. The rest of the
// store writes one SQL text for both.
class SqlDialect
{
public:
    enum class Kind { SQLite, PostgreSQL };
    explicit SqlDialect(Kind kind) : m_kind(kind) {}

    Kind kind() const { return m_kind; }
    QString driverName() const;
    // Replaces {{ID}} in migration text by the auto-increment primary key.
    QString expand(const QString &sql) const;
    // SQLite takes the write lock at BEGIN so two writers never deadlock on upgrade.
    QString beginWrite() const;
    // Per-connection settings that change nothing in the file.
    QStringList sessionSetup() const;
    // Settings written into the database itself (SQLite's WAL mode): applied only
    // after the schema version says this build may write to it.
    QStringList persistentSetup() const;
    // Serialises schema migrations across processes (PostgreSQL); SQLite's
    // BEGIN IMMEDIATE already does.
    QString migrationLock() const;
    QString tableExistsQuery() const; // one ? for the table name

private:
    Kind m_kind;
};

} // namespace lejek
