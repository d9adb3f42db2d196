// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

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
    // Replaces {{ID}} in migration text by the auto-increment primary key, and {{KEY}} by
    // a primary key whose values another table gives.
    QString expand(const QString &sql) const;
    // SQLite takes the write lock at BEGIN so two writers never deadlock on upgrade.
    QString beginWrite() const;
    // Per-connection settings that change nothing in the file.
    QStringList sessionSetup() const;
    // Settings written into the database itself (SQLite's WAL mode): applied only
    // after the schema version says this build may write to it.
    QStringList persistentSetup() const;
    // Begins a read-only transaction whose reads all see one snapshot (ReadSnapshot).
    QString beginRead() const;
    // Makes a session refuse every write, and on SQLite read its file mapped: the store's
    // read connections (StoreThread::read).
    QString readOnlySession() const;
    // Where the connection keeps temporary tables (SQLite; empty on PostgreSQL, whose
    // temporary tables spill to disk anyway): in memory, the session's default, or on
    // disk behind a small cache, for one that grows with a file (a dry run's keys).
    // Switching drops the connection's temporary tables, and is refused in a transaction.
    QString tempTablesOnDisk(bool onDisk) const;
    // Serialises schema migrations across processes (PostgreSQL); SQLite's
    // BEGIN IMMEDIATE already does.
    QString migrationLock() const;
    // Ends a SELECT of work rows that a scheduler (automations, SLA timers) marks as its
    // own in the same write transaction, so that no row is claimed twice: PostgreSQL locks
    // the rows it returns and skips those another server's transaction holds ("FOR UPDATE
    // SKIP LOCKED"); SQLite needs nothing (" "), since its write transaction (beginWrite())
    // already keeps every other writer out until the claim commits.
    QString claimClause() const;
    QString tableExistsQuery() const; // one ? for the table name
    // "`column` IN (…)" of a list of ids bound as one value (idArray), whatever its
    // length: one statement text, prepared once, for every list. SQLite reads the list as
    // JSON, PostgreSQL as an array.
    QString inIdArray(const QString &column) const;
    QVariant idArray(const QList<qint64> &ids) const;
    // Run before (`on`) and after look-ups into a table the transaction is filling (an
    // import's duplicate checks), or empty. PostgreSQL would keep reusing the generic plan
    // of a prepared look-up made while the table was nearly empty (a sequential scan)
    // until the next auto-analyze; this plans each execution for the table as it is.
    // Only around the look-ups: for a whole import transaction it also re-planned every
    // foreign-key check and trigger statement of each row written (a fifth of the time).
    QString customPlans(bool on) const;
    // Counts `table`'s rows for the planner, this transaction's own included, or empty
    // (SQLite plans without statistics unless asked to keep them).
    QString analyze(const QString &table, const QString &column) const;
    // Multi-row statements (an import batch): how many rows of `valuesPerRow` bound
    // values one statement may carry within the backend's limit on bound values
    // (SQLite 32,766, PostgreSQL 65,535), a power of two, at most 64: Qt binds each value
    // at a cost that grows with the statement's count, so longer ones gain nothing.
    qsizetype rowsPerStatement(qsizetype valuesPerRow) const;
    // `rows` split into statement sizes: full ones of `maxRows`, then the rest as powers
    // of two, so a few statement texts (each prepared once and reused) cover any count.
    static QList<qsizetype> statementSizes(qsizetype rows, qsizetype maxRows);
    // "(?, ?), (?, ?)" for `rows` rows of `columns` values.
    static QString valueRows(qsizetype rows, qsizetype columns);
    // The values to bind for a look-up "… IN (?, …)" of `chunk` marks (valueRows(1,
    // chunk)) after the `leading` ones: `values` `chunk` at a time, the last repeated to
    // fill the last chunk, so one prepared statement serves every chunk.
    static QList<QVariantList> paddedChunks(const QVariantList &leading, const QStringList &values, qsizetype chunk);

private:
    Kind m_kind;
};

} // namespace lejek
