// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "EngineConfigRepository.h"

#include "HandoffStayRepository.h"
#include "PipelineRepository.h"
#include "SqlValue.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace lejek {

using namespace Qt::Literals::StringLiterals;

Result<std::optional<EngineConfigRepository::Piece>> EngineConfigRepository::current(qint64 pipelineId, const QString &kind)
{
    // Pipeline 0: the pieces every pipeline shares (the teams), kept with no pipeline.
    auto q = pipelineId ? m_db.exec(u"SELECT id, body, valid_from, changed_by FROM engine_configs WHERE pipeline_id = ? AND kind = ? "
                                    "ORDER BY id DESC LIMIT 1"_s,
                                    {pipelineId, kind})
                        : m_db.exec(u"SELECT id, body, valid_from, changed_by FROM engine_configs WHERE pipeline_id IS NULL AND kind = ? "
                                    "ORDER BY id DESC LIMIT 1"_s,
                                    {kind});
    if (!q)
        return std::unexpected(q.error());
    if (!(*q)->next())
        return std::optional<Piece>();
    const QSqlQuery &r = **q;
    const QJsonDocument doc = QJsonDocument::fromJson(r.value(1).toString().toUtf8());
    Piece piece{r.value(0).toLongLong(), doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object()),
                SqlValue::toTime(r.value(2)), r.value(3).toLongLong()};
    (*q)->finish();
    return std::optional<Piece>(piece);
}

Result<qint64> EngineConfigRepository::latestVersion(qint64 pipelineId)
{
    auto id = m_db.scalar(u"SELECT MAX(id) FROM engine_configs WHERE pipeline_id = ?"_s, {pipelineId});
    if (!id)
        return std::unexpected(id.error());
    return id->toLongLong();
}

Result<qint64> EngineConfigRepository::save(qint64 pipelineId, const QString &kind, const QJsonValue &body, const QDateTime &at,
                                            qint64 userId)
{
    const QByteArray text = body.isArray() ? QJsonDocument(body.toArray()).toJson(QJsonDocument::Compact)
                                           : QJsonDocument(body.toObject()).toJson(QJsonDocument::Compact);
    auto id = m_db.scalar(u"INSERT INTO engine_configs (pipeline_id, kind, body, valid_from, changed_by) VALUES (?, ?, ?, ?, ?) "
                          "RETURNING id"_s,
                          {pipelineId ? QVariant(pipelineId) : SqlValue::nullInt(), kind, QString::fromUtf8(text), SqlValue::fromTime(at),
                           userId ? QVariant(userId) : SqlValue::nullInt()});
    if (!id)
        return std::unexpected(id.error());
    // The scoring model names the stage where marketing hands leads to sales: the
    // handoffs the store keeps follow it (for every pipeline, when it is everyone's).
    if (kind == u"scoring"_s) {
        HandoffStayRepository handoffs(m_db);
        if (pipelineId == 0) {
            if (auto r = handoffs.refreshAll(); !r)
                return std::unexpected(r.error());
        } else {
            auto pipeline = PipelineRepository(m_db).load(pipelineId);
            if (!pipeline)
                return std::unexpected(pipeline.error());
            if (auto r = handoffs.refresh(*pipeline); !r)
                return std::unexpected(r.error());
        }
    }
    return id->toLongLong();
}

} // namespace lejek
