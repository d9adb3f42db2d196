// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "HistoryRepository.h"

#include "RowReader.h"
#include "SqlValue.h"

#include <algorithm>

namespace lejek {

using namespace Qt::Literals::StringLiterals;

namespace {
QVariant idOrNull(qint64 id) { return id ? QVariant(id) : SqlValue::nullInt(); }
QVariant textOrNull(const QString &text) { return text.isEmpty() ? SqlValue::nullText() : QVariant(text); }
} // namespace

namespace {

const QString kStageChangeColumns = u"lead_id, pipeline_id, from_stage_id, to_stage_id, changed_at, user_id, rule, note, imported"_s;
const QString kActivityColumns = u"lead_id, kind, occurred_at, user_id, rule, lead_version, subject, body, field, old_value, new_value"_s;

QVariantList stageChangeValues(const HistoryRepository::StageChange &c)
{
    return {c.leadId, c.pipelineId, idOrNull(c.fromStageId), c.toStageId, SqlValue::fromTime(c.at),
            idOrNull(c.userId), textOrNull(c.rule), textOrNull(c.note), c.imported ? 1 : 0};
}

QVariantList activityValues(const Activity &a)
{
    return {a.leadId, a.kind, SqlValue::fromTime(a.occurredAt), idOrNull(a.userId), textOrNull(a.rule),
            a.leadVersion ? QVariant(a.leadVersion) : SqlValue::nullInt(), textOrNull(a.subject),
            textOrNull(a.body), textOrNull(a.field), textOrNull(a.oldValue), textOrNull(a.newValue)};
}

} // namespace

Result<void> HistoryRepository::appendStageChange(const StageChange &c)
{
    auto r = m_db.exec(u"INSERT INTO stage_changes (%1) VALUES %2"_s.arg(kStageChangeColumns, SqlDialect::valueRows(1, 9)),
                       stageChangeValues(c));
    if (!r)
        return std::unexpected(r.error());
    return ok();
}

Result<void> HistoryRepository::appendOwnerChange(const OwnerChange &c)
{
    auto r = m_db.exec(u"INSERT INTO owner_changes (lead_id, from_user_id, to_user_id, changed_at, user_id, rule, imported) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?)"_s,
                       {c.leadId, idOrNull(c.fromUserId), idOrNull(c.toUserId), SqlValue::fromTime(c.at), idOrNull(c.userId),
                        textOrNull(c.rule), c.imported ? 1 : 0});
    if (!r)
        return std::unexpected(r.error());
    return ok();
}

Result<qint64> HistoryRepository::ownerAsOf(qint64 leadId, const QDateTime &at)
{
    // Changes at one instant keep their order by id; the first after `at` knows the
    // owner before it.
    auto q = m_db.exec(u"SELECT from_user_id FROM owner_changes WHERE lead_id = ? AND changed_at > ? "
                       "ORDER BY changed_at, id LIMIT 1"_s,
                       {leadId, SqlValue::fromTime(at)});
    if (!q)
        return std::unexpected(q.error());
    if ((*q)->next()) {
        const qint64 owner = (*q)->value(0).toLongLong();
        (*q)->finish();
        return owner;
    }
    (*q)->finish();
    auto now = m_db.scalar(u"SELECT owner_id FROM leads WHERE id = ?"_s, {leadId});
    if (!now)
        return std::unexpected(now.error());
    return now->toLongLong();
}

Result<QHash<qint64, qint64>> HistoryRepository::ownersBefore(const QDateTime &end)
{
    // In the order of each lead's changes, the first one's owner before it kept.
    QHash<qint64, qint64> owners;
    auto read = RowReader::each(m_db, u"SELECT lead_id, from_user_id FROM owner_changes WHERE changed_at >= ? ORDER BY lead_id, changed_at, id"_s,
                                {SqlValue::fromTime(end)}, [&owners](const RowReader &r) {
                                    if (!owners.contains(r.integer(0)))
                                        owners.insert(r.integer(0), r.integer(1));
                                });
    if (!read)
        return std::unexpected(read.error());
    return owners;
}

Result<qint64> HistoryRepository::appendActivity(const Activity &a)
{
    auto id = m_db.scalar(u"INSERT INTO activities (%1) VALUES %2 RETURNING id"_s.arg(kActivityColumns, SqlDialect::valueRows(1, 11)),
                          activityValues(a));
    if (!id)
        return std::unexpected(id.error());
    return id->toLongLong();
}

namespace {
// INSERT … VALUES of `rows`, as many rows a statement as the backend takes.
template<typename Row, typename ValuesOf>
Result<void> insertRows(Database &db, const QString &table, const QString &columns, qsizetype columnCount,
                        const QList<Row> &rows, ValuesOf valuesOf)
{
    qsizetype from = 0;
    for (const qsizetype n : SqlDialect::statementSizes(rows.size(), db.dialect().rowsPerStatement(columnCount))) {
        QVariantList values;
        values.reserve(n * columnCount);
        for (qsizetype i = from; i < from + n; ++i)
            values += valuesOf(rows[i]);
        if (auto r = db.exec(u"INSERT INTO %1 (%2) VALUES %3"_s.arg(table, columns, SqlDialect::valueRows(n, columnCount)), values); !r)
            return std::unexpected(r.error());
        from += n;
    }
    return ok();
}
} // namespace

Result<void> HistoryRepository::appendStageChanges(const QList<StageChange> &changes)
{
    return insertRows(m_db, u"stage_changes"_s, kStageChangeColumns, 9, changes, stageChangeValues);
}

Result<void> HistoryRepository::appendActivities(const QList<Activity> &activities)
{
    return insertRows(m_db, u"activities"_s, kActivityColumns, 11, activities, activityValues);
}

Result<void> HistoryRepository::appendCreations(qint64 pipelineId, const QList<Created> &leads, const QDateTime &at,
                                                qint64 userId, const QString &rule)
{
    // Typed: PostgreSQL cannot infer a parameter's type in a SELECT list. The ids come in
    // a VALUES list (columns column1, column2 on both backends), not from `leads`: a
    // prepared look-up there would keep the plan made while the table was empty.
    const QString shared = u"CAST(? AS BIGINT), CAST(? AS BIGINT), CAST(? AS TEXT)"_s;
    const QVariantList sharedValues{SqlValue::fromTime(at), idOrNull(userId), textOrNull(rule)};
    qsizetype from = 0;
    for (const qsizetype n : SqlDialect::statementSizes(leads.size(), m_db.dialect().rowsPerStatement(2))) {
        QVariantList changeValues{pipelineId};
        changeValues += sharedValues;
        QVariantList createdValues = sharedValues;
        changeValues.reserve(changeValues.size() + 2 * n);
        createdValues.reserve(createdValues.size() + n);
        for (qsizetype i = from; i < from + n; ++i) {
            changeValues << leads[i].leadId << leads[i].stageId;
            createdValues << leads[i].leadId;
        }
        if (auto r = m_db.exec(u"INSERT INTO stage_changes (%1) SELECT CAST(column1 AS BIGINT), CAST(? AS BIGINT), NULL, "
                                "CAST(column2 AS BIGINT), %2, NULL, 0 FROM (VALUES %3) AS created"_s.arg(
                                    kStageChangeColumns, shared, SqlDialect::valueRows(n, 2)),
                               changeValues);
            !r)
            return std::unexpected(r.error());
        if (auto r = m_db.exec(u"INSERT INTO activities (%1) SELECT CAST(column1 AS BIGINT), 'created', %2, 1, NULL, NULL, "
                                "NULL, NULL, NULL FROM (VALUES %3) AS created"_s.arg(kActivityColumns, shared,
                                                                                     SqlDialect::valueRows(n, 1)),
                               createdValues);
            !r)
            return std::unexpected(r.error());
        from += n;
    }
    return ok();
}

Result<QStringList> HistoryRepository::fieldsChangedSince(qint64 leadId, int version)
{
    auto q = m_db.exec(u"SELECT DISTINCT field FROM activities WHERE lead_id = ? AND lead_version > ? AND field IS NOT NULL ORDER BY field"_s,
                       {leadId, version});
    if (!q)
        return std::unexpected(q.error());
    QStringList fields;
    while ((*q)->next())
        fields.append((*q)->value(0).toString());
    (*q)->finish();
    return fields;
}

Result<QDateTime> HistoryRepository::firstContactSince(qint64 leadId, qint64 ownerId, const QDateTime &since)
{
    static const QString sql = [] {
        QStringList kinds;
        for (const QString &kind : Activity::contactKinds())
            kinds.append(u'\'' + kind + u'\''); // constants of ours, not input
        return u"SELECT MIN(occurred_at) FROM activities WHERE lead_id = ? AND kind IN (%1) AND occurred_at >= ? "
               "AND (? = 0 OR user_id IS NULL OR user_id = ?)"_s.arg(kinds.join(u", "_s));
    }();
    auto at = m_db.scalar(sql, {leadId, SqlValue::fromTime(since), ownerId, ownerId});
    if (!at)
        return std::unexpected(at.error());
    return SqlValue::toTime(*at);
}

Result<QHash<qint64, qint64>> HistoryRepository::firstOwners(qint64 pipelineId, const QDateTime &createdSince)
{
    auto q = m_db.exec(u"SELECT o.lead_id, o.from_user_id, o.to_user_id FROM owner_changes o JOIN leads l ON l.id = o.lead_id "
                       "WHERE l.pipeline_id = ? AND l.created_at >= ? ORDER BY o.lead_id, o.changed_at, o.id"_s,
                       {pipelineId, SqlValue::fromTime(createdSince)});
    if (!q)
        return std::unexpected(q.error());
    QHash<qint64, qint64> owners;
    qint64 lead = 0;
    while ((*q)->next()) {
        const qint64 id = (*q)->value(0).toLongLong();
        const qint64 from = (*q)->value(1).toLongLong(); // NULL reads as 0: nobody
        const qint64 to = (*q)->value(2).toLongLong();
        const bool first = id != lead;
        lead = id;
        if (first && from != 0)
            owners.insert(id, from); // owned from its creation
        else if (!owners.contains(id) && to != 0)
            owners.insert(id, to); // created without one: the first it was given
    }
    (*q)->finish();
    return owners;
}

Result<QHash<qint64, QDateTime>> HistoryRepository::firstEntries(qint64 pipelineId, const QList<qint64> &stageIds,
                                                                const QDateTime &createdSince)
{
    QHash<qint64, QDateTime> entries;
    if (stageIds.isEmpty())
        return entries;
    auto q = m_db.exec(u"SELECT s.lead_id, MIN(s.changed_at) FROM stage_changes s JOIN leads l ON l.id = s.lead_id "
                       "WHERE s.pipeline_id = ? AND l.created_at >= ? AND s.to_stage_id IN (%1) GROUP BY s.lead_id"_s.arg(
                           SqlValue::idList(stageIds)),
                       {pipelineId, SqlValue::fromTime(createdSince)});
    if (!q)
        return std::unexpected(q.error());
    while ((*q)->next())
        entries.insert((*q)->value(0).toLongLong(), SqlValue::toTime((*q)->value(1)));
    (*q)->finish();
    return entries;
}

} // namespace lejek
