// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DryRunKeyRepository.h"

#include <algorithm>

namespace lejek {

using namespace Qt::Literals::StringLiterals;

namespace {
// Fixed statement sizes (the last item repeated), so one prepared statement serves every
// chunk: 3 values a key, well under either backend's limit on bound values.
constexpr qsizetype AddChunk = 200;
constexpr qsizetype LookupChunk = 256;
} // namespace

Result<void> DryRunKeyRepository::clear()
{
    // DDL cannot be a prepared statement on PostgreSQL: a script. TEMP tables exist
    // on both backends with this syntax; IF NOT EXISTS keeps a connection's table.
    if (auto r = m_db.execScript(u"CREATE TEMP TABLE IF NOT EXISTS dry_run_keys ("
                                  "kind INTEGER NOT NULL, value TEXT NOT NULL, line INTEGER NOT NULL, "
                                  "PRIMARY KEY (kind, value))"_s);
        !r)
        return r;
    if (auto r = m_db.exec(u"DELETE FROM dry_run_keys"_s); !r)
        return std::unexpected(r.error());
    return ok();
}

Result<void> DryRunKeyRepository::add(const QList<Key> &keys)
{
    if (keys.isEmpty())
        return ok();
    static const QString sql = u"INSERT INTO dry_run_keys (kind, value, line) VALUES %1 ON CONFLICT (kind, value) DO NOTHING"_s.arg(
        QStringList(AddChunk, u"(?, ?, ?)"_s).join(u", "_s));
    // One transaction for all chunks: SQLite would otherwise sync each.
    Transaction tx(m_db);
    if (!tx.started())
        return tx.started();
    for (qsizetype from = 0; from < keys.size(); from += AddChunk) {
        QVariantList bound;
        bound.reserve(AddChunk * 3);
        for (qsizetype i = from; i < from + AddChunk; ++i) {
            const Key &key = keys[std::min(i, keys.size() - 1)];
            bound << key.kind << key.value << key.line;
        }
        if (auto r = m_db.exec(sql, bound); !r)
            return std::unexpected(r.error());
    }
    return tx.commit();
}

Result<QHash<QString, int>> DryRunKeyRepository::lines(int kind, const QStringList &values)
{
    static const QString sql = u"SELECT value, line FROM dry_run_keys WHERE kind = ? AND value IN (%1)"_s.arg(
        QStringList(LookupChunk, u"?"_s).join(u", "_s));
    QHash<QString, int> found;
    for (qsizetype from = 0; from < values.size(); from += LookupChunk) {
        QVariantList bound{kind};
        for (qsizetype i = from; i < from + LookupChunk; ++i)
            bound.append(values[std::min(i, values.size() - 1)]);
        auto query = m_db.exec(sql, bound);
        if (!query)
            return std::unexpected(query.error());
        while ((*query)->next())
            found.insert((*query)->value(0).toString(), (*query)->value(1).toInt());
        (*query)->finish();
    }
    return found;
}

} // namespace lejek
