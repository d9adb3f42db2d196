// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PipelineCache.h"

#include "PipelineRepository.h"

namespace lejek {

using namespace Qt::Literals::StringLiterals;

Result<qint64> PipelineCache::version(Database &db)
{
    auto value = db.scalar(u"SELECT value FROM meta WHERE key = 'config_version'"_s);
    if (!value)
        return std::unexpected(value.error());
    return value->isNull() ? 0 : value->toString().toLongLong();
}

Result<void> PipelineCache::bump(Database &db)
{
    // One row of meta, made by the first change (databases before it have none).
    if (auto r = db.exec(u"INSERT INTO meta (key, value) VALUES ('config_version', '1') "
                         "ON CONFLICT (key) DO UPDATE SET value = CAST(CAST(meta.value AS INTEGER) + 1 AS TEXT)"_s);
        !r)
        return std::unexpected(r.error());
    return ok();
}

Result<Pipeline> PipelineCache::load(Database &db, qint64 pipelineId)
{
    auto current = version(db);
    if (!current)
        return std::unexpected(current.error());
    {
        QMutexLocker lock(&m_mutex);
        if (*current != m_version) {
            m_pipelines.clear();
            m_version = *current;
        } else if (const auto known = m_pipelines.constFind(pipelineId); known != m_pipelines.cend()) {
            return *known;
        }
    }
    auto loaded = PipelineRepository(db).load(pipelineId);
    if (!loaded)
        return loaded;
    QMutexLocker lock(&m_mutex);
    if (m_version == *current) // not if another thread saw a newer version meanwhile
        m_pipelines.insert(pipelineId, *loaded);
    return loaded;
}

} // namespace lejek
