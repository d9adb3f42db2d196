// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PipelineRepository.h"

#include "HandoffStayRepository.h"
#include "PipelineCache.h"
#include "SqlDialect.h"
#include "SqlValue.h"
#include "StageRow.h"
#include "StageVersionRepository.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace lejek {

using namespace Qt::Literals::StringLiterals;

namespace {
QString toJson(const QJsonValue &value)
{
    return QString::fromUtf8(value.isArray() ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)
                                             : QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
}
} // namespace

Result<QList<Pipeline>> PipelineRepository::loadAll()
{
    QList<Pipeline> pipelines;
    auto q = m_db.exec(u"SELECT id, name, template FROM pipelines ORDER BY id"_s);
    if (!q)
        return std::unexpected(q.error());
    while ((*q)->next())
        pipelines.append(Pipeline{(*q)->value(0).toLongLong(), (*q)->value(1).toString(), (*q)->value(2).toString(), {}, {}, {}});
    (*q)->finish();

    auto s = m_db.exec(u"SELECT id, pipeline_id, %1 FROM stages ORDER BY pipeline_id, position"_s.arg(StageRow::columns()));
    if (!s)
        return std::unexpected(s.error());
    while ((*s)->next()) {
        const QSqlQuery &r = **s;
        Stage stage = StageRow::read(r, 2);
        stage.id = r.value(0).toLongLong();
        stage.pipelineId = r.value(1).toLongLong();
        for (Pipeline &p : pipelines)
            if (p.id == stage.pipelineId)
                p.stages.append(stage);
    }
    (*s)->finish();

    auto f = m_db.exec(u"SELECT id, pipeline_id, key, label, type, choices FROM field_definitions ORDER BY pipeline_id, position, id"_s);
    if (!f)
        return std::unexpected(f.error());
    while ((*f)->next()) {
        QSqlQuery &r = **f;
        FieldDefinition field;
        field.id = r.value(0).toLongLong();
        field.key = r.value(2).toString();
        field.label = r.value(3).toString();
        fieldTypeFromName(r.value(4).toString(), &field.type);
        for (const QJsonValue &v : QJsonDocument::fromJson(r.value(5).toString().toUtf8()).array())
            field.choices.append(v.toString());
        field.custom = true;
        for (Pipeline &p : pipelines)
            if (p.id == r.value(1).toLongLong())
                p.customFields.append(field);
    }
    (*f)->finish();

    auto m = m_db.exec(u"SELECT pipeline_id, user_id FROM pipeline_members ORDER BY pipeline_id, user_id"_s);
    if (!m)
        return std::unexpected(m.error());
    while ((*m)->next())
        for (Pipeline &p : pipelines)
            if (p.id == (*m)->value(0).toLongLong())
                p.memberIds.append((*m)->value(1).toLongLong());
    (*m)->finish();
    return pipelines;
}

Result<Pipeline> PipelineRepository::load(qint64 id)
{
    auto all = loadAll();
    if (!all)
        return std::unexpected(all.error());
    for (const Pipeline &p : *all)
        if (p.id == id)
            return p;
    return std::unexpected(Error::notFound(QCoreApplication::translate("lejek::PipelineRepository", "no pipeline with id %1").arg(id)));
}

Result<Pipeline> PipelineRepository::insert(const Pipeline &draft, const QDateTime &now, qint64 authorId)
{
    Transaction tx(m_db);
    if (!tx.started())
        return std::unexpected(tx.started().error());
    if (auto r = PipelineCache::bump(m_db); !r)
        return std::unexpected(r.error());
    auto exists = m_db.scalar(u"SELECT COUNT(*) FROM pipelines WHERE name = ?"_s, {draft.name});
    if (!exists)
        return std::unexpected(exists.error());
    if (exists->toInt() > 0)
        return std::unexpected(Error::invalid(
            QCoreApplication::translate("lejek::PipelineRepository", "a pipeline named \"%1\" already exists").arg(draft.name),
            {{u"name"_s, QCoreApplication::translate("lejek::PipelineRepository", "is taken")}}));
    auto id = m_db.scalar(u"INSERT INTO pipelines (name, template, created_at) VALUES (?, ?, ?) RETURNING id"_s,
                          {draft.name, draft.templateKey.isEmpty() ? SqlValue::nullText() : QVariant(draft.templateKey),
                           SqlValue::fromTime(now)});
    if (!id)
        return std::unexpected(id.error());
    QList<Stage> stages;
    for (Stage stage : draft.stages) {
        QVariantList values{*id};
        values += StageRow::values(stage);
        auto stageId = m_db.scalar(u"INSERT INTO stages (pipeline_id, %1) VALUES %2 RETURNING id"_s.arg(
                                       StageRow::columns(), SqlDialect::valueRows(1, 1 + StageRow::columnCount)),
                                   values);
        if (!stageId)
            return std::unexpected(stageId.error());
        stage.id = stageId->toLongLong();
        stage.pipelineId = id->toLongLong();
        stages.append(stage);
    }
    if (auto r = StageVersionRepository(m_db).append(stages, StageVersion::Change::Created, now, authorId); !r)
        return std::unexpected(r.error());
    if (!draft.memberIds.isEmpty())
        if (auto r = setMembers(id->toLongLong(), draft.memberIds); !r)
            return std::unexpected(r.error());
    int position = 0;
    for (const FieldDefinition &field : draft.customFields) {
        auto r = m_db.exec(u"INSERT INTO field_definitions (pipeline_id, key, label, type, choices, position) VALUES (?, ?, ?, ?, ?, ?)"_s,
                           {*id, field.key, field.label, fieldTypeName(field.type),
                            toJson(QJsonArray::fromStringList(field.choices)), ++position});
        if (!r)
            return std::unexpected(r.error());
    }
    auto pipeline = load(id->toLongLong());
    if (!pipeline)
        return pipeline;
    // Where it hands leads to sales, for the handoffs its stays will count.
    if (auto r = HandoffStayRepository(m_db).refresh(*pipeline); !r)
        return std::unexpected(r.error());
    if (auto r = tx.commit(); !r)
        return std::unexpected(r.error());
    return pipeline;
}

Result<Stage> PipelineRepository::updateStage(const Stage &stage, const QDateTime &now, qint64 authorId)
{
    Transaction tx(m_db);
    if (!tx.started())
        return std::unexpected(tx.started().error());
    if (auto r = PipelineCache::bump(m_db); !r)
        return std::unexpected(r.error());
    QStringList sets;
    for (const QString &column : StageRow::columns().split(u", "_s))
        sets.append(column + u" = ?"_s);
    QVariantList values = StageRow::values(stage);
    values << stage.id << stage.pipelineId;
    auto q = m_db.exec(u"UPDATE stages SET %1 WHERE id = ? AND pipeline_id = ?"_s.arg(sets.join(u", "_s)), values);
    if (!q)
        return std::unexpected(q.error());
    if ((*q)->numRowsAffected() != 1)
        return std::unexpected(Error::notFound(
            QCoreApplication::translate("lejek::PipelineRepository", "pipeline %1 has no stage with id %2").arg(stage.pipelineId).arg(stage.id)));
    if (auto r = StageVersionRepository(m_db).append({stage}, StageVersion::Change::Changed, now, authorId); !r)
        return std::unexpected(r.error());
    // A stage renamed may be where the pipeline now hands leads to sales, or no longer.
    auto pipeline = load(stage.pipelineId);
    if (!pipeline)
        return std::unexpected(pipeline.error());
    if (auto r = HandoffStayRepository(m_db).refresh(*pipeline); !r)
        return std::unexpected(r.error());
    if (auto r = tx.commit(); !r)
        return std::unexpected(r.error());
    return stage;
}

Result<void> PipelineRepository::setMembers(qint64 pipelineId, const QList<qint64> &userIds)
{
    Transaction tx(m_db);
    if (!tx.started())
        return std::unexpected(tx.started().error());
    if (auto r = PipelineCache::bump(m_db); !r)
        return std::unexpected(r.error());
    if (auto r = m_db.exec(u"DELETE FROM pipeline_members WHERE pipeline_id = ?"_s, {pipelineId}); !r)
        return std::unexpected(r.error());
    for (qint64 userId : userIds)
        if (auto r = m_db.exec(u"INSERT INTO pipeline_members (pipeline_id, user_id) VALUES (?, ?)"_s, {pipelineId, userId}); !r)
            return std::unexpected(r.error());
    return tx.commit();
}

Result<QList<LostReason>> PipelineRepository::lostReasons()
{
    auto q = m_db.exec(u"SELECT code, label FROM lost_reasons ORDER BY position, code"_s);
    if (!q)
        return std::unexpected(q.error());
    QList<LostReason> reasons;
    while ((*q)->next())
        reasons.append(LostReason{(*q)->value(0).toString(), (*q)->value(1).toString()});
    (*q)->finish();
    return reasons;
}

} // namespace lejek
