// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TimelineRepository.h"

#include "SqlValue.h"

#include <QSqlQuery>

#include <algorithm>

namespace lejek {

using namespace Qt::Literals::StringLiterals;

namespace {

// A lead's stage changes and those of the leads merged into it (its activities and tasks
// were moved to it by the merge): both bind the lead's id.
const QString kStageSelect = u"SELECT c.id, c.from_stage_id, c.to_stage_id, c.changed_at, u.name, c.rule, c.note, c.imported, c.lead_id "
                             "FROM stage_changes c LEFT JOIN users u ON u.id = c.user_id "
                             "WHERE (c.lead_id = ? OR c.lead_id IN (SELECT m.id FROM leads m WHERE m.merged_into = ?))"_s;
const QString kActivitySelect = u"SELECT a.id, a.kind, a.occurred_at, u.name, a.rule, a.lead_version, a.subject, a.body, "
                                "a.field, a.old_value, a.new_value, a.user_id "
                                "FROM activities a LEFT JOIN users u ON u.id = a.user_id WHERE a.lead_id = ?"_s;

TimelineEntry readStageChange(const Pipeline &pipeline, const QSqlQuery &r)
{
    auto stageName = [&](const QVariant &id) {
        const Stage *s = id.isNull() ? nullptr : pipeline.stage(id.toLongLong());
        return s ? s->displayName() : QString();
    };
    TimelineEntry e;
    e.type = TimelineEntry::Type::StageChange;
    e.id = r.value(0).toLongLong();
    e.fromStage = stageName(r.value(1));
    e.toStage = stageName(r.value(2));
    e.at = SqlValue::toTime(r.value(3));
    e.who = r.value(4).toString();
    e.rule = r.value(5).toString();
    e.note = r.value(6).toString();
    e.imported = r.value(7).toInt() != 0;
    e.stageLeadId = r.value(8).toLongLong();
    return e;
}

TimelineEntry readActivity(qint64 leadId, const QSqlQuery &r)
{
    TimelineEntry e;
    e.type = TimelineEntry::Type::Activity;
    Activity &act = e.activity;
    act.id = r.value(0).toLongLong();
    act.leadId = leadId;
    act.kind = r.value(1).toString();
    act.occurredAt = SqlValue::toTime(r.value(2));
    act.userName = r.value(3).toString();
    act.rule = r.value(4).toString();
    act.leadVersion = r.value(5).toInt();
    act.subject = r.value(6).toString();
    act.body = r.value(7).toString();
    act.field = r.value(8).toString();
    act.oldValue = r.value(9).toString();
    act.newValue = r.value(10).toString();
    act.userId = r.value(11).toLongLong();
    e.id = act.id;
    e.at = act.occurredAt;
    e.who = act.userName;
    e.rule = act.rule;
    return e;
}

// Newest first; of one instant the activity first (in time order the move came first).
bool newerFirst(const TimelineEntry &x, const TimelineEntry &y)
{
    if (x.at != y.at)
        return x.at > y.at;
    const bool xStage = x.type == TimelineEntry::Type::StageChange;
    const bool yStage = y.type == TimelineEntry::Type::StageChange;
    if (xStage != yStage)
        return yStage;
    return x.id > y.id;
}

bool wants(const TimelineRequest &request, TimelineEntry::Category category)
{
    return request.categories.isEmpty() || request.categories.contains(category);
}

QString placeholders(qsizetype n)
{
    QStringList marks;
    for (qsizetype i = 0; i < n; ++i)
        marks.append(u"?"_s);
    return marks.join(u", "_s);
}

} // namespace

Result<QList<TimelineEntry>> TimelineRepository::all(const Pipeline &pipeline, qint64 leadId)
{
    QList<TimelineEntry> entries;
    auto s = m_db.exec(kStageSelect + u" ORDER BY c.changed_at, c.id"_s, {leadId, leadId});
    if (!s)
        return std::unexpected(s.error());
    while ((*s)->next())
        entries.append(readStageChange(pipeline, **s));
    (*s)->finish();
    auto a = m_db.exec(kActivitySelect + u" ORDER BY a.occurred_at, a.id"_s, {leadId});
    if (!a)
        return std::unexpected(a.error());
    while ((*a)->next())
        entries.append(readActivity(leadId, **a));
    (*a)->finish();
    std::stable_sort(entries.begin(), entries.end(), [](const TimelineEntry &x, const TimelineEntry &y) {
        if (x.at != y.at)
            return x.at < y.at;
        return x.type == TimelineEntry::Type::StageChange && y.type != TimelineEntry::Type::StageChange;
    });
    return entries;
}

Result<QList<TimelineEntry>> TimelineRepository::stageChanges(const Pipeline &pipeline, const TimelineRequest &request)
{
    if (!wants(request, TimelineEntry::Category::Stage))
        return QList<TimelineEntry>{};
    QString sql = kStageSelect;
    QVariantList values{request.leadId, request.leadId};
    if (const auto &c = request.before) {
        const QVariant at = SqlValue::fromTime(c->at);
        if (c->stageChange) {
            sql += u" AND (c.changed_at < ? OR (c.changed_at = ? AND c.id < ?))"_s;
            values << at << at << c->id;
        } else { // after an activity come the stage changes of its instant
            sql += u" AND c.changed_at <= ?"_s;
            values << at;
        }
    }
    sql += u" ORDER BY c.changed_at DESC, c.id DESC LIMIT ?"_s;
    values << request.limit + 1;
    auto q = m_db.exec(sql, values);
    if (!q)
        return std::unexpected(q.error());
    QList<TimelineEntry> entries;
    while ((*q)->next())
        entries.append(readStageChange(pipeline, **q));
    (*q)->finish();
    return entries;
}

Result<QList<TimelineEntry>> TimelineRepository::activities(const TimelineRequest &request)
{
    using C = TimelineEntry::Category;
    QString sql = kActivitySelect + u" AND a.kind <> 'stage_change'"_s;
    QVariantList values{request.leadId};
    if (!request.categories.isEmpty()) {
        QStringList kinds;
        for (const C category : request.categories)
            kinds += TimelineEntry::kindsOf(category);
        QStringList clauses;
        if (!kinds.isEmpty()) {
            clauses.append(u"a.kind IN (%1)"_s.arg(placeholders(kinds.size())));
            for (const QString &kind : kinds)
                values << kind;
        }
        if (request.categories.contains(C::Other)) { // what no category names
            QStringList known;
            for (const C category : TimelineEntry::categories())
                known += TimelineEntry::kindsOf(category);
            clauses.append(u"a.kind NOT IN (%1)"_s.arg(placeholders(known.size())));
            for (const QString &kind : known)
                values << kind;
        }
        if (clauses.isEmpty())
            return QList<TimelineEntry>{};
        sql += u" AND (%1)"_s.arg(clauses.join(u" OR "_s));
    }
    if (const auto &c = request.before) {
        const QVariant at = SqlValue::fromTime(c->at);
        if (c->stageChange) { // the activities of its instant came before it
            sql += u" AND a.occurred_at < ?"_s;
            values << at;
        } else {
            sql += u" AND (a.occurred_at < ? OR (a.occurred_at = ? AND a.id < ?))"_s;
            values << at << at << c->id;
        }
    }
    sql += u" ORDER BY a.occurred_at DESC, a.id DESC LIMIT ?"_s;
    values << request.limit + 1;
    auto q = m_db.exec(sql, values);
    if (!q)
        return std::unexpected(q.error());
    QList<TimelineEntry> entries;
    while ((*q)->next())
        entries.append(readActivity(request.leadId, **q));
    (*q)->finish();
    return entries;
}

Result<TimelinePage> TimelineRepository::page(const Pipeline &pipeline, const TimelineRequest &request)
{
    auto stages = stageChanges(pipeline, request);
    if (!stages)
        return std::unexpected(stages.error());
    auto acts = activities(request);
    if (!acts)
        return std::unexpected(acts.error());
    QList<TimelineEntry> merged;
    merged.reserve(stages->size() + acts->size());
    std::merge(stages->begin(), stages->end(), acts->begin(), acts->end(), std::back_inserter(merged), newerFirst);
    TimelinePage page;
    page.hasMore = merged.size() > request.limit;
    if (page.hasMore)
        merged.resize(request.limit);
    page.entries = std::move(merged);
    if (!page.entries.isEmpty()) {
        const TimelineEntry &last = page.entries.constLast();
        page.next = {last.at, last.type == TimelineEntry::Type::StageChange, last.id};
    }
    return page;
}

} // namespace lejek
