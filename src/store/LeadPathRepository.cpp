// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "LeadPathRepository.h"

#include "Activity.h"
#include "HistoryRepository.h"
#include "LeadRepository.h"
#include "SqlValue.h"

#include <QSet>
#include <QSqlQuery>

namespace lejek {

using namespace Qt::Literals::StringLiterals;

namespace {

// Walks rows ordered by lead id (column 0) beside `paths` (in lead id order), calling
// `add` for each row of a lead in `paths`: one pass, no lookup per row. Rows of leads
// the filter left out are skipped.
template<typename Add>
void mergeByLead(QSqlQuery &rows, QList<LeadPath> &paths, Add &&add)
{
    qsizetype at = 0;
    while (rows.next()) {
        const qint64 leadId = rows.value(0).toLongLong();
        while (at < paths.size() && paths.at(at).leadId < leadId)
            ++at;
        if (at == paths.size())
            break; // the leads left are past every lead read
        if (paths.at(at).leadId == leadId)
            add(paths[at], rows);
    }
    rows.finish();
}

} // namespace

Result<QList<LeadPath>> LeadPathRepository::paths(const Pipeline &pipeline, const LeadFilter &filter, const LeadScope &scope,
                                                  const QDateTime &now)
{
    auto withTask = leadsWithOpenTask(pipeline.id);
    if (!withTask)
        return std::unexpected(withTask.error());

    // The leads, one row each in id order, then the pipeline's log in the same order
    // (stage_changes_pipeline_lead covers it), merged: no lookup into leads per change.
    QStringList where{u"l.pipeline_id = ?"_s};
    QVariantList values{pipeline.id};
    LeadRepository::filterTerms(filter, scope, pipeline.stages, now, where, values);
    auto q = m_db.exec(u"SELECT l.id, l.lost_reason, u.name, t.name, l.source, l.campaign, l.owner_id, l.value, l.currency, "
                       "l.decision_date, l.last_activity_at, u.team_id "
                       "FROM leads l LEFT JOIN users u ON u.id = l.owner_id LEFT JOIN teams t ON t.id = u.team_id "
                       "WHERE %1 ORDER BY l.id"_s.arg(where.join(u" AND "_s)),
                       values);
    if (!q)
        return std::unexpected(q.error());
    QList<LeadPath> paths;
    while ((*q)->next()) {
        const QSqlQuery &r = **q;
        LeadPath path;
        path.leadId = r.value(0).toLongLong();
        path.lostReason = r.value(1).toString();
        path.owner = r.value(2).toString();
        path.team = r.value(3).toString();
        path.source = r.value(4).toString();
        path.campaign = r.value(5).toString();
        path.ownerId = r.value(6).toLongLong();
        if (!r.value(7).isNull())
            path.value = r.value(7).toLongLong();
        path.currency = r.value(8).toString();
        path.expectedClose = QDate::fromString(r.value(9).toString(), Qt::ISODate);
        path.lastActivityAt = SqlValue::toTime(r.value(10));
        path.hasOpenTask = withTask->contains(path.leadId);
        path.teamId = r.value(11).toLongLong();
        paths.append(path);
    }
    (*q)->finish();

    auto log = m_db.exec(u"SELECT lead_id, to_stage_id, changed_at FROM stage_changes WHERE pipeline_id = ? "
                         "ORDER BY lead_id, changed_at, id"_s,
                         {pipeline.id});
    if (!log)
        return std::unexpected(log.error());
    mergeByLead(**log, paths, [](LeadPath &path, const QSqlQuery &row) {
        path.entries.append(LeadPath::Entry{row.value(1).toLongLong(), SqlValue::toTime(row.value(2))});
    });
    if (auto contacts = readContacts(pipeline.id, paths); !contacts)
        return std::unexpected(contacts.error());
    // A lead's first entry is when it came into the pipeline; one with none never did.
    paths.removeIf([](const LeadPath &path) { return path.entries.isEmpty(); });
    for (LeadPath &path : paths)
        path.createdAt = path.entries.first().at;
    return paths;
}

Result<QList<LeadPath>> LeadPathRepository::pathsAsOf(const Pipeline &pipeline, const LeadFilter &filter, const LeadScope &scope,
                                                     const QDateTime &end)
{
    // Owner and team as they were then: not the SQL terms, which read today's.
    LeadFilter today = filter;
    today.ownerId = 0;
    today.teamId = 0;
    auto leads = paths(pipeline, today, scope, end);
    if (!leads)
        return leads;
    for (LeadPath &lead : *leads) {
        lead.entries.removeIf([&](const LeadPath::Entry &e) { return e.at >= end; });
        lead.contacts.removeIf([&](const QDateTime &at) { return at >= end; });
    }
    leads->removeIf([](const LeadPath &lead) { return lead.entries.isEmpty(); });

    auto changed = HistoryRepository(m_db).ownersBefore(end);
    if (!changed)
        return std::unexpected(changed.error());
    auto people = this->people();
    if (!people)
        return std::unexpected(people.error());
    for (LeadPath &lead : *leads) {
        const auto then = changed->constFind(lead.leadId);
        if (then == changed->cend())
            continue;
        lead.ownerId = *then;
        const Person person = people->value(lead.ownerId);
        lead.owner = person.name;
        lead.teamId = person.teamId;
        lead.team = person.team;
    }
    leads->removeIf([&](const LeadPath &lead) {
        return (filter.ownerId != 0 && lead.ownerId != filter.ownerId)
               || (filter.teamId != 0 && (lead.ownerId == 0 || lead.teamId != filter.teamId));
    });

    // The last activity before the end (or the last move, which counts as one), and the
    // tasks open then: made before it, not done (or cancelled) until after.
    auto last = m_db.exec(u"SELECT a.lead_id, MAX(a.occurred_at) FROM activities a JOIN leads l ON l.id = a.lead_id "
                          "WHERE l.pipeline_id = ? AND a.occurred_at < ? GROUP BY a.lead_id"_s,
                          {pipeline.id, SqlValue::fromTime(end)});
    if (!last)
        return std::unexpected(last.error());
    QHash<qint64, QDateTime> lastActivity;
    while ((*last)->next())
        lastActivity.insert((*last)->value(0).toLongLong(), SqlValue::toTime((*last)->value(1)));
    (*last)->finish();
    auto tasks = m_db.exec(u"SELECT DISTINCT t.lead_id FROM tasks t JOIN leads l ON l.id = t.lead_id "
                           "WHERE l.pipeline_id = ? AND t.created_at < ? AND (t.done_at IS NULL OR t.done_at >= ?)"_s,
                           {pipeline.id, SqlValue::fromTime(end), SqlValue::fromTime(end)});
    if (!tasks)
        return std::unexpected(tasks.error());
    QSet<qint64> withTask;
    while ((*tasks)->next())
        withTask.insert((*tasks)->value(0).toLongLong());
    (*tasks)->finish();
    for (LeadPath &lead : *leads) {
        lead.lastActivityAt = std::max(lastActivity.value(lead.leadId), lead.entries.last().at);
        lead.hasOpenTask = withTask.contains(lead.leadId);
    }
    return leads;
}

Result<void> LeadPathRepository::readContacts(qint64 pipelineId, QList<LeadPath> &paths)
{
    // Merged by lead id like the log (activities_kind covers it): the owner's contacts,
    // or anyone's on a lead nobody owns, as the SLA clock counts them.
    static const QString sql = [] {
        QStringList kinds;
        for (const QString &kind : Activity::contactKinds())
            kinds.append(u'\'' + kind + u'\''); // constants of ours, not input
        return u"SELECT a.lead_id, a.occurred_at, a.user_id FROM activities a JOIN leads l ON l.id = a.lead_id "
               "WHERE l.pipeline_id = ? AND a.kind IN (%1) ORDER BY a.lead_id, a.occurred_at, a.id"_s.arg(kinds.join(u", "_s));
    }();
    auto q = m_db.exec(sql, {pipelineId});
    if (!q)
        return std::unexpected(q.error());
    mergeByLead(**q, paths, [](LeadPath &path, const QSqlQuery &row) {
        const qint64 userId = row.value(2).toLongLong(); // NULL reads as 0: logged by no one in particular
        if (path.ownerId == 0 || userId == 0 || userId == path.ownerId)
            path.contacts.append(SqlValue::toTime(row.value(1)));
    });
    return ok();
}

Result<QHash<qint64, LeadPathRepository::Person>> LeadPathRepository::people()
{
    auto q = m_db.exec(u"SELECT u.id, u.name, u.team_id, t.name FROM users u LEFT JOIN teams t ON t.id = u.team_id"_s);
    if (!q)
        return std::unexpected(q.error());
    QHash<qint64, Person> people;
    while ((*q)->next())
        people.insert((*q)->value(0).toLongLong(), Person{(*q)->value(1).toString(), (*q)->value(2).toLongLong(), (*q)->value(3).toString()});
    (*q)->finish();
    return people;
}

Result<QSet<qint64>> LeadPathRepository::leadsWithOpenTask(qint64 pipelineId)
{
    auto q = m_db.exec(u"SELECT DISTINCT t.lead_id FROM tasks t JOIN leads l ON l.id = t.lead_id "
                       "WHERE l.pipeline_id = ? AND t.done_at IS NULL"_s,
                       {pipelineId});
    if (!q)
        return std::unexpected(q.error());
    QSet<qint64> leads;
    while ((*q)->next())
        leads.insert((*q)->value(0).toLongLong());
    (*q)->finish();
    return leads;
}

Result<QHash<qint64, qint64>> LeadPathRepository::teams()
{
    auto q = m_db.exec(u"SELECT id, team_id FROM users"_s);
    if (!q)
        return std::unexpected(q.error());
    QHash<qint64, qint64> teams;
    while ((*q)->next())
        teams.insert((*q)->value(0).toLongLong(), (*q)->value(1).toLongLong());
    (*q)->finish();
    return teams;
}

} // namespace lejek
