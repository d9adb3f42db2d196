// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ConnectionSettings.h"
#include "Error.h"
#include "SqlDialect.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

namespace lejek {

// One open connection and its dialect. Lives on, and is used from, one thread only
// (the store thread). Every statement is prepared with bound values.
class Database
{
public:
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Opens and sets the session up; does not migrate (see Migrator).
    static Result<std::unique_ptr<Database>> open(const ConnectionSettings &settings, const QString &connectionName);

    const SqlDialect &dialect() const { return m_dialect; }
    const ConnectionSettings &settings() const { return m_settings; }
    QSqlDatabase &connection() { return m_db; }

    // Runs a statement with positional (?) values; the query is positioned before the
    // first row. Statements are prepared once per text and reused.
    Result<QSqlQuery *> exec(const QString &sql, const QVariantList &values = {});
    // Runs a statement that returns one value (a count, an id from RETURNING).
    Result<QVariant> scalar(const QString &sql, const QVariantList &values = {});
    // Runs a statement whose first column is an id, and returns them in its order.
    Result<QList<qint64>> ids(const QString &sql, const QVariantList &values = {});
    // Runs text with several statements split on ';' (migrations).
    Result<void> execScript(const QString &script);

    bool inTransaction() const { return m_transactionDepth > 0; }
    // Transactions begun and not yet ended: 1 inside the outermost, more inside units that
    // joined it. A unit of work runs its before-commit hook only at 1.
    int transactionDepth() const { return m_transactionDepth; }
    // SQLite's SQLITE_BUSY: another connection held the lock longer than this one could
    // wait. (PostgreSQL's codes are five-character SQLSTATEs.)
    static bool isBusy(const QSqlError &error);
    // A refused statement's error, worded as exec() words it (a busy database says so).
    static Error refusal(const QSqlError &error);
    // Ends every statement's result, read to the end or not (the store thread does after
    // each job): an SQLite statement left open holds its read snapshot, so later reads
    // and PRAGMA data_version would miss what other connections committed.
    void releaseResults();

private:
    friend class Transaction;
    friend class Savepoint;
    friend class ReadSnapshot;
    Database(QSqlDatabase db, SqlDialect dialect, ConnectionSettings settings);
    Result<void> begin();
    Result<void> commit();
    void rollback();

    QSqlDatabase m_db;
    SqlDialect m_dialect;
    ConnectionSettings m_settings;
    QHash<QString, QSqlQuery *> m_prepared;
    int m_transactionDepth = 0;
    bool m_rollbackOnly = false; // a nested unit failed: the outermost must roll back
};

// A unit of work: begun on construction, rolled back on destruction unless committed.
// Nested units join the outer one, so a service can compose repository calls.
class Transaction
{
public:
    explicit Transaction(Database &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    const Result<void> &started() const { return m_started; }
    Result<void> commit();

private:
    Database &m_db;
    Result<void> m_started;
    bool m_done = false;
};

// Several reads that must agree (a report's counts, then the rows at the ranks they
// give), all from one snapshot of the database: begun on construction, ended on
// destruction. Inside a transaction already, it joins it. Not for writes.
class ReadSnapshot
{
public:
    explicit ReadSnapshot(Database &db);
    ~ReadSnapshot();
    ReadSnapshot(const ReadSnapshot &) = delete;
    ReadSnapshot &operator=(const ReadSnapshot &) = delete;

    const Result<void> &started() const { return m_started; }

private:
    Database &m_db;
    Result<void> m_started;
    bool m_open = false;
};

// A unit that may fail alone inside a transaction (one row of an import): released on
// release(), rolled back to where it began on destruction, without dooming the outer
// unit of work. Also what keeps a PostgreSQL transaction usable after a failed statement.
class Savepoint
{
public:
    explicit Savepoint(Database &db);
    ~Savepoint();
    Savepoint(const Savepoint &) = delete;
    Savepoint &operator=(const Savepoint &) = delete;

    const Result<void> &started() const { return m_started; }
    Result<void> release();

private:
    Database &m_db;
    QString m_name;
    int m_depth = 0;
    bool m_rollbackOnly = false;
    Result<void> m_started;
    bool m_done = false;
};

} // namespace lejek
