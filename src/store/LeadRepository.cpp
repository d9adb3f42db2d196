// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "LeadRepository.h"

#include "CustomPlans.h"
#include "LeadFields.h"
#include "PostgresCopy.h"
#include "SearchText.h"
#include "SqlValue.h"
#include "TableStatistics.h"
#include "SqliteBulkInsert.h"
#include "WebDomain.h"

#include <QCoreApplication>
#include <QSqlRecord>

namespace lejek {

using namespace Qt::Literals::StringLiterals;

namespace {

const QStringList &stateColumns()
{
    static const QStringList columns{u"id"_s, u"pipeline_id"_s, u"stage_id"_s, u"owner_id"_s, u"customer_id"_s,
                                     u"version"_s, u"created_at"_s, u"updated_at"_s, u"stage_entered_at"_s,
                                     u"last_activity_at"_s, u"closed_at"_s};
    return columns;
}

QStringList fieldColumns()
{
    QStringList columns;
    for (const FieldDefinition &f : LeadFields::canonical())
        columns.append(f.key);
    return columns;
}

const QString &selectList()
{
    static const QString list = [] {
        QStringList columns;
        for (const QString &c : stateColumns())
            columns.append(u"l."_s + c);
        for (const QString &c : fieldColumns())
            columns.append(u"l."_s + c);
        columns.append(u"u.name"_s);
        // The next open task's due time, for the card; an index seek on tasks_lead.
        columns.append(u"(SELECT MIN(t.due_at) FROM tasks t WHERE t.lead_id = l.id AND t.done_at IS NULL)"_s);
        columns.append(u"l.merged_into"_s);
        // What the engine keeps (EngineState): the card and the board's SLA badge show it.
        columns.append(u"l.score_reasons, l.routing_reason, l.sla_started_at, l.sla_first_contact_due_at, "
                       "l.sla_decision_due_at, l.sla_first_contact_at, l.sla_decided_at"_s);
        return columns.join(u", "_s);
    }();
    return list;
}

// The stored value of a canonical field; value 0 means no deal value yet.
QVariant storedValue(const FieldDefinition &f, const Lead &lead)
{
    if (f.key == u"currency"_s && !lead.isFilled(f.key))
        return u"PLN"_s;
    if (f.key == u"score"_s || f.key == u"value"_s)
        return lead.value(f.key).toLongLong();
    return SqlValue::fromField(f.type, lead.value(f.key));
}

Lead readLead(QSqlQuery &q)
{
    Lead lead;
    int i = 0;
    lead.id = q.value(i++).toLongLong();
    lead.pipelineId = q.value(i++).toLongLong();
    lead.stageId = q.value(i++).toLongLong();
    lead.ownerId = q.value(i++).toLongLong();
    lead.customerId = q.value(i++).toLongLong();
    lead.version = q.value(i++).toInt();
    lead.createdAt = SqlValue::toTime(q.value(i++));
    lead.updatedAt = SqlValue::toTime(q.value(i++));
    lead.stageEnteredAt = SqlValue::toTime(q.value(i++));
    lead.lastActivityAt = SqlValue::toTime(q.value(i++));
    lead.closedAt = SqlValue::toTime(q.value(i++));
    for (const FieldDefinition &f : LeadFields::canonical()) {
        const QVariant v = SqlValue::toField(f.type, q.value(i++));
        if (v.isValid() && !(f.key == u"value"_s && v.toLongLong() == 0))
            lead.values.insert(f.key, v);
    }
    lead.ownerName = q.value(i++).toString();
    lead.nextTaskDueAt = SqlValue::toTime(q.value(i++));
    lead.mergedInto = q.value(i++).toLongLong();
    lead.engine.scoreReasons = q.value(i++).toString();
    lead.engine.routingReason = q.value(i++).toString();
    lead.engine.slaStartedAt = SqlValue::toTime(q.value(i++));
    lead.engine.slaFirstContactDueAt = SqlValue::toTime(q.value(i++));
    lead.engine.slaDecisionDueAt = SqlValue::toTime(q.value(i++));
    lead.engine.slaFirstContactAt = SqlValue::toTime(q.value(i++));
    lead.engine.slaDecidedAt = SqlValue::toTime(q.value(i++));
    return lead;
}

} // namespace

QString LeadRepository::nameColumns(const QString &prefix)
{
    QStringList columns;
    for (const QString &key : LeadFields::identityKeys())
        columns.append(prefix + key);
    return columns.join(u", "_s);
}

QString LeadRepository::nameFrom(const QSqlQuery &row, int first)
{
    Lead lead;
    const QStringList &keys = LeadFields::identityKeys();
    for (int i = 0; i < keys.size(); ++i)
        if (!row.value(first + i).isNull())
            lead.values.insert(keys[i], row.value(first + i));
    return lead.displayName();
}

QString LeadRepository::searchTextOf(const Lead &lead)
{
    QStringList parts;
    for (const auto key : {"company", "first_name", "last_name", "email", "nip", "phone"})
        if (const QString v = lead.value(QString::fromLatin1(key)).toString(); !v.isEmpty())
            parts.append(v);
    return SearchText::fold(parts.join(u'\n'));
}

namespace {

QVariant webDomainOf(const Lead &lead)
{
    const QString domain = WebDomain::of(lead);
    return domain.isEmpty() ? SqlValue::nullText() : QVariant(domain);
}

// The columns insert() writes (id is generated), in insertValues() order.
const QStringList &insertColumns()
{
    static const QStringList columns = [] {
        QStringList c = stateColumns().mid(1);
        c += fieldColumns();
        c.append(u"search_text"_s);
        c.append(u"web_domain"_s);
        return c;
    }();
    return columns;
}

QVariantList insertValues(const Lead &lead)
{
    QVariantList values{lead.pipelineId,
                        lead.stageId,
                        lead.ownerId ? QVariant(lead.ownerId) : SqlValue::nullInt(),
                        lead.customerId ? QVariant(lead.customerId) : SqlValue::nullInt(),
                        lead.version,
                        SqlValue::fromTime(lead.createdAt),
                        SqlValue::fromTime(lead.updatedAt),
                        SqlValue::fromTime(lead.stageEnteredAt),
                        SqlValue::fromTime(lead.lastActivityAt),
                        SqlValue::fromTime(lead.closedAt)};
    for (const FieldDefinition &f : LeadFields::canonical())
        values.append(storedValue(f, lead));
    values.append(LeadRepository::searchTextOf(lead));
    values.append(webDomainOf(lead));
    return values;
}

QString sortColumn(LeadSort sort)
{
    switch (sort) {
    case LeadSort::LastActivity: return u"last_activity_at"_s;
    case LeadSort::Value: return u"value"_s;
    case LeadSort::Score: return u"score"_s;
    case LeadSort::Age: return u"stage_entered_at"_s;
    }
    return u"last_activity_at"_s;
}

// DOMAIN.md: an open lead rots; closed stages never do, whatever their setting.
bool rots(const Stage &stage)
{
    return stage.rottingDays > 0 && !stage.isClosed();
}

// The WHERE terms of a filter, with their bound values: the same SQL narrows a
// column's pages and the column totals, so a header always counts what it lists.
// `stages` are those the query reads; rotting compares each with its own days.
void addFilter(const LeadFilter &f, const LeadScope &scope, const QList<Stage> &stages, const QDateTime &now,
               QStringList &where, QVariantList &values)
{
    // A merged lead lives on in the lead it was merged into; the board's indexes leave
    // it out under this very term (migration 9).
    where.append(u"l.merged_into IS NULL"_s);
    LeadRepository::ownerTerms(f, scope, u"l.owner_id IS NULL"_s, where, values);
    // Every word must appear: "jan kowalski" finds Jan Kowalski although first and
    // last name are stored apart. Words are bound values, matched literally.
    for (const QString &word : SearchText::fold(f.text).simplified().split(u' ', Qt::SkipEmptyParts)) {
        where.append(u"l.search_text LIKE ? ESCAPE '\\'"_s);
        values.append(SqlValue::likePattern(word));
    }
    if (!f.source.isEmpty()) {
        where.append(u"l.source = ?"_s);
        values.append(f.source);
    }
    if (!f.campaign.isEmpty()) {
        where.append(u"l.campaign = ?"_s);
        values.append(f.campaign);
    }
    if (f.minScore) {
        where.append(u"l.score >= ?"_s);
        values.append(*f.minScore);
    }
    if (f.maxScore) {
        where.append(u"l.score <= ?"_s);
        values.append(*f.maxScore);
    }
    if (f.rottingOnly) {
        // One (stage, threshold) pair per rotting stage: each term reads the
        // (stage_id, last_activity_at) index.
        QStringList perStage;
        for (const Stage &s : stages) {
            if (!rots(s))
                continue;
            perStage.append(u"(l.stage_id = ? AND l.last_activity_at < ?)"_s);
            values << s.id << now.addMSecs(-qint64(s.rottingDays) * 24 * 60 * 60 * 1000).toMSecsSinceEpoch();
        }
        where.append(perStage.isEmpty() ? u"1 = 0"_s : u"("_s + perStage.join(u" OR "_s) + u")"_s);
    }
}

} // namespace

Result<Lead> LeadRepository::load(const Pipeline &pipeline, qint64 id)
{
    auto q = m_db.exec(u"SELECT %1 FROM leads l LEFT JOIN users u ON u.id = l.owner_id WHERE l.id = ?"_s.arg(selectList()), {id});
    if (!q)
        return std::unexpected(q.error());
    if (!(*q)->next())
        return std::unexpected(Error::notFound(QCoreApplication::translate("lejek::LeadRepository", "no lead with id %1").arg(id)));
    Lead lead = readLead(**q);
    (*q)->finish();
    if (auto r = readCustomValues(pipeline, lead); !r)
        return std::unexpected(r.error());
    return lead;
}

void LeadRepository::ownerTerms(const LeadFilter &filter, const LeadScope &scope, const QString &nobody, QStringList &where,
                                QVariantList &values)
{
    // What the acting principal may see, before what they asked for.
    if (!scope.everything) {
        QStringList allowed;
        if (scope.ownerId) {
            allowed.append(u"l.owner_id = ?"_s);
            values.append(scope.ownerId);
        }
        if (scope.teamId) {
            allowed.append(u"l.owner_id IN (SELECT id FROM users WHERE team_id = ?)"_s);
            values.append(scope.teamId);
        }
        if (scope.unassigned)
            allowed.append(nobody);
        where.append(allowed.isEmpty() ? u"1 = 0"_s : u"("_s + allowed.join(u" OR "_s) + u")"_s);
    }
    if (filter.ownerId) {
        where.append(u"l.owner_id = ?"_s);
        values.append(filter.ownerId);
    }
    if (filter.teamId) {
        where.append(u"l.owner_id IN (SELECT id FROM users WHERE team_id = ?)"_s);
        values.append(filter.teamId);
    }
}

void LeadRepository::filterTerms(const LeadFilter &filter, const LeadScope &scope, const QList<Stage> &stages, const QDateTime &now,
                                 QStringList &where, QVariantList &values)
{
    addFilter(filter, scope, stages, now, where, values);
}

Result<QHash<qint64, Lead>> LeadRepository::loadMany(const Pipeline &pipeline, const QList<qint64> &ids)
{
    QHash<qint64, Lead> leads;
    leads.reserve(ids.size());
    constexpr qsizetype Chunk = 500;
    for (qsizetype from = 0; from < ids.size(); from += Chunk) {
        const QString in = SqlValue::idList(ids.mid(from, Chunk));
        auto q = m_db.exec(u"SELECT %1 FROM leads l LEFT JOIN users u ON u.id = l.owner_id WHERE l.id IN (%2)"_s.arg(selectList(), in));
        if (!q)
            return std::unexpected(q.error());
        while ((*q)->next()) {
            Lead lead = readLead(**q);
            leads.insert(lead.id, std::move(lead));
        }
        (*q)->finish();
        if (pipeline.customFields.isEmpty())
            continue;
        auto values = m_db.exec(u"SELECT lead_id, field_id, value FROM lead_custom_values WHERE lead_id IN (%1)"_s.arg(in));
        if (!values)
            return std::unexpected(values.error());
        while ((*values)->next()) {
            const auto lead = leads.find((*values)->value(0).toLongLong());
            const qint64 fieldId = (*values)->value(1).toLongLong();
            for (const FieldDefinition &f : pipeline.customFields)
                if (lead != leads.end() && f.id == fieldId)
                    lead->values.insert(f.key, SqlValue::toField(f.type, (*values)->value(2)));
        }
        (*values)->finish();
    }
    return leads;
}

Result<qint64> LeadRepository::pipelineOf(qint64 leadId)
{
    auto v = m_db.scalar(u"SELECT pipeline_id FROM leads WHERE id = ?"_s, {leadId});
    if (!v)
        return std::unexpected(v.error());
    if (v->isNull())
        return std::unexpected(Error::notFound(QCoreApplication::translate("lejek::LeadRepository", "no lead with id %1").arg(leadId)));
    return v->toLongLong();
}

Result<qint64> LeadRepository::insert(const Pipeline &pipeline, const Lead &lead)
{
    auto id = insertRow(lead);
    if (!id)
        return id;
    if (!pipeline.customFields.isEmpty()) {
        Lead withId = lead;
        withId.id = *id;
        if (auto r = writeCustomValues(pipeline, withId); !r)
            return std::unexpected(r.error());
    }
    return id;
}

Result<qint64> LeadRepository::insertRow(const Lead &lead)
{
    static const QString sql = u"INSERT INTO leads (%1) VALUES %2 RETURNING id"_s.arg(
        insertColumns().join(u", "_s), SqlDialect::valueRows(1, insertColumns().size()));
    auto id = m_db.scalar(sql, insertValues(lead));
    if (!id)
        return std::unexpected(id.error());
    return id->toLongLong();
}

Result<QList<qint64>> LeadRepository::insertMany(const Pipeline &pipeline, const QList<Lead> &leads)
{
    auto ids = insertLeads(leads);
    if (!ids)
        return ids;
    // The leads are new, so there is nothing to delete first (unlike writeCustomValues).
    QVariantList custom;
    for (qsizetype i = 0; i < leads.size(); ++i)
        for (const FieldDefinition &f : pipeline.customFields)
            if (leads[i].isFilled(f.key))
                custom += QVariantList{(*ids)[i], f.id, SqlValue::fromField(f.type, leads[i].value(f.key)).toString()};
    const qsizetype customRows = custom.size() / 3;
    qsizetype at = 0;
    for (const qsizetype rows : SqlDialect::statementSizes(customRows, m_db.dialect().rowsPerStatement(3))) {
        if (auto r = m_db.exec(u"INSERT INTO lead_custom_values (lead_id, field_id, value) VALUES %1"_s.arg(SqlDialect::valueRows(rows, 3)),
                               custom.mid(at * 3, rows * 3));
            !r)
            return std::unexpected(r.error());
        at += rows;
    }
    return ids;
}

Result<QList<qint64>> LeadRepository::insertLeads(const QList<Lead> &leads)
{
    QList<qint64> ids;
    ids.reserve(leads.size());
    if (const auto bulk = SqliteBulkInsert::prepare(m_db, u"leads"_s, insertColumns())) {
        for (const Lead &lead : leads) {
            auto id = bulk->insert(insertValues(lead));
            if (!id)
                return std::unexpected(id.error());
            ids.append(*id);
        }
        return ids;
    }
    if (PostgresCopy::available(m_db)) {
        // The ids first, from the identity, so that each row carries its own.
        auto drawn = m_db.exec(u"SELECT nextval(pg_get_serial_sequence('leads', 'id')) FROM generate_series(1, CAST(? AS INTEGER))"_s,
                               {leads.size()});
        if (!drawn)
            return std::unexpected(drawn.error());
        while ((*drawn)->next())
            ids.append((*drawn)->value(0).toLongLong());
        (*drawn)->finish();
        std::sort(ids.begin(), ids.end());
        if (ids.size() != leads.size())
            return std::unexpected(Error::storage(QCoreApplication::translate("lejek::LeadRepository", "the database returned %1 ids for %2 new leads").arg(ids.size()).arg(leads.size())));
        if (auto r = PostgresCopy::write(m_db, u"leads"_s, QStringList{u"id"_s} + insertColumns(), leads.size(),
                                         [&](qsizetype i) { return QVariantList{ids[i]} + insertValues(leads[i]); });
            !r)
            return std::unexpected(r.error());
        return ids;
    }
    // Neither backend's own API is reachable (a Qt driver on another copy of the
    // library): one prepared row at a time, as insert() writes one.
    for (const Lead &lead : leads) {
        auto id = insertRow(lead);
        if (!id)
            return std::unexpected(id.error());
        ids.append(*id);
    }
    return ids;
}

Result<void> LeadRepository::refreshIdStatistics(qsizetype inserted)
{
    return TableStatistics::refresh(m_db, u"leads"_s, u"id"_s, inserted);
}

Result<void> LeadRepository::lockForWrite(qint64 leadId)
{
    if (m_db.dialect().kind() == SqlDialect::Kind::SQLite)
        return ok();
    auto q = m_db.exec(u"SELECT id FROM leads WHERE id = ? FOR UPDATE"_s, {leadId});
    if (!q)
        return std::unexpected(q.error());
    (*q)->finish();
    return ok();
}

Result<bool> LeadRepository::update(const Pipeline &pipeline, const Lead &lead, int expectedVersion)
{
    static const QString sql = [] {
        QStringList sets{u"stage_id = ?"_s, u"owner_id = ?"_s, u"customer_id = ?"_s, u"version = ?"_s,
                         u"updated_at = ?"_s, u"stage_entered_at = ?"_s, u"last_activity_at = ?"_s, u"closed_at = ?"_s};
        for (const QString &c : fieldColumns())
            sets.append(c + u" = ?"_s);
        sets.append(u"search_text = ?"_s);
        sets.append(u"web_domain = ?"_s);
        return u"UPDATE leads SET %1 WHERE id = ? AND version = ?"_s.arg(sets.join(u", "_s));
    }();
    QVariantList values{lead.stageId,
                        lead.ownerId ? QVariant(lead.ownerId) : SqlValue::nullInt(),
                        lead.customerId ? QVariant(lead.customerId) : SqlValue::nullInt(),
                        lead.version,
                        SqlValue::fromTime(lead.updatedAt),
                        SqlValue::fromTime(lead.stageEnteredAt),
                        SqlValue::fromTime(lead.lastActivityAt),
                        SqlValue::fromTime(lead.closedAt)};
    for (const FieldDefinition &f : LeadFields::canonical())
        values.append(storedValue(f, lead));
    values.append(LeadRepository::searchTextOf(lead));
    values.append(webDomainOf(lead));
    values << lead.id << expectedVersion;
    auto q = m_db.exec(sql, values);
    if (!q)
        return std::unexpected(q.error());
    const bool written = (*q)->numRowsAffected() == 1;
    (*q)->finish();
    if (!written)
        return false;
    if (auto r = writeCustomValues(pipeline, lead); !r)
        return std::unexpected(r.error());
    return true;
}

Result<void> LeadRepository::writeCustomValues(const Pipeline &pipeline, const Lead &lead)
{
    for (const FieldDefinition &f : pipeline.customFields) {
        if (auto r = m_db.exec(u"DELETE FROM lead_custom_values WHERE lead_id = ? AND field_id = ?"_s, {lead.id, f.id}); !r)
            return std::unexpected(r.error());
        if (!lead.isFilled(f.key))
            continue;
        if (auto r = m_db.exec(u"INSERT INTO lead_custom_values (lead_id, field_id, value) VALUES (?, ?, ?)"_s,
                               {lead.id, f.id, SqlValue::fromField(f.type, lead.value(f.key)).toString()});
            !r)
            return std::unexpected(r.error());
    }
    return ok();
}

Result<void> LeadRepository::readCustomValues(const Pipeline &pipeline, Lead &lead)
{
    if (pipeline.customFields.isEmpty())
        return ok();
    auto q = m_db.exec(u"SELECT field_id, value FROM lead_custom_values WHERE lead_id = ?"_s, {lead.id});
    if (!q)
        return std::unexpected(q.error());
    while ((*q)->next()) {
        const qint64 fieldId = (*q)->value(0).toLongLong();
        for (const FieldDefinition &f : pipeline.customFields)
            if (f.id == fieldId)
                lead.values.insert(f.key, SqlValue::toField(f.type, (*q)->value(1)));
    }
    return ok();
}

Result<StagePage> LeadRepository::page(const Pipeline &pipeline, const PageRequest &request, const QDateTime &now,
                                       const LeadScope &scope)
{
    const Stage *stage = pipeline.stage(request.stageId);
    if (!stage)
        return std::unexpected(Error::notFound(QCoreApplication::translate("lejek::LeadRepository", "no stage with id %1 in %2")
                                                   .arg(request.stageId)
                                                   .arg(pipeline.name)));
    const QString column = u"l."_s + sortColumn(request.sort);
    QStringList where{u"l.stage_id = ?"_s};
    QVariantList values{request.stageId};
    addFilter(request.filter, scope, {*stage}, now, where, values);
    if (request.after) {
        where.append(u"(%1, l.id) %2 (?, ?)"_s.arg(column, request.descending ? u"<"_s : u">"_s));
        values << request.after->sortValue << request.after->id;
    }
    const QString direction = request.descending ? u"DESC"_s : u"ASC"_s;
    const int limit = std::clamp(request.limit, 1, 1000);
    // A deferred join: the page's ids come from the index alone (OFFSET skips index
    // entries, not table rows), and only those rows are read and joined with their owner.
    const QString offset = request.offset > 0 && !request.after ? u" OFFSET %1"_s.arg(request.offset) : QString();
    const QString ids = u"SELECT l.id FROM leads l WHERE %1 ORDER BY %2 %3, l.id %3 LIMIT %4%5"_s
                            .arg(where.join(u" AND "_s), column, direction)
                            .arg(limit + 1)
                            .arg(offset);
    const QString sql = u"SELECT %1, %2 FROM (%3) page JOIN leads l ON l.id = page.id LEFT JOIN users u ON u.id = l.owner_id "
                        "ORDER BY %2 %4, l.id %4"_s
                            .arg(selectList(), column, ids, direction);
    auto q = m_db.exec(sql, values);
    if (!q)
        return std::unexpected(q.error());
    StagePage page;
    // After the lead's columns: its owner's name, its next task's due time, merged_into
    // and the seven engine columns.
    const int sortIndex = static_cast<int>(stateColumns().size() + fieldColumns().size() + 3 + 7);
    while ((*q)->next()) {
        if (page.leads.size() == limit) {
            page.hasMore = true;
            break;
        }
        page.next = PageCursor{(*q)->value(sortIndex), (*q)->value(0).toLongLong()};
        page.leads.append(readLead(**q));
    }
    (*q)->finish();
    if (!pipeline.customFields.isEmpty())
        for (Lead &lead : page.leads)
            if (auto r = readCustomValues(pipeline, lead); !r)
                return std::unexpected(r.error());
    return page;
}

Result<QList<StageTotals>> LeadRepository::totals(const Pipeline &pipeline, const LeadFilter &filter, const QDateTime &now,
                                                  const LeadScope &scope)
{
    QList<StageTotals> totals;
    // Unfiltered: one grouped scan of the (stage_id, value, id) index, no table rows
    // read. A filter adds the very terms page() uses.
    QStringList where{u"l.stage_id IN (SELECT id FROM stages WHERE pipeline_id = ?)"_s};
    QVariantList values{pipeline.id};
    addFilter(filter, scope, pipeline.stages, now, where, values);
    auto q = m_db.exec(u"SELECT l.stage_id, COUNT(*), COALESCE(SUM(l.value), 0) FROM leads l WHERE %1 GROUP BY l.stage_id"_s
                           .arg(where.join(u" AND "_s)),
                       values);
    if (!q)
        return std::unexpected(q.error());
    QHash<qint64, StageTotals> byStage;
    while ((*q)->next()) {
        StageTotals t;
        t.stageId = (*q)->value(0).toLongLong();
        t.count = (*q)->value(1).toLongLong();
        t.valueMinor = (*q)->value(2).toLongLong();
        byStage.insert(t.stageId, t);
    }
    (*q)->finish();
    for (const Stage &s : pipeline.stages) {
        StageTotals t = byStage.value(s.id);
        t.stageId = s.id;
        t.weightedMinor = t.valueMinor * s.probability / 100;
        totals.append(t);
    }
    return totals;
}

Result<qint64> LeadRepository::count(qint64 pipelineId, qint64 stageId)
{
    auto n = stageId ? m_db.scalar(u"SELECT COUNT(*) FROM leads WHERE stage_id = ? AND merged_into IS NULL"_s, {stageId})
                     : m_db.scalar(u"SELECT COUNT(*) FROM leads WHERE pipeline_id = ? AND merged_into IS NULL"_s, {pipelineId});
    if (!n)
        return std::unexpected(n.error());
    return n->toLongLong();
}

} // namespace lejek
