// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DryRunKeyRepository.h"

#include "CustomPlans.h"
#include "SqlValue.h"

#include <algorithm>

namespace lejek {

using namespace Qt::Literals::StringLiterals;

namespace {
// Fixed statement sizes (the last item repeated), so one prepared statement serves every
// chunk: 3 values a key, well under either backend's limit on bound values.
constexpr qsizetype AddChunk = 200;
constexpr qsizetype LookupChunk = 256;

bool isPostgres(const Database &db) { return db.dialect().kind() == SqlDialect::Kind::PostgreSQL; }
} // namespace

Result<void> DryRunKeyRepository::open(bool newRun)
{
    // A new run's table on disk (SQLite keeps temporary tables in memory for this
    // connection otherwise): a million rows' keys would take 100 MB there.
    if (const QString onDisk = m_db.dialect().tempTablesOnDisk(true); newRun && !onDisk.isEmpty())
        if (auto r = m_db.exec(onDisk); !r)
            return std::unexpected(r.error());
    // DDL cannot be a prepared statement on PostgreSQL: a script. TEMP tables exist
    // on both backends with this syntax; IF NOT EXISTS keeps a connection's table.
    if (auto r = m_db.execScript(u"CREATE TEMP TABLE IF NOT EXISTS dry_run_keys ("
                                  "kind INTEGER NOT NULL, value TEXT NOT NULL, line INTEGER NOT NULL, "
                                  "PRIMARY KEY (kind, value))"_s);
        !r)
        return r;
    return newRun ? clear() : ok();
}

Result<void> DryRunKeyRepository::clear()
{
    if (auto r = m_db.exec(u"DELETE FROM dry_run_keys"_s); !r)
        return std::unexpected(r.error());
    return ok();
}

Result<void> DryRunKeyRepository::close()
{
    // SQLite: back to temporary tables in memory, which drops this one.
    if (const QString inMemory = m_db.dialect().tempTablesOnDisk(false); !inMemory.isEmpty()) {
        if (auto r = m_db.exec(inMemory); !r)
            return std::unexpected(r.error());
        return ok();
    }
    return clear();
}

Result<void> DryRunKeyRepository::add(const QList<Key> &keys)
{
    if (keys.isEmpty())
        return ok();
    if (isPostgres(m_db)) {
        // One statement for the batch. Within it, the earliest line of a kind and value
        // is chosen by MIN (row order is not kept); ON CONFLICT keeps an earlier batch's.
        QStringList kinds, values, lines;
        for (const Key &key : keys) {
            kinds.append(QString::number(key.kind));
            values.append(key.value);
            lines.append(QString::number(key.line));
        }
        auto r = m_db.exec(u"INSERT INTO dry_run_keys (kind, value, line) "
                           "SELECT kind, value, MIN(line) FROM unnest(CAST(? AS INTEGER[]), CAST(? AS TEXT[]), CAST(? AS INTEGER[])) "
                           "AS k (kind, value, line) GROUP BY kind, value ON CONFLICT (kind, value) DO NOTHING"_s,
                           {SqlValue::arrayLiteral(kinds), SqlValue::arrayLiteral(values), SqlValue::arrayLiteral(lines)});
        if (!r)
            return std::unexpected(r.error());
        return ok();
    }
    static const QString sql = u"INSERT INTO dry_run_keys (kind, value, line) VALUES %1 ON CONFLICT (kind, value) DO NOTHING"_s.arg(
        QStringList(AddChunk, u"(?, ?, ?)"_s).join(u", "_s));
    // Lowest line first, so that DO NOTHING keeps it, as MIN() does above.
    QList<Key> sorted = keys;
    std::stable_sort(sorted.begin(), sorted.end(), [](const Key &a, const Key &b) { return a.line < b.line; });
    // One transaction for all chunks: SQLite would otherwise sync each.
    Transaction tx(m_db);
    if (!tx.started())
        return tx.started();
    for (qsizetype from = 0; from < keys.size(); from += AddChunk) {
        QVariantList bound;
        bound.reserve(AddChunk * 3);
        for (qsizetype i = from; i < from + AddChunk; ++i) {
            const Key &key = sorted[std::min(i, sorted.size() - 1)];
            bound << key.kind << key.value << key.line;
        }
        if (auto r = m_db.exec(sql, bound); !r)
            return std::unexpected(r.error());
    }
    return tx.commit();
}

Result<QHash<QString, int>> DryRunKeyRepository::lines(int kind, const QStringList &values)
{
    static const QString sql = u"SELECT value, line FROM dry_run_keys WHERE kind = ? AND value IN %1"_s.arg(
        SqlDialect::valueRows(1, LookupChunk));
    QHash<QString, int> found;
    const CustomPlans plans(m_db);
    if (!plans.started())
        return std::unexpected(plans.started().error());
    const auto read = [&](QSqlQuery *query) {
        while (query->next())
            found.insert(query->value(0).toString(), query->value(1).toInt());
        query->finish();
    };
    if (isPostgres(m_db)) {
        if (values.isEmpty())
            return found;
        auto query = m_db.exec(u"SELECT value, line FROM dry_run_keys WHERE kind = ? AND value = ANY (CAST(? AS TEXT[]))"_s,
                               {kind, SqlValue::arrayLiteral(values)});
        if (!query)
            return std::unexpected(query.error());
        read(*query);
        return found;
    }
    for (const QVariantList &bound : SqlDialect::paddedChunks({kind}, values, LookupChunk)) {
        auto query = m_db.exec(sql, bound);
        if (!query)
            return std::unexpected(query.error());
        read(*query);
    }
    return found;
}

} // namespace lejek
